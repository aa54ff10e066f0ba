#include "PlanDocument.h"

#include "PlanTimeline.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/SchoolUnitStore.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
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
    QString reason;
    auto plan = PlanStore(db).load(collaborationId, &reason);
    if (!plan) {
        if (error)
            *error = reason.isEmpty()
                ? tr("Collaboration %1 has no action plan yet; start one in Skoldialog first.").arg(collaborationId)
                : reason;
        return std::nullopt;
    }
    auto analysis = AnalysisStore(db).load(plan->analysisId, error);
    if (!analysis)
        return std::nullopt;
    auto ctx = context(db, *plan, error);
    if (!ctx)
        return std::nullopt;
    return PlanSources { std::move(*plan), std::move(*analysis), std::move(*ctx) };
}

std::optional<PlanContext> PlanDocument::context(const Database& db, const ActionPlan& plan, QString* error)
{
    const auto collaboration = CollaborationStore(db).load(plan.collaborationId, error);
    if (!collaboration)
        return std::nullopt;
    const auto organizer = OrganizerStore(db).load(collaboration->organizerId, error);
    if (!organizer)
        return std::nullopt;
    PlanContext context;
    context.organizerName = organizer->name;
    context.diaryNumber = collaboration->diaryNumber;
    context.periodStart = collaboration->startDate;
    context.periodEnd = collaboration->plannedEndDate;
    for (const auto& p : CollaborationStore(db).programmes(error)) {
        if (p.id == collaboration->programmeId)
            context.programmeName = p.name;
    }
    QList<qint64> units = collaboration->unitIds;
    for (const auto& i : plan.interventions) {
        for (qint64 id : i.unitIds) {
            if (!units.contains(id))
                units.append(id);
        }
    }
    const SchoolUnitStore unitStore(db);
    for (qint64 id : units) {
        if (const auto unit = unitStore.load(id))
            context.unitNames.insert(id, unit->name);
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
    // The ODF writer closes its device when done, which QSaveFile forbids: write into memory first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("ODF"));
    if (!writer.write(doc.get())) {
        if (error)
            *error = tr("%1 could not be written as an OpenDocument text.").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() || !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}
