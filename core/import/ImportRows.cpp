#include "ImportRows.h"

#include "core/Clock.h"
#include "core/storage/Sql.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace Import::Rows {

namespace {

void compare(QList<FieldChange>& changes, const QString& field, const QString& before, const QString& after)
{
    if (before != after)
        changes.append({ field, before, after });
}

QString keep(const QString& stored, const QString& incoming)
{
    const QString t = incoming.trimmed();
    return t.isEmpty() ? stored : t;
}

QString yesNo(bool b)
{
    return b ? Texts::tr("yes") : Texts::tr("no");
}

QString statusLabel(const QString& code)
{
    return code.isEmpty() ? QString() : SchoolUnit::Statuses.label(SchoolUnit::Statuses.fromCode(code));
}

QString formLabels(const QStringList& codes)
{
    QStringList labels;
    for (const QString& c : codes) {
        if (auto f = SchoolForms::parse(c))
            labels << SchoolForms::label(*f);
    }
    return labels.join(QStringLiteral(", "));
}

} // namespace

QJsonObject OrganizerRow::toJson() const
{
    return { { QStringLiteral("name"), name },
             { QStringLiteral("type"), type },
             { QStringLiteral("municipality_code"), municipalityCode },
             { QStringLiteral("street_address"), street },
             { QStringLiteral("postal_code"), postalCode },
             { QStringLiteral("locality"), locality },
             { QStringLiteral("incomplete"), incomplete } };
}

OrganizerRow OrganizerRow::fromJson(const QJsonObject& o)
{
    OrganizerRow r;
    r.name = o.value(QLatin1String("name")).toString();
    r.type = o.value(QLatin1String("type")).toString();
    r.municipalityCode = o.value(QLatin1String("municipality_code")).toString();
    r.street = o.value(QLatin1String("street_address")).toString();
    r.postalCode = o.value(QLatin1String("postal_code")).toString();
    r.locality = o.value(QLatin1String("locality")).toString();
    r.incomplete = o.value(QLatin1String("incomplete")).toBool();
    return r;
}

QJsonObject UnitRow::toJson() const
{
    return { { QStringLiteral("name"), name },
             { QStringLiteral("organizer_id"), organizerId },
             { QStringLiteral("status"), status },
             { QStringLiteral("municipality_code"), municipalityCode },
             { QStringLiteral("street_address"), street },
             { QStringLiteral("postal_code"), postalCode },
             { QStringLiteral("locality"), locality },
             { QStringLiteral("principal"), principal },
             { QStringLiteral("forms"), QJsonArray::fromStringList(forms) },
             { QStringLiteral("incomplete"), incomplete } };
}

UnitRow UnitRow::fromJson(const QJsonObject& o)
{
    UnitRow r;
    r.name = o.value(QLatin1String("name")).toString();
    r.organizerId = o.value(QLatin1String("organizer_id")).toInteger();
    r.status = o.value(QLatin1String("status")).toString();
    r.municipalityCode = o.value(QLatin1String("municipality_code")).toString();
    r.street = o.value(QLatin1String("street_address")).toString();
    r.postalCode = o.value(QLatin1String("postal_code")).toString();
    r.locality = o.value(QLatin1String("locality")).toString();
    r.principal = o.value(QLatin1String("principal")).toString();
    for (const auto& f : o.value(QLatin1String("forms")).toArray())
        r.forms << f.toString();
    r.incomplete = o.value(QLatin1String("incomplete")).toBool();
    return r;
}

