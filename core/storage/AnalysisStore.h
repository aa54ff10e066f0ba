#pragma once

#include "core/analysis/Analysis.h"
#include "core/plan/PlanLinks.h"

#include <QSqlDatabase>

#include <optional>

class Database;

/** One row of a collaboration's list of analyses. */
struct AnalysisSummary
{
    qint64 id = 0;
    qint64 unitId = 0; ///< 0 at organizer level
    AnalysisKind kind = AnalysisKind::School;
    AnalysisStatus status = AnalysisStatus::Draft;
    int version = 1;
    QDateTime updatedAt;
};

/**
 * Nulägesanalyser. Saving keeps the ids of causes, problems, evidence and areas,
 * so what later points at them stays valid. An established analysis is refused
 * by the database itself; a change to it is a new version.
 */
class AnalysisStore
{
public:
    explicit AnalysisStore(const Database& db);

    /** Every analysis of a collaboration, every version, newest version last. */
    QList<AnalysisSummary> list(qint64 collaborationId, QString* error = nullptr) const;
    /** The newest version for a unit (0: the organizer level), if any. */
    std::optional<Analysis> current(qint64 collaborationId, qint64 unitId, QString* error = nullptr) const;
    std::optional<Analysis> load(qint64 id, QString* error = nullptr) const;

    /**
     * Validates against `minGroupSize`, then writes the analysis in one transaction.
     * New children get their ids written back into `analysis`.
     */
    bool save(Analysis& analysis, int minGroupSize, QString* error);

    /**
     * save() with the action plan's side of a removal, in one transaction: the plan's
     * links in `unlink` are taken out before the analysis is written (a problem or cause
     * the user agreed to remove; Cases::impactOfRemoving lists them), and those in `relink`
     * are put back after it (undoing such a removal). All of it is in the file, or none.
     */
    bool save(Analysis& analysis, int minGroupSize, const PlanLinks& unlink, const PlanLinks& relink, QString* error);

    /**
     * Marks the analysis klar or fastställd, by `who`, now. Moving on from utkast
     * asks for what a finished analysis needs (a problem with a cause, an area).
     */
    bool setStatus(Analysis& analysis, AnalysisStatus status, const QString& who, int minGroupSize, QString* error);

    /** Copies an established analysis into a new draft version; the old one stays as it was. */
    std::optional<Analysis> newVersion(const Analysis& established, QString* error);

    /** Remembers the wizard page to resume on; allowed on any status. */
    bool setCurrentPage(qint64 id, const QString& page, QString* error);

    bool remove(qint64 id, QString* error);

private:
    bool loadChildren(Analysis& a, QString* error) const;
    bool writeChildren(Analysis& a, QString* error);

    QSqlDatabase m_db;
};
