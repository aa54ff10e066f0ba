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
    /** The height the chart needs at a width (its legend wraps): the widget is never shorter. */
    void setHeightFor(std::function<qreal(qreal width)> height);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    Paint m_paint;
    QString m_empty;
    std::function<qreal(qreal)> m_height;
};
