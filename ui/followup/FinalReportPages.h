#pragma once

#include "core/followup/FinalReport.h"

#include "ui/session/FinalReportSession.h"
#include "ui/wizard/WizardPage.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;
class RatingSelector;

/** One page of the final report wizard. */
class FinalReportPage : public WizardPage<FinalReport>
{
    Q_OBJECT

public:
    FinalReportPage(const QString& id, const QString& title, const QString& help, const FinalReportSession& session,
                    QWidget* parent = nullptr);

    QString pageId() const { return m_id; }
    QString title() const { return m_title; }
    virtual void refreshAfterSave(const FinalReport& report) { Q_UNUSED(report); }

Q_SIGNALS:
    void flushRequested();

protected:
    QVBoxLayout* body() const { return m_body; }
    const FinalReportSession& m_session;

private:
    QString m_id;
    QString m_title;
    QVBoxLayout* m_body;
};

/** Per development area: the outcome with its reason, and how the work is carried on after the support ends. */
class CloseOutPage : public FinalReportPage
{
    Q_OBJECT

public:
    explicit CloseOutPage(const FinalReportSession& session, QWidget* parent = nullptr);

    void load(const FinalReport& report) override;
    void writeTo(FinalReport& report) const override;
    void setReadOnly(bool readOnly) override;

    QListWidget* areaList() const { return m_areas; }
    RatingSelector* outcomeSelector() const { return m_outcome; }
    QPlainTextEdit* continuationEdit() const { return m_continuation; }

private:
    void showArea(const FinalReport& report, int row);

    QListWidget* m_areas;
    QLabel* m_heading;
    RatingSelector* m_outcome;
    QPlainTextEdit* m_continuation;
    int m_row = -1;
};

/** The huvudman's own synthesis of the whole collaboration. */
class SynthesisPage : public FinalReportPage
{
    Q_OBJECT

public:
    explicit SynthesisPage(const FinalReportSession& session, QWidget* parent = nullptr);

    void load(const FinalReport& report) override;
    void writeTo(FinalReport& report) const override;
    void setReadOnly(bool readOnly) override;

    QPlainTextEdit* synthesisEdit() const { return m_synthesis; }

private:
    QPlainTextEdit* m_synthesis;
};

/** The history assembled from every progress report, read-only: never retyped. */
class HistoryPage : public FinalReportPage
{
    Q_OBJECT

public:
    explicit HistoryPage(const FinalReportSession& session, QWidget* parent = nullptr);

    void load(const FinalReport& report) override;
    void setReadOnly(bool) override { }

    QTextBrowser* browser() const { return m_browser; }
    /** The history as HTML, every user-entered text escaped. */
    static QString html(const FinalReport& report);

private:
    QTextBrowser* m_browser;
};

/** What the final report still needs; print, PDF, ODT and submit. */
class FinalReviewPage : public FinalReportPage
{
    Q_OBJECT

public:
    explicit FinalReviewPage(const FinalReportSession& session, QWidget* parent = nullptr);

    void load(const FinalReport& report) override;
    void refreshAfterSave(const FinalReport& report) override { load(report); }
    void setReadOnly(bool readOnly) override;

    QListWidget* problemList() const { return m_problems; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* odtButton() const { return m_odt; }
    QPushButton* submitButton() const { return m_submit; }

private:
    QLabel* m_status;
    QListWidget* m_problems;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_odt;
    QPushButton* m_submit;
};
