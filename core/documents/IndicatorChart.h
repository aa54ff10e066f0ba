#pragma once

#include "core/followup/IndicatorFollowUp.h"
#include "core/followup/Measurement.h"

#include <QDate>
#include <QFont>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QSizeF>

#include <limits>
#include <optional>

class QPainter;
class QPaintDevice;

/** One value of an indicator at a date, as the follow-up's trajectory has them: a measurement, a point of the plan. */
using ChartPoint = TrajectoryPoint;

/**
 * What an indicator chart shows: the measured values drawn as a line, the baseline as
 * a square, the planned path as a dashed line (through the milestones, to the target
 * drawn as a diamond; for "keep above/below" a level threshold, its good side shaded)
 * and a "today" line. `inputFor()` fills it from an indicator of the plan.
 */
struct IndicatorChartInput
{
    QString unit; ///< "%", "poäng": written with every value
    IndicatorDirection direction = IndicatorDirection::HigherIsBetter;
    std::optional<ChartPoint> baseline;
    /** The planned path as IndicatorFollowUp::trajectory gives it: baseline, milestones, target (or the threshold). */
    QList<TrajectoryPoint> planned;
    QList<ChartPoint> measurements; ///< any order
    /** The range the values can take (a share: 0–100); the axis stays inside it unless a value is outside. */
    double floor = 0;
    double ceiling = std::numeric_limits<double>::infinity();
    QLocale locale; ///< numbers, e.g. a decimal comma in Swedish

    /** The target: the end of the planned path. */
    std::optional<ChartPoint> target() const;
    /** The milestones: the planned path between its ends (none for a threshold). */
    QList<ChartPoint> milestones() const;
    bool operator==(const IndicatorChartInput&) const = default;
};

/**
 * The follow-up chart of one indicator, painted with QPainter only (core has no
 * widgets): the same call draws it in the UI's widget, on a printer and into the
 * report's PDF and ODT (as an image). Sizes follow `font` on the painter's device,
 * so it reads alike at widget size and on paper. The x axis runs over whole
 * half-years with the years written under it; the y axis is in round steps with the
 * unit above it. A legend under the chart names each mark with its value, and says
 * which way is better. Colours are opaque (PDF/A); the marks differ in shape and
 * dash as well as in colour, so the chart reads in greyscale too.
 */
namespace IndicatorChart {

/** Colours, for tests and for a legend the UI draws itself. */
QColor measuredColour();
QColor baselineColour();
QColor plannedColour();
QColor targetColour();

/** Where things fall in a chart painted into `rect` on `device`: the plot area and its two axes. */
struct Geometry
{
    QRectF plot;
    QDate from; ///< first day of the x axis
    QDate to; ///< last day
    double low = 0; ///< the y axis
    double high = 1;
    qreal x(const QDate& date) const;
    qreal y(double value) const;
    QPointF at(const ChartPoint& p) const { return { x(p.date), y(p.value) }; }
};

Geometry geometry(const IndicatorChartInput& input, const QRectF& rect, const QFont& font,
                  const QPaintDevice* device = nullptr, const QDate& today = {});

/**
 * The chart of `indicator`: its baseline on `baselineDate` (the signed agreement's period
 * start), the planned path IndicatorFollowUp::trajectory computes, and `measurements` by
 * their effective dates (those after `until`, when it is valid, left out: a report printed
 * later shows what it showed). A share (unit "%") keeps its axis inside 0–100.
 */
IndicatorChartInput inputFor(const Indicator& indicator, const QDate& baselineDate,
                             const QList<Measurement>& measurements, const QLocale& locale = QLocale(),
                             const QDate& until = QDate());

/** A size that reads well: about 16 lines of `font` high and 2.4 times as wide. */
QSizeF preferredSize(const QFont& font, const QPaintDevice* device = nullptr);

/** The height the chart wants at `width`: the legend may need a second row when narrow. */
qreal preferredHeight(const IndicatorChartInput& input, const QFont& font, qreal width,
                      const QPaintDevice* device = nullptr);

/** Paints into `rect`. `today` draws a vertical line when it is valid and inside the shown span. */
void paint(QPainter& painter, const QRectF& rect, const IndicatorChartInput& input, const QFont& font,
           const QDate& today = {});

/** The chart as an opaque white image of `size` logical pixels drawn `scale` times finer, for a document. */
QImage render(const IndicatorChartInput& input, const QFont& font, const QSizeF& size, qreal scale,
              const QDate& today = {});

/** "62 %", "245,5 poäng": the value in the locale with its unit, as the chart and the reports write it. */
QString formatValue(double value, const QString& unit, const QLocale& locale, int decimals);

/** One decimal when any value of the chart has one, else none. */
int decimalsFor(const IndicatorChartInput& input);

/** "Higher is better", "Keep at or above 80 %": the direction as the legend says it. */
QString directionText(const IndicatorChartInput& input);

} // namespace IndicatorChart
