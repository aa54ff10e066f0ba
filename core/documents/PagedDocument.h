#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

/** What every page repeats, and what the PDF says about itself. */
struct PageDecoration
{
    QString headerLeft; ///< e.g. the organizer's name
    QString headerRight; ///< e.g. "Dnr 7.4.2-2025:1043"
    QString footerLeft; ///< e.g. the document's title
};

struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString creator; ///< the program; "Skoldialog" with its version when empty
};

/**
 * Lays a QTextDocument out on A4 and paints it on any QPagedPaintDevice: a QPdfWriter
 * in core and the CLI, a QPrinter in the UI's print preview. Every page gets a running
 * header and a "Page X of Y" footer; a heading is never left alone at the foot of a
 * page (QTextDocument has no keep-with-next, so headings are moved on to the next page
 * after layout). Documents (the nulägesanalys, the agreements) build the text; this
 * class only places it.
 */
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    /** `document` must outlive this object; its layout is changed for the device while painting. */
    PagedDocument(QTextDocument& document, PageDecoration decoration);

    /** A4 portrait with the margins the header and footer sit in. */
    static QPageLayout a4Layout();
    /** The family every document uses, so the PDF embeds one known font. */
    static QString fontFamily();

    /** Sets A4 on `device`, lays the document out for it and paints every page. */
    bool paint(QPagedPaintDevice* device, QString* error);

    /** Writes a PDF/A-1b file with embedded fonts and the metadata in both the info dictionary and XMP. */
    bool writePdf(const QString& path, const PdfMetadata& metadata, QString* error);

    /**
     * Writes `document` as an OpenDocument text file (QTextDocumentWriter's ODF, which Word and
     * LibreOffice open), its images inside; all or nothing (QSaveFile).
     */
    static bool writeOdt(QTextDocument& document, const QString& path, QString* error);

    /** The number of pages of the last paint. */
    int pageCount() const { return m_pageCount; }

    /**
     * Moves each heading that would end a page on to the next one. `pageHeight` is in
     * the document's layout units; returns the number of headings moved.
     */
    static int keepHeadingsWithNext(QTextDocument& document, qreal pageHeight);

private:
    void paintDecoration(class QPainter& painter, const QRectF& page, int pageNumber) const;

    QTextDocument& m_document;
    PageDecoration m_decoration;
    int m_pageCount = 0;
};
