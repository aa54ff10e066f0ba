#include "PlanTimelineWidget.h"

#include "core/documents/PlanTimeline.h"

#include <QPainter>
#include <QtMath>

PlanTimelineWidget::PlanTimelineWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("planTimeline"));
    setAccessibleName(tr("Timeline of the interventions"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void PlanTimelineWidget::setPlan(const ActionPlan& plan, const Analysis& analysis, const QDate& periodStart,
                                 const QDate& periodEnd)
{
    m_plan = plan;
    m_analysis = analysis;
    m_periodStart = periodStart;
    m_periodEnd = periodEnd;
    // The accessible description says what the picture shows, for a screen reader.
    QStringList rows;
    for (const auto& i : m_plan.interventions)
        rows << tr("%1: %2 – %3").arg(i.title, i.start.toString(Qt::ISODate), i.end.toString(Qt::ISODate));
    setAccessibleDescription(rows.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

static TimelineInput inputOf(const ActionPlan& plan, const Analysis& analysis, const QDate& start, const QDate& end)
{
    TimelineInput input;
    input.plan = &plan;
    input.analysis = &analysis;
    input.periodStart = start;
    input.periodEnd = end;
    return input;
}

QSize PlanTimelineWidget::sizeHint() const
{
    const QSizeF size
        = PlanTimeline::preferredSize(inputOf(m_plan, m_analysis, m_periodStart, m_periodEnd), font(), this);
    return size.toSize();
}

QSize PlanTimelineWidget::minimumSizeHint() const
{
    return { 400, heightForWidth(400) };
}

int PlanTimelineWidget::heightForWidth(int width) const
{
    // A title too long for its column takes two lines: the height follows the width.
    return qCeil(
        PlanTimeline::preferredHeight(inputOf(m_plan, m_analysis, m_periodStart, m_periodEnd), font(), this, width));
}

void PlanTimelineWidget::paintTimeline(QPainter& painter, const QRectF& rect, const QFont& font) const
{
    PlanTimeline::paint(painter, rect, inputOf(m_plan, m_analysis, m_periodStart, m_periodEnd), font,
                        QDate::currentDate());
}

void PlanTimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintTimeline(painter, QRectF(rect()), font());
}
