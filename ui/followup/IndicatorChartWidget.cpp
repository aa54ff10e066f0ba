#include "IndicatorChartWidget.h"

#include <QPainter>

#include <cmath>

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

void IndicatorChartWidget::setHeightFor(std::function<qreal(qreal)> height)
{
    m_height = std::move(height);
    if (m_height)
        setMinimumHeight(static_cast<int>(std::ceil(m_height(width() - 8))) + 8);
    updateGeometry();
}

void IndicatorChartWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_height) {
        const int wanted = static_cast<int>(std::ceil(m_height(width() - 8))) + 8;
        if (wanted != minimumHeight())
            setMinimumHeight(wanted);
    }
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
