#pragma once

#include "PagedDocument.h"
#include "core/analysis/Analysis.h"
#include "core/plan/ActionPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <memory>
#include <optional>

class Database;
struct Case;
class QPagedPaintDevice;
class QTextDocument;

/** Where a plan belongs: what its title block and running header say, and the names of its units. */
struct PlanContext
{
    QString organizerName;
    QString programmeName;
    QString diaryNumber;
    QDate periodStart; ///< the collaboration's period
    QDate periodEnd;
    QMap<qint64, QString> unitNames; ///< school unit id → name
};

/** A plan with what it points at, read from the database for printing. */
struct PlanSources
{
    ActionPlan plan;
    Analysis analysis;
    PlanContext context;
};

/**
 * The åtgärdsplan as a document for the huvudman: the title block, each development
 * area in priority order with its problems and causes (from the analysis), every
 * intervention with all its fields, the review's totals and the timeline as a
 * figure (PlanTimeline). Every user-entered string is escaped. The UI paints it on
 * a QPrinter; the CLI writes a PDF/A-1b file or an ODT the huvudman can edit.
 */
class PlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlanDocument)

public:
    /**
     * The collaboration's plan, its analysis and context. Fails with a message when
     * there is no plan (nothing to print) or a part cannot be read.
     */
    static std::optional<PlanSources> load(const Database& db, qint64 collaborationId, QString* error);

    /** Reads the plan's case (Cases::load) for its organizer, programme, diarienummer, period and unit names. */
    static std::optional<PlanContext> context(const Database& db, const ActionPlan& plan, QString* error);
    static PlanContext context(const Case& c, const ActionPlan& plan);

    /** The document's HTML; the timeline is referenced as the image "timeline:0" that build() supplies. */
    static QString html(const PlanSources& sources);

    /** The HTML as a QTextDocument in the document font, with the timeline image added as a resource. */
    static std::unique_ptr<QTextDocument> build(const PlanSources& sources);

    static PageDecoration decoration(const PlanSources& sources);
    static PdfMetadata metadata(const PlanSources& sources);

    /** Paints the plan on `device`, e.g. the QPrinter of a QPrintPreviewDialog. */
    static bool paint(const PlanSources& sources, QPagedPaintDevice* device, QString* error);

    /** Writes the plan as a PDF/A-1b file (A4, page numbers, the diarienummer in the header). */
    static bool writePdf(const PlanSources& sources, const QString& path, QString* error);

    /** Writes the plan as an OpenDocument text file; the timeline is an image in it. Nothing is left on failure. */
    static bool writeOdt(const PlanSources& sources, const QString& path, QString* error);
};
