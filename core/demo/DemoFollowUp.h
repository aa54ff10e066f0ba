#pragma once

#include <QString>

class Database;

namespace DemoData {

/**
 * The second half of the programme in the demo: collaboration 2, Tallmo kommun, in phase 5
 * with a signed ÖK 2, delredovisning 1 inlämnad and delredovisning 2 a draft (the plan has
 * moved since signing, so the draft proposes deviations), with measurements; collaboration 3,
 * Lärkängens skolor AB, in phase 6 and avslutad, with its three progress reports and its
 * slutredovisning. Made through the stores and the use cases, after collaboration 1.
 */
bool populateFollowUp(Database& db, QString* error);

} // namespace DemoData
