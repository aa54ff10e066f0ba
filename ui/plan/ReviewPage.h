#pragma once

#include "PlanPage.h"

class QLabel;
class QListWidget;
class QTableWidget;

/** Granskning: the plan's totals per year, funding mode and funding form, and what is still missing. */
class ReviewPage : public PlanPage
{
    Q_OBJECT

public:
    ReviewPage(const PlanSessionContext& context, QWidget* parent = nullptr);

    QTableWidget* yearTable() const { return m_years; }
    QTableWidget* modeTable() const { return m_modes; }
    QTableWidget* formTable() const { return m_forms; }
    QLabel* totalLabel() const { return m_total; }
    QListWidget* warningList() const { return m_warnings; }
    const QList<PlanWarning>& warnings() const { return m_list; }

    void load(const ActionPlan& plan) override;

Q_SIGNALS:
    /** The user chose a warning: show what it is about. */
    void warningActivated(const PlanWarning& warning);

private:
    QTableWidget* m_years;
    QTableWidget* m_modes;
    QTableWidget* m_forms;
    QLabel* m_total;
    QListWidget* m_warnings;
    QList<PlanWarning> m_list;
};
