// The överenskommelse as HTML for QTextDocument. Fixed labels are tr() strings; every
// string a user typed (and every copied value) goes through esc() or clause(), so markup
// in a field prints as text.
#include "AgreementDocument.h"

#include <QLocale>

#include <algorithm>

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString money(qint64 amount)
{
    return esc(Money::format(amount));
}

/**
 * Clause text: blank lines separate paragraphs, lines starting with "- " or "– " are
 * list items, other line breaks are kept.
 */
QString clause(const QString& body)
{
    QString html;
    QStringList paragraph;
    QStringList items;
    auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(paragraph.join(QStringLiteral("<br/>")));
        paragraph.clear();
    };
    auto flushItems = [&] {
        if (!items.isEmpty())
            html += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
        items.clear();
    };
    for (const QString& raw : body.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            flushParagraph();
            flushItems();
        } else if (line.startsWith(QLatin1String("- ")) || line.startsWith(QStringLiteral("\u2013 "))) {
            flushParagraph();
            items << QStringLiteral("<li>%1</li>").arg(esc(line.mid(2).trimmed()));
        } else {
            flushItems();
            paragraph << esc(line);
        }
    }
    flushParagraph();
    flushItems();
    return html;
}

QString partyCell(const PartyDetails& p)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(esc(p.name));
    if (!p.shortName.trimmed().isEmpty() && p.shortName.trimmed() != p.name.trimmed())
        lines << AgreementDocument::tr("hereinafter called %1").arg(esc(p.shortName.trimmed()));
    if (!p.address.trimmed().isEmpty())
        lines << esc(p.address.trimmed());
    if (!p.telephone.trimmed().isEmpty())
        lines << AgreementDocument::tr("Telephone %1").arg(esc(p.telephone.trimmed()));
    lines << AgreementDocument::tr("Organisation number %1").arg(esc(p.organisationNumber));
    if (!p.diaryNumber.trimmed().isEmpty())
        lines << AgreementDocument::tr("Diary number (Dnr) %1").arg(esc(p.diaryNumber.trimmed()));
    return lines.join(QStringLiteral("<br/>"));
}

QString parties(const Agreement& a)
{
    return QStringLiteral("<table class=\"parties\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
                          "<td width=\"50%\">%1</td><td width=\"50%\">%2</td></tr></table>")
        .arg(partyCell(a.agency), partyCell(a.organizer));
}

QString period(const QDate& start, const QDate& end)
{
    if (!start.isValid() && !end.isValid())
        return QString();
    return AgreementDocument::tr("%1 – %2").arg(isoDate(start), isoDate(end));
}

/**
 * Per development area, a table of its interventions. The area's title is the first of the header rows,
 * which repeat on every page: Qt keeps a table's header rows with its first row, so the title never ends a
 * page alone (as a heading before the table could, and then the whole document after it would be laid out
 * again to move it).
 */
QString interventions(const Agreement& a)
{
    if (a.interventions.isEmpty())
        return QString();
    QString html;
    QString area;
    bool open = false;
    int number = 0;
    auto header = [](const QString& title) {
        return QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead>"
                              "<tr><th class=\"area\" colspan=\"3\">%1</th></tr><tr>"
                              "<th width=\"52%\">%2</th><th width=\"26%\">%3</th><th width=\"22%\">%4</th>"
                              "</tr></thead>")
            .arg(title, AgreementDocument::tr("Intervention and goals"),
                 AgreementDocument::tr("Responsible and provider"), AgreementDocument::tr("Period and funding"));
    };
    for (const auto& i : a.interventions) {
        if (!open || i.areaTitle != area) {
            if (open)
                html += QStringLiteral("</table>");
            area = i.areaTitle;
            html += header(area.trimmed().isEmpty()
                               ? AgreementDocument::tr("Interventions")
                               : AgreementDocument::tr("Development area: %1").arg(esc(area.trimmed())));
            open = true;
        }
        QString what = QStringLiteral("<p class=\"cellhead\">%1</p>")
                           .arg(AgreementDocument::tr("%1. %2").arg(++number).arg(esc(i.title.trimmed())));
        if (!i.description.trimmed().isEmpty())
            what += QStringLiteral("<p class=\"cell\">%1</p>").arg(esc(i.description.trimmed()));
        QStringList goals;
        for (const QString& g : i.goals.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            goals << QStringLiteral("<li>%1</li>").arg(esc(g.trimmed()));
        if (!goals.isEmpty())
            what += QStringLiteral("<p class=\"celllabel\">%1</p><ul class=\"cell\">%2</ul>")
                        .arg(AgreementDocument::tr("Goals"), goals.join(QString()));
        QStringList who;
        if (!i.responsible.trimmed().isEmpty())
            who << AgreementDocument::tr("Responsible: %1").arg(esc(i.responsible.trimmed()));
        if (!i.provider.trimmed().isEmpty())
            who << AgreementDocument::tr("Provided by: %1").arg(esc(i.provider.trimmed()));
        QStringList when;
        if (i.start.isValid() || i.end.isValid())
            when << period(i.start, i.end);
        when << esc(ActionPlan::FundingModes.label(i.fundingMode)) + QStringLiteral(" (")
                + esc(ActionPlan::FundingForms.label(i.fundingForm).toLower()) + QStringLiteral(")");
        when << AgreementDocument::tr("At most %1").arg(money(i.totalSek()));
        html += QStringLiteral("<tr><td>%1</td><td><p class=\"cell\">%2</p></td><td><p class=\"cell\">%3</p></td></tr>")
                    .arg(what, who.join(QStringLiteral("<br/>")), when.join(QStringLiteral("<br/>")));
    }
    return html + QStringLiteral("</table>");
}

