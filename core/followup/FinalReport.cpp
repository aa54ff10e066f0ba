#include "FinalReport.h"

#include "core/agreement/Agreement.h"

#include <QHash>

#include <algorithm>

const CodeTable<AreaOutcome, 4> FinalReport::Outcomes {
    "FinalReport",
    { {
        { AreaOutcome::Reached, "natt", QT_TRANSLATE_NOOP("FinalReport", "Goal reached") },
        { AreaOutcome::PartlyReached, "delvis", QT_TRANSLATE_NOOP("FinalReport", "Partly reached") },
        { AreaOutcome::NotReached, "inte_natt", QT_TRANSLATE_NOOP("FinalReport", "Not reached") },
        { AreaOutcome::NotPursued, "inte_genomfort", QT_TRANSLATE_NOOP("FinalReport", "Not carried out") },
    } }
};

FieldErrors FinalReport::validate() const
{
    FieldErrors errors;
    if (collaborationId <= 0)
        errors.append({ QStringLiteral("collaboration"), tr("A final report belongs to a collaboration.") });
    if (agreementId <= 0)
        errors.append({ QStringLiteral("agreement"), tr("A final report reports on a signed ÖK 2.") });
    if (version < 1)
        errors.append({ QStringLiteral("version"), tr("The report's version starts at 1.") });
    return errors;
}

FieldErrors FinalReport::validateForSubmission() const
{
    FieldErrors errors = validate();
    for (const auto& a : areas) {
        if (!a.outcome)
            errors.append({ QStringLiteral("outcome"), tr("%1: say whether its goal was reached.").arg(a.areaTitle) });
        if (a.reason.trimmed().isEmpty())
            errors.append({ QStringLiteral("reason"), tr("%1: give the reason for its outcome.").arg(a.areaTitle) });
        if (a.continuation.trimmed().isEmpty())
            errors.append({ QStringLiteral("continuation"),
                            tr("%1: say how the work is carried on after the support ends.").arg(a.areaTitle) });
    }
    if (synthesis.trimmed().isEmpty())
        errors.append({ QStringLiteral("synthesis"), tr("The huvudman's synthesis is missing.") });
    return errors;
}

void FinalReport::assemble(const Agreement& agreement, const QList<ProgressReport>& reports)
{
    // The newest version of each number, in number order.
    QMap<int, const ProgressReport*> newest;
    for (const auto& r : reports) {
        if (r.collaborationId != collaborationId && collaborationId > 0)
            continue;
        const ProgressReport*& slot = newest[r.number];
        if (!slot || slot->version < r.version)
            slot = &r;
    }
    history.clear();
    deviations.clear();
    for (const auto& agreed : agreement.interventions) {
        InterventionHistory h;
        h.agreedInterventionUuid = agreed.uuid;
        h.areaTitle = agreed.areaTitle;
        h.title = agreed.title;
        h.problems = agreed.problems;
        h.causes = agreed.causes;
        h.expectedEffects = agreed.expectedEffects;
        for (const ProgressReport* r : std::as_const(newest)) {
            const InterventionReview* review = r->intervention(agreed.uuid);
            if (!review)
                continue;
            ReviewHistoryEntry e;
            e.reportId = r->id;
            e.reportNumber = r->number;
            e.reportVersion = r->version;
            e.due = r->due;
            e.state = r->state;
            e.submittedOn = r->submittedOn;
            e.rating = review->rating;
            e.ratingReason = review->ratingReason;
            e.goals = review->goals;
            e.goalsNotReached = review->goalsNotReached;
            e.nextSteps = review->nextSteps;
            h.entries.append(e);
        }
        history.append(h);
    }
    for (const ProgressReport* r : std::as_const(newest)) {
        for (const auto& d : r->deviations) {
            if (d.confirmed)
                deviations.append(d);
        }
    }
    QStringList areaTitles;
    for (const auto& agreed : agreement.interventions) {
        if (!areaTitles.contains(agreed.areaTitle))
            areaTitles << agreed.areaTitle;
    }
    for (const QString& title : areaTitles) {
        const bool present
            = std::any_of(areas.cbegin(), areas.cend(), [&](const AreaCloseOut& a) { return a.areaTitle == title; });
        if (!present && !isFrozen()) {
            AreaCloseOut a;
            a.areaTitle = title;
            areas.append(a);
        }
    }
}
