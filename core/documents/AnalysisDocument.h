#pragma once

#include "PagedDocument.h"
#include "core/analysis/Analysis.h"
#include "core/analysis/AnalysisTemplate.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class Database;
struct Case;
class QPagedPaintDevice;
class QTextDocument;

/** Where an analysis belongs, as its title block and running header say it (made from the Case). */
struct AnalysisContext
{
    QString organizerName;
    QString unitName; ///< empty at organizer level
    QString programmeName;
    QString diaryNumber;
};

/**
 * The nulägesanalys as a printed document: sections in the template's page order,
 * results as a table and one trend chart per indicator, the chain from causes and
 * evidence to problems to ranked development areas. Every user-entered string is
 * escaped. The UI paints it on a QPrinter (print preview); the CLI writes a PDF.
 */
class AnalysisDocument
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisDocument)

public:
    /** Reads the case of `analysis` (Cases::load) for its organizer, unit, programme and diarienummer. */
    static std::optional<AnalysisContext> context(const Database& db, const Analysis& analysis, QString* error);
    static AnalysisContext context(const Case& c, const Analysis& analysis);

    /** The document's HTML; charts are referenced as images that build() supplies. */
    static QString html(const Analysis& analysis, const AnalysisTemplate& tmpl, const AnalysisContext& context);

    /** The HTML as a QTextDocument in the document font, with the chart images added as resources. */
    static std::unique_ptr<QTextDocument> build(const Analysis& analysis, const AnalysisTemplate& tmpl,
                                                const AnalysisContext& context);

    static PageDecoration decoration(const Analysis& analysis, const AnalysisTemplate& tmpl,
                                     const AnalysisContext& context);
    static PdfMetadata metadata(const Analysis& analysis, const AnalysisTemplate& tmpl, const AnalysisContext& context);

    /** Paints the analysis on `device`, e.g. the QPrinter of a QPrintPreviewDialog. */
    static bool paint(const Database& db, const Analysis& analysis, QPagedPaintDevice* device, QString* error);

    /** Writes the analysis as a PDF/A-1b file. */
    static bool writePdf(const Database& db, const Analysis& analysis, const QString& path, QString* error);
    static bool writePdf(const Analysis& analysis, const AnalysisTemplate& tmpl, const AnalysisContext& context,
                         const QString& path, QString* error);
};
