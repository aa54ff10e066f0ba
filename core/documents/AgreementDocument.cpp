#include "AgreementDocument.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextDocument>

std::unique_ptr<QTextDocument> AgreementDocument::build(const Agreement& agreement)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(PagedDocument::fontFamily());
    font.setPointSizeF(10);
    // No ligatures or kerning pairs: a "fi" ligature reads back from the archived PDF as U+FB01,
    // and a search for "finansiering" in it would fail.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(html(agreement));
    doc->setMetaInformation(QTextDocument::DocumentTitle, agreement.title.trimmed());
    return doc;
}

PageDecoration AgreementDocument::decoration(const Agreement& a)
{
    PageDecoration d;
    const QString kind = a.kind == AgreementKind::Amendment ? tr("Amendment")
        : a.kind == AgreementKind::Interventions            ? tr("Agreement (ÖK 2)")
                                                            : tr("Agreement (ÖK 1)");
    d.headerLeft = tr("%1 between %2 and %3").arg(kind, a.agency.shortName, a.organizer.name);
    d.headerRight
        = a.agency.diaryNumber.trimmed().isEmpty() ? QString() : tr("Dnr %1").arg(a.agency.diaryNumber.trimmed());
    d.footerLeft = a.programmeName;
    return d;
}

PdfMetadata AgreementDocument::metadata(const Agreement& a)
{
    PdfMetadata m;
    m.title = a.title.trimmed();
    m.author = a.agency.name;
    m.subject = a.agency.diaryNumber.trimmed().isEmpty()
        ? a.programmeName
        : tr("%1, Dnr %2").arg(a.programmeName, a.agency.diaryNumber.trimmed());
    return m;
}

bool AgreementDocument::paint(const Agreement& agreement, QPagedPaintDevice* device, QString* error)
{
    auto doc = build(agreement);
    return PagedDocument(*doc, decoration(agreement)).paint(device, error);
}

bool AgreementDocument::writePdf(const Agreement& agreement, const QString& path, QString* error)
{
    auto doc = build(agreement);
    return PagedDocument(*doc, decoration(agreement)).writePdf(path, metadata(agreement), error);
}

QByteArray AgreementDocument::pdfBytes(const Agreement& agreement, QString* error)
{
    // PagedDocument writes through QSaveFile; a private folder keeps the bytes from anyone else.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agreement.pdf"));
    if (!dir.isValid() || !writePdf(agreement, path, error))
        return QByteArray();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The PDF could not be read back: %1").arg(file.errorString());
        return QByteArray();
    }
    return file.readAll();
}
