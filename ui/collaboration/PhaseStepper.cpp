#include "PhaseStepper.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {
constexpr int kSteps = Phases::Last - Phases::First + 1;
constexpr qreal kRadius = 14;
const QColor kDone(0x2e, 0x7d, 0x32);
const QColor kCurrent(0x15, 0x65, 0xc0);
const QColor kFuture(0x9e, 0x9e, 0x9e);
} // namespace

PhaseStepper::PhaseStepper(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Phases"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_dates.resize(kSteps);
}

void PhaseStepper::setPhase(int current, const QList<PhaseChange>& history)
{
    m_current = current;
    m_focus = current;
    m_dates.fill(QDate(), kSteps);
    for (const auto& change : history) {
        if (change.phase >= Phases::First && change.phase <= Phases::Last)
            m_dates[change.phase - 1] = change.date;
    }
    // A phase entered before a step back is not "done" any more: keep dates only up to the current one.
    for (int p = current + 1; p <= Phases::Last; ++p)
        m_dates[p - 1] = QDate();
    setAccessibleDescription(tr("Current phase: %1 %2").arg(current).arg(Phases::name(current)));
    update();
}

QString PhaseStepper::dateText(int phase) const
{
    const QDate d = m_dates.value(phase - 1);
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QSize PhaseStepper::sizeHint() const
{
    return {720, minimumSizeHint().height()};
}

QSize PhaseStepper::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {420, int(kRadius * 2) + 12 + line * 3 + 10};
}

QRectF PhaseStepper::stepRect(int index) const
{
    const qreal w = qreal(width()) / kSteps;
    return QRectF(index * w, 0, w, height());
}

int PhaseStepper::stepAt(const QPoint& pos) const
{
    for (int i = 0; i < kSteps; ++i) {
        if (stepRect(i).contains(pos))
            return i + 1;
    }
    return 0;
}

void PhaseStepper::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal cy = kRadius + 4;
    // The line behind the circles, coloured up to the current phase.
    for (int i = 0; i + 1 < kSteps; ++i) {
        const QRectF a = stepRect(i), b = stepRect(i + 1);
        p.setPen(QPen(i + 1 < m_current ? kDone : kFuture, 2));
        p.drawLine(QPointF(a.center().x() + kRadius, cy), QPointF(b.center().x() - kRadius, cy));
    }
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < kSteps; ++i) {
        const int phase = i + 1;
        const QRectF r = stepRect(i);
        const QPointF c(r.center().x(), cy);
        const bool done = phase < m_current;
        const bool current = phase == m_current;
        const QColor colour = done ? kDone : current ? kCurrent : kFuture;
        p.setPen(QPen(colour, 2));
        p.setBrush(done || current ? colour : palette().base().color());
        p.drawEllipse(c, kRadius, kRadius);
        p.setPen(done || current ? Qt::white : palette().text().color());
        p.setFont(bold);
        p.drawText(QRectF(c.x() - kRadius, c.y() - kRadius, 2 * kRadius, 2 * kRadius), Qt::AlignCenter,
                   done ? QStringLiteral("✓") : QString::number(phase));
        if (hasFocus() && phase == m_focus) {
            p.setPen(QPen(palette().highlight().color(), 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(3, 1, -3, -1), 4, 4);
        }
        const QRectF textRect(r.left() + 4, cy + kRadius + 6, r.width() - 8, fontMetrics().height() * 2 + 2);
        p.setFont(current ? bold : font());
        p.setPen(current ? kCurrent : palette().text().color());
        p.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, Phases::name(phase));
        const QString date = dateText(phase);
        if (!date.isEmpty()) {
            p.setFont(font());
            p.setPen(palette().placeholderText().color());
            p.drawText(QRectF(r.left(), textRect.bottom(), r.width(), fontMetrics().height() + 2), Qt::AlignHCenter,
                       date);
        }
    }
}

void PhaseStepper::mousePressEvent(QMouseEvent* event)
{
    if (const int phase = stepAt(event->position().toPoint()); phase > 0) {
        m_focus = phase;
        update();
        Q_EMIT phaseRequested(phase);
    }
}

void PhaseStepper::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        m_focus = std::max(Phases::First, m_focus - 1);
        update();
        return;
    case Qt::Key_Right:
        m_focus = std::min(Phases::Last, m_focus + 1);
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT phaseRequested(m_focus);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool PhaseStepper::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const int phase = stepAt(help->pos()); phase > 0)
            QToolTip::showText(help->globalPos(), QStringLiteral("%1. %2\n%3").arg(phase).arg(Phases::name(phase),
                                                                                              Phases::description(phase)),
                               this);
        return true;
    }
    return QWidget::event(event);
}
