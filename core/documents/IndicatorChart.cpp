#include "IndicatorChart.h"

#include "ChartAxis.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorChart)
};

using ChartStyle::kAxisText;
using ChartStyle::kGrid;
using ChartStyle::kMuted;
using ChartStyle::kToday;

const QColor kMeasured = ChartStyle::kLine;
const QColor kBaseline(0x59, 0x59, 0x59);
const QColor kPlanned(0x2f, 0x7d, 0x3e);
const QColor kTarget(0xd0, 0x7a, 0x1c);
const QColor kBand(0xe2, 0xf0, 0xe4);
const QColor kOtherYear(0xf2, 0xf2, 0xf2);

bool keeps(IndicatorDirection d)
{
    return d == IndicatorDirection::KeepAbove || d == IndicatorDirection::KeepBelow;
}

QList<ChartPoint> byDate(QList<ChartPoint> points)
{
    std::stable_sort(points.begin(), points.end(),
                     [](const ChartPoint& a, const ChartPoint& b) { return a.date < b.date; });
    return points;
}

QList<ChartPoint> allPoints(const IndicatorChartInput& input)
{
    QList<ChartPoint> points = input.measurements + input.planned;
    if (input.baseline)
        points.append(*input.baseline);
    return points;
}

/** One entry of the legend: what its mark looks like and what it says. */
struct LegendItem
{
    enum Mark { Measured, Baseline, Planned, Target, Band, Today, None } mark;
    QString text;
};

struct Metrics
{
    Metrics(const QFont& font, const QPaintDevice* device)
        : fm(font, const_cast<QPaintDevice*>(device))
        , boldFm(bold(font), const_cast<QPaintDevice*>(device))
    {
        line = fm.height();
        pad = line * 0.5;
        swatch = line * 1.6;
        legendRow = line * 1.45;
    }
    static QFont bold(QFont font)
    {
        font.setBold(true);
        return font;
    }
    QFontMetricsF fm;
    QFontMetricsF boldFm;
    qreal line, pad, swatch, legendRow;
};

QString dateText(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QList<LegendItem> legendOf(const IndicatorChartInput& input, const QDate& today, bool todayShown)
{
    const int decimals = IndicatorChart::decimalsFor(input);
    auto value = [&](double v) { return IndicatorChart::formatValue(v, input.unit, input.locale, decimals); };
    QList<LegendItem> items;
    // The values are written beside their marks: the legend only names the marks.
    if (!input.measurements.isEmpty())
        items.append({ LegendItem::Measured, Text::tr("Measured") });
    if (input.baseline)
        items.append({ LegendItem::Baseline, Text::tr("Baseline") });
    if (const auto target = input.target()) {
        const bool haveLine = input.planned.size() >= 2;
        if (haveLine)
            items.append({ LegendItem::Planned,
                           keeps(input.direction)              ? Text::tr("Threshold")
                               : !input.milestones().isEmpty() ? Text::tr("Planned trajectory through the milestones")
                                                               : Text::tr("Planned trajectory") });
        const QString by = dateText(target->date);
        QString text;
        switch (input.direction) {
        case IndicatorDirection::HigherIsBetter:
            text = Text::tr("Target: at least %1 by %2").arg(value(target->value), by);
            break;
        case IndicatorDirection::LowerIsBetter:
            text = Text::tr("Target: at most %1 by %2").arg(value(target->value), by);
            break;
        case IndicatorDirection::KeepAbove:
        case IndicatorDirection::KeepBelow:
            text = IndicatorChart::directionText(input);
            break;
        }
        items.append({ keeps(input.direction) ? LegendItem::None : LegendItem::Target, text });
    }
    if (!keeps(input.direction))
        items.append({ LegendItem::None, IndicatorChart::directionText(input) });
    if (todayShown)
        items.append({ LegendItem::Today, Text::tr("Today, %1").arg(dateText(today)) });
    return items;
}

/** Legend items flowed into rows of `width`: each row's items. */
QList<QList<LegendItem>> legendRows(const QList<LegendItem>& items, const Metrics& m, qreal width)
{
    QList<QList<LegendItem>> rows;
    qreal x = 0;
    for (const auto& item : items) {
        const qreal w
            = (item.mark == LegendItem::None ? 0 : m.swatch + m.pad) + m.fm.horizontalAdvance(item.text) + 2 * m.line;
        if (rows.isEmpty() || (x + w > width && x > 0)) {
            rows.append(QList<LegendItem>());
            x = 0;
        }
        rows.last().append(item);
        x += w;
    }
    return rows;
}

/** Everything paint() places, worked out once for a rect. */
struct Layout
{
    IndicatorChart::Geometry geometry;
    ValueAxis axis;
    QRectF rect;
    QList<QList<LegendItem>> legend;
    bool todayShown = false;
    bool empty = false;
};

} // namespace

