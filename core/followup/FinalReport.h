#pragma once

#include "core/followup/ProgressReport.h"

#include <QCoreApplication>

struct Agreement;

/**
 * Slutredovisning: step 6. Assembled from the progress reports (per intervention every
 * report's rating, d) and e): never retyped), with a close-out per development area and
 * how the work is carried on after the support ends; the huvudman writes the synthesis.
 * Frozen once submitted, like a progress report.
 */

/** målet nått / delvis nått / inte nått / inte genomfört. */
enum class AreaOutcome { Reached, PartlyReached, NotReached, NotPursued };

/** One progress report's entry for one intervention. */
struct ReviewHistoryEntry
{
    qint64 reportId = 0;
    int reportNumber = 0;
    int reportVersion = 1;
    QDate due;
    ProgressReportState state = ProgressReportState::Draft;
    QDate submittedOn;
    std::optional<InterventionRating> rating;
    QString ratingReason;
    QList<GoalReview> goals; ///< c) with that report's d)
    QString goalsNotReached; ///< e)
    QString nextSteps;
    bool operator==(const ReviewHistoryEntry&) const = default;
};

/** An agreed intervention across every report, oldest report first. */
struct InterventionHistory
{
    QString agreedInterventionUuid;
    QString areaTitle;
    QString title;
    QString problems; ///< a) as agreed
    QString causes; ///< b) as agreed
    QString expectedEffects; ///< f) as agreed
    QList<ReviewHistoryEntry> entries;
    bool operator==(const InterventionHistory&) const = default;
};

/** The close-out of one development area. */
struct AreaCloseOut
{
    qint64 id = 0;
    QString areaTitle;
    std::optional<AreaOutcome> outcome;
    QString reason;
    QString continuation; ///< how the work is carried on after the support ends
    QString uuid {};
    bool operator==(const AreaCloseOut&) const = default;
};

struct FinalReport
{
    Q_DECLARE_TR_FUNCTIONS(FinalReport)

public:
    qint64 id = 0;
    qint64 collaborationId = 0;
    qint64 agreementId = 0; ///< the signed ÖK 2 it reports on
    int version = 1;
    ProgressReportState state = ProgressReportState::Draft;
    QDate due; ///< the agreement's final report date
    QDate submittedOn;
    QDate approvedOn;
    QString currentPage;
    QString synthesis; ///< the huvudman's own summary
    QList<AreaCloseOut> areas; ///< the agreement's areas, in order
    QDateTime createdAt;
    QDateTime updatedAt;
    QString uuid {};

    /** Assembled, not stored: filled by FinalReport::assemble (Cases::loadFinalReport, Cases::draftFinalReport). */
    QList<InterventionHistory> history;
    /** Every deviation confirmed in the newest version of each report, oldest report first. */
    QList<Deviation> deviations;

    bool isFrozen() const { return state == ProgressReportState::Submitted || state == ProgressReportState::Approved; }

    FieldErrors validate() const;
    /** Each area with an outcome, a reason and a continuation; a synthesis. */
    FieldErrors validateForSubmission() const;

    /**
     * Fills `history` and `deviations` from `reports` (any order, any versions: the newest
     * version of each number counts) for the interventions of `agreement`, and adds an
     * area close-out for each of the agreement's areas that has none.
     */
    void assemble(const Agreement& agreement, const QList<ProgressReport>& reports);

    bool operator==(const FinalReport&) const = default;

    static const CodeTable<AreaOutcome, 4> Outcomes;
};
