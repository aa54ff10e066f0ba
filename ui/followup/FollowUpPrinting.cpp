#include "FollowUpPrinting.h"

#include "core/followup/FinalReport.h"
#include "core/followup/ProgressReport.h"
#include "core/storage/FinalReportStore.h"
#include "core/storage/ProgressReportStore.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

#if __has_include("core/documents/ProgressReportDocument.h")
#include "core/documents/FinalReportDocument.h"
#include "core/documents/ProgressReportDocument.h"
#define SKOLDIALOG_REPORT_DOCUMENTS 1
#endif

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpPrinting)
};

QString askFileName(QWidget* parent, const QString& baseName, bool odt)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = baseName + (odt ? QStringLiteral(".odt") : QStringLiteral(".pdf"));
    QString path = FileDialog::saveFileName(parent, odt ? Text::tr("Save as ODT") : Text::tr("Save as PDF"),
                                            QDir(dir).filePath(name),
                                            odt ? Text::tr("OpenDocument text (*.odt)") : Text::tr("PDF (*.pdf)"));
    const QString suffix = odt ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

QString fileBase(const QString& title)
{
    QString base = title.toLower();
    base.replace(QLatin1Char(','), QString());
    base.replace(QLatin1Char(' '), QLatin1Char('-'));
    return base;
}

template<typename Paint> void preview(const QString& title, QWidget* parent, Paint paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Text::tr("Print preview: %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) {
        QString error;
        if (!paint(p, &error))
            MessageBox::error(parent, Text::tr("Print preview"),
                              Text::tr("The report could not be laid out for printing: %1").arg(error));
    });
    dialog.resize(1000, 720);
    dialog.exec();
}
} // namespace

void FollowUpPrinting::previewProgressReport(Database& db, qint64 reportId, QWidget* parent)
{
#ifdef SKOLDIALOG_REPORT_DOCUMENTS
    QString error;
    const auto report = ProgressReportStore(db).load(reportId, &error);
    const auto sources = report ? ProgressReportDocument::sourcesOf(db, *report, &error) : std::nullopt;
    if (!sources) {
        MessageBox::error(parent, Text::tr("Print preview"), error);
        return;
    }
    preview(report->title(), parent,
            [&](QPrinter* p, QString* e) { return ProgressReportDocument::paint(*sources, p, e); });
#else
    Q_UNUSED(db);
    Q_UNUSED(reportId);
    MessageBox::error(parent, Text::tr("Print preview"), Text::tr("This build cannot print reports yet."));
#endif
}

void FollowUpPrinting::previewFinalReport(Database& db, qint64 reportId, QWidget* parent)
{
#ifdef SKOLDIALOG_REPORT_DOCUMENTS
    QString error;
    const auto report = FinalReportStore(db).load(reportId, &error);
    const auto sources = report ? FinalReportDocument::sourcesOf(db, *report, &error) : std::nullopt;
    if (!sources) {
        MessageBox::error(parent, Text::tr("Print preview"), error);
        return;
    }
    preview(Text::tr("Final report"), parent,
            [&](QPrinter* p, QString* e) { return FinalReportDocument::paint(*sources, p, e); });
#else
    Q_UNUSED(db);
    Q_UNUSED(reportId);
    MessageBox::error(parent, Text::tr("Print preview"), Text::tr("This build cannot print reports yet."));
#endif
}

bool FollowUpPrinting::exportProgressReport(Database& db, const ProgressReport& report, bool odt, QWidget* parent,
                                            QString* message)
{
    const QString path = askFileName(parent, fileBase(report.title()), odt);
    if (path.isEmpty())
        return false;
    QString error;
#ifdef SKOLDIALOG_REPORT_DOCUMENTS
    const auto sources = ProgressReportDocument::sourcesOf(db, report, &error);
    const bool ok = sources
        && (odt ? ProgressReportDocument::writeOdt(*sources, path, &error)
                : ProgressReportDocument::writePdf(*sources, path, &error));
#else
    Q_UNUSED(db);
    error = Text::tr("This build cannot save reports yet.");
    const bool ok = false;
#endif
    *message = ok ? Text::tr("%1 was saved as %2.").arg(report.title(), QDir::toNativeSeparators(path))
                  : Text::tr("The report could not be saved: %1").arg(error);
    return ok;
}

bool FollowUpPrinting::exportFinalReport(Database& db, const FinalReport& report, bool odt, QWidget* parent,
                                         QString* message)
{
    const QString path = askFileName(parent, Text::tr("final-report"), odt);
    if (path.isEmpty())
        return false;
    QString error;
#ifdef SKOLDIALOG_REPORT_DOCUMENTS
    const auto sources = FinalReportDocument::sourcesOf(db, report, &error);
    const bool ok = sources
        && (odt ? FinalReportDocument::writeOdt(*sources, path, &error)
                : FinalReportDocument::writePdf(*sources, path, &error));
#else
    Q_UNUSED(db);
    Q_UNUSED(report);
    error = Text::tr("This build cannot save reports yet.");
    const bool ok = false;
#endif
    *message = ok ? Text::tr("The final report was saved as %1.").arg(QDir::toNativeSeparators(path))
                  : Text::tr("The report could not be saved: %1").arg(error);
    return ok;
}
