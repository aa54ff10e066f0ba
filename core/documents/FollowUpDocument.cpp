#include "FollowUpDocument.h"

#include "core/storage/Database.h"
#include "core/storage/MeasurementStore.h"
#include "core/storage/PlanStore.h"

#include <QFileInfo>
#include <QTextDocument>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpDocument)
};

} // namespace

namespace FollowUpDocument {

ReportContext context(const Agreement& a)
{
    ReportContext c;
    c.organizerName = a.organizer.name.trimmed();
    c.programmeName = a.programmeName.trimmed();
    c.diaryNumber = a.agency.diaryNumber.trimmed();
    c.collaborationId = a.collaborationId;
    c.agreementTitle = a.title.trimmed();
    c.agreementKind = a.kindLabel();
    c.agreementSignedOn = std::max(a.agencySignedOn, a.organizerSignedOn);
    c.periodStart = a.periodStart;
    c.periodEnd = a.periodEnd;
    return c;
}

std::optional<QList<ReportChart>> charts(const Database& db, const Agreement& agreement,
                                         const QList<IndicatorReading>& readings, const QDate& until, QString* error)
{
    QList<ReportChart> result;
    if (readings.isEmpty())
        return result;
    QString reason;
    // The plan as it is now: only for the milestones, which a reading does not copy.
    const auto plan = PlanStore(db).load(agreement.collaborationId, &reason);
    const MeasurementStore measurements(db);
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    for (const auto& r : readings) {
        Indicator indicator;
        if (plan) {
            for (const auto& i : plan->interventions) {
                for (const auto& candidate : i.indicators) {
                    if (candidate.uuid == r.indicatorUuid
                        || (r.indicatorUuid.isEmpty() && candidate.id == r.indicatorId))
                        indicator = candidate;
                }
            }
        }
        // What the report copied is what it prints, whatever the plan says now.
        indicator.name = r.name;
        indicator.unit = r.unit;
        indicator.direction = r.direction;
        indicator.baseline = r.baseline;
        indicator.target = r.target;
        indicator.targetYear = r.targetYear;
        const QList<Measurement> values = measurements.list(r.indicatorId, &reason);
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return std::nullopt;
        }
        result.append({ r.agreedInterventionUuid, r.indicatorUuid, r.name,
                        IndicatorChart::inputFor(indicator, agreement.periodStart, values, swedish, until) });
    }
    return result;
}

std::unique_ptr<QTextDocument> build(const QString& html, const QString& title, const QList<ReportChart>& charts,
                                     const QDate& today, DocumentCharts::Mode mode)
{
    auto doc = std::make_unique<QTextDocument>();
    // No page size yet: the layout waits for the device (PagedDocument), instead of laying the report out for the
    // screen as soon as install() asks for the layout.
    doc->setPageSize(QSizeF(0, 0));
    QFont font(PagedDocument::fontFamily());
    font.setPointSizeF(9.5);
    // No ligatures: a "fi" ligature reads back from the PDF as U+FB01, and a search for "finansiering" fails.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    QList<IndicatorChartInput> inputs;
    for (const auto& c : charts)
        inputs.append(c.chart);
    DocumentCharts::install(*doc, inputs, today, mode);
    return doc;
}

std::optional<Format> formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    return std::nullopt;
}

