#pragma once

#include "core/domain/CodeTable.h"
#include "core/domain/Validation.h"

#include <QDate>
#include <QDateTime>
#include <QMap>

#include <optional>

struct Analysis;

/**
 * Åtgärdsplan: step 4. The huvudman's interventions, per development area of
 * the collaboration's nulägesanalys. The areas, problems and causes are not
 * copied: the plan points at them, and the database refuses to remove what an
 * intervention uses.
 */

/** Where an intervention works: the organizer level or named units. */
enum class InterventionLevel { Organizer, Units };

/** Insatsområde. */
enum class InterventionCategory {
    SystematicQualityWork,
    PedagogicalLeadership,
    TeachingQuality,
    PupilHealth,
    LanguageDevelopment,
    CollegialLearning,
    StructureAndOrganisation,
    SafetyAndCalm,
    Other,
};

/** Who delivers it. */
enum class ProviderKind { Skolverket, University, ExternalActor, Organizer };

/** The four ways Skolverket funds an intervention (finansieringsform). */
enum class FundingMode { GeneralProgrammes, ExternalCoordination, Tailored, OrganizerOwn };

/** The 2024 assignment's distinction: an education service Skolverket buys, or a grant to the huvudman. */
enum class FundingForm { EducationService, Grant };

enum class InterventionStatus { Planned, Ongoing, Completed, Cancelled };

/** A measurable goal of an intervention. */
struct Goal
{
    qint64 id = 0;
    QString text;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Goal&) const = default;
};

/** Which way an indicator should go (Pilotus' four): its status is judged by it. */
enum class IndicatorDirection { HigherIsBetter, LowerIsBetter, KeepAbove, KeepBelow };

/** Where an indicator should be by the end of a school year (delmål): the value expected by 30 June of `year`. */
struct IndicatorMilestone
{
    int year = 0;
    double value = 0;
    bool operator==(const IndicatorMilestone&) const = default;
};

/** How a goal is followed: a baseline and a target by a year, in the indicator's unit. */
struct Indicator
{
    qint64 id = 0;
    QString name;
    QString statistic; ///< an indicator id of the analysis templates (e.g. "eligibleUpperSecondary"), or empty
    QString unit; ///< "%", "poäng", "antal"…
    std::optional<double> baseline;
    std::optional<double> target;
    int targetYear = 0; ///< 0: not set
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    IndicatorDirection direction = IndicatorDirection::HigherIsBetter; ///< schema v7
    QList<IndicatorMilestone> milestones; ///< ascending years, at most one per year, before targetYear (schema v7)
    bool operator==(const Indicator&) const = default;
};

/** Money for one calendar year, in whole kronor: never floating point. */
struct BudgetLine
{
    int year = 0;
    qint64 amountSek = 0;
    bool operator==(const BudgetLine&) const = default;
};

/** Insats. */
struct Intervention
{
    qint64 id = 0;
    qint64 areaId = 0; ///< the development area (analysis) it belongs to
    QString title;
    QString description;
    InterventionLevel level = InterventionLevel::Organizer;
    QList<qint64> unitIds; ///< with InterventionLevel::Units
    InterventionCategory category = InterventionCategory::SystematicQualityWork;
    QList<qint64> problemIds; ///< problems of the analysis it addresses
    QList<qint64> causeIds; ///< causes of the analysis it addresses
    QList<Goal> goals;
    QList<Indicator> indicators;
    QString expectedEffects; ///< on the results
    QString responsible; ///< at the huvudman
    ProviderKind provider = ProviderKind::Organizer;
    QString providerName; ///< the university or external actor
    FundingMode fundingMode = FundingMode::GeneralProgrammes;
    FundingForm fundingForm = FundingForm::EducationService;
    QList<BudgetLine> budget; ///< ascending years, at most one line per year
    QDate start;
    QDate end;
    QString grounds; ///< the research or proven experience it rests on
    InterventionStatus status = InterventionStatus::Planned;

    qint64 totalSek() const;
    qint64 budgetFor(int year) const;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Intervention&) const = default;
};

/** What the review page warns about. */
enum class PlanWarningKind { AreaWithoutIntervention, NoGoal, NoIndicator, OutsidePeriod, NoBudget };

struct PlanWarning
{
    PlanWarningKind kind;
    qint64 areaId = 0;
    qint64 interventionId = 0; ///< 0 for a warning about an area
    QString message;
};

/** Sums for the review page, the documents and the agreement: exact, in whole kronor. */
struct PlanTotals
{
    QMap<int, qint64> perYear;
    QMap<FundingMode, qint64> perMode;
    QMap<FundingForm, qint64> perForm;
    QMap<qint64, qint64> perArea; ///< development area id → sum
    qint64 total = 0;
};

struct ActionPlan
{
    qint64 id = 0;
    qint64 collaborationId = 0;
    qint64 analysisId = 0; ///< the organizer-level analysis whose areas it plans for
    QString currentPage; ///< the wizard page to resume on
    QList<Intervention> interventions; ///< grouped by area in the analysis's order; order within an area kept
    QDateTime updatedAt;

    /**
     * Checks every intervention: a title, an area of `analysis`, problems and causes
     * inside it, units in `unitsInScope`, start before end, budget years unique and
     * amounts from 0 to 10^12 kr, indicator target years plausible.
     */
    FieldErrors validate(const Analysis& analysis, const QList<qint64>& unitsInScope) const;

    /** The review page's warnings, in the order of the areas and interventions. */
    QList<PlanWarning> warnings(const Analysis& analysis, const QDate& periodStart, const QDate& periodEnd) const;

    PlanTotals totals() const;

    /** The interventions of one area, in their order. */
    QList<const Intervention*> interventionsOf(qint64 areaId) const;
    const Intervention* intervention(qint64 id) const;
    /** Titles of the interventions using a problem, a cause or an area: what removing it would break. */
    QStringList usersOfProblem(qint64 problemId) const;
    QStringList usersOfCause(qint64 causeId) const;
    QStringList usersOfArea(qint64 areaId) const;

    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const ActionPlan&) const = default;

    static const CodeTable<InterventionLevel, 2> Levels;
    static const CodeTable<InterventionCategory, 9> Categories;
    static const CodeTable<ProviderKind, 4> Providers;
    static const CodeTable<FundingMode, 4> FundingModes;
    static const CodeTable<FundingForm, 2> FundingForms;
    static const CodeTable<InterventionStatus, 4> Statuses;
    static const CodeTable<IndicatorDirection, 4> Directions;
};

namespace Money {
/** "1 250 000 kr", grouped with no-break spaces as Swedish typography wants. */
QString format(qint64 amountSek);
/** Whole kronor from what a user typed, through Validation::amountSek. */
std::optional<qint64> parse(const QString& text, QString* error = nullptr);
} // namespace Money
