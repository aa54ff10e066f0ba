#include "PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace {

/** Marks a block whose page break this class added, so the next layout can start afresh. */
constexpr int kMovedHeading = QTextFormat::UserProperty + 1;

/** Margins of the page (mm); the header and footer sit inside them, in bands of their own. */
constexpr qreal kMarginTop = 12, kMarginBottom = 12, kMarginSide = 22;
constexpr qreal kHeaderBand = 13, kFooterBand = 12;

qreal mm(qreal millimetres, int dpi)
{
    return millimetres * dpi / 25.4;
}

QString xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

/**
 * XMP for PDF/A-1b. Qt 6.4 writes only title and creator tool in its own packet and
 * has no author; ours adds dc:creator and keeps the rest consistent with the info
 * dictionary Qt writes (Title, Creator, Producer).
 */
QByteArray xmpPacket(const PdfMetadata& m, const QString& creator)
{
    const QString now = QDateTime::currentDateTime()
                            .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                            .toString(Qt::ISODate);
    QString xmp = QStringLiteral(
                      "<?xpacket begin='%7' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                      "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                      "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                      "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>\n"
                      "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
                      "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                      "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>%3</rdf:li></rdf:Alt></dc:description>\n"
                      "</rdf:Description>\n"
                      "<rdf:Description rdf:about='' xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n"
                      "<xmp:CreatorTool>%4</xmp:CreatorTool>\n"
                      "<xmp:CreateDate>%5</xmp:CreateDate>\n"
                      "<xmp:ModifyDate>%5</xmp:ModifyDate>\n"
                      "<xmp:MetadataDate>%5</xmp:MetadataDate>\n"
                      "</rdf:Description>\n"
                      "<rdf:Description rdf:about='' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
                      "<pdf:Producer>Qt %6</pdf:Producer>\n"
                      "</rdf:Description>\n"
                      "<rdf:Description rdf:about='' xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/'>\n"
                      "<pdfaid:part>1</pdfaid:part>\n"
                      "<pdfaid:conformance>B</pdfaid:conformance>\n"
                      "</rdf:Description>\n"
                      "</rdf:RDF>\n"
                      "</x:xmpmeta>\n"
                      "<?xpacket end='w'?>\n")
                      .arg(xmlEscaped(m.title), xmlEscaped(m.author), xmlEscaped(m.subject), xmlEscaped(creator), now,
                           QString::fromLatin1(qVersion()), QString(QChar(0xFEFF)));
    return xmp.toUtf8();
}

} // namespace

PagedDocument::PagedDocument(QTextDocument& document, PageDecoration decoration)
    : m_document(document)
    , m_decoration(std::move(decoration))
{
}

QPageLayout PagedDocument::a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(kMarginSide, kMarginTop, kMarginSide, kMarginBottom), QPageLayout::Millimeter);
}

QString PagedDocument::fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

int PagedDocument::keepHeadingsWithNext(QTextDocument& document, qreal pageHeight)
{
    if (pageHeight <= 0)
        return 0;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    auto pageOf = [&](qreal y) { return static_cast<int>(y / pageHeight); };
    int moved = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QTextBlock next = block.next();
        if (!next.isValid())
            continue;
        const QRectF heading = layout->blockBoundingRect(block);
        const QRectF following = layout->blockBoundingRect(next);
        // The first line of what follows decides: a heading whose next line is on a later page moves with it.
        qreal firstLine = following.top();
        if (next.layout() && next.layout()->lineCount() > 0)
            firstLine += next.layout()->lineAt(0).y() + next.layout()->lineAt(0).height();
        const int page = pageOf(heading.top() + 0.5);
        if (page >= pageOf(firstLine - 0.5))
            continue;
        // Headings in a row (a section and its first subsection) move together, from the first.
        QTextBlock first = block;
        while (first.previous().isValid() && first.previous().blockFormat().headingLevel() > 0
               && pageOf(layout->blockBoundingRect(first.previous()).top() + 0.5) == page)
            first = first.previous();
        // A heading near the top of its page gains nothing by moving: what follows is simply long.
        format = first.blockFormat();
        const qreal top = layout->blockBoundingRect(first).top() - page * pageHeight;
        if (top < pageHeight * 0.15 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        format.setProperty(kMovedHeading, true);
        // The layout's own update for a format change only shifts what follows, leaving its page breaks
        // stale. So the change is made in one edit with an empty format merged from the heading to the end:
        // the layout hears of one change, from the heading on, and lays that part out once (what comes
        // before the heading cannot change, so it is kept).
        QTextCursor cursor(first);
        cursor.beginEditBlock();
        cursor.setBlockFormat(format);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(QTextCharFormat());
        cursor.endEditBlock();
        ++moved;
        // One at a time: each move shifts everything after it.
        break;
    }
    return moved;
}