namespace {

const char* const kOrganizerSelect = "SELECT id, name, type, municipality_code, coalesce(street_address, ''), "
                                     "coalesce(postal_code, ''), coalesce(locality, ''), incomplete, "
                                     "organisation_number FROM organizer";
const char* const kUnitSelect
    = "SELECT u.id, u.name, coalesce(u.organizer_id, 0), u.status, coalesce(u.municipality_code, ''), "
      "coalesce(u.street_address, ''), coalesce(u.postal_code, ''), coalesce(u.locality, ''), "
      "coalesce(u.principal, ''), (SELECT group_concat(school_form) FROM (SELECT school_form FROM school_unit_form f "
      "WHERE f.school_unit_id = u.id ORDER BY school_form)), u.incomplete, u.code FROM school_unit u";

OrganizerRow organizerFrom(const QSqlQuery& q)
{
    OrganizerRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.type = q.value(2).toString();
    r.municipalityCode = q.value(3).toString();
    r.street = q.value(4).toString();
    r.postalCode = q.value(5).toString();
    r.locality = q.value(6).toString();
    r.incomplete = q.value(7).toBool();
    return r;
}

UnitRow unitFrom(const QSqlQuery& q)
{
    UnitRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.organizerId = q.value(2).toLongLong();
    r.status = q.value(3).toString();
    r.municipalityCode = q.value(4).toString();
    r.street = q.value(5).toString();
    r.postalCode = q.value(6).toString();
    r.locality = q.value(7).toString();
    r.principal = q.value(8).toString();
    r.forms = q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.incomplete = q.value(10).toBool();
    return r;
}

} // namespace

bool loadOrganizers(QSqlDatabase db, QHash<QString, OrganizerRow>* rows, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q, QString::fromLatin1(kOrganizerSelect), error))
        return false;
    while (q.next())
        rows->insert(q.value(8).toString(), organizerFrom(q));
    return true;
}

bool loadUnits(QSqlDatabase db, QHash<QString, UnitRow>* rows, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q, QString::fromLatin1(kUnitSelect), error))
        return false;
    while (q.next())
        rows->insert(q.value(11).toString(), unitFrom(q));
    return true;
}

bool loadOrganizer(QSqlDatabase db, qint64 id, OrganizerRow* row, QString* error)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QString::fromLatin1(kOrganizerSelect) + QStringLiteral(" WHERE id = ?"), { id }, error))
        return false;
    if (!q.next())
        return false;
    *row = organizerFrom(q);
    return true;
}

bool loadUnit(QSqlDatabase db, qint64 id, UnitRow* row, QString* error)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QString::fromLatin1(kUnitSelect) + QStringLiteral(" WHERE u.id = ?"), { id }, error))
        return false;
    if (!q.next())
        return false;
    *row = unitFrom(q);
    return true;
}

OrganizerRow merged(const OrganizerRow& stored, const OrganizerRecord& record, const QString& municipalityCode)
{
    OrganizerRow r = stored;
    r.name = keep(stored.name, record.name);
    if (record.type)
        r.type = Organizer::Types.code(*record.type);
    else if (r.type.isEmpty())
        r.type = typeFromOrganisationNumber(record.organisationNumber, record.name);
    if (stored.id == 0) {
        // No file names an organizer's seat or address: a new one takes its unit's kommun, and is incomplete
        // until someone completes it by hand.
        r.municipalityCode = municipalityCode;
        r.incomplete = true;
    }
    return r;
}

UnitRow merged(const UnitRow& stored, const UnitRecord& record, qint64 organizerId)
{
    UnitRow r = stored;
    r.name = keep(stored.name, record.name);
    if (organizerId != 0)
        r.organizerId = organizerId;
    if (record.status)
        r.status = SchoolUnit::Statuses.code(*record.status);
    else if (r.status.isEmpty())
        r.status = SchoolUnit::Statuses.code(UnitStatus::Active);
    r.municipalityCode = keep(stored.municipalityCode, record.municipalityCode);
    const bool hasAddress
        = !record.visitingAddress.street.trimmed().isEmpty() || !record.visitingAddress.locality.trimmed().isEmpty();
    if (hasAddress) {
        r.street = record.visitingAddress.street.trimmed();
        r.postalCode = record.visitingAddress.postalCode.trimmed();
        r.locality = record.visitingAddress.locality.trimmed();
    }
    r.principal = keep(stored.principal, record.principal);
    if (!record.forms.isEmpty()) {
        QStringList codes;
        for (SchoolForm f : record.forms)
            codes << SchoolForms::code(f);
        codes.removeDuplicates();
        codes.sort();
        r.forms = codes;
    }
    r.incomplete = stored.id == 0 ? (record.incomplete || r.forms.isEmpty())
                                  : (stored.incomplete && (record.incomplete || r.forms.isEmpty()));
    return r;
}

