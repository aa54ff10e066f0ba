#include "TrendChart.h"

#include "ChartAxis.h"
#include "PagedDocument.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

using ChartStyle::kAxisText;
using ChartStyle::kGrid;
using ChartStyle::kLine;

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
    const ValueAxis axis = ValueAxis::nice(dataLow, dataHigh, floor, ceiling);
    const int decimals = decimalsFor(points);
    // The axis shows only as many decimals as its steps need.
    const int axisDecimals = axis.decimals();

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
    for (double v : axis.ticks())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(formatValue(v, locale, axisDecimals)));
    const QRectF plot(labelWidth + 10, metrics.height() + 10, size.width() - labelWidth - 24,
                      size.height() - 2.2 * metrics.height() - 16);
    auto yOf = [&](double v) { return plot.bottom() - (v - axis.low) / (axis.high - axis.low) * plot.height(); };
    const qreal slot = plot.width() / points.size();
    auto xOf = [&](int i) { return plot.left() + slot * (i + 0.5); };

    painter.setPen(kAxisText);
    painter.drawText(QRectF(0, 0, labelWidth + 6, metrics.height()), Qt::AlignRight | Qt::AlignTop, unit);
    for (double v : axis.ticks()) {
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
