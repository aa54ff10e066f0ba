// The nulägesanalys as HTML for QTextDocument. Fixed labels are tr() strings; every
// string a user typed goes through esc() (or text()), so markup in a field prints as text.
#include "AnalysisDocument.h"

#include "TrendChart.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

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

QLocale swedish()
{
    return QLocale(QLocale::Swedish, QLocale::Sweden);
}

QString none()
{
    return QStringLiteral("<p class=\"none\">%1</p>").arg(AnalysisDocument::tr("Nothing entered."));
}

QString cell(const TrendPoint& p, int decimals)
{
    if (!p.marker.isEmpty())
        return esc(p.marker);
    return p.value ? TrendChart::formatValue(*p.value, swedish(), decimals) : QString();
}

QString indicatorLabel(const AnalysisTemplate& tmpl, const QString& id)
{
    const TemplateIndicator* i = tmpl.indicator(id);
    if (!i)
        return esc(id);
    return i->unit.isEmpty() ? esc(i->label) : AnalysisDocument::tr("%1 (%2)").arg(esc(i->label), esc(i->unit));
}

/** The indicators with values: the template's order first, then any it does not know. */
QStringList indicatorsWithValues(const Analysis& a, const AnalysisTemplate& tmpl)
{
    QStringList ids;
    if (const TemplatePage* page = tmpl.firstPage(TemplatePage::Kind::Results)) {
        for (const auto& i : page->indicators)
            ids << i.id;
    }
    for (const auto& v : a.results) {
        if (!ids.contains(v.indicator))
            ids << v.indicator;
    }
    QStringList used;
    for (const auto& id : ids) {
        if (std::any_of(a.results.cbegin(), a.results.cend(),
                        [&](const IndicatorValue& v) { return v.indicator == id && (v.value || !v.marker.isEmpty()); }))
            used << id;
    }
    return used;
}

QStringList periods(const Analysis& a)
{
    QStringList result;
    for (const auto& v : a.results) {
        if (!result.contains(v.period))
            result << v.period;
    }
    std::sort(result.begin(), result.end());
    return result;
}

const IndicatorValue* valueAt(const Analysis& a, const QString& indicator, const QString& period)
{
    for (const auto& v : a.results) {
        if (v.indicator == indicator && v.period == period)
            return &v;
    }
    return nullptr;
}

QList<TrendPoint> pointsFor(const Analysis& a, const QString& indicator, const QStringList& years)
{
    QList<TrendPoint> points;
    for (const auto& y : years) {
        const IndicatorValue* v = valueAt(a, indicator, y);
        points.append({ y, v ? v->value : std::nullopt, v ? v->marker : QString() });
    }
    return points;
}

QString answers(const Analysis& a, const TemplatePage& page)
{
    QString html;
    for (const auto& q : page.questions) {
        const QString answer = a.answers.value(q.id).trimmed();
        if (answer.isEmpty())
            continue;
        html += QStringLiteral("<p class=\"question\">%1</p><p>%2</p>").arg(esc(q.label), text(answer));
    }
    return html;
}

QString participants(const Analysis& a)
{
    if (a.participants.isEmpty())
        return none();
    QString html
        = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"
                         "<th width=\"34%\">%1</th><th width=\"33%\">%2</th><th>%3</th></tr></thead>")
              .arg(AnalysisDocument::tr("Name"), AnalysisDocument::tr("Role"), AnalysisDocument::tr("Organisation"));
    for (const auto& p : a.participants)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(p.name), esc(p.role), esc(p.organisation));
    return html + QStringLiteral("</table>");
}