QString styleSheet()
{
    // As the agreement's: grid tables have no border width and no border-collapse, whose neighbour look-ups
    // for every cell cost a sixth of the ÖK 2's PDF; the interventions are paragraphs, not table cells.
    return QStringLiteral(R"(
body { font-size: 9.5pt; color: #111111; }
h1 { font-size: 15pt; font-weight: 600; margin-top: 0px; margin-bottom: 4px; }
h2 { font-size: 12pt; font-weight: 600; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 5px; line-height: 125%; }
ul { margin-top: 0px; margin-bottom: 5px; }
li { margin-bottom: 2px; }
.overline { font-size: 8.5pt; color: #444444; margin-bottom: 6px; }
.subtitle { font-size: 11pt; margin-bottom: 10px; }
.meta { color: #444444; font-size: 8.5pt; }
.label { font-weight: 600; margin-top: 6px; margin-bottom: 1px; }
.part { margin-top: 5px; margin-bottom: 3px; }
.chart { line-height: 100%; margin-top: 6px; margin-bottom: 8px; }
.agreed { color: #444444; font-size: 8.5pt; font-weight: normal; }
.none { color: #666666; }
.rating { margin-top: 4px; margin-bottom: 4px; }

.entry { font-weight: 600; margin-top: 8px; margin-bottom: 2px; }
table.facts { margin-bottom: 8px; font-size: 8.5pt; }
td.label { color: #444444; font-weight: normal; }
table.grid { border-color: #8a8a8a; border-style: solid; margin-top: 4px; margin-bottom: 10px; font-size: 8.5pt; }
table.grid th { background-color: #e8e8e8; font-weight: 600; text-align: left; }
)");
}

QString esc(const QString& s)
{
    return s.trimmed().toHtmlEscaped();
}

QString partLabel(Part part)
{
    switch (part) {
    case Part::Problems:
        return Text::tr("a) Problems stated in the action plan");
    case Part::Causes:
        return Text::tr("b) Causes of the problems");
    case Part::Goals:
        return Text::tr("c) Goals of the intervention");
    case Part::Improvements:
        return Text::tr("d) Visible improvements against the goals, and how far they have been reached");
    case Part::NotReached:
        return Text::tr("e) Goals not reached, and why");
    case Part::Effects:
        return Text::tr("f) Expected effects on the results stated in the action plan");
    }
    return QString();
}

QString none(const QString& what)
{
    return QStringLiteral("<p class=\"none\">%1</p>").arg(what);
}

QString agreedMark()
{
    return QStringLiteral("<span class=\"agreed\">(%1)</span>").arg(Text::tr("as agreed in the ÖK 2"));
}

QString partHtml(const QString& label, const QStringList& lines, const QString& empty, bool agreed)
{
    // The label and its text in one paragraph: a page may still break after the label's line (QTextDocument has
    // no orphan control, and moving each one on as PagedDocument moves headings would lay the report out again
    // for every page), but label and text never drift apart on the screen or in Word.
    const QString head
        = QStringLiteral("<b>%1</b>%2").arg(label, agreed ? QStringLiteral(" ") + agreedMark() : QString());
    return QStringLiteral("<p class=\"part\">%1<br/>%2</p>")
        .arg(head,
             lines.isEmpty() ? QStringLiteral("<span class=\"none\">%1</span>").arg(empty)
                             : lines.join(QStringLiteral("<br/>")));
}

QString part(const QString& label, const QString& body, const QString& empty, bool agreed)
{
    return partHtml(label, body.trimmed().isEmpty() ? QStringList() : QStringList { text(body) }, empty, agreed);
}

QString rating(const std::optional<InterventionRating>& rating, const QString& reason)
{
    if (!rating)
        return QStringLiteral("<p class=\"rating\"><b>%1</b> %2</p>").arg(Text::tr("Rating:"), Text::tr("not rated."));
    QString html = QStringLiteral("<p class=\"rating\"><b>%1 %2</b> – %3</p>")
                       .arg(Text::tr("Rating:"), esc(ProgressReport::Ratings.label(*rating)),
                            esc(ProgressReport::ratingDescription(*rating)));
    if (!reason.trimmed().isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(Text::tr("Reason:"), text(reason));
    return html;
}

QString text(const QString& s)
{
    return s.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("–");
}

QString facts(const QList<std::pair<QString, QString>>& rows)
{
    QString html = QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [label, value] : rows)
        html += QStringLiteral("<tr><td width=\"30%\" class=\"label\">%1</td><td>%2</td></tr>").arg(label, value);
    return html + QStringLiteral("</table>");
}

} // namespace FollowUpDocument
