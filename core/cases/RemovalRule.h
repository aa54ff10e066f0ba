#pragma once

#include "core/analysis/Analysis.h"
#include "core/plan/ActionPlan.h"
#include "core/plan/PlanLinks.h"

/** Something removed from the analysis that the action plan uses, and the interventions that use it. */
struct ItemInUse
{
    qint64 id = 0;
    QString text; ///< the area's title, the problem's or cause's description
    QStringList interventions; ///< their titles
};

/** What saving an analysis over the one before does to the action plan that plans from it. */
struct RemovalImpact
{
    /** Removed areas interventions belong to: the plan refuses these (move or remove the interventions first). */
    QList<ItemInUse> refusedAreas;
    /** Removed problems and causes interventions address: allowed once the user agrees, taking the links along. */
    QList<ItemInUse> problemsInUse;
    QList<ItemInUse> causesInUse;
    /** The plan's links to those problems and causes, to drop with the removal (and put back on undo). */
    PlanLinks linksToDrop;

    bool isRefused() const { return !refusedAreas.isEmpty(); }
    bool needsConsent() const { return !problemsInUse.isEmpty() || !causesInUse.isEmpty(); }
};

namespace Cases {

/**
 * The removal rule, without asking anyone: which removals from `before` to `after`
 * the plan refuses, which it allows with consent, and the links that go with them.
 * The database refuses the same (foreign keys), so a caller that skips this only
 * gets a rawer message.
 */
RemovalImpact impactOfRemoving(const Analysis& before, const Analysis& after, const ActionPlan& plan);

/** Whether `after` drops any area, problem or cause of `before`: when not, the plan need not be read. */
bool removesAnyPlannable(const Analysis& before, const Analysis& after);

} // namespace Cases
