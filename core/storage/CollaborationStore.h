#pragma once

#include "core/domain/Collaboration.h"

#include <QSqlDatabase>

#include <optional>

class Database;

/** One row of the collaboration list: enough to show and search it. */
struct CollaborationSummary
{
    qint64 id = 0;
    QString organizerName;
    QString organisationNumber;
    QString diaryNumber;
    QString programmeName;
    int phase = 1;
    CollaborationStatus status = CollaborationStatus::Active;
    QDate startDate;
    QDate plannedEndDate;
    QStringList unitNames;
};

/** Samverkan: the collaboration, its units, people and phase history. */
class CollaborationStore
{
public:
    explicit CollaborationStore(const Database& db);

    QList<CollaborationSummary> list(QString* error = nullptr) const;
    std::optional<Collaboration> load(qint64 id, QString* error = nullptr) const;

    /**
     * Validates, then inserts or updates in one transaction. The phase history is
     * append-only: entries beyond those stored are added, and a phase that differs
     * from the last stored entry (an undone change) is recorded as a new entry dated
     * today. `collaboration` is reloaded with the stored history.
     */
    bool save(Collaboration& collaboration, QString* error);
    bool remove(qint64 id, QString* error);

    /** The dated status history (schema v7), oldest first. */
    QList<StatusChange> statusHistory(qint64 id, QString* error = nullptr) const;
    /**
     * Sets the status and records the change (from the stored status, by Tombstones::currentUser,
     * at Clock's time) in one transaction. A reason is required to leave avslutad, and at most 500
     * characters. `collaboration` is reloaded when given.
     */
    bool changeStatus(qint64 id, CollaborationStatus to, const QDate& decidedOn, const QString& reason, QString* error,
                      Collaboration* collaboration = nullptr);

private:
    QList<PhaseChange> phaseHistory(qint64 id, QString* error) const;

    QSqlDatabase m_db;
};
