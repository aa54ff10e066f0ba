#pragma once

#include <QString>

class Database;

namespace NationalDataDetail {

/**
 * An action plan for every collaboration from phase 4 on (its analysis is then
 * established): 2–5 interventions per development area with goals, an indicator,
 * a budget per year and dates inside the collaboration's period. Written through
 * PlanStore, so the generated plans hold what the store and the database demand.
 */
bool writePlans(Database& db, quint64 seed, qint64* count, QString* error);

} // namespace NationalDataDetail
