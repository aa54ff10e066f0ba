#pragma once

#include "core/analysis/Analysis.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <utility>

/** One value of the imported statistics, with where it came from. */
struct SourcedValue
{
    /** A marker stays what the file wrote (".", "..", "~100", "cirka 1 110"): then there is no number. */
    IndicatorValue value;
    QString source; ///< the file it was imported from, e.g. "10017830.json"
    QDateTime importedAt;
    bool operator==(const SourcedValue&) const = default;
};

/** What "Hämta från statistiken" would do to the table on screen. */
struct FetchPlan
{
    QList<SourcedValue> fills; ///< empty cells that get the statistics' value
    /** Cells whose value on screen differs from the statistics': typed by hand, never overwritten unasked. */
    QList<std::pair<IndicatorValue, SourcedValue>> conflicts;
    int unchanged = 0; ///< cells that already say what the statistics say
    bool isEmpty() const { return fills.isEmpty() && conflicts.isEmpty(); }
};

namespace StatisticsFetch {

/** The same number (to rounding) or the same marker. */
bool sameValue(const IndicatorValue& a, const IndicatorValue& b);

/** Compares `fetched` with the table `onScreen`, for the `indicators` the table has. */
FetchPlan plan(const QList<IndicatorValue>& onScreen, const QList<SourcedValue>& fetched,
               const QStringList& indicators);

/** The table after the plan: the empty cells filled, the conflicts too when `overwrite`. */
QList<IndicatorValue> apply(const QList<IndicatorValue>& onScreen, const FetchPlan& plan, bool overwrite);

/** The newest value of `indicator` that has a number (a marker is no baseline), or null. */
const SourcedValue* newestNumber(const QList<SourcedValue>& values, const QString& indicator);

} // namespace StatisticsFetch