/** Per intervention and year, then the sums per year, per funding mode and in all. */
QString financing(const Agreement& a)
{
    if (a.interventions.isEmpty())
        return QString();
    const QList<int> years = a.budgetYears();
    const PlanTotals totals = a.totals();
    const int yearWidth = years.isEmpty() ? 0 : std::min(15, 56 / int(years.size()));
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"
                                  "<th>%1</th>")
                       .arg(AgreementDocument::tr("Intervention"));
    for (int y : years)
        html += QStringLiteral("<th width=\"%1%\" align=\"right\">%2</th>").arg(yearWidth).arg(y);
    html
        += QStringLiteral("<th width=\"18%\" align=\"right\">%1</th></tr></thead>").arg(AgreementDocument::tr("Total"));
    int number = 0;
    for (const auto& i : a.interventions) {
        html += QStringLiteral("<tr><td>%1<br/><span class=\"meta\">%2</span></td>")
                    .arg(AgreementDocument::tr("%1. %2").arg(++number).arg(esc(i.title.trimmed())),
                         esc(ActionPlan::FundingForms.label(i.fundingForm)));
        for (int y : years)
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(money(i.budgetFor(y)));
        html += QStringLiteral("<td align=\"right\">%1</td></tr>").arg(money(i.totalSek()));
    }
    html += QStringLiteral("<tr class=\"sum\"><td><b>%1</b></td>").arg(AgreementDocument::tr("Total per year"));
    for (int y : years)
        html += QStringLiteral("<td align=\"right\"><b>%1</b></td>").arg(money(totals.perYear.value(y)));
    html += QStringLiteral("<td align=\"right\"><b>%1</b></td></tr></table>").arg(money(totals.total));

    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"
                           "<th>%1</th><th width=\"22%\" align=\"right\">%2</th></tr></thead>")
                .arg(AgreementDocument::tr("Funding mode"), AgreementDocument::tr("Amount"));
    for (FundingMode mode : ActionPlan::FundingModes.all()) {
        if (totals.perMode.contains(mode))
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(esc(ActionPlan::FundingModes.label(mode)), money(totals.perMode.value(mode)));
    }
    for (FundingForm form : ActionPlan::FundingForms.all()) {
        if (totals.perForm.contains(form))
            html += QStringLiteral("<tr class=\"part\"><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(AgreementDocument::tr("of which as %1")
                                 .arg(esc(ActionPlan::FundingForms.label(form).toLower())),
                             money(totals.perForm.value(form)));
    }
    html += QStringLiteral("<tr class=\"sum\"><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr></table>")
                .arg(AgreementDocument::tr("Skolverket finances at most, in all"), money(totals.total));
    return html;
}

QString reports(const Agreement& a)
{
    QString rows;
    int number = 0;
    for (const auto& r : a.reportDates) {
        const QString label = r.label.trimmed().isEmpty() ? AgreementDocument::tr("Progress report %1").arg(++number)
                                                          : esc(r.label.trimmed());
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(label, isoDate(r.due));
    }
    if (a.finalReportDate.isValid())
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(AgreementDocument::tr("Final report"), isoDate(a.finalReportDate));
    if (rows.isEmpty())
        return QString();
    return QStringLiteral("<table class=\"grid\" width=\"70%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"
                          "<th>%1</th><th width=\"30%\" align=\"right\">%2</th></tr></thead>%3</table>")
        .arg(AgreementDocument::tr("Report"), AgreementDocument::tr("Due at the latest"), rows);
}

QString validity(const Agreement& a)
{
    if (!a.periodStart.isValid() || !a.periodEnd.isValid())
        return QString();
    return QStringLiteral("<p class=\"emph\">%1</p>")
        .arg(AgreementDocument::tr("The agreement applies from %1 up to and including %2.")
                 .arg(isoDate(a.periodStart), isoDate(a.periodEnd)));
}

/** One signatory: place and date to fill in, room to sign, the line, name and title. */
QString signatureCell(const Signatory* s)
{
    if (!s)
        return QString();
    const QString place = s->place.trimmed().isEmpty() ? QString() : esc(s->place.trimmed()) + QStringLiteral(", ");
    return QStringLiteral("<p class=\"signline\">%1______________________</p>"
                          "<p class=\"signlabel\">%2</p>"
                          "<p class=\"signspace\">&nbsp;</p>"
                          "<p class=\"signline\">__________________________________</p>"
                          "<p class=\"signname\">%3</p><p class=\"signlabel\">%4</p>"
                          "<p class=\"signgap\">&nbsp;</p>")
        .arg(place, AgreementDocument::tr("Place and date"), esc(s->name.trimmed()), esc(s->title.trimmed()));
}

