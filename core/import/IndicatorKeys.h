#pragma once

#include "ImportRecords.h"

#include <QString>
#include <QStringList>

/**
 * The one table that ties the names of a statistic together: the analysis templates'
 * indicator ids (and a plan indicator's `statistic`), the keys of Planerade utbildningar v4
 * (the same ids), and the measure columns of Sök statistik reports (matched by keywords of
 * the report's title and the column, since labels change with the curriculum).
 */
namespace IndicatorKeys {

/**
 * The key a Sök statistik measure is stored under: a known indicator's id when the table has
 * it ("Genomsnittligt meritvärde (17 ämnen)" in an årskurs 9 report → averageGradesMeritRating9thGrade),
 * else "<report title> · <group> · <measure>" as written.
 */
QString forMeasure(const QString& reportTitle, const Import::MeasureColumn& measure);

/** The descriptive key "<report title> · <group> · <measure>", whatever the table says. */
QString described(const QString& reportTitle, const Import::MeasureColumn& measure);

/**
 * The statistic keys a template indicator id or a plan indicator's `statistic` reads, best
 * first: the id itself, then other keys that measure the same thing.
 */
QStringList forIndicator(const QString& indicatorId);

/** Every known indicator id of the table. */
QStringList known();

} // namespace IndicatorKeys
