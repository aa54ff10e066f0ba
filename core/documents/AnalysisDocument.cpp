#include "AnalysisDocument.h"

#include "TrendChart.h"
#include "core/cases/Cases.h"

#include <QTextDocument>
#include <QUrl>

/** In AnalysisDocumentHtml.cpp: each indicator's points, in the order the HTML numbers its charts. */
QList<std::pair<QString, QList<TrendPoint>>> analysisTrends(const Analysis& a, const AnalysisTemplate& tmpl);

namespace {

/** Logical size of a chart in the document (CSS pixels) and how much finer it is drawn for print. */
const QSize kChartSize(600, 150);
constexpr qreal kChartScale = 3.5;

QString levelName(const AnalysisContext& c)
{
    return c.unitName.isEmpty() ? AnalysisDocument::tr("organizer level") : c.unitName;
}

std::optional<AnalysisTemplate> templateOf(const Analysis& a, QString* error)
{
    QString reason;
    auto tmpl = AnalysisTemplate::builtIn(a.templateId, a.templateVersion, &reason);
    if (!tmpl && error)
        *error = AnalysisDocument::tr("The analysis cannot be printed: %1").arg(reason);
    return tmpl;
}

} // namespace

std::optional<AnalysisContext> AnalysisDocument::context(const Database& db, const Analysis& analysis, QString* error)
{
    const auto c = Cases::load(db, analysis.collaborationId, {}, error);
    if (!c)
        return std::nullopt;
    return context(*c, analysis);
}

AnalysisContext AnalysisDocument::context(const Case& c, const Analysis& analysis)
{
    AnalysisContext context;
    context.organizerName = c.organizer.name;
    context.diaryNumber = c.collaboration.diaryNumber;
    context.programmeName = c.programme.name;
    if (analysis.unitId > 0)
        context.unitName = c.unitName(analysis.unitId);
    return context;
}

std::unique_ptr<QTextDocument> AnalysisDocument::build(const Analysis& analysis, const AnalysisTemplate& tmpl,
                                                       const AnalysisContext& context)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(PagedDocument::fontFamily());
    font.setPointSizeF(9.5);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(html(analysis, tmpl, context));
    doc->setMetaInformation(QTextDocument::DocumentTitle, metadata(analysis, tmpl, context).title);

    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const auto trends = analysisTrends(analysis, tmpl);
    for (int i = 0; i < trends.size(); ++i) {
        const auto& [id, points] = trends[i];
        double floor = 0, ceiling = 100;
        QString unit;
        if (const TemplateIndicator* indicator = tmpl.indicator(id)) {
            floor = indicator->min;
            ceiling = indicator->max;
            unit = indicator->unit;
        } else {
            for (const auto& p : points)
                ceiling = std::max(ceiling, p.value.value_or(0));
        }
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)),
                         TrendChart::render(points, floor, ceiling, unit, kChartSize, kChartScale, swedish));
    }
    return doc;
}

PageDecoration AnalysisDocument::decoration(const Analysis& analysis, const AnalysisTemplate& tmpl,
                                            const AnalysisContext& context)
{
    PageDecoration d;
    d.headerLeft = tr("%1, %2").arg(context.organizerName, levelName(context));
    d.headerRight = context.diaryNumber.isEmpty() ? QString() : tr("Dnr %1").arg(context.diaryNumber);
    d.footerLeft = tr("%1, version %2 (%3)")
                       .arg(tmpl.title)
                       .arg(analysis.version)
                       .arg(Analysis::Statuses.label(analysis.status).toLower());
    return d;
}

PdfMetadata AnalysisDocument::metadata(const Analysis& analysis, const AnalysisTemplate& tmpl,
                                       const AnalysisContext& context)
{
    Q_UNUSED(analysis)
    PdfMetadata m;
    m.title = tr("%1: %2, %3").arg(tmpl.title, context.organizerName, levelName(context));
    m.author = context.organizerName;
    m.subject = context.diaryNumber.isEmpty() ? context.programmeName
                                              : tr("%1, Dnr %2").arg(context.programmeName, context.diaryNumber);
    return m;
}

bool AnalysisDocument::paint(const Database& db, const Analysis& analysis, QPagedPaintDevice* device, QString* error)
{
    const auto tmpl = templateOf(analysis, error);
    if (!tmpl)
        return false;
    const auto ctx = context(db, analysis, error);
    if (!ctx)
        return false;
    auto doc = build(analysis, *tmpl, *ctx);
    return PagedDocument(*doc, decoration(analysis, *tmpl, *ctx)).paint(device, error);
}

bool AnalysisDocument::writePdf(const Database& db, const Analysis& analysis, const QString& path, QString* error)
{
    const auto tmpl = templateOf(analysis, error);
    if (!tmpl)
        return false;
    const auto ctx = context(db, analysis, error);
    if (!ctx)
        return false;
    return writePdf(analysis, *tmpl, *ctx, path, error);
}

bool AnalysisDocument::writePdf(const Analysis& analysis, const AnalysisTemplate& tmpl, const AnalysisContext& context,
                                const QString& path, QString* error)
{
    auto doc = build(analysis, tmpl, context);
    return PagedDocument(*doc, decoration(analysis, tmpl, context))
        .writePdf(path, metadata(analysis, tmpl, context), error);
}