/** The parties side by side, their signatories in rows so the lines align. */
QString signatures(const Agreement& a)
{
    const auto agency = a.signatoriesOf(AgreementParty::Agency);
    const auto organizer = a.signatoriesOf(AgreementParty::Organizer);
    QString html
        = QStringLiteral("<table class=\"signatures\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                         "<tr><td width=\"50%\"><p class=\"signparty\">%1</p>%3</td>"
                         "<td width=\"50%\"><p class=\"signparty\">%2</p>%3</td></tr>")
              .arg(esc(a.agency.name), esc(a.organizer.name), QStringLiteral("<p class=\"signgap\">&nbsp;</p>"));
    for (qsizetype i = 0; i < std::max(agency.size(), organizer.size()); ++i)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(signatureCell(agency.value(i)), signatureCell(organizer.value(i)));
    return html + QStringLiteral("</table>");
}

QString facts(const Agreement& a)
{
    QList<std::pair<QString, QString>> rows;
    if (!a.agency.diaryNumber.trimmed().isEmpty())
        rows.append({ AgreementDocument::tr("%1's diary number").arg(esc(a.agency.shortName)),
                      esc(a.agency.diaryNumber.trimmed()) });
    if (!a.organizer.diaryNumber.trimmed().isEmpty())
        rows.append({ AgreementDocument::tr("%1's diary number").arg(esc(a.organizer.shortName)),
                      esc(a.organizer.diaryNumber.trimmed()) });
    if (a.periodStart.isValid() || a.periodEnd.isValid())
        rows.append({ AgreementDocument::tr("Period"), period(a.periodStart, a.periodEnd) });
    QString html = QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [label, value] : rows)
        html += QStringLiteral("<tr><td class=\"label\" width=\"190\">%1</td><td>%2</td></tr>").arg(label, value);
    return html + QStringLiteral("</table>");
}

const char* kStyle = R"(
body { font-size: 10pt; color: #111111; }
h1 { font-size: 15pt; font-weight: 600; color: #111111; margin-top: 0px; margin-bottom: 10px; line-height: 120%; }
h2 { font-size: 12pt; font-weight: 600; color: #111111; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 10pt; font-weight: 600; color: #111111; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 6px; line-height: 130%; }
li { margin-bottom: 2px; line-height: 130%; }
ul { margin-top: 0px; margin-bottom: 6px; }
.overline { font-size: 8.5pt; color: #444444; margin-bottom: 6px; letter-spacing: 1px; }
.meta { color: #444444; font-size: 8pt; }
.emph { font-weight: 600; }
.cellhead { font-weight: 600; margin-bottom: 2px; }
.cell { margin-bottom: 2px; line-height: 120%; }
.celllabel { color: #444444; margin-top: 2px; margin-bottom: 0px; }
table.grid { border-color: #8a8a8a; border-style: solid; margin-top: 4px; margin-bottom: 10px; font-size: 8.5pt; }
table.grid th { background-color: #e8e8e8; font-weight: 600; text-align: left; }
table.grid th.area { background-color: #ffffff; font-size: 10pt; color: #111111; padding-left: 0px; padding-top: 8px; }
tr.sum td { background-color: #f3f3f3; }
tr.part td { color: #444444; }
table.parties { margin-bottom: 8px; }
table.signatures { margin-top: 12px; }
table.facts { margin-bottom: 8px; font-size: 8.5pt; }
td.label { color: #444444; }
.signparty { font-weight: 600; margin-top: 14px; margin-bottom: 0px; }
.signgap { margin-bottom: 0px; line-height: 200%; }
.signline { margin-bottom: 0px; }
.signlabel { font-size: 8pt; color: #444444; margin-bottom: 28px; }
.signspace { margin-bottom: 12px; }
.signname { margin-bottom: 0px; margin-top: 2px; }
)";

} // namespace

QString AgreementDocument::html(const Agreement& a)
{
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QLatin1String(kStyle));
    html += QStringLiteral("<p class=\"overline\">%1</p>").arg(esc(a.programmeName.toUpper()));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(a.title.trimmed()));
    html += facts(a);
    int number = 0;
    for (const auto& s : a.sections) {
        // The signatures get a page of their own, so the blocks never break apart.
        const bool newPage = s.key == QLatin1String("underskrifter");
        html += QStringLiteral("<h2%1>%2 %3</h2>")
                    .arg(newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString())
                    .arg(++number)
                    .arg(esc(s.heading.trimmed()));
        const bool tableFirst = s.key == QLatin1String("parter");
        if (tableFirst)
            html += parties(a);
        html += clause(s.body);
        if (s.key == QLatin1String("insatser"))
            html += interventions(a);
        else if (s.key == QLatin1String("finansiering"))
            html += financing(a);
        else if (s.key == QLatin1String("redovisning"))
            html += reports(a);
        else if (s.key == QLatin1String("giltighetstid"))
            html += validity(a);
        else if (s.key == QLatin1String("underskrifter"))
            html += signatures(a);
    }
    return html + QStringLiteral("</body></html>");
}
