// The slutredovisning as HTML for QTextDocument: assembled from the progress reports, never
// retyped. Fixed labels are tr() strings; every user string goes through esc() or text().
#include "FinalReportDocument.h"

namespace {

using FollowUpDocument::date;
using FollowUpDocument::esc;
using FollowUpDocument::none;
using FollowUpDocument::part;
using FollowUpDocument::Part;
using FollowUpDocument::partLabel;
using FollowUpDocument::text;

QString reportState(const ReviewHistoryEntry& e)
{
    QString state = esc(ProgressReport::States.label(e.state)).toLower();
    if (e.submittedOn.isValid())
        state += QLatin1Char(' ') + date(e.submittedOn);
    return state;
}

QString titleBlock(const FinalReportSources& s)
{
    const FinalReport& r = s.report;
    const ReportContext& c = s.context;
    QString state = esc(ProgressReport::States.label(r.state));
    // "Inlämnad 2025-10-28", not "Inlämnad, inlämnad 2025-10-28"; an approved one says when it was submitted.
    if (r.submittedOn.isValid() && r.state == ProgressReportState::Submitted)
        state += QLatin1Char(' ') + date(r.submittedOn);
    else if (r.submittedOn.isValid())
        state += FinalReportDocument::tr(", submitted %1").arg(date(r.submittedOn));
    if (r.approvedOn.isValid())
        state += FinalReportDocument::tr(", approved %1").arg(date(r.approvedOn));
    if (!s.stored)
        state += QStringLiteral(" <span class=\"meta\">(%1)</span>")
                     .arg(FinalReportDocument::tr("a draft assembled from the progress reports, not stored"));
    QString agreement = esc(c.agreementTitle);
    if (c.agreementSignedOn.isValid())
        agreement += FinalReportDocument::tr(", signed %1").arg(date(c.agreementSignedOn));
    // The progress reports it is built on: every number's newest version, as the history holds them.
    QStringList reports;
    QList<int> seen;
    for (const auto& h : r.history) {
        for (const auto& e : h.entries) {
            if (seen.contains(e.reportNumber))
                continue;
            seen << e.reportNumber;
            reports << FinalReportDocument::tr("no. %1 (version %2, %3)")
                           .arg(e.reportNumber)
                           .arg(e.reportVersion)
                           .arg(reportState(e));
        }
    }
    const QList<std::pair<QString, QString>> rows = {
        { FinalReportDocument::tr("Organizer"), esc(c.organizerName) },
        { FinalReportDocument::tr("Collaboration"),
          c.diaryNumber.isEmpty() ? FinalReportDocument::tr("Collaboration %1").arg(c.collaborationId)
                                  : FinalReportDocument::tr("Dnr %1").arg(esc(c.diaryNumber)) },
        { FinalReportDocument::tr("Agreement"), agreement },
        { FinalReportDocument::tr("Version"), QString::number(r.version) },
        { FinalReportDocument::tr("Due at the latest"), date(r.due) },
        { FinalReportDocument::tr("State"), state },
        { FinalReportDocument::tr("Collaboration period"),
          QStringLiteral("%1 – %2").arg(date(c.periodStart), date(c.periodEnd)) },
        { FinalReportDocument::tr("Built on the progress reports"),
          reports.isEmpty() ? FinalReportDocument::tr("none yet") : reports.join(QStringLiteral(", ")) },
    };
    QString html
        = QStringLiteral("<p class=\"overline\">%1</p><h1>%2</h1><p class=\"subtitle\">%3</p>")
              .arg(esc(c.programmeName).toUpper(), FinalReportDocument::tr("Final report"), esc(c.organizerName));
    html += FollowUpDocument::facts(rows);
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(FinalReportDocument::tr(
                    "The final report is assembled from the progress reports: for each intervention a), "
                    "b), c) and f) as agreed in the ÖK 2, then each report's rating, d) and e) in report "
                    "order, and its indicators from the baseline to the last value. Each development "
                    "area closes with its outcome and how the work is carried on after the support ends."));
    return html;
}

QString closeOut(const AreaCloseOut* a)
{
    if (!a)
        return none(FinalReportDocument::tr("No close-out written for this area."));
    QString html
        = QStringLiteral("<p class=\"rating\"><b>%1 %2</b></p>")
              .arg(FinalReportDocument::tr("Outcome:"),
                   a->outcome ? esc(FinalReport::Outcomes.label(*a->outcome)) : FinalReportDocument::tr("not set yet"));
    html += part(FinalReportDocument::tr("Why"), a->reason, FinalReportDocument::tr("Nothing written yet."), false);
    html += part(FinalReportDocument::tr("How the work is carried on after the support ends"), a->continuation,
                 FinalReportDocument::tr("Nothing written yet."), false);
    return html;
}

QString entry(const ReviewHistoryEntry& e)
{
    QString html = QStringLiteral("<p class=\"entry\">%1 <span class=\"meta\">(%2)</span></p>")
                       .arg(e.reportVersion > 1 ? FinalReportDocument::tr("Progress report %1, version %2")
                                                      .arg(e.reportNumber)
                                                      .arg(e.reportVersion)
                                                : FinalReportDocument::tr("Progress report %1").arg(e.reportNumber),
                            FinalReportDocument::tr("due %1, %2").arg(date(e.due), reportState(e)));
    html += FollowUpDocument::rating(e.rating, e.ratingReason);
    QStringList improvements;
    for (int g = 0; g < e.goals.size(); ++g) {
        const QString written = e.goals[g].improvements.trimmed();
        improvements << QStringLiteral("<b>%1</b> %2")
                            .arg(FinalReportDocument::tr("Goal %1:").arg(g + 1),
                                 written.isEmpty() ? FinalReportDocument::tr("nothing written.") : text(written));
    }
    html += FollowUpDocument::partHtml(partLabel(Part::Improvements), improvements,
                                       FinalReportDocument::tr("Nothing written."), false);
    html += part(partLabel(Part::NotReached), e.goalsNotReached, FinalReportDocument::tr("Nothing written."), false);
    if (!e.nextSteps.trimmed().isEmpty())
        html += part(FinalReportDocument::tr("Next steps"), e.nextSteps, QString(), false);
    return html;
}

QString intervention(const FinalReportSources& s, const InterventionHistory& h, int number)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(FinalReportDocument::tr("%1. %2").arg(number).arg(esc(h.title)));
    html += part(partLabel(Part::Problems), h.problems, FinalReportDocument::tr("No problem stated."), true);
    html += part(partLabel(Part::Causes), h.causes, FinalReportDocument::tr("No cause stated."), true);
    QStringList goals;
    for (const auto& agreed : s.agreement.interventions) {
        if (agreed.uuid == h.agreedInterventionUuid) {
            const QStringList list = agreed.goalList();
            for (int g = 0; g < list.size(); ++g)
                goals << QStringLiteral("%1 %2").arg(FinalReportDocument::tr("Goal %1:").arg(g + 1), text(list[g]));
        }
    }
    html += FollowUpDocument::partHtml(partLabel(Part::Goals), goals, FinalReportDocument::tr("No goal stated."), true);
    html += part(partLabel(Part::Effects), h.expectedEffects, FinalReportDocument::tr("No expected effect stated."),
                 true);
    html += QStringLiteral("<p class=\"label\">%1</p>")
                .arg(FinalReportDocument::tr("Follow-up in the progress reports"));
    if (h.entries.isEmpty())
        html += none(FinalReportDocument::tr("No progress report covers this intervention."));
    for (const auto& e : h.entries)
        html += entry(e);
    bool first = true;
    for (int n = 0; n < s.charts.size(); ++n) {
        if (s.charts[n].agreedInterventionUuid != h.agreedInterventionUuid)
            continue;
        if (first)
            html += QStringLiteral("<p class=\"label\">%1</p>")
                        .arg(FinalReportDocument::tr("Indicators from the baseline to the last value"));
        first = false;
        const auto& chart = s.charts[n].chart;
        QString line = QStringLiteral("<b>%1</b>").arg(esc(s.charts[n].name));
        if (!chart.measurements.isEmpty()) {
            auto last = chart.measurements.first();
            for (const auto& m : chart.measurements)
                last = m.date > last.date ? m : last;
            line += QStringLiteral(" – %1").arg(
                FinalReportDocument::tr("last value %1 (%2)")
                    .arg(esc(IndicatorChart::formatValue(last.value, chart.unit, chart.locale,
                                                         IndicatorChart::decimalsFor(chart))),
                         date(last.date)));
        }
        html += QStringLiteral("<p class=\"chart\">%1<br/>%2</p>").arg(line, DocumentCharts::html(chart, n));
    }
    return html;
}

