#pragma once

#include "core/domain/Phase.h"

#include <QWidget>

/**
 * The six phases in a row: done ones ticked, the current one filled, each with
 * the date it was entered. Left and Right move between steps; Enter or a click
 * asks to move the collaboration to that phase.
 */
class PhaseStepper : public QWidget
{
    Q_OBJECT

public:
    explicit PhaseStepper(QWidget* parent = nullptr);

    void setPhase(int current, const QList<PhaseChange>& history);
    int phase() const { return m_current; }
    /** The date shown under a step, empty when the phase has not been entered. */
    QString dateText(int phase) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void phaseRequested(int phase);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF stepRect(int index) const;
    int stepAt(const QPoint& pos) const;

    int m_current = Phases::First;
    int m_focus = Phases::First;
    QList<QDate> m_dates; ///< index 0..5: when phase i+1 was last entered
};
