// The åtgärdsplan as HTML for QTextDocument. Fixed labels are tr() strings; every
// string a user typed goes through esc() (or text()), so markup in a field prints as text.
// Money always through Money::format.
#include "PlanDocument.h"

#include <QLocale>
#include <QSize>

#include <cmath>

/** In PlanDocument.cpp: the size the timeline image is drawn at. */
QSize planTimelineSize(const PlanSources& sources);

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

/** User text with its line breaks kept. */
QString text(const QString& s)
{
    return esc(s.trimmed()).replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QString none()
{
    return QStringLiteral("<p class=\"none\">%1</p>").arg(PlanDocument::tr("Nothing entered."));
}

QString orDash(const QString& html)
{
    return html.isEmpty() ? QStringLiteral("–") : html;
}

QString money(qint64 amount)
{
    return esc(Money::format(amount));
}

QString number(const std::optional<double>& value)
{
    if (!value)
        return QStringLiteral("–");
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const bool whole = std::abs(*value - std::round(*value)) < 1e-9;
    return swedish.toString(*value, 'f', whole ? 0 : 1);
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString period(const QDate& start, const QDate& end)
{
    if (!start.isValid() && !end.isValid())
        return PlanDocument::tr("No dates set");
    return QStringLiteral("%1 – %2").arg(orDash(date(start)), orDash(date(end)));
}

QString titleOf(const Intervention& i)
{
    return i.title.trimmed().isEmpty() ? PlanDocument::tr("(untitled intervention)") : esc(i.title.trimmed());
}

int problemNumber(const Analysis& a, qint64 id)
{
    for (int n = 0; n < a.problems.size(); ++n) {
        if (a.problems[n].id == id)
            return n + 1;
    }
    return 0;
}

QString problemItem(const Analysis& a, qint64 id)
{
    const Problem* p = a.problem(id);
    if (!p)
        return QString();
    return QStringLiteral("<li>%1</li>")
        .arg(PlanDocument::tr("Problem %1: %2").arg(problemNumber(a, id)).arg(text(p->description)));
}

QString causeItem(const Analysis& a, qint64 id)
{
    const Cause* c = a.cause(id);
    if (!c)
        return QString();
    return QStringLiteral("<li>%1 <span class=\"meta\">(%2, %3)</span></li>")
        .arg(text(c->description), Analysis::CauseAreas.label(c->area).toLower(),
             Analysis::DecisionLevels.label(c->level).toLower());
}

QString table(const QString& head)
{
    return QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>%1"
                          "</tr></thead>")
        .arg(head);
}

QString titleBlock(const PlanSources& s)
{
    const PlanContext& c = s.context;
    const PlanTotals totals = s.plan.totals();
    QString analysis = PlanDocument::tr("Version %1, %2")
                           .arg(s.analysis.version)
                           .arg(Analysis::Statuses.label(s.analysis.status).toLower());
    if (s.analysis.statusAt.isValid())
        analysis = QStringLiteral("%1 (%2)").arg(analysis, s.analysis.statusAt.date().toString(Qt::ISODate));
    const QList<std::pair<QString, QString>> facts = {
        { PlanDocument::tr("Organizer"), esc(c.organizerName) },
        { PlanDocument::tr("Programme"), esc(c.programmeName) },
        { PlanDocument::tr("Diary number"), orDash(esc(c.diaryNumber)) },
        { PlanDocument::tr("Collaboration period"), period(c.periodStart, c.periodEnd) },
        { PlanDocument::tr("Current-state analysis"), analysis },
        { PlanDocument::tr("Development areas"), QString::number(s.analysis.areas.size()) },
        { PlanDocument::tr("Interventions"), QString::number(s.plan.interventions.size()) },
        { PlanDocument::tr("Total budget"), money(totals.total) },
        { PlanDocument::tr("Last changed"),
          s.plan.updatedAt.isValid() ? s.plan.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     : QStringLiteral("–") },
    };
    QString html = QStringLiteral("<p class=\"overline\">%1</p><h1>%2</h1><p class=\"subtitle\">%3</p>")
                       .arg(esc(c.programmeName), PlanDocument::tr("Action plan"), esc(c.organizerName));
    html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto& [label, value] : facts)
        html += QStringLiteral("<tr><td width=\"30%\" class=\"label\">%1</td><td>%2</td></tr>").arg(label, value);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(PlanDocument::tr("The plan builds on the development areas of the current-state analysis, in "
                                      "their order of priority. For each area it names the problems and causes the "
                                      "interventions address, then the interventions with goals, indicators, "
                                      "responsibility, timeline and funding. The totals and a timeline of all "
                                      "interventions follow at the end."));
    return html;
}

