#pragma once

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

/** Which way an indicator should go: what "better" means for its values. */
enum class ChartDirection { Increase, Decrease, KeepAbove, KeepBelow };

/** One value of an indicator at a date: a measurement, the baseline, a milestone, the target. */
struct ChartPoint
{
    QDate date;
    double value = 0;
    bool operator==(const ChartPoint&) const = default;
};

/**
 * What an indicator chart shows. The measured values are drawn as a line, the
 * baseline as a square, the planned trajectory as a dashed line from the baseline
 * through the milestones to the target (for "keep above/below", a dashed threshold
 * at the target's level), the target as a diamond, and a "today" line.
 */
struct IndicatorChartInput
{
    QString unit; ///< "%", "poäng": written with every value
    ChartDirection direction = ChartDirection::Increase;
    std::optional<ChartPoint> baseline;
    QList<ChartPoint> milestones; ///< any order
    std::optional<ChartPoint> target;
    QList<ChartPoint> measurements; ///< any order
    /** The range the values can take (a share: 0–100); the axis stays inside it. */
    double floor = 0;
    double ceiling = std::numeric_limits<double>::infinity();
    /** A band of ± this around the planned trajectory (the "på väg" band), shaded when above 0. */
    double tolerance = 0;
    QLocale locale; ///< numbers, e.g. a decimal comma in Swedish
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

/** The planned trajectory: the baseline, the milestones and the target, by date. */
QList<ChartPoint> trajectory(const IndicatorChartInput& input);

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
