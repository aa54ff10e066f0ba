#pragma once

#include "core/followup/Measurement.h"

#include <QSqlDatabase>

#include <optional>

class Database;

/** Measurements of the plan's indicators (schema v7). Writes refused while the collaboration is avslutad. */
class MeasurementStore
{
public:
    explicit MeasurementStore(const Database& db);

    /** An indicator's measurements, oldest effective date first. */
    QList<Measurement> list(qint64 indicatorId, QString* error = nullptr) const;
    /** Every measurement of a collaboration's plan, by indicator then date. */
    QList<Measurement> listForCollaboration(qint64 collaborationId, QString* error = nullptr) const;
    /** The newest by effective date (on or before `until` when it is valid); nullopt with an empty `error` when none.
     */
    std::optional<Measurement> newest(qint64 indicatorId, const QDate& until = QDate(), QString* error = nullptr) const;
    std::optional<Measurement> load(qint64 id, QString* error = nullptr) const;

    /** Validates, then inserts or updates; a new one gets its id and uuid written back. */
    bool save(Measurement& measurement, QString* error);
    bool remove(qint64 id, QString* error);

private:
    QSqlDatabase m_db;
};
