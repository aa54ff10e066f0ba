#pragma once

#include "ProgressReportPage.h"

class QListWidget;
class QPlainTextEdit;
class QPushButton;

/** The report's next steps as a whole, with the interventions at risk or deviating listed beside it. */
class NextStepsPage : public ProgressReportPage
{
    Q_OBJECT

public:
    explicit NextStepsPage(const ProgressReportSession& session, QWidget* parent = nullptr);

    void load(const ProgressReport& report) override;
    void writeTo(ProgressReport& report) const override;
    void setReadOnly(bool readOnly) override;

    QPlainTextEdit* nextStepsEdit() const { return m_nextSteps; }
    QLabel* attentionLabel() const { return m_attention; }

private:
    QPlainTextEdit* m_nextSteps;
    QLabel* m_attention;
};

/** What is written and what is missing before the report can be submitted; print, PDF, ODT and submit. */
class ProgressReviewPage : public ProgressReportPage
{
    Q_OBJECT

public:
    explicit ProgressReviewPage(const ProgressReportSession& session, QWidget* parent = nullptr);

    void load(const ProgressReport& report) override;
    void refreshAfterSave(const ProgressReport& report) override { load(report); }
    void setReadOnly(bool readOnly) override;

    QLabel* statusLabel() const { return m_status; }
    QListWidget* problemList() const { return m_problems; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* odtButton() const { return m_odt; }
    QPushButton* submitButton() const { return m_submit; }

private:
    QLabel* m_status;
    QLabel* m_overview;
    QListWidget* m_problems;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_odt;
    QPushButton* m_submit;
};
