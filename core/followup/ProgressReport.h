#pragma once

#include "core/domain/CodeTable.h"
#include "core/domain/Validation.h"
#include "core/followup/IndicatorFollowUp.h"
#include "core/plan/ActionPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/**
 * Delredovisning: step 5's progress report on the signed ÖK 2, per development area and
 * per agreed intervention, in Skolverket's a)–f): a) problems, b) causes, c) goals and
 * f) expected effects are copies of the signed agreement (taken from the plan as agreed,
 * never typed); d) the improvements against each goal and e) the goals not reached are
 * written. Once submitted (inlämnad) it is frozen in the database like a signed
 * agreement; a correction is a new version of the same number.
 */

/** inte påbörjad (no record yet) → utkast → inlämnad → godkänd. */
enum class ProgressReportState { NotStarted, Draft, Submitted, Approved };

/** enligt plan / risk / avviker, with the meaning printed beside the buttons (ratingDescription). */
enum class InterventionRating { OnPlan, AtRisk, Deviates };

/** Avsteg från överenskommelsen. */
enum class DeviationKind { Changed, Dropped, Added, Budget, Schedule };

/** c) one goal of the intervention as agreed, and d) what was seen against it and how far it was reached. */
struct GoalReview
{
    qint64 id = 0;
    QString goal; ///< c), as agreed
    QString improvements; ///< d), written
    QString uuid {};
    bool operator==(const GoalReview&) const = default;
};

/** One agreed intervention in the report. */
struct InterventionReview
{
    Q_DECLARE_TR_FUNCTIONS(InterventionReview)

public:
    qint64 id = 0;
    qint64 agreedInterventionId = 0; ///< agreement_intervention(id) of the signed ÖK 2 (a number, no reference)
    QString agreedInterventionUuid; ///< the same intervention by its identity: what deviations and history tie to
    QString areaTitle; ///< as agreed
    QString title; ///< as agreed
    QString problems; ///< a) as agreed, one per line
    QString causes; ///< b) as agreed, one per line
    QList<GoalReview> goals; ///< c) as agreed, each with its d)
    QString expectedEffects; ///< f) as agreed
    QString goalsNotReached; ///< e) written: the goals not reached and why
    std::optional<InterventionRating> rating;
    QString ratingReason; ///< required for risk and avviker
    QString nextSteps;
    QString uuid {};

    /** A reason with risk or avviker: the wizard's page check and the submission's. */
    FieldErrors validate() const;
    bool operator==(const InterventionReview&) const = default;
};

/** The newest value of one plan indicator when the report was written, with its status (computed and chosen). */
struct IndicatorReading
{
    qint64 id = 0;
    QString agreedInterventionUuid;
    qint64 indicatorId = 0; ///< intervention_indicator(id) at the time (a number, no reference)
    QString indicatorUuid;
    QString name; ///< copies, so the report prints the same later
    QString unit;
    IndicatorDirection direction = IndicatorDirection::HigherIsBetter;
    std::optional<double> baseline;
    std::optional<double> target;
    int targetYear = 0;
    qint64 measurementId = 0; ///< the measurement it was read from, 0 when typed here
    std::optional<double> value;
    QDate measuredOn; ///< the value's effective date
    IndicatorAssessment assessment; ///< expected value, computed status, the chosen one and its reason
    QString comment;
    QString uuid {};
    bool operator==(const IndicatorReading&) const = default;
};

/** A departure from the signed agreement, tied to its intervention. */
struct Deviation
{
    qint64 id = 0;
    DeviationKind kind = DeviationKind::Changed;
    QString agreedInterventionUuid; ///< empty for an intervention added after signing
    qint64 planInterventionId = 0; ///< the plan's intervention (an added one's, or the source of the agreed one)
    QString interventionTitle;
    QString description; ///< what changed (the program writes it when it proposes the deviation)
    bool proposed = false; ///< the program saw it by comparing the plan with the signed ÖK 2
    bool confirmed = false; ///< a person confirmed it
    QString explanation; ///< required once confirmed
    QString uuid {};
    bool operator==(const Deviation&) const = default;
};

struct ProgressReport
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)

public:
    qint64 id = 0;
    qint64 collaborationId = 0;
    qint64 agreementId = 0; ///< the signed ÖK 2 (or its signed amendment) it reports on
    int number = 1; ///< delredovisning 1, 2… in the order of the agreement's report dates
    int version = 1; ///< a correction of a submitted report is version + 1 of the same number
    ProgressReportState state = ProgressReportState::Draft;
    QDate due; ///< from the agreement's report dates
    QDate submittedOn;
    QDate approvedOn;
    QString currentPage; ///< the wizard page to resume on
    QList<InterventionReview> interventions; ///< in the agreement's order
    QList<IndicatorReading> indicators;
    QList<Deviation> deviations;
    QString nextSteps; ///< overall next steps, especially for what is rated risk or avviker
    QDateTime createdAt;
    QDateTime updatedAt;
    QString uuid {};

    /** Inlämnad or godkänd: the database refuses any change. */
    bool isFrozen() const { return state == ProgressReportState::Submitted || state == ProgressReportState::Approved; }
    /** "Delredovisning 2", "Delredovisning 2, version 2". */
    QString title() const;

    /** What a draft may always hold: number, version, the shape of each field (a draft may be incomplete). */
    FieldErrors validate() const;
    /**
     * What must hold before it is submitted: every intervention rated with a reason for risk and
     * avviker, every override with a reason, every confirmed deviation explained.
     */
    FieldErrors validateForSubmission() const;

    const InterventionReview* intervention(const QString& agreedUuid) const;
    /** The areas in their first appearance's order: how the report groups its interventions. */
    QStringList areaTitles() const;

    bool operator==(const ProgressReport&) const = default;

    static const CodeTable<ProgressReportState, 4> States;
    static const CodeTable<InterventionRating, 3> Ratings;
    static const CodeTable<DeviationKind, 5> DeviationKinds;
    /** The meaning of a rating, printed beside its button and in the report. */
    static QString ratingDescription(InterventionRating rating);
};
