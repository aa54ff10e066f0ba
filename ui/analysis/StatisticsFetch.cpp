#include "StatisticsFetch.h"

#include <QMap>

#include <cmath>

namespace StatisticsFetch {

bool sameValue(const IndicatorValue& a, const IndicatorValue& b)
{
    if (a.marker.trimmed() != b.marker.trimmed())
        return false;
    if (a.value.has_value() != b.value.has_value())
        return false;
    return !a.value || std::abs(*a.value - *b.value) < 1e-9 * std::max(1.0, std::abs(*a.value));
}

FetchPlan plan(const QList<IndicatorValue>& onScreen, const QList<SourcedValue>& fetched, const QStringList& indicators)
{
    QMap<std::pair<QString, QString>, IndicatorValue> current;
    for (const auto& v : onScreen)
        current.insert({ v.indicator, v.period }, v);
    FetchPlan result;
    for (const auto& f : fetched) {
        if (!indicators.contains(f.value.indicator))
            continue;
        if (!f.value.value && f.value.marker.trimmed().isEmpty())
            continue; // nothing to show: the file had no entry
        const auto it = current.constFind({ f.value.indicator, f.value.period });
        if (it == current.cend() || (!it->value && it->marker.trimmed().isEmpty()))
            result.fills.append(f);
        else if (sameValue(*it, f.value))
            ++result.unchanged;
        else
            result.conflicts.append({ *it, f });
    }
    return result;
}

QList<IndicatorValue> apply(const QList<IndicatorValue>& onScreen, const FetchPlan& plan, bool overwrite)
{
    QMap<std::pair<QString, QString>, IndicatorValue> values;
    for (const auto& v : onScreen)
        values.insert({ v.indicator, v.period }, v);
    for (const auto& f : plan.fills)
        values.insert({ f.value.indicator, f.value.period }, f.value);
    if (overwrite) {
        for (const auto& c : plan.conflicts)
            values.insert({ c.second.value.indicator, c.second.value.period }, c.second.value);
    }
    return values.values();
}

const SourcedValue* newestNumber(const QList<SourcedValue>& values, const QString& indicator)
{
    const SourcedValue* newest = nullptr;
    for (const auto& v : values) {
        if (v.value.indicator == indicator && v.value.value && v.value.marker.trimmed().isEmpty()
            && (!newest || v.value.period > newest->value.period))
            newest = &v;
    }
    return newest;
}

} // namespace StatisticsFetch
