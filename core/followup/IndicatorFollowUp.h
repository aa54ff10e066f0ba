#pragma once

#include "core/domain/CodeTable.h"
#include "core/plan/ActionPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

/**
 * Indicator follow-up: where an indicator of the plan should be by a date, and whether a
 * measured value is on the way there. Pure functions: the progress report, the charts,
 * the portfolio and the tests compute the same status from the same numbers.
 *
 * A year in a target or a milestone stands for the end of that school year: the value is
 * expected by 30 June of the year (grades are set in June), and "2025/26" is 2026-06-30.
 */

/** på väg, risk, avviker. */
enum class IndicatorStatus { OnTrack, AtRisk, OffTrack };

/** The expected value's path: the baseline at its date, the milestones, the target at its date. */
struct TrajectoryPoint
{
    QDate date;
    double value = 0;
    bool operator==(const TrajectoryPoint&) const = default;
};

/** A status computed by the program, the one a person chose instead (with the reason), and what follows. */
struct IndicatorAssessment
{
    std::optional<double> expected; ///< where the indicator should be at the measurement's date
    std::optional<double> shortfall; ///< how far on the wrong side of `expected`, as a share of the scale (see Bands)
    std::optional<IndicatorStatus> computed; ///< nullopt: no value, or the indicator lacks baseline/target/year
    std::optional<IndicatorStatus> chosen; ///< a person's override
    QString overrideReason; ///< required with `chosen`

    /** The chosen status when there is one, else the computed one. */
    std::optional<IndicatorStatus> status() const { return chosen ? chosen : computed; }
    bool isOverridden() const { return chosen.has_value() && chosen != computed; }
    bool operator==(const IndicatorAssessment&) const = default;
};

namespace IndicatorFollowUp {

/**
 * The status bands, in one place so that the UI and the documents print what the code does.
 * The shortfall is how far the value falls on the wrong side of the expected value, as a
 * share of the scale: for higher/lower is better the planned change |target − baseline| (or
 * |target| when they are equal), for keep above/below |target|; 1 when that is 0.
 */
namespace Bands {
/** Higher/lower is better: på väg up to 10 % of the scale behind the expected value. */
constexpr double MovingOnTrackMax = 0.10;
/** Higher/lower is better: risk from 10 % up to 25 %, avviker beyond. */
constexpr double MovingAtRiskMax = 0.25;
/** Keep above/below: på väg on the right side of the target (or on it). */
constexpr double KeepOnTrackMax = 0.0;
/** Keep above/below: risk up to 10 % of the target on the wrong side, avviker beyond. */
constexpr double KeepAtRiskMax = 0.10;
} // namespace Bands

/** One sentence per status saying its band for `direction`, in the user's language (for the UI and print). */
QString bandDescription(IndicatorStatus status, IndicatorDirection direction);

/** The date a year of a target or a milestone stands for: 30 June of `year`. */
QDate dateOfYear(int year);
/** "2025/26" or "2025/2026" → 2026-06-30; an invalid date for anything else. */
QDate dateOfSchoolYear(const QString& schoolYear);

/**
 * The planned path: the baseline on `baselineDate` (the signed agreement's period start),
 * each milestone after it in year order, the target on dateOfYear(targetYear). Empty
 * when the indicator has no baseline, target or target year, or the target year's date
 * is not after `baselineDate`.
 */
QList<TrajectoryPoint> trajectory(const Indicator& indicator, const QDate& baselineDate);

/**
 * Where the indicator should be on `date`: the baseline before the path starts, the target
 * after it ends, linear by days between the two points around `date` in between. For keep
 * above/below the target at any date. nullopt when there is no path.
 */
std::optional<double> expectedValue(const Indicator& indicator, const QDate& baselineDate, const QDate& date);

/** The computed status of `value` measured on `date`, with the expected value and the shortfall. */
IndicatorAssessment assess(const Indicator& indicator, const QDate& baselineDate, double value, const QDate& date);

/** The status for a shortfall under `direction`'s bands. */
IndicatorStatus statusFor(double shortfall, IndicatorDirection direction);

/** Milestones as the database keeps them: "2025:45;2026:50.5" (a dot for decimals). */
QString encodeMilestones(const QList<IndicatorMilestone>& milestones);
QList<IndicatorMilestone> decodeMilestones(const QString& text);

/** Database codes ("pa_vag", "risk", "avviker") and labels. */
extern const CodeTable<IndicatorStatus, 3> Statuses;

} // namespace IndicatorFollowUp
