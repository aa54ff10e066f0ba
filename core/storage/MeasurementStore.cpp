#include "MeasurementStore.h"

#include "Database.h"
#include "ReadOnly.h"
#include "Sql.h"
#include "Tombstones.h"
#include "core/Clock.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementStore)
};

const QString kColumns = QStringLiteral("m.id, m.indicator_id, m.value, m.measured_on, m.school_year, m.source, "
                                        "m.source_text, m.statistic_key, m.comment, m.updated_at, m.uuid");

Measurement fromRow(const QSqlQuery& q)
{
    Measurement m;
    m.id = q.value(0).toLongLong();
    m.indicatorId = q.value(1).toLongLong();
    m.value = q.value(2).toDouble();
    m.measuredOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    m.schoolYear = q.value(4).toString();
    m.source = Measurement::Sources.fromCode(q.value(5).toString());
    m.sourceText = q.value(6).toString();
    m.statisticKey = q.value(7).toString();
    m.comment = q.value(8).toString();
    m.updatedAt = Sql::sqliteTimestamp(q.value(9));
    m.uuid = q.value(10).toString();
    return m;
}

void byDate(QList<Measurement>& list)
{
    std::stable_sort(list.begin(), list.end(), [](const Measurement& a, const Measurement& b) {
        if (a.indicatorId != b.indicatorId)
            return a.indicatorId < b.indicatorId;
        return a.effectiveDate() < b.effectiveDate();
    });
}

/** The collaboration an indicator's plan belongs to; 0 when the indicator is gone. */
qint64 collaborationOf(QSqlDatabase db, qint64 indicatorId, QString* error)
{
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT p.collaboration_id FROM intervention_indicator ind JOIN intervention i ON "
                                  "i.id = ind.intervention_id JOIN action_plan p ON p.id = i.action_plan_id "
                                  "WHERE ind.id = ?"),
                   { indicatorId }, error)
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace

MeasurementStore::MeasurementStore(const Database& db)
    : m_db(db.connection())
{
}

QList<Measurement> MeasurementStore::list(qint64 indicatorId, QString* error) const
{
    QList<Measurement> result;
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT %1 FROM indicator_measurement m WHERE m.indicator_id = ? ORDER BY m.id")
                       .arg(kColumns),
                   { indicatorId }, error))
        return result;
    while (q.next())
        result.append(fromRow(q));
    byDate(result);
    return result;
}

QList<Measurement> MeasurementStore::listForCollaboration(qint64 collaborationId, QString* error) const
{
    QList<Measurement> result;
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT %1 FROM indicator_measurement m JOIN intervention_indicator ind ON ind.id = "
                                  "m.indicator_id JOIN intervention i ON i.id = ind.intervention_id JOIN action_plan p "
                                  "ON p.id = i.action_plan_id WHERE p.collaboration_id = ? ORDER BY m.id")
                       .arg(kColumns),
                   { collaborationId }, error))
        return result;
    while (q.next())
        result.append(fromRow(q));
    byDate(result);
    return result;
}

std::optional<Measurement> MeasurementStore::newest(qint64 indicatorId, const QDate& until, QString* error) const
{
    QString reason;
    const QList<Measurement> all = list(indicatorId, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!until.isValid() || it->effectiveDate() <= until)
            return *it;
    }
    return std::nullopt;
}

std::optional<Measurement> MeasurementStore::load(qint64 id, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM indicator_measurement m WHERE m.id = ?").arg(kColumns), { id },
                   error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = StoreText::tr("The measurement no longer exists.");
        return std::nullopt;
    }
    return fromRow(q);
}

bool MeasurementStore::save(Measurement& m, QString* error)
{
    if (const FieldErrors errors = m.validate(); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    QString reason;
    const qint64 collaborationId = collaborationOf(m_db, m.indicatorId, &reason);
    if (collaborationId == 0) {
        if (error)
            *error = reason.isEmpty() ? StoreText::tr("The indicator is no longer in the plan.") : reason;
        return false;
    }
    if (ReadOnly::refuseIfClosed(m_db, collaborationId, error))
        return false;
    QSqlQuery q(m_db);
    const QString now = Clock::timestamp();
    const QString uuid = Sql::uuidOr(m.uuid);
    const QVariantList values { m.indicatorId,
                                m.value,
                                Sql::dateOrNull(m.measuredOn),
                                Sql::textOrNull(m.schoolYear),
                                Measurement::Sources.code(m.source),
                                Sql::textOrNull(m.sourceText),
                                Sql::textOrNull(m.statisticKey),
                                Sql::textOrNull(m.comment) };
    if (m.id == 0) {
        if (!Sql::exec(
                q,
                QStringLiteral("INSERT INTO indicator_measurement(indicator_id, value, measured_on, school_year, "
                               "source, source_text, statistic_key, comment, uuid, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                values + QVariantList { uuid, now }, error))
            return false;
        m.id = q.lastInsertId().toLongLong();
        m.uuid = uuid;
    } else if (!Sql::exec(
                   q,
                   QStringLiteral("UPDATE indicator_measurement SET indicator_id = ?, value = ?, measured_on = ?, "
                                  "school_year = ?, source = ?, source_text = ?, statistic_key = ?, comment = ?, "
                                  "updated_at = ? WHERE id = ?"),
                   values + QVariantList { now, m.id }, error)) {
        return false;
    }
    m.updatedAt = Sql::sqliteTimestamp(now);
    return true;
}

bool MeasurementStore::remove(qint64 id, QString* error)
{
    const auto m = load(id, error);
    if (!m)
        return false;
    if (ReadOnly::refuseIfClosed(m_db, collaborationOf(m_db, m->indicatorId, error), error))
        return false;
    return Tombstones::remove(m_db, QStringLiteral("DELETE FROM indicator_measurement WHERE id = ?"), { id }, error);
}
