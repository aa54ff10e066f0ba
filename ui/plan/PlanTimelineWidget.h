#pragma once

#include "core/analysis/Analysis.h"
#include "core/plan/ActionPlan.h"

#include <QWidget>

/**
 * The Gantt-like timeline of a plan's interventions over the collaboration's period,
 * painted by core/documents' PlanTimeline, the same picture the printout and the
 * plan document show.
 */
class PlanTimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PlanTimelineWidget(QWidget* parent = nullptr);

    void setPlan(const ActionPlan& plan, const Analysis& analysis, const QDate& periodStart, const QDate& periodEnd);
    const ActionPlan& plan() const { return m_plan; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    /** Paints the timeline into `rect` of any device: the widget, a printer. */
    void paintTimeline(QPainter& painter, const QRectF& rect, const QFont& font) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ActionPlan m_plan;
    Analysis m_analysis;
    QDate m_periodStart;
    QDate m_periodEnd;
};