QList<FieldChange> differences(const OrganizerRow& b, const OrganizerRow& a)
{
    QList<FieldChange> c;
    compare(c, Texts::tr("Name"), b.name, a.name);
    compare(c, Texts::tr("Type"),
            b.type.isEmpty() ? QString() : Organizer::Types.label(Organizer::Types.fromCode(b.type)),
            a.type.isEmpty() ? QString() : Organizer::Types.label(Organizer::Types.fromCode(a.type)));
    compare(c, Texts::tr("Municipality code"), b.municipalityCode, a.municipalityCode);
    compare(c, Texts::tr("Street address"), b.street, a.street);
    compare(c, Texts::tr("Postal code"), b.postalCode, a.postalCode);
    compare(c, Texts::tr("Locality"), b.locality, a.locality);
    compare(c, Texts::tr("Incomplete"), yesNo(b.incomplete), yesNo(a.incomplete));
    return c;
}

QList<FieldChange> differences(const UnitRow& b, const UnitRow& a, const QString& organizerBefore,
                               const QString& organizerAfter)
{
    QList<FieldChange> c;
    compare(c, Texts::tr("Name"), b.name, a.name);
    compare(c, Texts::tr("Organizer"), organizerBefore, organizerAfter);
    compare(c, Texts::tr("Status"), statusLabel(b.status), statusLabel(a.status));
    compare(c, Texts::tr("Municipality code"), b.municipalityCode, a.municipalityCode);
    compare(c, Texts::tr("Street address"), b.street, a.street);
    compare(c, Texts::tr("Postal code"), b.postalCode, a.postalCode);
    compare(c, Texts::tr("Locality"), b.locality, a.locality);
    compare(c, Texts::tr("Principal"), b.principal, a.principal);
    compare(c, Texts::tr("School forms"), formLabels(b.forms), formLabels(a.forms));
    compare(c, Texts::tr("Incomplete"), yesNo(b.incomplete), yesNo(a.incomplete));
    return c;
}