QString levelOf(const Intervention& i, const PlanContext& c)
{
    if (i.level == InterventionLevel::Organizer)
        return ActionPlan::Levels.label(i.level);
    QStringList names;
    for (qint64 id : i.unitIds)
        names << esc(c.unitNames.value(id, PlanDocument::tr("unit %1").arg(id)));
    return QStringLiteral("%1: %2").arg(ActionPlan::Levels.label(i.level), names.join(QStringLiteral(", ")));
}

QString providerOf(const Intervention& i)
{
    const QString kind = ActionPlan::Providers.label(i.provider);
    return i.providerName.trimmed().isEmpty() ? kind
                                              : QStringLiteral("%1: %2").arg(kind, esc(i.providerName.trimmed()));
}

QString indicators(const Intervention& i)
{
    if (i.indicators.isEmpty())
        return none();
    QString html = table(QStringLiteral("<th>%1</th><th width=\"10%\">%2</th><th width=\"13%\" align=\"right\">%3</th>"
                                        "<th width=\"13%\" align=\"right\">%4</th><th width=\"12%\" "
                                        "align=\"right\">%5</th>")
                             .arg(PlanDocument::tr("Indicator"), PlanDocument::tr("Unit"), PlanDocument::tr("Baseline"),
                                  PlanDocument::tr("Target"), PlanDocument::tr("Target year")));
    for (const auto& ind : i.indicators)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                               "<td align=\"right\">%5</td></tr>")
                    .arg(esc(ind.name), esc(ind.unit), number(ind.baseline), number(ind.target),
                         ind.targetYear > 0 ? QString::number(ind.targetYear) : QStringLiteral("–"));
    return html + QStringLiteral("</table>");
}

QString budget(const Intervention& i)
{
    if (i.budget.isEmpty())
        return none();
    QString html = table(QStringLiteral("<th>%1</th><th width=\"35%\" align=\"right\">%2</th>")
                             .arg(PlanDocument::tr("Year"), PlanDocument::tr("Amount")));
    for (const auto& line : i.budget)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(line.year)
                    .arg(money(line.amountSek));
    html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
                .arg(PlanDocument::tr("Total"), money(i.totalSek()));
    return html + QStringLiteral("</table>");
}

