#include "OrganizerStore.h"

#include "ContactRows.h"
#include "Database.h"
#include "Sql.h"
#include "Tombstones.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

const QString kColumns = QStringLiteral("id, name, organisation_number, type, municipality_code, street_address, "
                                        "postal_code, locality, uuid");

Organizer fromRow(const QSqlQuery& q)
{
    Organizer o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.organisationNumber = q.value(2).toString();
    o.type = Organizer::Types.fromCode(q.value(3).toString());
    o.municipalityCode = q.value(4).toString();
    o.postalAddress = { q.value(5).toString(), q.value(6).toString(), q.value(7).toString() };
    o.uuid = q.value(8).toString();
    return o;
}

const QString kContactTable = QStringLiteral("organizer_contact");
const QString kContactOwner = QStringLiteral("organizer_id = ?");

} // namespace

OrganizerStore::OrganizerStore(const Database& db)
    : m_db(db.connection())
{
}

QList<Organizer> OrganizerStore::list(QString* error) const
{
    QList<Organizer> result;
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM organizer ORDER BY name COLLATE NOCASE").arg(kColumns), error))
        return result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

std::optional<Organizer> OrganizerStore::load(qint64 id, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM organizer WHERE id = ?").arg(kColumns), { id }, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = QCoreApplication::translate("OrganizerStore", "The organizer no longer exists.");
        return std::nullopt;
    }
    Organizer o = fromRow(q);
    o.contacts = ContactRows::read(m_db, kContactTable, kContactOwner, { id }, error);
    return o;
}

std::optional<Organizer> OrganizerStore::findByOrganisationNumber(const QString& number, QString* error) const
{
    const auto check = Validation::organisationNumber(number);
    if (!check.ok)
        return std::nullopt;
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT id FROM organizer WHERE organisation_number = ?"), { check.normalized },
                   error)
        || !q.next())
        return std::nullopt;
    return load(q.value(0).toLongLong(), error);
}

bool OrganizerStore::save(Organizer& organizer, QString* error)
{
    if (const FieldErrors errors = organizer.validate(); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    const QString number = Validation::organisationNumber(organizer.organisationNumber).normalized;
    const QString municipality = Validation::municipalityCode(organizer.municipalityCode).normalized;
    const QString postal = Validation::postalCode(organizer.postalAddress.postalCode).normalized;

    // A second organizer with the same number is the commonest mistake: say which one has it.
    if (auto existing = findByOrganisationNumber(number); existing && existing->id != organizer.id) {
        if (error)
            *error = QCoreApplication::translate("OrganizerStore", "%1 already has the organisation number %2.")
                         .arg(existing->name, number);
        return false;
    }

    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QVariantList values { organizer.name.trimmed(),
                                number,
                                Organizer::Types.code(organizer.type),
                                municipality,
                                Sql::textOrNull(organizer.postalAddress.street),
                                Sql::textOrNull(postal),
                                Sql::textOrNull(organizer.postalAddress.locality) };
    const bool isNew = organizer.id == 0;
    const QString uuid = Sql::uuidOr(organizer.uuid);
    bool ok;
    if (isNew) {
        ok = Sql::exec(
            q,
            QStringLiteral(
                "INSERT INTO organizer(name, organisation_number, type, municipality_code, "
                "street_address, postal_code, locality, uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values + QVariantList { uuid, Clock::timestamp() }, error);
        if (ok)
            organizer.id = q.lastInsertId().toLongLong();
    } else {
        ok = Sql::exec(q,
                       QStringLiteral("UPDATE organizer SET name = ?, organisation_number = ?, type = ?, "
                                      "municipality_code = ?, street_address = ?, postal_code = ?, locality = ?, "
                                      "updated_at = ? WHERE id = ?"),
                       values + QVariantList { Clock::timestamp(), organizer.id }, error);
    }
    ok = ok
        && ContactRows::replace(m_db, kContactTable, kContactOwner, { organizer.id },
                                { QStringLiteral("organizer_id") }, organizer.contacts, error)
        && tx.commit(error);
    if (ok) {
        if (isNew)
            organizer.uuid = uuid;
        organizer.organisationNumber = number;
        organizer.municipalityCode = municipality;
        organizer.postalAddress.postalCode = postal;
    } else if (isNew) {
        organizer.id = 0; // rolled back: the id was never committed
    }
    return ok;
}

bool OrganizerStore::remove(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT (SELECT count(*) FROM school_unit WHERE organizer_id = ?), "
                                  "(SELECT count(*) FROM collaboration WHERE organizer_id = ?)"),
                   { id, id }, error)
        || !q.next())
        return false;
    if (q.value(0).toInt() > 0 || q.value(1).toInt() > 0) {
        if (error)
            *error = QCoreApplication::translate("OrganizerStore",
                                                 "The organizer still has %1 school units and %2 collaborations; "
                                                 "remove or move them first.")
                         .arg(q.value(0).toInt())
                         .arg(q.value(1).toInt());
        return false;
    }
    Sql::Transaction tx(m_db);
    return Tombstones::remove(m_db, QStringLiteral("DELETE FROM organizer WHERE id = ?"), { id }, error)
        && tx.commit(error);
}
