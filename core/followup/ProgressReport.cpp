#include "ProgressReport.h"

const CodeTable<ProgressReportState, 4> ProgressReport::States {
    "ProgressReport",
    { {
        { ProgressReportState::NotStarted, "inte_paborjad", QT_TRANSLATE_NOOP("ProgressReport", "Not started") },
        { ProgressReportState::Draft, "utkast", QT_TRANSLATE_NOOP("ProgressReport", "Draft") },
        { ProgressReportState::Submitted, "inlamnad", QT_TRANSLATE_NOOP("ProgressReport", "Submitted") },
        { ProgressReportState::Approved, "godkand", QT_TRANSLATE_NOOP("ProgressReport", "Approved") },
    } }
};

const CodeTable<InterventionRating, 3> ProgressReport::Ratings {
    "ProgressReport",
    { {
        { InterventionRating::OnPlan, "enligt_plan", QT_TRANSLATE_NOOP("ProgressReport", "According to plan") },
        { InterventionRating::AtRisk, "risk", QT_TRANSLATE_NOOP("ProgressReport", "At risk") },
        { InterventionRating::Deviates, "avviker", QT_TRANSLATE_NOOP("ProgressReport", "Deviates") },
    } }
};

const CodeTable<DeviationKind, 5> ProgressReport::DeviationKinds {
    "ProgressReport",
    { {
        { DeviationKind::Changed, "andrad", QT_TRANSLATE_NOOP("ProgressReport", "Intervention changed") },
        { DeviationKind::Dropped, "struken", QT_TRANSLATE_NOOP("ProgressReport", "Intervention dropped") },
        { DeviationKind::Added, "tillkommen", QT_TRANSLATE_NOOP("ProgressReport", "Intervention added") },
        { DeviationKind::Budget, "budget", QT_TRANSLATE_NOOP("ProgressReport", "Budget") },
        { DeviationKind::Schedule, "tidplan", QT_TRANSLATE_NOOP("ProgressReport", "Schedule") },
    } }
};

QString ProgressReport::ratingDescription(InterventionRating rating)
{
    switch (rating) {
    case InterventionRating::OnPlan:
        return tr("The intervention is carried out as agreed, and its goals are likely to be reached.");
    case InterventionRating::AtRisk:
        return tr("The goals are at risk, but can still be reached with timely action. Say why.");
    case InterventionRating::Deviates:
        return tr("The intervention departs from the agreement, and its goals are unlikely to be reached without "
                  "major changes. Say why.");
    }
    return QString();
}

FieldErrors InterventionReview::validate() const
{
    FieldErrors errors;
    if (rating && *rating != InterventionRating::OnPlan && ratingReason.trimmed().isEmpty())
        errors.append({ QStringLiteral("ratingReason"),
                        tr("%1: say why it is rated %2.").arg(title, ProgressReport::Ratings.label(*rating)) });
    return errors;
}

QString ProgressReport::title() const
{
    return version > 1 ? tr("Progress report %1, version %2").arg(number).arg(version)
                       : tr("Progress report %1").arg(number);
}

FieldErrors ProgressReport::validate() const
{
    FieldErrors errors;
    if (collaborationId <= 0)
        errors.append({ QStringLiteral("collaboration"), tr("A progress report belongs to a collaboration.") });
    if (agreementId <= 0)
        errors.append({ QStringLiteral("agreement"), tr("A progress report reports on a signed ÖK 2.") });
    if (number < 1 || number > 99)
        errors.append({ QStringLiteral("number"), tr("The report's number must be between 1 and 99.") });
    if (version < 1)
        errors.append({ QStringLiteral("version"), tr("The report's version starts at 1.") });
    for (const auto& d : deviations) {
        if (d.agreedInterventionUuid.isEmpty() && d.kind != DeviationKind::Added)
            errors.append(
                { QStringLiteral("deviations"),
                  tr("The deviation \"%1\" must name the agreed intervention it concerns.").arg(d.interventionTitle) });
    }
    return errors;
}

FieldErrors ProgressReport::validateForSubmission() const
{
    FieldErrors errors = validate();
    for (const auto& i : interventions) {
        if (!i.rating)
            errors.append({ QStringLiteral("rating"), tr("%1 has no rating.").arg(i.title) });
        errors += i.validate();
    }
    for (const auto& r : indicators) {
        if (r.assessment.chosen && r.assessment.overrideReason.trimmed().isEmpty())
            errors.append(
                { QStringLiteral("overrideReason"), tr("%1: say why its status is set by hand.").arg(r.name) });
    }
    for (const auto& d : deviations) {
        if (!d.confirmed)
            errors.append({ QStringLiteral("confirmed"),
                            tr("Confirm the deviation \"%1\" (%2), or remove it if it is not one.")
                                .arg(d.interventionTitle, DeviationKinds.label(d.kind)) });
        else if (d.explanation.trimmed().isEmpty())
            errors.append(
                { QStringLiteral("explanation"),
                  tr("Explain the deviation \"%1\" (%2).").arg(d.interventionTitle, DeviationKinds.label(d.kind)) });
    }
    return errors;
}

const InterventionReview* ProgressReport::intervention(const QString& agreedUuid) const
{
    for (const auto& i : interventions) {
        if (i.agreedInterventionUuid == agreedUuid)
            return &i;
    }
    return nullptr;
}

QStringList ProgressReport::areaTitles() const
{
    QStringList titles;
    for (const auto& i : interventions) {
        if (!titles.contains(i.areaTitle))
            titles << i.areaTitle;
    }
    return titles;
}
