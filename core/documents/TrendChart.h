#pragma once

#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

/** One school year of an indicator's trend: a value, or the marker the statistics wrote instead. */
struct TrendPoint
{
    QString period; ///< "2023/24"
    std::optional<double> value;
    QString marker; ///< "..", "." when there is no value
};

/**
 * A line chart of one indicator over school years, painted with QPainter for print:
 * core may not use Qt Charts (a widgets module). Every point carries its value; a
 * year without one shows its marker and breaks the line.
 */
namespace TrendChart {

/**
 * Paints the chart into an opaque white image of `size` logical pixels times `scale`
 * (PDF/A allows no transparency). `floor` and `ceiling` bound the axis (the
 * indicator's range). Numbers follow `locale`, e.g. a decimal comma in Swedish.
 */
QImage render(const QList<TrendPoint>& points, double floor, double ceiling, const QString& unit, const QSize& size,
              qreal scale, const QLocale& locale);

/** The value as the document writes it, with `decimals` decimals in `locale`. */
QString formatValue(double value, const QLocale& locale, int decimals);

/** One decimal when any value of the series has one, else none: a column reads alike. */
int decimalsFor(const QList<TrendPoint>& points);

} // namespace TrendChart
