#pragma once

#include <QWidget>

#include <functional>

class QPainter;

/**
 * A small widget that shows one indicator's chart as core paints it (the same picture
 * on screen, in print and in the PDF): the widget only hands core its painter and the
 * rectangle to fill.
 */
class IndicatorChartWidget : public QWidget
{
    Q_OBJECT

public:
    /** Paints the chart into `rect` of `painter`. */
    using Paint = std::function<void(QPainter& painter, const QRectF& rect)>;

    explicit IndicatorChartWidget(QWidget* parent = nullptr);

    /** What to paint; an empty function shows `emptyText` instead. */
    void setPaint(Paint paint, const QString& emptyText = QString());
    bool hasChart() const { return static_cast<bool>(m_paint); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Paint m_paint;
    QString m_empty;
};
