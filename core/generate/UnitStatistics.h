#pragma once

#include <QList>
#include <QStringList>

class BatchWriter;

/** The statistics part of the generated data: ten school years of indicators per unit. */
namespace UnitStatistics {

/** What a unit's statistics depend on. */
struct Profile
{
    qint64 unitId = 0;
    bool grade6 = false; ///< has pupils in year 6 (results for year 6 exist)
    bool grade9 = false; ///< has pupils in year 9
    int pupils = 0;
    double quality = 0; ///< about normal: how far above the national average the unit lies
};

/** Skolverket's indicator names, in the order they are written. */
QStringList indicators();

/**
 * Writes one row per unit, indicator and school year, the last school year
 * 2023/24. Values a unit cannot have (year 9 grades in a förskola) are missing
 * ("."); some are suppressed (".."), some approximate ("~100", "cirka 1110").
 */
bool write(BatchWriter& writer, const QList<Profile>& units, int schoolYears, quint64 seed, qint64* rows,
           QString* error);

} // namespace UnitStatistics
