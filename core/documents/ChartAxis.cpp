#include "ChartAxis.h"

#include <algorithm>
#include <cmath>

ValueAxis ValueAxis::nice(double dataLow, double dataHigh, double floor, double ceiling)
{
    double span = dataHigh - dataLow;
    // A flat series still gets an axis: a twenty-fifth of the range, or of the value, around it.
    const double range = std::isfinite(ceiling - floor) ? ceiling - floor : std::max(std::abs(dataHigh), 1.0);
    if (span < range * 0.04)
        span = range * 0.04;
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

QList<double> ValueAxis::ticks() const
{
    QList<double> values;
    for (int i = 0; low + i * step <= high + step / 2 && i < 100; ++i)
        values.append(low + i * step);
    return values;
}

int ValueAxis::decimals() const
{
    return std::abs(step - std::round(step)) > 1e-9 ? 1 : 0;
}

TimeAxis TimeAxis::around(const QDate& low, const QDate& high, Step step)
{
    if (step == Step::Month)
        return { QDate(low.year(), low.month(), 1), QDate(high.year(), high.month(), 1).addMonths(1).addDays(-1) };
    const QDate from(low.year(), low.month() <= 6 ? 1 : 7, 1);
    const QDate to = high.month() <= 6 ? QDate(high.year(), 6, 30) : QDate(high.year(), 12, 31);
    return { from, to };
}
