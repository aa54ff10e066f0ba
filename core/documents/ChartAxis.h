#pragma once

#include <QColor>
#include <QDate>
#include <QList>

/**
 * What the charts painted in core share (TrendChart, IndicatorChart, PlanTimeline):
 * a value axis in round steps and the colours that mean the same thing in each.
 * Colours are opaque: PDF/A allows no transparency.
 */
namespace ChartStyle {
inline const QColor kLine { 0x1f, 0x4e, 0x79 }; ///< a measured series
inline const QColor kGrid { 0xd9, 0xd9, 0xd9 };
inline const QColor kAxisText { 0x40, 0x40, 0x40 };
inline const QColor kMuted { 0x66, 0x66, 0x66 };
inline const QColor kToday { 0xc0, 0x20, 0x20 }; ///< the "today" line of every chart
} // namespace ChartStyle

/** A value axis from `low` to `high` in 2–6 round steps (1, 2 or 5 times a power of ten). */
struct ValueAxis
{
    double low = 0;
    double high = 1;
    double step = 1;

    /**
     * The axis for data from `dataLow` to `dataHigh`, with room above and below, kept
     * inside `floor` and `ceiling` (an indicator's range, e.g. 0–100 for a share).
     */
    static ValueAxis nice(double dataLow, double dataHigh, double floor, double ceiling);

    /** The values of the grid lines, from low to high. */
    QList<double> ticks() const;
    /** As many decimals as the steps need: 0 for whole steps, else 1. */
    int decimals() const;
    /** Where `value` falls, from 0 at `low` to 1 at `high`. */
    double fraction(double value) const { return (value - low) / (high - low); }
};

/** A time axis of whole half-years (1 January, 1 July) or whole months around some dates. */
struct TimeAxis
{
    enum class Step { HalfYear, Month };

    QDate from; ///< the first day shown
    QDate to; ///< the last day shown

    /** From the start of the half-year (or month) of `low` to the end of that of `high`. */
    static TimeAxis around(const QDate& low, const QDate& high, Step step);

    qint64 days() const { return from.daysTo(to) + 1; }
    /** Where the start of `date` falls, from 0 at `from` to 1 the day after `to`. */
    double fraction(const QDate& date) const { return double(from.daysTo(date)) / double(days()); }
};