QString results(const Analysis& a, const AnalysisTemplate& tmpl)
{
    const QStringList ids = indicatorsWithValues(a, tmpl);
    if (ids.isEmpty())
        return none();
    const QStringList years = periods(a);
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"
                                  "<th>%1</th>")
                       .arg(AnalysisDocument::tr("Indicator"));
    for (const auto& y : years)
        html += QStringLiteral("<th class=\"num\" width=\"11%\" align=\"right\">%1</th>").arg(esc(y));
    html += QStringLiteral("</tr></thead>");
    bool markers = false;
    for (const auto& id : ids) {
        const QList<TrendPoint> points = pointsFor(a, id, years);
        const int decimals = TrendChart::decimalsFor(points);
        html += QStringLiteral("<tr><td>%1</td>").arg(indicatorLabel(tmpl, id));
        for (const auto& p : points) {
            markers = markers || !p.marker.isEmpty();
            html += QStringLiteral("<td class=\"num\" align=\"right\">%1</td>").arg(cell(p, decimals));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (markers)
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(AnalysisDocument::tr(
                        "Markers are written as in the official statistics: “.” means no data, “..” that the "
                        "value is withheld because the group is small."));
    html += QStringLiteral("<h3>%1</h3>").arg(AnalysisDocument::tr("Trends per indicator"));
    for (int i = 0; i < ids.size(); ++i)
        html += QStringLiteral("<h4>%1</h4><p class=\"chart\"><img src=\"chart:%2\" width=\"600\" height=\"150\"/></p>")
                    .arg(indicatorLabel(tmpl, ids[i]))
                    .arg(i);
    return html;
}

QString evidence(const Analysis& a, const AnalysisTemplate& tmpl)
{
    if (a.evidence.isEmpty())
        return none();
    QString html;
    for (const auto& e : a.evidence) {
        QString meta = esc(tmpl.choiceLabel(e.kind));
        if (e.date.isValid())
            meta = AnalysisDocument::tr("%1, %2").arg(meta, e.date.toString(Qt::ISODate));
        html += QStringLiteral("<h3>%1</h3><p class=\"meta\">%2</p>").arg(esc(e.title), meta);
        if (!e.summary.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(text(e.summary));
    }
    return html;
}

QString voices(const Analysis& a, const AnalysisTemplate& tmpl)
{
    if (a.voices.isEmpty())
        return none();
    QString html;
    for (const auto& v : a.voices) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(AnalysisDocument::tr("%1: %2").arg(esc(tmpl.choiceLabel(v.method)), esc(v.group)));
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(AnalysisDocument::tr("%n pupils took part.", nullptr, v.groupSize));
        if (!v.summary.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(text(v.summary));
        if (!v.themes.isEmpty()) {
            html
                += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"
                                  "<th>%1</th><th class=\"num\" width=\"22%\">%2</th></tr></thead>")
                       .arg(AnalysisDocument::tr("Theme"), AnalysisDocument::tr("Raised by"));
            for (const auto& t : v.themes)
                html += QStringLiteral("<tr><td>%1</td><td class=\"num\" align=\"right\">%2</td></tr>")
                            .arg(esc(t.text), AnalysisDocument::tr("%1 of %2").arg(t.count).arg(v.groupSize));
            html += QStringLiteral("</table>");
        }
        if (!v.quotes.isEmpty()) {
            html += QStringLiteral("<p class=\"question\">%1</p>").arg(AnalysisDocument::tr("Quotes (anonymised)"));
            for (const auto& q : v.quotes)
                html += QStringLiteral("<p class=\"quote\">”%1”</p>").arg(text(q));
        }
    }
    return html;
}

QString causes(const Analysis& a)
{
    if (a.causes.isEmpty())
        return none();
    QString html;
    for (CauseArea area : Analysis::CauseAreas.all()) {
        QString section;
        for (DecisionLevel level : Analysis::DecisionLevels.all()) {
            QString items;
            for (const auto& c : a.causes) {
                if (c.area == area && c.level == level)
                    items += QStringLiteral("<li>%1</li>").arg(text(c.description));
            }
            if (!items.isEmpty())
                section
                    += QStringLiteral("<p class=\"level\">%1</p><ul>%2</ul>")
                           .arg(AnalysisDocument::tr("Decision level: %1").arg(Analysis::DecisionLevels.label(level)),
                                items);
        }
        if (!section.isEmpty())
            html += QStringLiteral("<h3>%1</h3>").arg(Analysis::CauseAreas.label(area)) + section;
    }
    return html;
}

QString problems(const Analysis& a)
{
    if (a.problems.isEmpty())
        return none();
    QString html;
    for (int i = 0; i < a.problems.size(); ++i) {
        const Problem& p = a.problems[i];
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(AnalysisDocument::tr("Problem %1").arg(i + 1), text(p.description));
        QString items;
        for (qint64 id : p.causeIds) {
            if (const Cause* c = a.cause(id))
                items += QStringLiteral("<li>%1 <span class=\"meta\">(%2, %3)</span></li>")
                             .arg(text(c->description), Analysis::CauseAreas.label(c->area).toLower(),
                                  Analysis::DecisionLevels.label(c->level).toLower());
        }
        if (!items.isEmpty())
            html
                += QStringLiteral("<p class=\"question\">%1</p><ul>%2</ul>").arg(AnalysisDocument::tr("Causes"), items);
        items.clear();
        for (qint64 id : p.evidenceIds) {
            if (const Evidence* e = a.evidenceItem(id))
                items += QStringLiteral("<li>%1</li>").arg(esc(e->title));
        }
        if (!items.isEmpty())
            html += QStringLiteral("<p class=\"question\">%1</p><ul>%2</ul>")
                        .arg(AnalysisDocument::tr("Evidence"), items);
    }
    return html;
}

QString areas(const Analysis& a)
{
    if (a.areas.isEmpty())
        return none();
    QString html = QStringLiteral("<p class=\"meta\">%1</p>")
                       .arg(AnalysisDocument::tr("In order of priority, the most important first."));
    for (int i = 0; i < a.areas.size(); ++i) {
        const DevelopmentArea& area = a.areas[i];
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(AnalysisDocument::tr("Priority %1: %2").arg(i + 1).arg(esc(area.title)));
        if (!area.description.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(text(area.description));
        QString items;
        for (qint64 id : area.problemIds) {
            for (int n = 0; n < a.problems.size(); ++n) {
                if (a.problems[n].id == id)
                    items += QStringLiteral("<li>%1</li>")
                                 .arg(AnalysisDocument::tr("Problem %1: %2")
                                          .arg(n + 1)
                                          .arg(text(a.problems[n].description)));
            }
        }
        if (!items.isEmpty())
            html += QStringLiteral("<p class=\"question\">%1</p><ul>%2</ul>")
                        .arg(AnalysisDocument::tr("Problems it addresses"), items);
    }
    return html;
}

QString titleBlock(const Analysis& a, const AnalysisTemplate& tmpl, const AnalysisContext& c)
{
    const QString level = c.unitName.isEmpty() ? AnalysisDocument::tr("Organizer level") : esc(c.unitName);
    QString status = Analysis::Statuses.label(a.status);
    if (a.status != AnalysisStatus::Draft && !a.statusBy.isEmpty())
        status = AnalysisDocument::tr("%1, marked by %2 on %3")
                     .arg(status, esc(a.statusBy), a.statusAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const QList<std::pair<QString, QString>> facts = {
        { AnalysisDocument::tr("Organizer"), esc(c.organizerName) },
        { AnalysisDocument::tr("Level"), level },
        { AnalysisDocument::tr("Programme"), esc(c.programmeName) },
        { AnalysisDocument::tr("Diary number"), esc(c.diaryNumber) },
        { AnalysisDocument::tr("Status"), status },
        { AnalysisDocument::tr("Version of the analysis"), QString::number(a.version) },
        { AnalysisDocument::tr("Template"),
          AnalysisDocument::tr("%1, version %2").arg(esc(tmpl.id)).arg(a.templateVersion) },
    };
    QString html = QStringLiteral("<p class=\"overline\">%1</p><h1>%2</h1><p class=\"subtitle\">%3</p>")
                       .arg(esc(c.programmeName), esc(tmpl.title),
                            AnalysisDocument::tr("%1, %2").arg(
                                esc(c.organizerName),
                                c.unitName.isEmpty() ? AnalysisDocument::tr("organizer level") : esc(c.unitName)));
    html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto& [label, value] : facts)
        html += QStringLiteral("<tr><td width=\"28%\" class=\"label\">%1</td><td>%2</td></tr>").arg(label, value);
    return html + QStringLiteral("</table>");
}

const char* kStyle = R"(
body { font-size: 9.5pt; color: #1a1a1a; }
h1 { font-size: 20pt; font-weight: 600; color: #1f3a5a; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 13.5pt; font-weight: 600; color: #1f3a5a; margin-top: 22px; margin-bottom: 8px; }
h3 { font-size: 10.5pt; font-weight: 600; color: #1a1a1a; margin-top: 14px; margin-bottom: 4px; }
h4 { font-size: 9pt; font-weight: 600; color: #333333; margin-top: 12px; margin-bottom: 2px; }
p { margin-top: 0px; margin-bottom: 6px; line-height: 125%; }
li { margin-bottom: 3px; line-height: 125%; }
ul { margin-top: 0px; margin-bottom: 6px; }
.overline { font-size: 9pt; color: #555555; margin-bottom: 4px; }
.subtitle { font-size: 12pt; color: #333333; margin-bottom: 14px; }
.meta { color: #555555; font-size: 8.5pt; }
.note { color: #555555; font-size: 8pt; margin-top: 4px; }
.none { color: #777777; font-style: italic; }
.question { font-weight: 600; margin-top: 8px; margin-bottom: 2px; }
.level { font-style: italic; margin-top: 4px; margin-bottom: 2px; }
.quote { font-style: italic; margin-left: 18px; margin-right: 18px; }
.chart { margin-top: 0px; margin-bottom: 4px; }
table.grid { border-collapse: collapse; border-color: #9aa5b1; border-style: solid; margin-top: 2px; margin-bottom: 8px; }
table.grid th { background-color: #e6ecf2; font-weight: 600; text-align: left; white-space: nowrap; }
table.grid { font-size: 9pt; }
table.facts { margin-bottom: 10px; border-collapse: collapse; }
td.label { color: #555555; }
)";

} // namespace

QString AnalysisDocument::html(const Analysis& a, const AnalysisTemplate& tmpl, const AnalysisContext& context)
{
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QLatin1String(kStyle));
    html += titleBlock(a, tmpl, context);
    int number = 0;
    for (const TemplatePage& page : tmpl.pages) {
        html += QStringLiteral("<h2>%1. %2</h2>").arg(++number).arg(esc(page.title));
        switch (page.kind) {
        case TemplatePage::Kind::Participants:
            html += participants(a);
            break;
        case TemplatePage::Kind::Results:
            html += results(a, tmpl);
            break;
        case TemplatePage::Kind::Evidence:
            html += evidence(a, tmpl);
            break;
        case TemplatePage::Kind::Voices:
            html += voices(a, tmpl);
            break;
        case TemplatePage::Kind::Causes:
            html += causes(a);
            break;
        case TemplatePage::Kind::Problems:
            html += problems(a);
            break;
        case TemplatePage::Kind::Areas:
            html += areas(a);
            break;
        case TemplatePage::Kind::Summary:
            html += a.summary.trimmed().isEmpty() && page.questions.isEmpty()
                ? none()
                : QStringLiteral("<p>%1</p>").arg(text(a.summary));
            break;
        }
        html += answers(a, page);
    }
    return html + QStringLiteral("</body></html>");
}

/** The chart images the HTML refers to as chart:N, in the same order. */
QList<std::pair<QString, QList<TrendPoint>>> analysisTrends(const Analysis& a, const AnalysisTemplate& tmpl)
{
    QList<std::pair<QString, QList<TrendPoint>>> trends;
    const QStringList years = periods(a);
    for (const auto& id : indicatorsWithValues(a, tmpl))
        trends.append({ id, pointsFor(a, id, years) });
    return trends;
}
