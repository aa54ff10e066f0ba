#include "SchoolUnitStore.h"

#include "Database.h"
#include "Sql.h"
#include "Tombstones.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("SchoolUnitStore", s);
}
} // namespace

SchoolUnitStore::SchoolUnitStore(const Database& db)
    : m_db(db.connection())
{
}

QList<SchoolUnit> SchoolUnitStore::query(const QString& where, const QVariantList& values, QString* error) const
{
    QList<SchoolUnit> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql
        = QStringLiteral(
              "SELECT u.id, u.code, u.name, u.organizer_id, u.status, u.municipality_code, "
              "u.street_address, u.postal_code, u.locality, u.principal, u.pupil_count, "
              "(SELECT group_concat(school_form) FROM school_unit_form f WHERE f.school_unit_id = u.id), u.uuid "
              "FROM school_unit u %1 ORDER BY u.name COLLATE NOCASE, u.code")
              .arg(where);
    if (!Sql::exec(q, sql, values, error))
        return result;
    while (q.next()) {
        SchoolUnit u;
        u.id = q.value(0).toLongLong();
        u.uuid = q.value(12).toString();
        u.code = q.value(1).toString();
        u.name = q.value(2).toString();
        u.organizerId = q.value(3).toLongLong();
        u.status = SchoolUnit::Statuses.fromCode(q.value(4).toString());
        u.municipalityCode = q.value(5).toString();
        u.visitingAddress = { q.value(6).toString(), q.value(7).toString(), q.value(8).toString() };
        u.principal = q.value(9).toString();
        if (!q.value(10).isNull())
            u.pupilCount = q.value(10).toInt();
        const QStringList forms = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const auto& code : forms) {
            if (auto form = SchoolForms::parse(code))
                u.forms.append(*form);
        }
        std::sort(u.forms.begin(), u.forms.end());
        result.append(u);
    }
    return result;
}

QList<SchoolUnit> SchoolUnitStore::list(qint64 organizerId, QString* error) const
{
    if (organizerId > 0)
        return query(QStringLiteral("WHERE u.organizer_id = ?"), { organizerId }, error);
    return query(QString(), {}, error);
}

std::optional<SchoolUnit> SchoolUnitStore::load(qint64 id, QString* error) const
{
    const auto units = query(QStringLiteral("WHERE u.id = ?"), { id }, error);
    if (units.isEmpty()) {
        if (error && error->isEmpty())
            *error = tr("The school unit no longer exists.");
        return std::nullopt;
    }
    return units.first();
}

bool SchoolUnitStore::save(SchoolUnit& unit, QString* error)
{
    if (const FieldErrors errors = unit.validate(); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    const QString code = Validation::schoolUnitCode(unit.code).normalized;
    const QString postal = Validation::postalCode(unit.visitingAddress.postalCode).normalized;
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT name FROM school_unit WHERE code = ? AND id <> ?"), { code, unit.id },
                   error))
        return false;
    if (q.next()) {
        if (error)
            *error = tr("%1 already has the school unit code %2.").arg(q.value(0).toString(), code);
        return false;
    }

    Sql::Transaction tx(m_db);
    const QVariantList values { code,
                                unit.name.trimmed(),
                                unit.organizerId,
                                SchoolUnit::Statuses.code(unit.status),
                                Sql::textOrNull(unit.municipalityCode),
                                Sql::textOrNull(unit.visitingAddress.street),
                                Sql::textOrNull(postal),
                                Sql::textOrNull(unit.visitingAddress.locality),
                                Sql::textOrNull(unit.principal),
                                unit.pupilCount ? QVariant(*unit.pupilCount) : QVariant(QMetaType(QMetaType::Int)) };
    const bool isNew = unit.id == 0;
    const QString uuid = Sql::uuidOr(unit.uuid);
    bool ok;
    if (isNew) {
        ok = Sql::exec(
            q,
            QStringLiteral("INSERT INTO school_unit(code, name, organizer_id, status, municipality_code, "
                           "street_address, postal_code, locality, principal, pupil_count, uuid, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values + QVariantList { uuid, Clock::timestamp() }, error);
        if (ok)
            unit.id = q.lastInsertId().toLongLong();
    } else {
        ok = Sql::exec(q,
                       QStringLiteral("UPDATE school_unit SET code = ?, name = ?, organizer_id = ?, status = ?, "
                                      "municipality_code = ?, street_address = ?, postal_code = ?, locality = ?, "
                                      "principal = ?, pupil_count = ?, updated_at = ? WHERE id = ?"),
                       values + QVariantList { Clock::timestamp(), unit.id }, error);
    }
    ok = ok
        && Sql::exec(q, QStringLiteral("DELETE FROM school_unit_form WHERE school_unit_id = ?"), { unit.id }, error);
    for (auto form : unit.forms) {
        ok = ok
            && Sql::exec(q,
                         QStringLiteral("INSERT OR IGNORE INTO school_unit_form(school_unit_id, school_form) "
                                        "VALUES (?, ?)"),
                         { unit.id, SchoolForms::code(form) }, error);
    }
    ok = ok && tx.commit(error);
    if (ok) {
        if (isNew)
            unit.uuid = uuid;
        unit.code = code;
        unit.visitingAddress.postalCode = postal;
    } else if (isNew) {
        unit.id = 0; // rolled back: the id was never committed
    }
    return ok;
}

bool SchoolUnitStore::remove(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT count(*) FROM collaboration_unit WHERE school_unit_id = ?"), { id }, error)
        || !q.next())
        return false;
    if (q.value(0).toInt() > 0) {
        if (error)
            *error = tr("The unit is part of a collaboration; take it out of the collaboration first.");
        return false;
    }
    Sql::Transaction tx(m_db);
    return Tombstones::remove(m_db, QStringLiteral("DELETE FROM school_unit WHERE id = ?"), { id }, error)
        && tx.commit(error);
}
