#include "AnalysisPrinting.h"

#include "widgets/MessageBox.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

// The document module is written alongside the wizard; until it is part of the build, say so plainly.
#if __has_include("documents/AnalysisDocument.h")
#include "documents/AnalysisDocument.h"
#define SKOLDIALOG_HAS_ANALYSIS_DOCUMENT 1
#endif

namespace {
struct PrintingText
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisPrinting)
};
} // namespace

bool AnalysisPrinting::available()
{
#ifdef SKOLDIALOG_HAS_ANALYSIS_DOCUMENT
    return true;
#else
    return false;
#endif
}

void AnalysisPrinting::preview(const Database& db, const Analysis& analysis, QWidget* parent)
{
#ifdef SKOLDIALOG_HAS_ANALYSIS_DOCUMENT
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(PrintingText::tr("Current-state analysis"));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(PrintingText::tr("Print preview: current-state analysis"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) {
        QString error;
        if (!AnalysisDocument::paint(db, analysis, p, &error))
            MessageBox::error(parent, PrintingText::tr("Print preview"),
                              PrintingText::tr("The analysis could not be laid out for printing: %1").arg(error));
    });
    dialog.resize(1000, 720);
    dialog.exec();
#else
    Q_UNUSED(db);
    Q_UNUSED(analysis);
    MessageBox::information(parent, PrintingText::tr("Print preview"),
                            PrintingText::tr("This build of Skoldialog cannot print analyses yet."));
#endif
}
