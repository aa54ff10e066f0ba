// Indicator status against where the indicator should be by now, with numbers worked out by hand.
#include "core/followup/IndicatorFollowUp.h"

#include <catch2/catch.hpp>

namespace {

const QDate kBaselineDate(2024, 6, 30); // 365 days to each 30 June after: 2025, 2026, 2027

Indicator indicator(IndicatorDirection direction, std::optional<double> baseline, double target, int year,
                    QList<IndicatorMilestone> milestones = {})
{
    Indicator i;
    i.name = QStringLiteral("Andel behöriga");
    i.unit = QStringLiteral("%");
    i.direction = direction;
    i.baseline = baseline;
    i.target = target;
    i.targetYear = year;
    i.milestones = milestones;
    return i;
}

std::optional<IndicatorStatus> statusOf(const Indicator& i, double value, const QDate& at)
{
    return IndicatorFollowUp::assess(i, kBaselineDate, value, at).computed;
}

} // namespace

TEST_CASE("Higher is better: linear from baseline to target, bands 10 % and 25 % of the planned change",
          "[followup][indicator]")
{
    // 60 → 80 by 30 June 2027: a third of the way (66.67) on 30 June 2025.
    const Indicator i = indicator(IndicatorDirection::HigherIsBetter, 60, 80, 2027);
    const QDate oneYear(2025, 6, 30);
    REQUIRE(IndicatorFollowUp::expectedValue(i, kBaselineDate, oneYear));
    CHECK(*IndicatorFollowUp::expectedValue(i, kBaselineDate, oneYear) == Approx(60 + 20.0 / 3));
    CHECK(*IndicatorFollowUp::expectedValue(i, kBaselineDate, QDate(2026, 6, 30)) == Approx(60 + 40.0 / 3));
    // 65: (66.67 − 65) / 20 = 0.083 behind → på väg; 63: 0.183 → risk; 60: 0.333 → avviker.
    const auto a = IndicatorFollowUp::assess(i, kBaselineDate, 65, oneYear);
    CHECK(*a.shortfall == Approx(1.0 / 12));
    CHECK(a.computed == IndicatorStatus::OnTrack);
    CHECK(statusOf(i, 63, oneYear) == IndicatorStatus::AtRisk);
    CHECK(statusOf(i, 60, oneYear) == IndicatorStatus::OffTrack);
    CHECK(statusOf(i, 75, oneYear) == IndicatorStatus::OnTrack); // ahead

    // Before the start the baseline is expected: 58 is 2 / 20 = 0.10 behind, the edge of på väg.
    CHECK(*IndicatorFollowUp::expectedValue(i, kBaselineDate, QDate(2024, 1, 1)) == Approx(60));
    CHECK(statusOf(i, 58, QDate(2024, 1, 1)) == IndicatorStatus::OnTrack);
    CHECK(statusOf(i, 57, QDate(2024, 1, 1)) == IndicatorStatus::AtRisk);
    // After the target year the target is expected: 78 is 0.10 behind, 77 is 0.15 (risk), 74 is 0.30.
    CHECK(*IndicatorFollowUp::expectedValue(i, kBaselineDate, QDate(2028, 6, 30)) == Approx(80));
    CHECK(statusOf(i, 78, QDate(2028, 6, 30)) == IndicatorStatus::OnTrack);
    CHECK(statusOf(i, 77, QDate(2028, 6, 30)) == IndicatorStatus::AtRisk);
    CHECK(statusOf(i, 74, QDate(2028, 6, 30)) == IndicatorStatus::OffTrack);
}

TEST_CASE("Milestones bend the path: the expected value runs through each", "[followup][indicator]")
{
    // 60 → 70 by 30 June 2025 (milestone), then → 80 by 30 June 2027: 75 on 30 June 2026.
    const Indicator i = indicator(IndicatorDirection::HigherIsBetter, 60, 80, 2027, { { 2025, 70 } });
    CHECK(*IndicatorFollowUp::expectedValue(i, kBaselineDate, QDate(2025, 6, 30)) == Approx(70));
    CHECK(*IndicatorFollowUp::expectedValue(i, kBaselineDate, QDate(2026, 6, 30)) == Approx(75));
    // Halfway to the milestone (2024-12-29, 182 of 365 days): 60 + 10 · 182/365.
    CHECK(*IndicatorFollowUp::expectedValue(i, kBaselineDate, QDate(2024, 12, 29)) == Approx(60 + 10 * 182.0 / 365));
    // 66 against 70: 4 / 20 = 0.20 → risk (without the milestone it would be på väg: 66.67 expected).
    CHECK(statusOf(i, 66, QDate(2025, 6, 30)) == IndicatorStatus::AtRisk);
    CHECK(statusOf(indicator(IndicatorDirection::HigherIsBetter, 60, 80, 2027), 66, QDate(2025, 6, 30))
          == IndicatorStatus::OnTrack);
    const auto path = IndicatorFollowUp::trajectory(i, kBaselineDate);
    REQUIRE(path.size() == 3);
    CHECK(path[1] == TrajectoryPoint { QDate(2025, 6, 30), 70 });
    CHECK(path[2] == TrajectoryPoint { QDate(2027, 6, 30), 80 });
    // A milestone in or after the target year is not on the path.
    CHECK(IndicatorFollowUp::trajectory(indicator(IndicatorDirection::HigherIsBetter, 60, 80, 2027, { { 2027, 90 } }),
                                        kBaselineDate)
              .size()
          == 2);
}

