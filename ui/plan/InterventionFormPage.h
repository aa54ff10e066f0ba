#pragma once

#include "PlanPage.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * A page about one intervention at a time: the plan's development areas with their
 * interventions on the left, the chosen intervention's fields on the right. The page
 * works on a copy of the plan and writes its interventions back.
 */
class InterventionFormPage : public PlanPage
{
    Q_OBJECT

public:
    InterventionFormPage(const QString& id, const QString& title, const QString& help,
                         const PlanSessionContext& context, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }

    void load(const ActionPlan& plan) override;
    void writeTo(ActionPlan& plan) const override;
    void adoptIds(const ActionPlan& saved) override;
    qint64 currentInterventionId() const override;
    void selectIntervention(qint64 id) override;
    void selectArea(qint64 areaId) override;
    /** Selects the intervention at `index` of the plan's list. */
    void selectIndex(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    /** Fills the form with `i` (null: nothing chosen). */
    virtual void showIntervention(const Intervention* i) = 0;
    /** What writeTo leaves out of one intervention (empty goals, nameless indicators). */
    virtual void prune(Intervention& i) const { Q_UNUSED(i); }

    /** The chosen intervention in the working copy, or null. */
    Intervention* current();
    int currentIndex() const;
    /** The area of the chosen row: an area itself or an intervention's area. */
    qint64 currentAreaId() const;
    /** Rebuilds the tree from the working copy and selects intervention `index` (-1: area `areaId`). */
    void rebuildTree(int index, qint64 areaId = 0);
    /** The chosen intervention's title changed. */
    void refreshCurrentLabel();
    /** The right-hand column for the page's fields; hidden while no intervention is chosen. */
    QWidget* detail() const { return m_detail; }
    /** Shown on the right when an area or nothing is chosen. */
    void setEmptyHint(const QString& text);
    /** The left column, for buttons below the tree. */
    QWidget* leftColumn() const { return m_left; }

    /** The intervention `id` as last saved, or null: what a refused value falls back to. */
    const Intervention* saved(qint64 id) const;

    ActionPlan m_plan;

private:
    void onCurrentChanged();
    /** Breaks the labels to the tree's width. */
    void rewrap();
    QString labelOf(const Intervention& i) const;

    QTreeWidget* m_tree;
    QWidget* m_left;
    QWidget* m_detail;
    QLabel* m_emptyHint;
    ActionPlan m_saved;
};