QString deviations(const FinalReport& r)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(FinalReportDocument::tr("Deviations from the agreement"));
    if (r.deviations.isEmpty())
        return html + none(FinalReportDocument::tr("No deviation from the agreement was reported."));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"
                           "<th width=\"16%\">%1</th><th width=\"24%\">%2</th><th width=\"30%\">%3</th>"
                           "<th width=\"30%\">%4</th></tr></thead>")
                .arg(FinalReportDocument::tr("Type"), FinalReportDocument::tr("Intervention"),
                     FinalReportDocument::tr("What changed"), FinalReportDocument::tr("Explanation"));
    for (const auto& d : r.deviations)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(ProgressReport::DeviationKinds.label(d.kind)), text(d.interventionTitle),
                         text(d.description),
                         d.explanation.trimmed().isEmpty() ? QStringLiteral("–") : text(d.explanation));
    return html + QStringLiteral("</table>");
}

} // namespace

QString FinalReportDocument::html(const FinalReportSources& s)
{
    const FinalReport& r = s.report;
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(FollowUpDocument::styleSheet());
    html += titleBlock(s);
    html += QStringLiteral("<h2>%1</h2>").arg(tr("The organizer's synthesis"));
    html += r.synthesis.trimmed().isEmpty() ? none(tr("Nothing written yet."))
                                            : QStringLiteral("<p>%1</p>").arg(text(r.synthesis));
    // The areas in the agreement's order; each closes with its outcome and how the work goes on.
    QStringList areas;
    for (const auto& h : r.history) {
        if (!areas.contains(h.areaTitle))
            areas << h.areaTitle;
    }
    for (const auto& a : r.areas) {
        if (!areas.contains(a.areaTitle))
            areas << a.areaTitle;
    }
    int number = 0;
    for (const QString& area : areas) {
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(area.trimmed().isEmpty() ? tr("Interventions") : tr("Development area: %1").arg(esc(area)));
        for (const auto& h : r.history) {
            if (h.areaTitle == area)
                html += intervention(s, h, ++number);
        }
        const AreaCloseOut* closed = nullptr;
        for (const auto& a : r.areas) {
            if (a.areaTitle == area)
                closed = &a;
        }
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Close-out of the area"));
        html += closeOut(closed);
    }
    html += deviations(r);
    return html + QStringLiteral("</body></html>");
}
