#include "AgreementPrinting.h"

#include "core/documents/AgreementDocument.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

namespace {

struct PrintingText
{
    Q_DECLARE_TR_FUNCTIONS(AgreementPrinting)
};

void setUp(QPrinter& printer, const Agreement& agreement)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(agreement.title);
    printer.setCreator(QStringLiteral("Skoldialog"));
}

QString suggestedName(const Agreement& a)
{
    QString name = a.kindLabel() + QLatin1Char(' ') + a.organizer.name;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return name.simplified() + QStringLiteral(".pdf");
}

} // namespace

void AgreementPrinting::preview(const Agreement& agreement, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, agreement);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(PrintingText::tr("Print preview: %1").arg(agreement.kindLabel()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) {
        QString error;
        if (!AgreementDocument::paint(agreement, p, &error))
            MessageBox::error(parent, PrintingText::tr("Print preview"),
                              PrintingText::tr("The agreement could not be laid out for printing: %1").arg(error));
    });
    dialog.resize(1000, 720);
    dialog.exec();
}

QString AgreementPrinting::askPdfFileName(const Agreement& agreement, QWidget* parent)
{
    QString path = FileDialog::saveFileName(parent, PrintingText::tr("Save the agreement as PDF"),
                                            suggestedName(agreement), PrintingText::tr("PDF (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

QString AgreementPrinting::saveAsPdf(const Agreement& agreement, QWidget* parent)
{
    const QString path = askPdfFileName(agreement, parent);
    if (path.isEmpty())
        return {};
    // QPrinter writes straight to its file: print to a temporary name, then move it in place whole.
    const QString partial = path + QStringLiteral(".part");
    QString error;
    {
        QPrinter printer(QPrinter::HighResolution);
        setUp(printer, agreement);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        printer.setOutputFileName(partial);
        if (!AgreementDocument::paint(agreement, &printer, &error)) {
            QFile::remove(partial);
            MessageBox::error(parent, PrintingText::tr("Save as PDF"),
                              PrintingText::tr("The agreement could not be written: %1").arg(error));
            return {};
        }
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        MessageBox::error(parent, PrintingText::tr("Save as PDF"),
                          PrintingText::tr("%1 cannot be replaced. Close it in other programs, or choose another "
                                           "name.")
                              .arg(path));
        return {};
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        MessageBox::error(parent, PrintingText::tr("Save as PDF"),
                          PrintingText::tr("%1 could not be written. Check that the folder is writable and the disk "
                                           "has room.")
                              .arg(path));
        return {};
    }
    return path;
}