bool PagedDocument::paint(QPagedPaintDevice* device, QString* error)
{
    // A null page size holds the layout back (QTextDocumentLayout lays nothing out without one) until the
    // device, the margin and the font are set: the document is laid out once, for this device, and not
    // first for the screen.
    m_document.setPageSize(QSizeF(0, 0));
    // A PDF or a printer needs no hinting: glyphs are outlines at the device's resolution, and FreeType's
    // TrueType hinting interpreter would only spend time (a tenth of an agreement's PDF) moving them.
    QFont font = m_document.defaultFont();
    if (font.hintingPreference() != QFont::PreferNoHinting) {
        font.setHintingPreference(QFont::PreferNoHinting);
        m_document.setDefaultFont(font);
    }
    // Breaks added for an earlier device do not fit this one.
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.boolProperty(kMovedHeading)) {
            format.setPageBreakPolicy(format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
            format.clearProperty(kMovedHeading);
            QTextCursor(block).setBlockFormat(format);
        }
    }
    device->setPageLayout(a4Layout());
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The document could not be painted: the printer or the file is not ready.");
        return false;
    }
    const int dpi = device->logicalDpiY();
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF body(0, mm(kHeaderBand, dpi), page.width(), page.height() - mm(kHeaderBand + kFooterBand, dpi));

    QAbstractTextDocumentLayout* layout = m_document.documentLayout();
    layout->setPaintDevice(device);
    m_document.setDocumentMargin(0);
    m_document.setPageSize(body.size());
    for (int pass = 0; pass < 200 && keepHeadingsWithNext(m_document, body.height()) > 0; ++pass) { }
    m_pageCount = m_document.pageCount();

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    bool ok = true;
    for (int i = 0; i < m_pageCount && ok; ++i) {
        if (i > 0 && !device->newPage()) {
            ok = false;
            break;
        }
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        layout->draw(&painter, context);
        painter.restore();
        paintDecoration(painter, page, i + 1);
    }
    painter.end();
    // The device may go away after this; the layout must not keep pointing at it.
    layout->setPaintDevice(nullptr);
    if (!ok && error)
        *error = tr("The document could not be painted: a new page could not be started.");
    return ok;
}

void PagedDocument::paintDecoration(QPainter& painter, const QRectF& page, int pageNumber) const
{
    const int dpi = painter.device()->logicalDpiY();
    // The document's own font (its hinting and shaping) at 8 pt: the size its small print uses too, so the
    // header and footer need no font of their own to be looked up and embedded.
    QFont font = m_document.defaultFont();
    font.setPointSizeF(8);
    painter.save();
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QColor grey(0x55, 0x55, 0x55);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), mm(0.25, dpi)));
    const qreal headerLine = mm(kHeaderBand - 4, dpi);
    const qreal footerLine = page.height() - mm(kFooterBand - 3, dpi);
    painter.drawLine(QPointF(0, headerLine), QPointF(page.width(), headerLine));
    painter.drawLine(QPointF(0, footerLine), QPointF(page.width(), footerLine));

    painter.setPen(grey);
    const qreal half = page.width() * 0.62;
    const QRectF header(0, 0, page.width(), headerLine - mm(1.5, dpi));
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                     metrics.elidedText(m_decoration.headerLeft, Qt::ElideRight, half));
    painter.drawText(header, Qt::AlignRight | Qt::AlignBottom,
                     metrics.elidedText(m_decoration.headerRight, Qt::ElideLeft, page.width() - half - mm(4, dpi)));
    const QRectF footer(0, footerLine + mm(1.5, dpi), page.width(), page.height() - footerLine);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(m_decoration.footerLeft, Qt::ElideRight, half));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(pageNumber).arg(m_pageCount));
    painter.restore();
}

bool PagedDocument::writePdf(const QString& path, const PdfMetadata& metadata, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    const QString creator = metadata.creator.isEmpty()
        ? QStringLiteral("Skoldialog %1").arg(QCoreApplication::applicationVersion()).trimmed()
        : metadata.creator;
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        writer.setTitle(metadata.title);
        writer.setCreator(creator);
        writer.setDocumentXmpMetadata(xmpPacket(metadata, creator));
        if (!paint(&writer, error))
            return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}

bool PagedDocument::writeOdt(QTextDocument& document, const QString& path, QString* error)
{
    // The ODF writer closes its device when done, which QSaveFile forbids: write into memory first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("ODF"));
    if (!writer.write(&document)) {
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