namespace {

Layout layoutOf(const IndicatorChartInput& input, const QRectF& rect, const Metrics& m, const QDate& today)
{
    Layout l;
    l.rect = rect;
    const QList<ChartPoint> points = allPoints(input);
    l.empty = points.isEmpty();

    // The x axis: whole half-years around every date, and today.
    QDate low, high;
    for (const auto& p : points) {
        if (!p.date.isValid())
            continue;
        low = !low.isValid() || p.date < low ? p.date : low;
        high = !high.isValid() || p.date > high ? p.date : high;
    }
    if (today.isValid() && low.isValid()) {
        // Today widens the axis up to a year past the data, so a report made after the last value still shows it.
        low = std::min(low, today);
        high = std::max(high, std::min(today, high.addYears(1)));
    }
    if (!low.isValid()) {
        const QDate now = today.isValid() ? today : QDate::currentDate();
        low = high = now;
    }
    const TimeAxis time = TimeAxis::around(low, high, TimeAxis::Step::HalfYear);
    l.todayShown = today.isValid() && today >= time.from && today <= time.to;

    // The y axis: every value.
    double dataLow = std::numeric_limits<double>::infinity(), dataHigh = -dataLow;
    for (const auto& p : points) {
        dataLow = std::min(dataLow, p.value);
        dataHigh = std::max(dataHigh, p.value);
    }
    if (!std::isfinite(dataLow)) {
        dataLow = input.floor;
        dataHigh = std::isfinite(input.ceiling) ? input.ceiling : input.floor + 1;
    }
    const double floor = std::min(input.floor, dataLow);
    const double ceiling = std::max(input.ceiling, dataHigh);
    l.axis = ValueAxis::nice(dataLow, dataHigh, floor, ceiling);

    // The plot: the axis labels on the left, the unit above, the years and the legend below.
    qreal labelWidth = m.fm.horizontalAdvance(input.unit);
    for (double v : l.axis.ticks())
        labelWidth = std::max(labelWidth, m.fm.horizontalAdvance(input.locale.toString(v, 'f', l.axis.decimals())));
    l.legend = legendRows(legendOf(input, today, l.todayShown), m, rect.width() - 2 * m.pad);
    const qreal top = rect.top() + m.line * 1.7;
    const qreal bottom = rect.bottom() - m.pad - l.legend.size() * m.legendRow - m.line * 1.6;
    const qreal left = rect.left() + labelWidth + m.pad * 1.5;
    // Room on the right for the target's label, which sits beside its diamond at the end of the axis.
    const qreal right = rect.right() - m.line * 1.2;
    l.geometry.plot = QRectF(left, top, std::max<qreal>(right - left, 1), std::max<qreal>(bottom - top, 1));
    l.geometry.from = time.from;
    l.geometry.to = time.to;
    l.geometry.low = l.axis.low;
    l.geometry.high = l.axis.high;
    return l;
}

void drawMark(QPainter& p, LegendItem::Mark mark, const QPointF& c, const Metrics& m)
{
    const qreal r = m.line * 0.28;
    switch (mark) {
    case LegendItem::Measured:
        p.setPen(Qt::NoPen);
        p.setBrush(kMeasured);
        p.drawEllipse(c, r, r);
        break;
    case LegendItem::Baseline:
        p.setPen(Qt::NoPen);
        p.setBrush(kBaseline);
        p.drawRect(QRectF(c.x() - r * 1.05, c.y() - r * 1.05, r * 2.1, r * 2.1));
        break;
    case LegendItem::Target: {
        const qreal h = r * 1.6;
        QPainterPath diamond;
        diamond.moveTo(c.x(), c.y() - h);
        diamond.lineTo(c.x() + h, c.y());
        diamond.lineTo(c.x(), c.y() + h);
        diamond.lineTo(c.x() - h, c.y());
        diamond.closeSubpath();
        p.setPen(QPen(Qt::white, m.line * 0.06));
        p.setBrush(kTarget);
        p.drawPath(diamond);
        break;
    }
    default:
        break;
    }
}

QPen plannedPen(const Metrics& m)
{
    QPen pen(kPlanned, m.line * 0.15, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setDashPattern({ 4, 2.5 });
    return pen;
}

void drawLegend(QPainter& p, const Layout& l, const Metrics& m)
{
    qreal y = l.rect.bottom() - m.pad - l.legend.size() * m.legendRow;
    for (const auto& row : l.legend) {
        qreal x = l.rect.left() + m.pad;
        const qreal mid = y + m.legendRow / 2;
        for (const auto& item : row) {
            if (item.mark != LegendItem::None) {
                const QRectF swatch(x, mid - m.line * 0.35, m.swatch, m.line * 0.7);
                switch (item.mark) {
                case LegendItem::Measured:
                    p.setPen(QPen(kMeasured, m.line * 0.16));
                    p.drawLine(QPointF(swatch.left(), mid), QPointF(swatch.right(), mid));
                    drawMark(p, item.mark, swatch.center(), m);
                    break;
                case LegendItem::Planned:
                    p.setPen(plannedPen(m));
                    p.drawLine(QPointF(swatch.left(), mid), QPointF(swatch.right(), mid));
                    break;
                case LegendItem::Band:
                    p.fillRect(swatch, kBand);
                    break;
                case LegendItem::Today:
                    p.setPen(QPen(kToday, m.line * 0.12));
                    p.drawLine(QPointF(swatch.center().x(), swatch.top() - m.line * 0.15),
                               QPointF(swatch.center().x(), swatch.bottom() + m.line * 0.15));
                    break;
                default:
                    drawMark(p, item.mark, swatch.center(), m);
                }
                x += m.swatch + m.pad;
            }
            p.setPen(Qt::black);
            p.drawText(QRectF(x, y, l.rect.right() - x, m.legendRow), Qt::AlignLeft | Qt::AlignVCenter, item.text);
            x += m.fm.horizontalAdvance(item.text) + 2 * m.line;
        }
        y += m.legendRow;
    }
}

} // namespace

std::optional<ChartPoint> IndicatorChartInput::target() const
{
    if (planned.isEmpty())
        return std::nullopt;
    return planned.last();
}

QList<ChartPoint> IndicatorChartInput::milestones() const
{
    if (keeps(direction) || planned.size() <= 2)
        return {};
    return planned.mid(1, planned.size() - 2);
}

namespace IndicatorChart {

QColor measuredColour()
{
    return kMeasured;
}

QColor baselineColour()
{
    return kBaseline;
}

QColor plannedColour()
{
    return kPlanned;
}

QColor targetColour()
{
    return kTarget;
}

qreal Geometry::x(const QDate& date) const
{
    return plot.left() + plot.width() * TimeAxis { from, to }.fraction(date);
}

qreal Geometry::y(double value) const
{
    return plot.bottom() - plot.height() * (value - low) / (high - low);
}

IndicatorChartInput inputFor(const Indicator& indicator, const QDate& baselineDate,
                             const QList<Measurement>& measurements, const QLocale& locale, const QDate& until)
{
    IndicatorChartInput input;
    input.unit = indicator.unit;
    input.direction = indicator.direction;
    input.locale = locale;
    if (indicator.baseline && baselineDate.isValid())
        input.baseline = ChartPoint { baselineDate, *indicator.baseline };
    input.planned = IndicatorFollowUp::trajectory(indicator, baselineDate);
    for (const auto& m : measurements) {
        const QDate on = m.effectiveDate();
        if (on.isValid() && (!until.isValid() || on <= until))
            input.measurements.append({ on, m.value });
    }
    if (indicator.unit.trimmed() == QLatin1String("%"))
        input.ceiling = 100;
    return input;
}

QString formatValue(double value, const QString& unit, const QLocale& locale, int decimals)
{
    const QString number = locale.toString(value, 'f', decimals);
    if (unit.trimmed().isEmpty())
        return number;
    // Swedish typography: a no-break space before the unit, "%" included.
    return number + QChar(0x00A0) + unit.trimmed();
}

int decimalsFor(const IndicatorChartInput& input)
{
    for (const auto& p : allPoints(input)) {
        if (std::abs(p.value - std::round(p.value)) > 1e-9)
            return 1;
    }
    return 0;
}

QString directionText(const IndicatorChartInput& input)
{
    const auto target = input.target();
    const QString threshold
        = target ? formatValue(target->value, input.unit, input.locale, decimalsFor(input)) : QStringLiteral("–");
    switch (input.direction) {
    case IndicatorDirection::HigherIsBetter:
        return Text::tr("↑ Higher is better");
    case IndicatorDirection::LowerIsBetter:
        return Text::tr("↓ Lower is better");
    case IndicatorDirection::KeepAbove:
        return Text::tr("Keep at or above %1").arg(threshold);
    case IndicatorDirection::KeepBelow:
        return Text::tr("Keep at or below %1").arg(threshold);
    }
    return QString();
}

Geometry geometry(const IndicatorChartInput& input, const QRectF& rect, const QFont& font, const QPaintDevice* device,
                  const QDate& today)
{
    return layoutOf(input, rect, Metrics(font, device), today).geometry;
}

QSizeF preferredSize(const QFont& font, const QPaintDevice* device)
{
    const qreal line = QFontMetricsF(font, const_cast<QPaintDevice*>(device)).height();
    return { line * 16 * 2.4, line * 16 };
}

qreal preferredHeight(const IndicatorChartInput& input, const QFont& font, qreal width, const QPaintDevice* device)
{
    const Metrics m(font, device);
    const int rows = int(legendRows(legendOf(input, QDate(2000, 1, 1), true), m, width - 2 * m.pad).size());
    const qreal plot = std::clamp(width * 0.25, m.line * 7, m.line * 14);
    return m.line * 1.7 + plot + m.line * 1.6 + rows * m.legendRow + m.pad;
}

void paint(QPainter& painter, const QRectF& rect, const IndicatorChartInput& input, const QFont& font,
           const QDate& today)
{
    painter.save();
    // Inside whatever clip the caller has (a page of a document).
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(font);
    const Metrics m(font, painter.device());
    const Layout l = layoutOf(input, rect, m, today);
    const Geometry& g = l.geometry;
    const QRectF& plot = g.plot;
    const qreal hair = std::max<qreal>(m.line / 16, 0.5);
    const int decimals = decimalsFor(input);
    auto value = [&](double v) { return formatValue(v, input.unit, input.locale, decimals); };

    // Every other year shaded under the grid, so a date reads against its year.
    for (int year = g.from.year() + 1; year <= g.to.year(); year += 2) {
        const qreal x0 = g.x(std::max(g.from, QDate(year, 1, 1)));
        const qreal x1 = g.x(std::min(g.to, QDate(year, 12, 31)).addDays(1));
        painter.fillRect(QRectF(x0, plot.top(), x1 - x0, plot.height()), kOtherYear);
    }
    // The good side of a threshold, shaded.
    const QList<ChartPoint>& planned = input.planned;
    const auto target = input.target();
    if (target && keeps(input.direction)) {
        const qreal y = g.y(target->value);
        const QRectF good = input.direction == IndicatorDirection::KeepAbove
            ? QRectF(plot.left(), plot.top(), plot.width(), y - plot.top())
            : QRectF(plot.left(), y, plot.width(), plot.bottom() - y);
        painter.fillRect(good.intersected(plot), kBand);
    }

    // The value grid and its labels, the unit above them.
    painter.setPen(kAxisText);
    painter.drawText(QRectF(rect.left(), rect.top(), plot.left() - rect.left() - m.pad, m.line),
                     Qt::AlignRight | Qt::AlignTop, input.unit);
    for (double v : l.axis.ticks()) {
        const qreal y = g.y(v);
        painter.setPen(QPen(kGrid, hair * 1.4));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kAxisText);
        painter.drawText(QRectF(rect.left(), y - m.line / 2, plot.left() - rect.left() - m.pad, m.line),
                         Qt::AlignRight | Qt::AlignVCenter, input.locale.toString(v, 'f', l.axis.decimals()));
    }
    // Years under the axis, a line at each new year.
    for (int year = g.from.year(); year <= g.to.year(); ++year) {
        const QDate start = std::max(g.from, QDate(year, 1, 1));
        const QDate end = std::min(g.to, QDate(year, 12, 31)).addDays(1);
        const qreal x0 = g.x(start), x1 = g.x(end);
        if (start.month() == 1 && start.day() == 1 && start > g.from) {
            painter.setPen(QPen(kGrid, hair * 1.4));
            painter.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()));
        }
        const QString label = QString::number(year);
        if (m.fm.horizontalAdvance(label) < x1 - x0) {
            painter.setPen(kAxisText);
            painter.drawText(QRectF(x0, plot.bottom() + m.line * 0.2, x1 - x0, m.line * 1.2), Qt::AlignCenter, label);
        }
    }
    painter.setPen(QPen(kAxisText, hair * 2));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (QDate d = g.from; d <= g.to; d = d.addMonths(6)) {
        const qreal x = g.x(d);
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + m.line * (d.month() == 1 ? 0.35 : 0.2)));
    }

    if (l.empty) {
        painter.setPen(kMuted);
        painter.drawText(plot, Qt::AlignCenter, Text::tr("No values yet"));
    }

    // The planned trajectory (or the threshold), dashed.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(plannedPen(m));
    if (planned.size() >= 2) {
        QPolygonF line;
        for (const auto& p : planned)
            line << g.at(p);
        painter.drawPolyline(line);
    }
    for (const auto& milestone : input.milestones()) {
        painter.setPen(QPen(kPlanned, hair * 2));
        painter.setBrush(Qt::white);
        painter.drawEllipse(g.at(milestone), m.line * 0.2, m.line * 0.2);
    }

    // Today, under the measured values so a value on that day stays readable.
    if (l.todayShown) {
        painter.setPen(QPen(kToday, m.line * 0.12));
        painter.drawLine(QPointF(g.x(today), plot.top()), QPointF(g.x(today), plot.bottom()));
    }

    // The measured values: a line, and a dot at each.
    const QList<ChartPoint> measured = byDate(input.measurements);
    if (measured.size() >= 2) {
        QPolygonF line;
        for (const auto& p : measured)
            line << g.at(p);
        painter.setPen(QPen(kMeasured, m.line * 0.16, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(line);
    }
    if (input.baseline)
        drawMark(painter, LegendItem::Baseline, g.at(*input.baseline), m);
    for (const auto& p : measured)
        drawMark(painter, LegendItem::Measured, g.at(p), m);
    if (target && !keeps(input.direction))
        drawMark(painter, LegendItem::Target, g.at(*target), m);

    // Value labels, most important first; one that would overlap a placed one is left out (the legend has it).
    struct Label
    {
        ChartPoint at;
        QColor colour;
    };
    QList<Label> labels;
    if (target && !keeps(input.direction))
        labels.append({ *target, kTarget.darker(130) });
    for (auto p = measured.crbegin(); p != measured.crend(); ++p)
        labels.append({ *p, Qt::black });
    if (input.baseline)
        labels.append({ *input.baseline, kBaseline });
    QList<QRectF> placed;
    painter.setFont(Metrics::bold(font));
    for (const auto& label : labels) {
        const QString text = value(label.at.value);
        const qreal w = m.boldFm.horizontalAdvance(text) + m.line * 0.3;
        const QPointF c = g.at(label.at);
        QRectF box(c.x() - w / 2, c.y() - m.line * 1.45, w, m.line);
        if (box.top() < rect.top())
            box.moveTop(c.y() + m.line * 0.45);
        box.moveLeft(std::clamp(box.left(), rect.left(), rect.right() - w));
        if (std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF& r) { return r.intersects(box); }))
            continue;
        placed.append(box);
        painter.setPen(label.colour);
        painter.drawText(box, Qt::AlignCenter, text);
    }
    painter.setFont(font);
    drawLegend(painter, l, m);
    painter.restore();
}

QImage render(const IndicatorChartInput& input, const QFont& font, const QSizeF& size, qreal scale, const QDate& today)
{
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(painter, QRectF(QPointF(0, 0), size), input, font, today);
    painter.end();
    return image;
}

} // namespace IndicatorChart
