#pragma once

#include "core/plan/ActionPlan.h"

#include <QSqlDatabase>

#include <optional>

class Database;

/**
 * Åtgärdsplaner, one per collaboration. Saving keeps the ids of interventions,
 * goals and indicators. The database itself refuses an intervention whose area,
 * problem or cause is not there, and the removal of one an intervention uses.
 */
class PlanStore
{
public:
    explicit PlanStore(const Database& db);

    /** The collaboration's plan; nullopt with an empty `error` when it has none yet. */
    std::optional<ActionPlan> load(qint64 collaborationId, QString* error = nullptr) const;

    /**
     * Starts the plan from the collaboration's analysis at organizer level (its newest
     * version), or returns the plan that exists. Refuses with a message when there is no
     * analysis, or it is still a draft, or it has no development area.
     */
    std::optional<ActionPlan> create(qint64 collaborationId, QString* error);

    /**
     * Validates against the plan's analysis and the collaboration's units, then writes
     * the plan in one transaction. New rows get their ids written back into `plan`.
     */
    bool save(ActionPlan& plan, QString* error);

    /** Remembers the wizard page to resume on. */
    bool setCurrentPage(qint64 planId, const QString& page, QString* error);

    /**
     * The plan that points at an analysis, if any: what the analysis wizard asks
     * before removing a problem, a cause or an area.
     */
    std::optional<ActionPlan> planUsing(qint64 analysisId, QString* error = nullptr) const;

    /** Takes a problem or a cause out of every intervention that addresses it (the user agreed). */
    bool unlinkProblem(qint64 problemId, QString* error);
    bool unlinkCause(qint64 causeId, QString* error);
    /** Puts one link back (the analysis wizard's undo of a removal the user agreed to); an existing link is kept. */
    bool linkProblem(qint64 interventionId, qint64 problemId, QString* error);
    bool linkCause(qint64 interventionId, qint64 causeId, QString* error);

    bool remove(qint64 planId, QString* error);

private:
    std::optional<ActionPlan> loadWhere(const QString& where, qint64 value, QString* error) const;
    bool loadInterventions(ActionPlan& plan, QString* error) const;
    bool writeInterventions(ActionPlan& plan, QString* error);

    const Database* m_database;
    QSqlDatabase m_db;
};
