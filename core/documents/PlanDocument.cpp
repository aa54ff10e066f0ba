#include "PlanDocument.h"

#include "PlanTimeline.h"
#include "core/cases/Cases.h"

#include <QTextDocument>
#include <QUrl>

namespace {

/** Logical width of the timeline in the document (CSS pixels, the body's width) and how much finer it is drawn. */
constexpr qreal kTimelineWidth = 620;
constexpr qreal kTimelineScale = 3.5;

QFont timelineFont()
{
    QFont font(PagedDocument::fontFamily());
    font.setPixelSize(10);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

/** In PlanDocumentHtml.cpp: the size the HTML gives the timeline image. */
QSize planTimelineSize(const PlanSources& sources);

QSize planTimelineSize(const PlanSources& sources)
{
    const TimelineInput input { &sources.plan, &sources.analysis, sources.context.periodStart,
                                sources.context.periodEnd, TimelineScale::Auto };
    QImage probe(1, 1, QImage::Format_RGB32);
    return QSize(qRound(kTimelineWidth),
                 qRound(PlanTimeline::preferredHeight(input, timelineFont(), &probe, kTimelineWidth)));
}

std::optional<PlanSources> PlanDocument::load(const Database& db, qint64 collaborationId, QString* error)
{
    CaseOptions options;
    options.plan = true;
    auto c = Cases::load(db, collaborationId, options, error);
    if (!c)
        return std::nullopt;
    if (!c->plan) {
        if (error)
            *error = tr("Collaboration %1 has no action plan yet; start one in Skoldialog first.").arg(collaborationId);
        return std::nullopt;
    }
    PlanContext ctx = context(*c, *c->plan);
    return PlanSources { std::move(*c->plan), std::move(*c->analysis), std::move(ctx) };
}

std::optional<PlanContext> PlanDocument::context(const Database& db, const ActionPlan& plan, QString* error)
{
    const auto c = Cases::load(db, plan.collaborationId, {}, error);
    if (!c)
        return std::nullopt;
    return context(*c, plan);
}

PlanContext PlanDocument::context(const Case& c, const ActionPlan& plan)
{
    PlanContext context;
    context.organizerName = c.organizer.name;
    context.diaryNumber = c.collaboration.diaryNumber;
    context.periodStart = c.collaboration.startDate;
    context.periodEnd = c.collaboration.plannedEndDate;
    context.programmeName = c.programme.name;
    for (const auto& unit : c.unitsInScope())
        context.unitNames.insert(unit.id, unit.name);
    // An intervention may name a unit that has since left the scope: it keeps its name.
    for (const auto& i : plan.interventions) {
        for (qint64 id : i.unitIds) {
            if (!context.unitNames.contains(id) && c.unit(id))
                context.unitNames.insert(id, c.unitName(id));
        }
    }
    return context;
}

std::unique_ptr<QTextDocument> PlanDocument::build(const PlanSources& sources)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(PagedDocument::fontFamily());
    font.setPointSizeF(9.5);
    // No ligatures: a "fi" ligature reads back from the PDF as U+FB01, and a search for "finansiering" fails.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(html(sources));
    doc->setMetaInformation(QTextDocument::DocumentTitle, metadata(sources).title);
    const TimelineInput input { &sources.plan, &sources.analysis, sources.context.periodStart,
                                sources.context.periodEnd, TimelineScale::Auto };
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("timeline:0")),
                     PlanTimeline::render(input, timelineFont(), kTimelineWidth, kTimelineScale));
    return doc;
}

PageDecoration PlanDocument::decoration(const PlanSources& sources)
{
    PageDecoration d;
    d.headerLeft = sources.context.organizerName;
    d.headerRight = sources.context.diaryNumber.isEmpty() ? QString() : tr("Dnr %1").arg(sources.context.diaryNumber);
    d.footerLeft = tr("Action plan, %1").arg(sources.context.programmeName);
    return d;
}

PdfMetadata PlanDocument::metadata(const PlanSources& sources)
{
    PdfMetadata m;
    m.title = tr("Action plan: %1").arg(sources.context.organizerName);
    m.author = sources.context.organizerName;
    m.subject = sources.context.diaryNumber.isEmpty()
        ? sources.context.programmeName
        : tr("%1, Dnr %2").arg(sources.context.programmeName, sources.context.diaryNumber);
    return m;
}

bool PlanDocument::paint(const PlanSources& sources, QPagedPaintDevice* device, QString* error)
{
    auto doc = build(sources);
    return PagedDocument(*doc, decoration(sources)).paint(device, error);
}

bool PlanDocument::writePdf(const PlanSources& sources, const QString& path, QString* error)
{
    auto doc = build(sources);
    return PagedDocument(*doc, decoration(sources)).writePdf(path, metadata(sources), error);
}

bool PlanDocument::writeOdt(const PlanSources& sources, const QString& path, QString* error)
{
    auto doc = build(sources);
    return PagedDocument::writeOdt(*doc, path, error);
}
