#pragma once

#include "PagedDocument.h"
#include "core/agreement/Agreement.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

/**
 * The överenskommelse as a printed document: the title, both parties, numbered sections
 * with their clause text, the interventions per development area and the financing as
 * tables whose header row repeats on each page, the report dates and the period, and the
 * signature blocks. It reads only the agreement (which holds copies of everything it
 * prints), never its status, so a signed agreement printed again gives the same text.
 * Every user-entered string is escaped.
 */
class AgreementDocument
{
    Q_DECLARE_TR_FUNCTIONS(AgreementDocument)

public:
    static QString html(const Agreement& agreement);
    /** The HTML as a QTextDocument in the document font. */
    static std::unique_ptr<QTextDocument> build(const Agreement& agreement);

    static PageDecoration decoration(const Agreement& agreement);
    static PdfMetadata metadata(const Agreement& agreement);

    /** Paints the agreement on `device`, e.g. the QPrinter of a QPrintPreviewDialog. */
    static bool paint(const Agreement& agreement, QPagedPaintDevice* device, QString* error);

    /** Writes the agreement as a PDF/A-1b file (QSaveFile: all or nothing). */
    static bool writePdf(const Agreement& agreement, const QString& path, QString* error);
    /** The same PDF as bytes, e.g. to keep the fingerprint of what was signed. */
    static QByteArray pdfBytes(const Agreement& agreement, QString* error);
};
