#include "PlanPrinting.h"

#include "PlanTimelineWidget.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace {
struct PrintingText
{
    Q_DECLARE_TR_FUNCTIONS(PlanPrinting)
};
} // namespace

void PlanPrinting::paintTimeline(const PlanTimelineWidget& timeline, QPrinter* printer)
{
    QPainter painter(printer);
    const QRectF page = printer->pageLayout()
                            .paintRectPixels(printer->resolution())
                            .translated(-printer->pageLayout().paintRectPixels(printer->resolution()).topLeft());
    QFont heading(QStringLiteral("DejaVu Sans"), 14, QFont::Bold);
    painter.setFont(heading);
    const QFontMetricsF hm(heading, printer);
    painter.drawText(QRectF(0, 0, page.width(), hm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     PrintingText::tr("Action plan: timeline"));
    const qreal top = hm.height() * 1.6;
    QFont font(QStringLiteral("DejaVu Sans"), 10);
    timeline.paintTimeline(painter, QRectF(0, top, page.width(), page.height() - top), font);
}

void PlanPrinting::previewTimeline(const PlanTimelineWidget& timeline, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(PrintingText::tr("Action plan: timeline"));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(PrintingText::tr("Print preview: timeline"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter* p) { paintTimeline(timeline, p); });
    dialog.resize(1000, 720);
    dialog.exec();
}
