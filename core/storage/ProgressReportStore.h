#pragma once

#include "core/followup/ProgressReport.h"

#include <QSqlDatabase>

#include <optional>

class Database;

/** One row of a collaboration's list of progress reports. */
struct ProgressReportSummary
{
    qint64 id = 0;
    qint64 agreementId = 0;
    int number = 0;
    int version = 1;
    ProgressReportState state = ProgressReportState::Draft;
    QDate due;
    QDate submittedOn;
    QDate approvedOn;
    QDateTime updatedAt;
};

/**
 * Delredovisningar. A submitted (inlämnad) or approved (godkänd) report is frozen in the
 * database (triggers refuse every change to it and its rows, schema v7); this store refuses
 * first, with a message that says what to do: make a new version. Every write is refused
 * while the collaboration is avslutad (ReadOnly).
 */
class ProgressReportStore
{
public:
    explicit ProgressReportStore(const Database& db);

    /** The collaboration's reports, every version, by number then version. */
    QList<ProgressReportSummary> list(qint64 collaborationId, QString* error = nullptr) const;
    std::optional<ProgressReport> load(qint64 id, QString* error = nullptr) const;
    /** The newest version of report `number`; nullopt with an empty `error` when there is none. */
    std::optional<ProgressReport> newest(qint64 collaborationId, int number, QString* error = nullptr) const;
    /** Every report of the collaboration, loaded whole (every version), by number then version. */
    QList<ProgressReport> loadAll(qint64 collaborationId, QString* error = nullptr) const;

    /** Validates and writes a draft in one transaction, keeping row ids and uuids; refused once submitted. */
    bool saveDraft(ProgressReport& report, QString* error);
    /** Remembers the wizard page to resume on (a draft's). */
    bool setCurrentPage(qint64 reportId, const QString& page, QString* error);
    /** Removes a draft; a submitted report is never removed. */
    bool remove(qint64 id, QString* error);

    /** Saves and marks inlämnad on `on` after ProgressReport::validateForSubmission; frozen from then on. */
    bool submit(ProgressReport& report, const QDate& on, QString* error);
    /** inlämnad → godkänd on `on`, nothing else changing. */
    bool approve(ProgressReport& report, const QDate& on, QString* error);
    /**
     * A new draft version of a submitted report: its content copied (new ids and uuids), version + 1,
     * stored. Refused while a newer version exists.
     */
    std::optional<ProgressReport> newVersion(qint64 submittedId, QString* error);

private:
    bool loadChildren(ProgressReport& r, QString* error) const;
    bool writeChildren(ProgressReport& r, QString* error);
    bool refuseFrozen(qint64 id, QString* error) const;

    QSqlDatabase m_db;
};
