#include "IndicatorChartWidget.h"

#include <QPainter>

IndicatorChartWidget::IndicatorChartWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("indicatorChart"));
    setAccessibleName(tr("Indicator chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void IndicatorChartWidget::setPaint(Paint paint, const QString& emptyText)
{
    m_paint = std::move(paint);
    m_empty = emptyText;
    update();
}

QSize IndicatorChartWidget::sizeHint() const
{
    return { 420, 240 };
}

QSize IndicatorChartWidget::minimumSizeHint() const
{
    return { 240, 150 };
}

void IndicatorChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Qt::white);
    if (m_paint) {
        m_paint(painter, QRectF(rect()).adjusted(4, 4, -4, -4));
        return;
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_empty);
}
