#pragma once

#include "ProgressReportPage.h"

class QPlainTextEdit;
class QScrollArea;

/**
 * Per development area and intervention: a), b), c) and f) as agreed, read-only; d) the
 * improvements seen against each goal and how far it was reached, and e) the goals not
 * reached and why, written here.
 */
class InterventionReviewPage : public ProgressReportPage
{
    Q_OBJECT

public:
    explicit InterventionReviewPage(const ProgressReportSession& session, QWidget* parent = nullptr);

    void load(const ProgressReport& report) override;
    void writeTo(ProgressReport& report) const override;
    void setReadOnly(bool readOnly) override;
    QString currentIntervention() const override { return m_shown; }
    void selectIntervention(const QString& uuid) override;

    QTreeWidget* tree() const { return m_tree; }
    /** d) for goal `index` of the intervention shown. */
    QPlainTextEdit* improvementsEdit(int index) const { return m_improvements.value(index); }
    int goalCount() const { return static_cast<int>(m_improvements.size()); }
    QPlainTextEdit* notReachedEdit() const { return m_notReached; }
    QLabel* problemsText() const { return m_problems; }
    QLabel* causesText() const { return m_causes; }
    QLabel* goalsText() const { return m_goals; }
    QLabel* effectsText() const { return m_effects; }

private:
    void show(const ProgressReport& report, const QString& uuid);
    void rebuildGoals(const InterventionReview& review);

    QTreeWidget* m_tree;
    QScrollArea* m_scroll;
    QLabel* m_heading;
    QLabel* m_problems;
    QLabel* m_causes;
    QLabel* m_goals;
    QLabel* m_effects;
    QWidget* m_goalBox;
    QList<QPlainTextEdit*> m_improvements;
    QPlainTextEdit* m_notReached;
    QString m_shown;
    bool m_readOnly = false;
};
