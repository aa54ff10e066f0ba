#include "IndicatorFollowUp.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorFollowUp)
};

bool isKeep(IndicatorDirection d)
{
    return d == IndicatorDirection::KeepAbove || d == IndicatorDirection::KeepBelow;
}

double scaleOf(const Indicator& indicator)
{
    const double target = indicator.target.value_or(0);
    if (!isKeep(indicator.direction) && indicator.baseline && std::abs(target - *indicator.baseline) > 0)
        return std::abs(target - *indicator.baseline);
    if (std::abs(target) > 0)
        return std::abs(target);
    return 1;
}

QString percent(double share)
{
    return QString::number(qRound(share * 100));
}

} // namespace

namespace IndicatorFollowUp {

const CodeTable<IndicatorStatus, 3> Statuses {
    "IndicatorFollowUp",
    { {
        { IndicatorStatus::OnTrack, "pa_vag", QT_TRANSLATE_NOOP("IndicatorFollowUp", "On track") },
        { IndicatorStatus::AtRisk, "risk", QT_TRANSLATE_NOOP("IndicatorFollowUp", "At risk") },
        { IndicatorStatus::OffTrack, "avviker", QT_TRANSLATE_NOOP("IndicatorFollowUp", "Off track") },
    } }
};

QString bandDescription(IndicatorStatus status, IndicatorDirection direction)
{
    if (isKeep(direction)) {
        switch (status) {
        case IndicatorStatus::OnTrack:
            return Text::tr("On the right side of the target, or on it.");
        case IndicatorStatus::AtRisk:
            return Text::tr("On the wrong side of the target by at most %1 % of the target.")
                .arg(percent(Bands::KeepAtRiskMax));
        case IndicatorStatus::OffTrack:
            return Text::tr("On the wrong side of the target by more than %1 % of the target.")
                .arg(percent(Bands::KeepAtRiskMax));
        }
    }
    switch (status) {
    case IndicatorStatus::OnTrack:
        return Text::tr("At most %1 % of the planned change behind where the indicator should be by now.")
            .arg(percent(Bands::MovingOnTrackMax));
    case IndicatorStatus::AtRisk:
        return Text::tr("More than %1 % and at most %2 % of the planned change behind where it should be by now.")
            .arg(percent(Bands::MovingOnTrackMax), percent(Bands::MovingAtRiskMax));
    case IndicatorStatus::OffTrack:
        return Text::tr("More than %1 % of the planned change behind where it should be by now.")
            .arg(percent(Bands::MovingAtRiskMax));
    }
    return QString();
}

QDate dateOfYear(int year)
{
    return year > 0 ? QDate(year, 6, 30) : QDate();
}

QDate dateOfSchoolYear(const QString& schoolYear)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*(\\d{4})\\s*/\\s*(\\d{2}|\\d{4})\\s*$"));
    const auto m = shape.match(schoolYear);
    if (!m.hasMatch())
        return QDate();
    const int first = m.captured(1).toInt();
    const int second = m.captured(2).toInt();
    const bool follows = m.captured(2).size() == 2 ? second == (first + 1) % 100 : second == first + 1;
    if (!follows)
        return QDate();
    return dateOfYear(first + 1);
}

QList<TrajectoryPoint> trajectory(const Indicator& indicator, const QDate& baselineDate)
{
    QList<TrajectoryPoint> points;
    if (!indicator.target || !baselineDate.isValid())
        return points;
    const QDate targetDate = dateOfYear(indicator.targetYear);
    if (isKeep(indicator.direction)) {
        points.append({ baselineDate, *indicator.target });
        points.append({ targetDate.isValid() && targetDate > baselineDate ? targetDate : baselineDate.addYears(1),
                        *indicator.target });
        return points;
    }
    if (!indicator.baseline || !targetDate.isValid() || targetDate <= baselineDate)
        return points;
    points.append({ baselineDate, *indicator.baseline });
    QList<IndicatorMilestone> milestones = indicator.milestones;
    std::sort(milestones.begin(), milestones.end(),
              [](const IndicatorMilestone& a, const IndicatorMilestone& b) { return a.year < b.year; });
    for (const auto& m : milestones) {
        const QDate d = dateOfYear(m.year);
        if (d > points.last().date && d < targetDate)
            points.append({ d, m.value });
    }
    points.append({ targetDate, *indicator.target });
    return points;
}

std::optional<double> expectedValue(const Indicator& indicator, const QDate& baselineDate, const QDate& date)
{
    const QList<TrajectoryPoint> points = trajectory(indicator, baselineDate);
    if (points.isEmpty() || !date.isValid())
        return std::nullopt;
    if (isKeep(indicator.direction))
        return *indicator.target;
    if (date <= points.first().date)
        return points.first().value;
    if (date >= points.last().date)
        return points.last().value;
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (date <= points[i].date) {
            const TrajectoryPoint& a = points[i - 1];
            const TrajectoryPoint& b = points[i];
            const double share = double(a.date.daysTo(date)) / double(a.date.daysTo(b.date));
            return a.value + (b.value - a.value) * share;
        }
    }
    return points.last().value;
}

IndicatorStatus statusFor(double shortfall, IndicatorDirection direction)
{
    // A hair's tolerance, so that a value exactly on a band's edge (worked out by hand) is in the better band.
    constexpr double epsilon = 1e-9;
    const double onTrackMax = isKeep(direction) ? Bands::KeepOnTrackMax : Bands::MovingOnTrackMax;
    const double atRiskMax = isKeep(direction) ? Bands::KeepAtRiskMax : Bands::MovingAtRiskMax;
    if (shortfall <= onTrackMax + epsilon)
        return IndicatorStatus::OnTrack;
    if (shortfall <= atRiskMax + epsilon)
        return IndicatorStatus::AtRisk;
    return IndicatorStatus::OffTrack;
}

IndicatorAssessment assess(const Indicator& indicator, const QDate& baselineDate, double value, const QDate& date)
{
    IndicatorAssessment a;
    a.expected = expectedValue(indicator, baselineDate, date);
    if (!a.expected || !std::isfinite(value))
        return a;
    const double scale = scaleOf(indicator);
    double behind = 0;
    switch (indicator.direction) {
    case IndicatorDirection::HigherIsBetter:
    case IndicatorDirection::KeepAbove:
        behind = *a.expected - value;
        break;
    case IndicatorDirection::LowerIsBetter:
    case IndicatorDirection::KeepBelow:
        behind = value - *a.expected;
        break;
    }
    a.shortfall = behind / scale;
    a.computed = statusFor(*a.shortfall, indicator.direction);
    return a;
}

QString encodeMilestones(const QList<IndicatorMilestone>& milestones)
{
    QStringList parts;
    for (const auto& m : milestones)
        parts << QStringLiteral("%1:%2").arg(m.year).arg(QString::number(m.value, 'g', 15));
    return parts.join(QLatin1Char(';'));
}

QList<IndicatorMilestone> decodeMilestones(const QString& text)
{
    QList<IndicatorMilestone> milestones;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char(':'));
        bool yearOk = false, valueOk = false;
        if (pair.size() != 2)
            continue;
        const int year = pair[0].trimmed().toInt(&yearOk);
        const double value = pair[1].trimmed().toDouble(&valueOk);
        if (yearOk && valueOk)
            milestones.append({ year, value });
    }
    return milestones;
}

} // namespace IndicatorFollowUp
