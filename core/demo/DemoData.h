#pragma once

#include <QString>

class Database;

/**
 * A realistic, fictional case: Ekbacka kommun with three units and a
 * collaboration in phase 3 with two meetings. In a fresh database the
 * collaboration gets id 1.
 */
namespace DemoData {

bool populate(Database& db, QString* error);

/**
 * The whole demo database (`skoldialog-cli demo`): populate(), then collaboration 2 in phase 5
 * and collaboration 3 in phase 6, avslutad (populateFollowUp in DemoFollowUp.h).
 */
bool populateAll(Database& db, QString* error);

} // namespace DemoData
