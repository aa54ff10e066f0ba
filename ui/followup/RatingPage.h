#pragma once

#include "ProgressReportPage.h"

class QPlainTextEdit;
class RatingSelector;

/**
 * Each intervention rated enligt plan / risk / avviker, with what each rating means
 * printed beside its button and a reason required for risk and avviker, and the
 * intervention's next steps.
 */
class RatingPage : public ProgressReportPage
{
    Q_OBJECT

public:
    explicit RatingPage(const ProgressReportSession& session, QWidget* parent = nullptr);

    void load(const ProgressReport& report) override;
    void writeTo(ProgressReport& report) const override;
    void setReadOnly(bool readOnly) override;
    QString currentIntervention() const override { return m_shown; }
    void selectIntervention(const QString& uuid) override;

    QTreeWidget* tree() const { return m_tree; }
    RatingSelector* selector() const { return m_selector; }
    QPlainTextEdit* nextStepsEdit() const { return m_nextSteps; }

private:
    void show(const ProgressReport& report, const QString& uuid);

    QTreeWidget* m_tree;
    QLabel* m_heading;
    QLabel* m_summary;
    RatingSelector* m_selector;
    QPlainTextEdit* m_nextSteps;
    QString m_shown;
};
