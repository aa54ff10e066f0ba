#include "TrendChart.h"

#include "PagedDocument.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

const QColor kLine(0x1f, 0x4e, 0x79);
const QColor kGrid(0xd9, 0xd9, 0xd9);
const QColor kAxisText(0x40, 0x40, 0x40);

/** An axis from `low` to `high` in 2–6 round steps. */
struct Axis
{
    double low = 0;
    double high = 1;
    double step = 1;
};

Axis niceAxis(double dataLow, double dataHigh, double floor, double ceiling)
{
    double span = dataHigh - dataLow;
    if (span < (ceiling - floor) * 0.04)
        span = (ceiling - floor) * 0.04;
    double low = std::max(floor, dataLow - span * 0.4);
    double high = std::min(ceiling, dataHigh + span * 0.4);
    const double raw = (high - low) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (raw <= m * magnitude) {
            step = m * magnitude;
            break;
        }
    }
    low = std::max(floor, std::floor(low / step) * step);
    high = std::min(ceiling, std::ceil(high / step) * step);
    if (high <= low)
        high = low + step;
    return { low, high, step };
}

} // namespace

namespace TrendChart {

QString formatValue(double value, const QLocale& locale, int decimals)
{
    return locale.toString(value, 'f', decimals);
}

int decimalsFor(const QList<TrendPoint>& points)
{
    for (const auto& p : points) {
        if (p.value && std::abs(*p.value - std::round(*p.value)) > 1e-9)
            return 1;
    }
    return 0;
}

QImage render(const QList<TrendPoint>& points, double floor, double ceiling, const QString& unit, const QSize& size,
              qreal scale, const QLocale& locale)
{
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    if (points.isEmpty())
        return image;

    double dataLow = ceiling, dataHigh = floor;
    for (const auto& p : points) {
        if (p.value) {
            dataLow = std::min(dataLow, *p.value);
            dataHigh = std::max(dataHigh, *p.value);
        }
    }
    if (dataLow > dataHigh) {
        dataLow = floor;
        dataHigh = ceiling;
    }
    const Axis axis = niceAxis(dataLow, dataHigh, floor, ceiling);
    const int decimals = decimalsFor(points);
    // The axis shows only as many decimals as its steps need.
    const int axisDecimals = std::abs(axis.step - std::round(axis.step)) > 1e-9 ? 1 : 0;

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    QFont font(PagedDocument::fontFamily());
    font.setPixelSize(10);
    painter.setFont(font);
    const QFontMetricsF metrics(font);

    // Plot area: room for the axis labels on the left and the years below.
    qreal labelWidth = metrics.horizontalAdvance(unit);
    for (double v = axis.low; v <= axis.high + axis.step / 2; v += axis.step)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(formatValue(v, locale, axisDecimals)));
    const QRectF plot(labelWidth + 10, metrics.height() + 10, size.width() - labelWidth - 24,
                      size.height() - 2.2 * metrics.height() - 16);
    auto yOf = [&](double v) { return plot.bottom() - (v - axis.low) / (axis.high - axis.low) * plot.height(); };
    const qreal slot = plot.width() / points.size();
    auto xOf = [&](int i) { return plot.left() + slot * (i + 0.5); };

    painter.setPen(kAxisText);
    painter.drawText(QRectF(0, 0, labelWidth + 6, metrics.height()), Qt::AlignRight | Qt::AlignTop, unit);
    for (double v = axis.low; v <= axis.high + axis.step / 2; v += axis.step) {
        const qreal y = yOf(v);
        painter.setPen(QPen(kGrid, 0.8));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kAxisText);
        painter.drawText(QRectF(0, y - metrics.height() / 2, labelWidth + 4, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, formatValue(v, locale, axisDecimals));
    }
    painter.setPen(QPen(kAxisText, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int i = 0; i < points.size(); ++i)
        painter.drawText(QRectF(xOf(i) - slot / 2, plot.bottom() + 4, slot, metrics.height()), Qt::AlignCenter,
                         points[i].period);

    // The line breaks where a year has no value, so a gap is never drawn as a trend.
    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < points.size(); ++i) {
        if (!points[i].value) {
            drawing = false;
            continue;
        }
        const QPointF at(xOf(i), yOf(*points[i].value));
        drawing ? path.lineTo(at) : path.moveTo(at);
        drawing = true;
    }
    painter.setPen(QPen(kLine, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);

    QFont bold = font;
    bold.setBold(true);
    for (int i = 0; i < points.size(); ++i) {
        const auto& p = points[i];
        if (!p.value) {
            painter.setFont(font);
            painter.setPen(QColor(0x80, 0x80, 0x80));
            const QString text = p.marker.isEmpty() ? QStringLiteral("–") : p.marker;
            painter.drawText(QRectF(xOf(i) - slot / 2, plot.bottom() - metrics.height() - 4, slot, metrics.height()),
                             Qt::AlignCenter, text);
            continue;
        }
        const QPointF at(xOf(i), yOf(*p.value));
        painter.setPen(QPen(kLine, 1.5));
        painter.setBrush(Qt::white);
        painter.drawEllipse(at, 3.2, 3.2);
        painter.setFont(bold);
        painter.setPen(Qt::black);
        const QString label = p.marker.isEmpty() ? formatValue(*p.value, locale, decimals) : p.marker;
        const qreal above = at.y() - metrics.height() - 5;
        const QRectF box(at.x() - slot / 2, above < plot.top() - metrics.height() ? at.y() + 5 : above, slot,
                         metrics.height());
        painter.drawText(box, Qt::AlignCenter, label);
    }
    return image;
}

} // namespace TrendChart
