#include "ProgrammeStore.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeStore)
};

const QString kColumns = QStringLiteral("id, name, assignment_numbers, duration_months, min_group_size");

Programme programmeFromRow(const QSqlQuery& q)
{
    Programme p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    for (const auto& v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
        p.assignmentNumbers << v.toString();
    p.durationMonths = q.value(3).toInt();
    p.minGroupSize = q.value(4).toInt();
    return p;
}

} // namespace

ProgrammeStore::ProgrammeStore(const Database& db)
    : m_db(db.connection())
{
}

QList<Programme> ProgrammeStore::list(QString* error) const
{
    QList<Programme> result;
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM programme ORDER BY is_default DESC, name").arg(kColumns), error))
        return result;
    while (q.next())
        result.append(programmeFromRow(q));
    return result;
}

std::optional<Programme> ProgrammeStore::load(qint64 id, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM programme WHERE id = ?").arg(kColumns), { id }, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = StoreText::tr("The collaboration's programme (id %1) is missing from the database.").arg(id);
        return std::nullopt;
    }
    return programmeFromRow(q);
}

std::optional<Programme> ProgrammeStore::defaultProgramme(QString* error) const
{
    const auto all = list(error);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

bool ProgrammeStore::save(Programme& p, QString* error)
{
    if (const FieldErrors errors = p.validate(); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    const QString assignments = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(p.assignmentNumbers)).toJson(QJsonDocument::Compact));
    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QVariantList values { p.name.trimmed(), assignments, p.durationMonths, p.minGroupSize };
    const bool isNew = p.id == 0;
    bool ok;
    if (isNew) {
        ok = Sql::exec(q,
                       QStringLiteral("INSERT INTO programme(name, assignment_numbers, duration_months, "
                                      "min_group_size) VALUES (?, ?, ?, ?)"),
                       values, error);
        if (ok)
            p.id = q.lastInsertId().toLongLong();
    } else {
        ok = Sql::exec(q,
                       QStringLiteral("UPDATE programme SET name = ?, assignment_numbers = ?, duration_months = ?, "
                                      "min_group_size = ? WHERE id = ?"),
                       values + QVariantList { p.id }, error);
    }
    ok = ok && tx.commit(error);
    if (!ok && isNew)
        p.id = 0; // rolled back: the id was never committed
    return ok;
}

std::optional<ProgrammeParty> ProgrammeStore::party(qint64 programmeId, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT name, short_name, street_address, postal_code, locality, telephone, "
                                  "organisation_number FROM programme_party WHERE programme_id = ?"),
                   { programmeId }, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = StoreText::tr("The programme has no details of Skolverket as a party. Enter them in the "
                                   "programme's settings.");
        return std::nullopt;
    }
    ProgrammeParty p;
    p.programmeId = programmeId;
    p.name = q.value(0).toString();
    p.shortName = q.value(1).toString();
    p.address = { q.value(2).toString(), q.value(3).toString(), q.value(4).toString() };
    p.telephone = q.value(5).toString();
    p.organisationNumber = q.value(6).toString();
    return p;
}

bool ProgrammeStore::saveParty(const ProgrammeParty& p, QString* error)
{
    if (const FieldErrors errors = p.validate(); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    QSqlQuery q(m_db);
    return Sql::exec(q,
                     QStringLiteral("INSERT INTO programme_party(programme_id, name, short_name, street_address, "
                                    "postal_code, locality, telephone, organisation_number) VALUES (?, ?, ?, ?, ?, ?, "
                                    "?, ?) ON CONFLICT(programme_id) DO UPDATE SET name = excluded.name, short_name = "
                                    "excluded.short_name, street_address = excluded.street_address, postal_code = "
                                    "excluded.postal_code, locality = excluded.locality, telephone = "
                                    "excluded.telephone, organisation_number = excluded.organisation_number"),
                     { p.programmeId, p.name.trimmed(), p.shortName.trimmed(), Sql::textOrNull(p.address.street),
                       Sql::textOrNull(p.address.postalCode), Sql::textOrNull(p.address.locality),
                       Sql::textOrNull(p.telephone), p.organisationNumber.trimmed() },
                     error);
}
