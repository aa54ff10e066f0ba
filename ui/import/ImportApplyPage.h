#pragma once

#include "ui/wizard/WizardPage.h"

class QLabel;
class QProgressBar;
class QPushButton;

/**
 * Step 3: what the import will write, *Importera* with a progress bar and *Avbryt*, and the
 * summary afterwards (or, when cancelled, that nothing was written).
 */
class ImportApplyPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit ImportApplyPage(QWidget* parent = nullptr);

    QLabel* introLabel() const { return m_intro; }
    QPushButton* importButton() const { return m_import; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* logButton() const { return m_log; }

    /** What pressing Import would do; `canImport` false leaves the button off. */
    void setIntro(const QString& text, bool canImport);
    void setRunning(bool running);
    void setProgress(qint64 done, qint64 total);
    /** The outcome: a summary, a cancellation or an error. */
    void showResult(const QString& text, bool error);

Q_SIGNALS:
    void importRequested();
    void cancelRequested();
    void logRequested();

private:
    QLabel* m_intro;
    QPushButton* m_import;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_result;
    QPushButton* m_log;
};