namespace {

enum Statement { InsertOrganizer, UpdateOrganizer, InsertUnit, UpdateUnit, DeleteForms, InsertForm, StatementCount };

QString statementSql(int which)
{
    switch (which) {
    case InsertOrganizer:
        return QStringLiteral("INSERT INTO organizer(name, type, municipality_code, street_address, postal_code, "
                              "locality, incomplete, updated_at, organisation_number, uuid) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    case UpdateOrganizer:
        return QStringLiteral("UPDATE organizer SET name = ?, type = ?, municipality_code = ?, street_address = ?, "
                              "postal_code = ?, locality = ?, incomplete = ?, updated_at = ? WHERE id = ?");
    case InsertUnit:
        return QStringLiteral("INSERT INTO school_unit(name, organizer_id, status, municipality_code, "
                              "street_address, postal_code, locality, principal, incomplete, updated_at, code, "
                              "uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    case UpdateUnit:
        return QStringLiteral("UPDATE school_unit SET name = ?, organizer_id = ?, status = ?, "
                              "municipality_code = ?, street_address = ?, postal_code = ?, locality = ?, "
                              "principal = ?, incomplete = ?, updated_at = ? WHERE id = ?");
    case DeleteForms:
        return QStringLiteral("DELETE FROM school_unit_form WHERE school_unit_id = ?");
    default:
        return QStringLiteral("INSERT INTO school_unit_form(school_unit_id, school_form) VALUES (?, ?)");
    }
}

bool run(QSqlQuery& q, std::initializer_list<QVariant> values, QString* error)
{
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, v);
    return Sql::execPrepared(q, error);
}

} // namespace

Writes::Writes(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(StatementCount)
{
}

Writes::~Writes() = default;

QSqlQuery* Writes::statement(int which, QString* error)
{
    auto& q = m_statements[size_t(which)];
    if (!q) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        if (!prepared->prepare(statementSql(which))) {
            if (error)
                *error = Sql::describe(prepared->lastError());
            return nullptr;
        }
        q = std::move(prepared);
    }
    return q.get();
}

bool Writes::organizer(OrganizerRow& row, const QString& organisationNumber, QString* error)
{
    QSqlQuery* stmt = statement(row.id == 0 ? InsertOrganizer : UpdateOrganizer, error);
    if (!stmt)
        return false;
    QSqlQuery& q = *stmt;
    const QString now = Clock::timestamp();
    const QVariant incomplete(row.incomplete ? 1 : 0);
    if (row.id == 0) {
        if (!run(q,
                 { row.name, row.type, row.municipalityCode, Sql::textOrNull(row.street),
                   Sql::textOrNull(row.postalCode), Sql::textOrNull(row.locality), incomplete, now, organisationNumber,
                   Sql::newUuid() },
                 error))
            return false;
        row.id = q.lastInsertId().toLongLong();
        return true;
    }
    return run(q,
               { row.name, row.type, row.municipalityCode, Sql::textOrNull(row.street), Sql::textOrNull(row.postalCode),
                 Sql::textOrNull(row.locality), incomplete, now, row.id },
               error);
}

bool Writes::unit(UnitRow& row, const QString& code, QString* error)
{
    QSqlQuery* stmt = statement(row.id == 0 ? InsertUnit : UpdateUnit, error);
    if (!stmt)
        return false;
    QSqlQuery& q = *stmt;
    const QString now = Clock::timestamp();
    const QVariant incomplete(row.incomplete ? 1 : 0);
    if (row.id == 0) {
        if (!run(q,
                 { row.name, row.organizerId, row.status, Sql::textOrNull(row.municipalityCode),
                   Sql::textOrNull(row.street), Sql::textOrNull(row.postalCode), Sql::textOrNull(row.locality),
                   Sql::textOrNull(row.principal), incomplete, now, code, Sql::newUuid() },
                 error))
            return false;
        row.id = q.lastInsertId().toLongLong();
    } else {
        if (!run(q,
                 { row.name, row.organizerId, row.status, Sql::textOrNull(row.municipalityCode),
                   Sql::textOrNull(row.street), Sql::textOrNull(row.postalCode), Sql::textOrNull(row.locality),
                   Sql::textOrNull(row.principal), incomplete, now, row.id },
                 error))
            return false;
        QSqlQuery* del = statement(DeleteForms, error);
        if (!del || !run(*del, { row.id }, error))
            return false;
    }
    if (row.forms.isEmpty())
        return true;
    QSqlQuery* form = statement(InsertForm, error);
    if (!form)
        return false;
    for (const QString& f : row.forms) {
        if (!run(*form, { row.id, f }, error))
            return false;
    }
    return true;
}

bool writeOrganizer(QSqlDatabase db, OrganizerRow& row, const QString& organisationNumber, QString* error)
{
    return Writes(std::move(db)).organizer(row, organisationNumber, error);
}

bool writeUnit(QSqlDatabase db, UnitRow& row, const QString& code, QString* error)
{
    return Writes(std::move(db)).unit(row, code, error);
}

QString typeFromOrganisationNumber(const QString& number, const QString& name)
{
    // Group 2 is state, regions and kommuner (212000-…: kommuner; 232100-…: regions).
    if (number.startsWith(QLatin1String("212")) || name.contains(QLatin1String("kommun"), Qt::CaseInsensitive))
        return Organizer::Types.code(OrganizerType::Municipal);
    if (number.startsWith(QLatin1String("232")) || name.startsWith(QLatin1String("Region"), Qt::CaseInsensitive))
        return Organizer::Types.code(OrganizerType::Region);
    if (number.startsWith(QLatin1Char('2')))
        return Organizer::Types.code(OrganizerType::State);
    return Organizer::Types.code(OrganizerType::Independent);
}

} // namespace Import::Rows
