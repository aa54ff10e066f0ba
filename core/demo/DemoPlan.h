#pragma once

#include "core/plan/ActionPlan.h"

struct Analysis;

namespace DemoData {

/**
 * The demo's action plan for Ekbacka kommun: two development areas, four
 * interventions, pointing at the demo analysis's problems and causes and at the
 * units in `unitIds` (Ekbackaskolan F–6, Strandängsskolan 7–9, Förskolan Solrosen).
 * Shared by DemoData::populate and the GUI test that makes the same plan through
 * the wizard.
 */
QList<Intervention> planInterventions(const Analysis& analysis, const QList<qint64>& unitIds);

} // namespace DemoData
