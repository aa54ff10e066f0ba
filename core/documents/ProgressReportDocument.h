#pragma once

#include "FollowUpDocument.h"
#include "core/followup/ProgressReport.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class Database;
class QPagedPaintDevice;
class QTextDocument;

/** A delredovisning with what it is printed with. */
struct ProgressReportSources
{
    ProgressReport report;
    ReportContext context;
    QList<ReportChart> charts; ///< one per report.indicators, in their order
    QDate asOf; ///< the charts' "today": the submission date of a submitted report, else the day it is printed
    bool stored = true; ///< false: a draft generated from the case, not stored (the document says so)
};

/**
 * The delredovisning as Skolverket's template asks for it: per development area and
 * agreed intervention a) the problems, b) their causes, c) the goals (marked as
 * taken from the action plan as agreed in the ÖK 2), d) the improvements against
 * each goal and how far it was reached, e) the goals not reached and why, f) the
 * expected effects; the rating with its meaning; each indicator's newest value
 * with its status and chart; next steps; the deviations from the agreement; a title
 * block with the organizer, the collaboration, the report's number and version, its
 * due date and state. Every user-entered string is escaped. The UI paints it on a
 * QPrinter; the CLI writes a PDF/A-1b file or an ODT (which Word opens).
 */
class ProgressReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReportDocument)

public:
    /**
     * The newest version of delredovisning `number` of the collaboration with its context and
     * charts; without a stored one, a draft from Cases::draftProgressReport (not stored).
     */
    static std::optional<ProgressReportSources> load(const Database& db, qint64 collaborationId, int number,
                                                     QString* error);
    /** The context and charts of a report the caller holds (the wizard's draft, for print preview). */
    static std::optional<ProgressReportSources> sourcesOf(const Database& db, const ProgressReport& report,
                                                          QString* error);

    /** The HTML; chart i is the placeholder "chart:i" (DocumentCharts). */
    static QString html(const ProgressReportSources& sources);
    static std::unique_ptr<QTextDocument> build(const ProgressReportSources& sources,
                                                DocumentCharts::Mode mode = DocumentCharts::Mode::Painted);

    static PageDecoration decoration(const ProgressReportSources& sources);
    static PdfMetadata metadata(const ProgressReportSources& sources);

    /** Paints the report on `device`, e.g. the QPrinter of a QPrintPreviewDialog. */
    static bool paint(const ProgressReportSources& sources, QPagedPaintDevice* device, QString* error);
    /** Writes a PDF/A-1b file (all or nothing). */
    static bool writePdf(const ProgressReportSources& sources, const QString& path, QString* error);
    /** Writes an OpenDocument text with the charts as pictures (all or nothing). */
    static bool writeOdt(const ProgressReportSources& sources, const QString& path, QString* error);
};
