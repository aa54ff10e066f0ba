#pragma once

#include "core/followup/FinalReport.h"

#include <QSqlDatabase>

#include <optional>

class Database;

/**
 * Slutredovisningar: the close-outs and the synthesis (the history is assembled from the
 * progress reports, not stored: FinalReport::assemble). Frozen once submitted; writes
 * refused while the collaboration is avslutad, except that ending it may follow the submission.
 */
class FinalReportStore
{
public:
    explicit FinalReportStore(const Database& db);

    /** The newest version of the collaboration's final report; nullopt with an empty `error` when none. */
    std::optional<FinalReport> newest(qint64 collaborationId, QString* error = nullptr) const;
    std::optional<FinalReport> load(qint64 id, QString* error = nullptr) const;

    bool saveDraft(FinalReport& report, QString* error);
    bool submit(FinalReport& report, const QDate& on, QString* error);
    bool approve(FinalReport& report, const QDate& on, QString* error);
    std::optional<FinalReport> newVersion(qint64 submittedId, QString* error);
    bool remove(qint64 id, QString* error);

private:
    bool refuseFrozen(qint64 id, QString* error) const;
    bool loadAreas(FinalReport& r, QString* error) const;

    QSqlDatabase m_db;
};
