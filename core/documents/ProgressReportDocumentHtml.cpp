// The delredovisning as HTML for QTextDocument, in the order of Skolverket's template. Fixed
// labels are tr() strings; every string a user typed (and every copy of the plan's) goes
// through text() or toHtmlEscaped(), so markup in a field prints as text.
#include "ProgressReportDocument.h"

#include "core/followup/IndicatorFollowUp.h"

namespace {

using FollowUpDocument::date;
using FollowUpDocument::esc;
using FollowUpDocument::none;
using FollowUpDocument::Part;
using FollowUpDocument::part;
using FollowUpDocument::partLabel;
using FollowUpDocument::text;

QString titleBlock(const ProgressReportSources& s)
{
    const ProgressReport& r = s.report;
    const ReportContext& c = s.context;
    QString state = esc(ProgressReport::States.label(r.state));
    // "Inlämnad 2025-10-28", not "Inlämnad, inlämnad 2025-10-28"; an approved one says when it was submitted.
    if (r.submittedOn.isValid() && r.state == ProgressReportState::Submitted)
        state += QLatin1Char(' ') + date(r.submittedOn);
    else if (r.submittedOn.isValid())
        state += ProgressReportDocument::tr(", submitted %1").arg(date(r.submittedOn));
    if (r.approvedOn.isValid())
        state += ProgressReportDocument::tr(", approved %1").arg(date(r.approvedOn));
    if (!s.stored)
        state += QStringLiteral(" <span class=\"meta\">(%1)</span>")
                     .arg(ProgressReportDocument::tr(
                         "a draft generated from the signed agreement and the plan, not stored"));
    QString agreement = esc(c.agreementTitle);
    if (c.agreementSignedOn.isValid())
        agreement += ProgressReportDocument::tr(", signed %1").arg(date(c.agreementSignedOn));
    const QList<std::pair<QString, QString>> rows = {
        { ProgressReportDocument::tr("Organizer"), esc(c.organizerName) },
        { ProgressReportDocument::tr("Collaboration"),
          c.diaryNumber.isEmpty() ? ProgressReportDocument::tr("Collaboration %1").arg(c.collaborationId)
                                  : ProgressReportDocument::tr("Dnr %1").arg(esc(c.diaryNumber)) },
        { ProgressReportDocument::tr("Agreement"), agreement },
        { ProgressReportDocument::tr("Progress report"),
          ProgressReportDocument::tr("Number %1, version %2").arg(r.number).arg(r.version) },
        { ProgressReportDocument::tr("Due at the latest"), date(r.due) },
        { ProgressReportDocument::tr("State"), state },
        { ProgressReportDocument::tr("Collaboration period"),
          QStringLiteral("%1 – %2").arg(date(c.periodStart), date(c.periodEnd)) },
    };
    QString html = QStringLiteral("<p class=\"overline\">%1</p><h1>%2</h1><p class=\"subtitle\">%3</p>")
                       .arg(esc(c.programmeName).toUpper(), esc(r.title()), esc(c.organizerName));
    html += FollowUpDocument::facts(rows);
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(ProgressReportDocument::tr(
                    "For every development area and intervention of the agreement: a) the problems, b) their "
                    "causes, c) the goals and f) the expected effects, marked \"as agreed in the ÖK 2\", are "
                    "copied from the action plan as it was agreed in the ÖK 2, not retyped; d) and e) are "
                    "written for this report. The status of an indicator is judged against where it should be "
                    "at the time of its value (linearly from the baseline to the target, through the "
                    "milestones where there are any), not against the final target."));
    html += QStringLiteral("<p class=\"label\">%1</p><ul>").arg(ProgressReportDocument::tr("What the ratings mean"));
    for (InterventionRating rating : ProgressReport::Ratings.all())
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(esc(ProgressReport::Ratings.label(rating)), esc(ProgressReport::ratingDescription(rating)));
    html += QStringLiteral("</ul>");
    // The status bands once, for both kinds of indicator, instead of beside every value.
    html += QStringLiteral("<p class=\"label\">%1</p><ul>").arg(ProgressReportDocument::tr("What the statuses mean"));
    for (const auto& [direction, kind] :
         { std::pair { IndicatorDirection::HigherIsBetter,
                       ProgressReportDocument::tr("An indicator that should rise or fall") },
           std::pair { IndicatorDirection::KeepAbove,
                       ProgressReportDocument::tr("An indicator to keep above or below a level") } }) {
        QStringList bands;
        for (IndicatorStatus status : IndicatorFollowUp::Statuses.all())
            bands << QStringLiteral("<b>%1</b>: %2")
                         .arg(esc(IndicatorFollowUp::Statuses.label(status)),
                              esc(IndicatorFollowUp::bandDescription(status, direction)));
        html += QStringLiteral("<li>%1. %2</li>").arg(kind, bands.join(QLatin1Char(' ')));
    }
    return html + QStringLiteral("</ul>");
}

QString value(const IndicatorReading& r, std::optional<double> v, int decimals)
{
    if (!v)
        return QStringLiteral("–");
    return esc(IndicatorChart::formatValue(*v, r.unit, QLocale(QLocale::Swedish, QLocale::Sweden), decimals));
}

QString statusText(const IndicatorAssessment& a)
{
    const auto shown = a.status();
    if (!shown)
        return ProgressReportDocument::tr(
            "no status (no value, or the indicator has no baseline, target or target year)");
    QString html = QStringLiteral("<b>%1</b>").arg(esc(IndicatorFollowUp::Statuses.label(*shown)));
    if (a.isOverridden()) {
        html += ProgressReportDocument::tr(", chosen instead of the computed %1")
                    .arg(a.computed ? esc(IndicatorFollowUp::Statuses.label(*a.computed).toLower())
                                    : ProgressReportDocument::tr("(none)"));
        if (!a.overrideReason.trimmed().isEmpty())
            html += ProgressReportDocument::tr("; reason: %1").arg(text(a.overrideReason));
    } else {
        html += QStringLiteral(" (%1)").arg(ProgressReportDocument::tr("computed"));
    }
    return html;
}

QString indicators(const ProgressReportSources& s, const InterventionReview& review)
{
    QString html;
    for (int n = 0; n < s.report.indicators.size(); ++n) {
        const IndicatorReading& r = s.report.indicators[n];
        if (r.agreedInterventionUuid != review.agreedInterventionUuid)
            continue;
        const int decimals = n < s.charts.size() ? IndicatorChart::decimalsFor(s.charts[n].chart) : 1;
        QStringList figures;
        figures << ProgressReportDocument::tr("Baseline %1").arg(value(r, r.baseline, decimals));
        figures
            << (r.targetYear > 0
                    ? ProgressReportDocument::tr("target %1 by %2").arg(value(r, r.target, decimals)).arg(r.targetYear)
                    : ProgressReportDocument::tr("target %1").arg(value(r, r.target, decimals)));
        figures << (r.value ? ProgressReportDocument::tr("newest value %1 (%2)")
                                  .arg(value(r, r.value, decimals), date(r.measuredOn))
                            : ProgressReportDocument::tr("no value measured yet"));
        if (r.assessment.expected)
            figures << ProgressReportDocument::tr("expected by then %1").arg(value(r, r.assessment.expected, decimals));
        // The name, the figures, the status and the chart in one paragraph: kept together on a page.
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(esc(r.name)) << figures.join(QStringLiteral(" · "));
        lines << QStringLiteral("%1 %2").arg(ProgressReportDocument::tr("Status:"), statusText(r.assessment));
        if (!r.comment.trimmed().isEmpty())
            lines << QStringLiteral("<i>%1</i>").arg(text(r.comment));
        if (n < s.charts.size())
            lines << DocumentCharts::html(s.charts[n].chart, n);
        html += QStringLiteral("<p class=\"chart\">%1</p>").arg(lines.join(QStringLiteral("<br/>")));
    }
    return html;
}

QString intervention(const ProgressReportSources& s, const InterventionReview& i, int number)
{
    QString html
        = QStringLiteral("<h3>%1</h3>").arg(ProgressReportDocument::tr("%1. %2").arg(number).arg(esc(i.title)));
    html += FollowUpDocument::rating(i.rating, i.ratingReason);
    html += part(partLabel(Part::Problems), i.problems, ProgressReportDocument::tr("No problem stated."), true);
    html += part(partLabel(Part::Causes), i.causes, ProgressReportDocument::tr("No cause stated."), true);
    QStringList goals, improvements;
    for (int g = 0; g < i.goals.size(); ++g) {
        const QString written = i.goals[g].improvements.trimmed();
        goals << QStringLiteral("%1 %2").arg(ProgressReportDocument::tr("Goal %1:").arg(g + 1), text(i.goals[g].goal));
        improvements << QStringLiteral("<b>%1</b> %2")
                            .arg(ProgressReportDocument::tr("Goal %1:").arg(g + 1),
                                 written.isEmpty() ? ProgressReportDocument::tr("nothing written yet.")
                                                   : text(written));
    }
    html += FollowUpDocument::partHtml(partLabel(Part::Goals), goals, ProgressReportDocument::tr("No goal stated."),
                                       true);
    html += FollowUpDocument::partHtml(partLabel(Part::Improvements), improvements,
                                       ProgressReportDocument::tr("Nothing written yet."), false);
    html += part(partLabel(Part::NotReached), i.goalsNotReached, ProgressReportDocument::tr("Nothing written yet."),
                 false);
    html += part(partLabel(Part::Effects), i.expectedEffects, ProgressReportDocument::tr("No expected effect stated."),
                 true);
    html += indicators(s, i);
    if (!i.nextSteps.trimmed().isEmpty())
        html += part(ProgressReportDocument::tr("Next steps"), i.nextSteps, QString(), false);
    return html;
}

QString deviations(const ProgressReport& r)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(ProgressReportDocument::tr("Deviations from the agreement"));
    if (r.deviations.isEmpty())
        return html + none(ProgressReportDocument::tr("No deviation from the agreement."));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"
                           "<th width=\"16%\">%1</th><th width=\"24%\">%2</th><th width=\"30%\">%3</th>"
                           "<th width=\"30%\">%4</th></tr></thead>")
                .arg(ProgressReportDocument::tr("Type"), ProgressReportDocument::tr("Intervention"),
                     ProgressReportDocument::tr("What changed"), ProgressReportDocument::tr("Explanation"));
    for (const auto& d : r.deviations) {
        QString kind = esc(ProgressReport::DeviationKinds.label(d.kind));
        if (d.proposed && !d.confirmed)
            kind += QStringLiteral("<br/><span class=\"meta\">%1</span>")
                        .arg(ProgressReportDocument::tr("proposed, not confirmed"));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(kind, text(d.interventionTitle), text(d.description),
                         d.explanation.trimmed().isEmpty() ? QStringLiteral("–") : text(d.explanation));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString ProgressReportDocument::html(const ProgressReportSources& s)
{
    const ProgressReport& r = s.report;
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(FollowUpDocument::styleSheet());
    html += titleBlock(s);
    int number = 0;
    for (const QString& area : r.areaTitles()) {
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(area.trimmed().isEmpty() ? tr("Interventions") : tr("Development area: %1").arg(esc(area)));
        for (const auto& i : r.interventions) {
            if (i.areaTitle == area)
                html += intervention(s, i, ++number);
        }
    }
    if (r.interventions.isEmpty())
        html += none(tr("The agreement has no interventions."));
    html += deviations(r);
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Next steps"));
    html += r.nextSteps.trimmed().isEmpty() ? none(tr("Nothing written yet."))
                                            : QStringLiteral("<p>%1</p>").arg(text(r.nextSteps));
    return html + QStringLiteral("</body></html>");
}
