#include "AnalysisPrinting.h"

#include "ui/widgets/MessageBox.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "core/documents/AnalysisDocument.h"

namespace {
struct PrintingText
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisPrinting)
};
} // namespace

void AnalysisPrinting::preview(const Database& db, const Analysis& analysis, QWidget* parent)
{
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
}