QString intervention(const Intervention& i, const QString& number, const PlanSources& s)
{
    const Analysis& a = s.analysis;
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(number, titleOf(i));
    if (!i.description.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(text(i.description));

    QString problems, causes;
    for (qint64 id : i.problemIds)
        problems += problemItem(a, id);
    for (qint64 id : i.causeIds)
        causes += causeItem(a, id);
    const QList<std::pair<QString, QString>> facts = {
        { PlanDocument::tr("Level"), levelOf(i, s.context) },
        { PlanDocument::tr("Category"), ActionPlan::Categories.label(i.category) },
        { PlanDocument::tr("Responsible"), orDash(esc(i.responsible.trimmed())) },
        { PlanDocument::tr("Provider"), providerOf(i) },
        { PlanDocument::tr("Funding"),
          QStringLiteral("%1; %2").arg(ActionPlan::FundingModes.label(i.fundingMode),
                                       ActionPlan::FundingForms.label(i.fundingForm).toLower()) },
        { PlanDocument::tr("Runs"), period(i.start, i.end) },
        { PlanDocument::tr("Status"), ActionPlan::Statuses.label(i.status) },
    };
    html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [label, value] : facts)
        html += QStringLiteral("<tr><td width=\"22%\" class=\"label\">%1</td><td>%2</td></tr>").arg(label, value);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p class=\"question\">%1</p>").arg(PlanDocument::tr("Problems it addresses"));
    html += problems.isEmpty() ? none() : QStringLiteral("<ul>%1</ul>").arg(problems);
    html += QStringLiteral("<p class=\"question\">%1</p>").arg(PlanDocument::tr("Causes it addresses"));
    html += causes.isEmpty() ? none() : QStringLiteral("<ul>%1</ul>").arg(causes);

    html += QStringLiteral("<p class=\"question\">%1</p>").arg(PlanDocument::tr("Goals"));
    if (i.goals.isEmpty()) {
        html += none();
    } else {
        QString items;
        for (const auto& g : i.goals)
            items += QStringLiteral("<li>%1</li>").arg(text(g.text));
        html += QStringLiteral("<ul>%1</ul>").arg(items);
    }
    html += QStringLiteral("<p class=\"question\">%1</p>").arg(PlanDocument::tr("Indicators"));
    html += indicators(i);
    html += QStringLiteral("<p class=\"question\">%1</p>").arg(PlanDocument::tr("Expected effects on results"));
    html += i.expectedEffects.trimmed().isEmpty() ? none() : QStringLiteral("<p>%1</p>").arg(text(i.expectedEffects));
    html += QStringLiteral("<p class=\"question\">%1</p>")
                .arg(PlanDocument::tr("Grounds: research and proven experience"));
    html += i.grounds.trimmed().isEmpty() ? none() : QStringLiteral("<p>%1</p>").arg(text(i.grounds));
    html += QStringLiteral("<p class=\"question\">%1</p>").arg(PlanDocument::tr("Budget per year"));
    html += budget(i);
    return html;
}

QString area(const DevelopmentArea& area, int rank, const PlanSources& s)
{
    const Analysis& a = s.analysis;
    QString html
        = QStringLiteral("<h2>%1</h2>").arg(PlanDocument::tr("Priority %1: %2").arg(rank).arg(esc(area.title)));
    if (!area.description.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(text(area.description));

    QString problems, causes;
    QList<qint64> causeIds;
    for (qint64 id : area.problemIds) {
        problems += problemItem(a, id);
        if (const Problem* p = a.problem(id)) {
            for (qint64 c : p->causeIds) {
                if (!causeIds.contains(c))
                    causeIds.append(c);
            }
        }
    }
    for (qint64 id : causeIds)
        causes += causeItem(a, id);
    html += QStringLiteral("<p class=\"question\">%1</p>").arg(PlanDocument::tr("Problems in this area"));
    html += problems.isEmpty() ? none() : QStringLiteral("<ul>%1</ul>").arg(problems);
    html += QStringLiteral("<p class=\"question\">%1</p>").arg(PlanDocument::tr("Their causes"));
    html += causes.isEmpty() ? none() : QStringLiteral("<ul>%1</ul>").arg(causes);

    const auto own = s.plan.interventionsOf(area.id);
    if (own.isEmpty())
        html += QStringLiteral("<p class=\"none\">%1</p>")
                    .arg(PlanDocument::tr("No intervention is planned in this area."));
    for (int n = 0; n < own.size(); ++n)
        html += intervention(*own[n], QStringLiteral("%1.%2").arg(rank).arg(n + 1), s);
    return html;
}

/** A table of sums: label, amount, with the total in bold at its foot. */
QString sums(const QString& heading, const QString& column, const QList<std::pair<QString, qint64>>& rows, qint64 total)
{
    QString html = QStringLiteral("<h3 class=\"sum\">%1</h3>").arg(heading);
    html += table(
        QStringLiteral("<th>%1</th><th width=\"30%\" align=\"right\">%2</th>").arg(column, PlanDocument::tr("Amount")));
    for (const auto& [label, amount] : rows)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(label, money(amount));
    html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
                .arg(PlanDocument::tr("Total"), money(total));
    return html + QStringLiteral("</table>");
}

QString review(const PlanSources& s)
{
    const PlanTotals t = s.plan.totals();
    // The review starts a page of its own: the totals and the timeline read together.
    QString html
        = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(PlanDocument::tr("Budget totals"));
    html += QStringLiteral("<p>%1</p>")
                .arg(PlanDocument::tr("All interventions together: %1.")
                         .arg(QStringLiteral("<b>%1</b>").arg(money(t.total))));
    QList<std::pair<QString, qint64>> rows;
    for (auto it = t.perYear.cbegin(); it != t.perYear.cend(); ++it)
        rows.append({ QString::number(it.key()), it.value() });
    html += sums(PlanDocument::tr("Per year"), PlanDocument::tr("Year"), rows, t.total);
    rows.clear();
    for (FundingMode mode : ActionPlan::FundingModes.all()) {
        if (t.perMode.contains(mode))
            rows.append({ ActionPlan::FundingModes.label(mode), t.perMode.value(mode) });
    }
    html += sums(PlanDocument::tr("Per funding mode"), PlanDocument::tr("Funding mode"), rows, t.total);
    rows.clear();
    for (FundingForm form : ActionPlan::FundingForms.all()) {
        if (t.perForm.contains(form))
            rows.append({ ActionPlan::FundingForms.label(form), t.perForm.value(form) });
    }
    html += sums(PlanDocument::tr("Per funding form"), PlanDocument::tr("Funding form"), rows, t.total);
    rows.clear();
    for (int n = 0; n < s.analysis.areas.size(); ++n) {
        const DevelopmentArea& a = s.analysis.areas[n];
        rows.append({ QStringLiteral("%1. %2").arg(n + 1).arg(esc(a.title)), t.perArea.value(a.id) });
    }
    html += sums(PlanDocument::tr("Per development area"), PlanDocument::tr("Development area"), rows, t.total);

    const auto warnings = s.plan.warnings(s.analysis, s.context.periodStart, s.context.periodEnd);
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(PlanDocument::tr("Gaps to close"));
        for (const auto& w : warnings)
            html += QStringLiteral("<li>%1</li>").arg(esc(w.message));
        html += QStringLiteral("</ul>");
    }
    return html;
}

