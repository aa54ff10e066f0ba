#pragma once

#include "FollowUpDocument.h"
#include "core/followup/FinalReport.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class Database;
class QPagedPaintDevice;
class QTextDocument;

/** A slutredovisning with what it is printed with. */
struct FinalReportSources
{
    FinalReport report; ///< assembled: its history and deviations from every progress report
    Agreement agreement; ///< the signed ÖK 2 it reports on: the goals (c) and the areas' order
    ReportContext context;
    QList<ReportChart> charts; ///< every indicator, from its baseline to its last value
    QDate asOf; ///< the charts' "today" and their last day: the submission date, else the day it is printed
    bool stored = true; ///< false: a draft assembled from the progress reports, not stored
};

/**
 * The slutredovisning: the huvudman's synthesis; per development area its close-out
 * (målet nått / delvis / inte nått / inte genomfört, with the reason) and how the work
 * is carried on after the support ends; per agreed intervention a), b), c) and f) as
 * agreed, then every progress report's rating, d) and e) in report order, and the
 * indicators' charts from the baseline to the last value; the log of deviations.
 * Every user-entered string is escaped. PDF/A-1b and ODT, like the delredovisning.
 */
class FinalReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(FinalReportDocument)

public:
    /** The newest stored final report, assembled; without one, a draft (Cases::draftFinalReport, not stored). */
    static std::optional<FinalReportSources> load(const Database& db, qint64 collaborationId, QString* error);
    /** The agreement, context and charts of a final report the caller holds (assembled). */
    static std::optional<FinalReportSources> sourcesOf(const Database& db, const FinalReport& report, QString* error);

    /** The HTML; chart i is the placeholder "chart:i" (DocumentCharts). */
    static QString html(const FinalReportSources& sources);
    static std::unique_ptr<QTextDocument> build(const FinalReportSources& sources,
                                                DocumentCharts::Mode mode = DocumentCharts::Mode::Painted);

    static PageDecoration decoration(const FinalReportSources& sources);
    static PdfMetadata metadata(const FinalReportSources& sources);

    static bool paint(const FinalReportSources& sources, QPagedPaintDevice* device, QString* error);
    static bool writePdf(const FinalReportSources& sources, const QString& path, QString* error);
    static bool writeOdt(const FinalReportSources& sources, const QString& path, QString* error);
};
