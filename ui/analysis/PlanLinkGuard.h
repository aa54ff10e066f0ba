#pragma once

#include "core/analysis/Analysis.h"
#include "ui/session/PlanUnlinkCommand.h"

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
 * True when `after` may be saved over `before`. A removed problem or cause that an
 * intervention uses is asked about (naming the interventions); on yes its links in
 * the plan are removed first and listed in `unlinked`, for undo. A removed area that
 * interventions belong to is refused with the reason in `refusal`. False with an
 * empty `refusal`: the user said no.
 */
bool confirmRemovals(Database& db, const Analysis& before, const Analysis& after, QWidget* parent, QString* refusal,
                     PlanLinks* unlinked);

} // namespace PlanLinkGuard