const char* kStyle = R"(
body { font-size: 9.5pt; color: #1a1a1a; }
h1 { font-size: 20pt; font-weight: 600; color: #1f3a5a; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 13.5pt; font-weight: 600; color: #1f3a5a; margin-top: 22px; margin-bottom: 8px; }
h3 { font-size: 10.5pt; font-weight: 600; color: #1a1a1a; margin-top: 16px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 6px; line-height: 125%; }
li { margin-bottom: 3px; line-height: 125%; }
ul { margin-top: 0px; margin-bottom: 6px; }
.overline { font-size: 9pt; color: #555555; margin-bottom: 4px; }
.subtitle { font-size: 12pt; color: #333333; margin-bottom: 14px; }
.meta { color: #555555; font-size: 8.5pt; }
.none { color: #777777; font-style: italic; }
.question { font-weight: 600; margin-top: 8px; margin-bottom: 2px; }
.figure { margin-top: 2px; margin-bottom: 0px; }
h3.sum { margin-top: 10px; }
table.grid { border-collapse: collapse; border-color: #9aa5b1; border-style: solid; margin-top: 2px; margin-bottom: 8px; }
table.grid th { background-color: #e6ecf2; font-weight: 600; text-align: left; white-space: nowrap; }
table.grid { font-size: 9pt; }
table.facts { margin-bottom: 6px; border-collapse: collapse; }
td.label { color: #555555; }
)";

} // namespace

QString PlanDocument::html(const PlanSources& s)
{
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QLatin1String(kStyle));
    html += titleBlock(s);
    for (int n = 0; n < s.analysis.areas.size(); ++n)
        html += area(s.analysis.areas[n], n + 1, s);
    // An intervention whose area is not in the analysis cannot be saved; print it anyway rather than lose it.
    int orphan = 0;
    for (const auto& i : s.plan.interventions) {
        bool known = false;
        for (const auto& a : s.analysis.areas)
            known = known || a.id == i.areaId;
        if (!known)
            html += intervention(i, QStringLiteral("–.%1").arg(++orphan), s);
    }
    html += review(s);
    const QSize size = planTimelineSize(s);
    html += QStringLiteral("<h2>%1</h2>").arg(PlanDocument::tr("Timeline"));
    html += QStringLiteral("<p class=\"figure\"><img src=\"timeline:0\" width=\"%1\" height=\"%2\"/></p>")
                .arg(size.width())
                .arg(size.height());
    return html + QStringLiteral("</body></html>");
}
