#include "StatisticValue.h"

#include "Validation.h"

#include <algorithm>

namespace {

StatisticValue make(QString text, StatisticValue::Marker marker)
{
    StatisticValue v;
    v.text = std::move(text);
    v.marker = marker;
    return v;
}

/** "cirka 1110", "cirka 1 110", "ca 210": the rounded count, or nullopt. */
std::optional<double> approximateCount(QStringView text)
{
    QStringView rest;
    if (text.startsWith(u"cirka", Qt::CaseInsensitive))
        rest = text.mid(5);
    else if (text.startsWith(u"ca", Qt::CaseInsensitive))
        rest = text.mid(2);
    else
        return std::nullopt;
    rest = rest.trimmed();
    double n = 0;
    if (rest.isEmpty() || !Validation::parseDecimal(rest, &n))
        return std::nullopt;
    return n;
}

} // namespace

namespace {

/** Copies `text` into `target`, reusing its buffer when it is not shared. */
void setText(QString& target, QStringView text)
{
    if (target.isDetached() && target.capacity() >= text.size()) {
        target.resize(text.size());
        std::copy(text.begin(), text.end(), target.data());
    } else {
        target = text.toString();
    }
}

} // namespace

bool StatisticValue::assign(QStringView text)
{
    const QStringView t = text.trimmed();
    exact.reset();
    approximately.reset();
    double n = 0;
    if (Validation::parseDecimal(t, &n)) {
        marker = Marker::None;
        exact = n;
    } else if (t.isEmpty() || t == u".") {
        marker = Marker::Missing;
    } else if (t == u"..") {
        marker = Marker::Suppressed;
    } else if (t == u"*") {
        marker = Marker::Excluded;
    } else if (t.startsWith(u'~')) {
        if (!Validation::parseDecimal(t.mid(1), &n))
            return false;
        marker = Marker::NearlyAll;
        approximately = n;
    } else if (const auto approx = approximateCount(t)) {
        marker = Marker::Approximate;
        approximately = approx;
    } else {
        return false;
    }
    setText(this->text, text);
    return true;
}

std::optional<StatisticValue> StatisticValue::fromText(QStringView text)
{
    StatisticValue v;
    if (!v.assign(text))
        return std::nullopt;
    return v;
}

std::optional<StatisticValue> StatisticValue::fromApi(const QString& value, bool isNull, QStringView valueType)
{
    if (valueType == u"EXISTS") {
        if (isNull)
            return std::nullopt;
        auto v = fromText(value);
        // EXISTS promises a value: a marker under it is as wrong as a word.
        if (!v || (v->marker != Marker::None && v->marker != Marker::Approximate))
            return std::nullopt;
        return v;
    }
    const QString text = isNull ? QString() : value;
    if (valueType == u"MISSING")
        return make(text, Marker::Missing);
    if (valueType == u"OMITTED_DUE_TO_BASED_ON_FEW_PUPILS")
        return make(text, Marker::Suppressed);
    if (valueType == u"ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE") {
        StatisticValue v = make(text, Marker::NearlyAll);
        double n = 0;
        if (text.startsWith(QLatin1Char('~')) && Validation::parseDecimal(QStringView(text).mid(1), &n))
            v.approximately = n;
        return v;
    }
    if (valueType == u"TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION")
        return make(text, Marker::Excluded);
    return make(text, Marker::Unknown); // a valueType from a newer API: no number, shown as written
}

QString StatisticValue::markerCode(Marker marker)
{
    switch (marker) {
    case Marker::None:
        return QString();
    case Marker::Missing:
        return QStringLiteral("missing");
    case Marker::Suppressed:
        return QStringLiteral("suppressed");
    case Marker::NearlyAll:
        return QStringLiteral("nearly_all");
    case Marker::Approximate:
        return QStringLiteral("approximate");
    case Marker::Excluded:
        return QStringLiteral("excluded");
    case Marker::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

std::optional<StatisticValue::Marker> StatisticValue::markerFromCode(QStringView code)
{
    for (Marker m : { Marker::None, Marker::Missing, Marker::Suppressed, Marker::NearlyAll, Marker::Approximate,
                      Marker::Excluded, Marker::Unknown }) {
        if (code == markerCode(m))
            return m;
    }
    return std::nullopt;
}

QString StatisticValue::markerLabel(Marker marker)
{
    switch (marker) {
    case Marker::None:
        return tr("Exact value");
    case Marker::Missing:
        return tr("Data missing (.)");
    case Marker::Suppressed:
        return tr("Not published: based on too few pupils (..)");
    case Marker::NearlyAll:
        return tr("About 100: 1–4 pupils did not reach it (~100)");
    case Marker::Approximate:
        return tr("Approximate, rounded by Skolverket");
    case Marker::Excluded:
        return tr("Teachers without a required legitimation excluded (*)");
    case Marker::Unknown:
        return tr("A value type Skoldialog does not know: shown as written");
    }
    return QString();
}