TEST_CASE("Lower is better: the value should fall along the path", "[followup][indicator]")
{
    // 12 → 6 by 30 June 2027: 10 on 30 June 2025.
    const Indicator i = indicator(IndicatorDirection::LowerIsBetter, 12, 6, 2027);
    const QDate oneYear(2025, 6, 30);
    CHECK(*IndicatorFollowUp::expectedValue(i, kBaselineDate, oneYear) == Approx(10));
    CHECK(statusOf(i, 10.5, oneYear) == IndicatorStatus::OnTrack); // 0.5 / 6 = 0.083
    CHECK(statusOf(i, 11, oneYear) == IndicatorStatus::AtRisk); // 1 / 6 = 0.167
    CHECK(statusOf(i, 12, oneYear) == IndicatorStatus::OffTrack); // 2 / 6 = 0.333
    CHECK(statusOf(i, 9, oneYear) == IndicatorStatus::OnTrack); // ahead
    CHECK(statusOf(i, 5, QDate(2029, 1, 1)) == IndicatorStatus::OnTrack); // past the target year, below 6
    CHECK(statusOf(i, 7.5, QDate(2029, 1, 1)) == IndicatorStatus::AtRisk); // 1.5 / 6 = 0.25: the edge of risk
    CHECK(statusOf(i, 8, QDate(2029, 1, 1)) == IndicatorStatus::OffTrack); // 2 / 6 = 0.333
}

TEST_CASE("Keep above and keep below: on the right side of the target at any date", "[followup][indicator]")
{
    const Indicator above = indicator(IndicatorDirection::KeepAbove, 82, 80, 2027);
    for (const QDate& at : { QDate(2024, 1, 1), QDate(2025, 6, 30), QDate(2030, 1, 1) }) {
        CHECK(*IndicatorFollowUp::expectedValue(above, kBaselineDate, at) == Approx(80));
        CHECK(statusOf(above, 80, at) == IndicatorStatus::OnTrack);
        CHECK(statusOf(above, 90, at) == IndicatorStatus::OnTrack);
        CHECK(statusOf(above, 79, at) == IndicatorStatus::AtRisk); // 1 / 80 = 0.0125 of the target
        CHECK(statusOf(above, 72, at) == IndicatorStatus::AtRisk); // 8 / 80 = 0.10: the edge
        CHECK(statusOf(above, 71, at) == IndicatorStatus::OffTrack); // 9 / 80 = 0.1125
    }
    const Indicator below = indicator(IndicatorDirection::KeepBelow, std::nullopt, 5, 0);
    CHECK(statusOf(below, 4, QDate(2025, 6, 30)) == IndicatorStatus::OnTrack);
    CHECK(statusOf(below, 5.4, QDate(2025, 6, 30)) == IndicatorStatus::AtRisk); // 0.4 / 5 = 0.08
    CHECK(statusOf(below, 6, QDate(2025, 6, 30)) == IndicatorStatus::OffTrack); // 1 / 5 = 0.20
}

TEST_CASE("No status without a path; an override is kept beside the computed status", "[followup][indicator]")
{
    CHECK_FALSE(statusOf(indicator(IndicatorDirection::HigherIsBetter, std::nullopt, 80, 2027), 70, QDate(2025, 1, 1)));
    CHECK_FALSE(statusOf(indicator(IndicatorDirection::HigherIsBetter, 60, 80, 0), 70, QDate(2025, 1, 1)));
    CHECK_FALSE(statusOf(indicator(IndicatorDirection::HigherIsBetter, 60, 80, 2024), 70, QDate(2025, 1, 1)));

    auto a = IndicatorFollowUp::assess(indicator(IndicatorDirection::HigherIsBetter, 60, 80, 2027), kBaselineDate, 60,
                                       QDate(2025, 6, 30));
    REQUIRE(a.computed == IndicatorStatus::OffTrack);
    a.chosen = IndicatorStatus::AtRisk;
    a.overrideReason = QStringLiteral("Vårens prov visar en tydlig uppgång.");
    CHECK(a.status() == IndicatorStatus::AtRisk);
    CHECK(a.computed == IndicatorStatus::OffTrack);
    CHECK(a.isOverridden());
}

TEST_CASE("School years, milestones in the file and the band texts", "[followup][indicator]")
{
    CHECK(IndicatorFollowUp::dateOfSchoolYear(QStringLiteral("2025/26")) == QDate(2026, 6, 30));
    CHECK(IndicatorFollowUp::dateOfSchoolYear(QStringLiteral("2025/2026")) == QDate(2026, 6, 30));
    CHECK(IndicatorFollowUp::dateOfSchoolYear(QStringLiteral("1999/00")) == QDate(2000, 6, 30));
    CHECK_FALSE(IndicatorFollowUp::dateOfSchoolYear(QStringLiteral("2025/27")).isValid());
    CHECK_FALSE(IndicatorFollowUp::dateOfSchoolYear(QStringLiteral("läsåret")).isValid());

    const QList<IndicatorMilestone> milestones { { 2025, 45 }, { 2026, 50.5 } };
    CHECK(IndicatorFollowUp::encodeMilestones(milestones) == QStringLiteral("2025:45;2026:50.5"));
    CHECK(IndicatorFollowUp::decodeMilestones(QStringLiteral("2025:45;2026:50.5")) == milestones);
    CHECK(IndicatorFollowUp::decodeMilestones(QString()).isEmpty());

    for (auto direction : ActionPlan::Directions.all()) {
        for (auto status : IndicatorFollowUp::Statuses.all())
            CHECK_FALSE(IndicatorFollowUp::bandDescription(status, direction).isEmpty());
    }
    CHECK(IndicatorFollowUp::bandDescription(IndicatorStatus::AtRisk, IndicatorDirection::HigherIsBetter)
              .contains(QStringLiteral("25")));
}
