#pragma once

#include "core/analysis/Analysis.h"
#include "core/plan/PlanLinks.h"

class Database;
class QWidget;

/**
 * What the analysis wizard asks before it saves a change that removes a problem, a
 * cause or a development area the action plan uses. The database refuses such a
 * removal anyway; this turns it into a question or an explanation, never a raw
 * FOREIGN KEY error.
 */
namespace PlanLinkGuard {

/**
 * True when `after` may be saved over `before`. The rule is core's (Cases::impactOfRemoving);
 * this only asks. A removed problem or cause that an intervention uses is asked about
 * (naming the interventions); on yes the plan's links to drop with it are in `unlinked`,
 * for the session to drop and save in one transaction. A removed area that interventions
 * belong to is refused with the reason in `refusal`. False with an empty `refusal`: the
 * user said no. Nothing is written here.
 */
bool confirmRemovals(Database& db, const Analysis& before, const Analysis& after, QWidget* parent, QString* refusal,
                     PlanLinks* unlinked);

} // namespace PlanLinkGuard
