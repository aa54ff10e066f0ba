#pragma once

#include "ui/wizard/WizardFrame.h"

class AnalysisPage;
class AnalysisSession;
class Database;
class QPushButton;

/**
 * Leads a team through a nulägesanalys, one page per template page. Every field is
 * saved as it is typed; the wizard has its own undo (Ctrl+Z, Ctrl+Y) and reopens on
 * the page it was left on. An established analysis is shown read-only.
 */
class AnalysisWizard : public WizardFrame
{
    Q_OBJECT

public:
    /** Opens analysis `analysisId`; check isValid() and errorString(). */
    AnalysisWizard(Database& db, qint64 analysisId, QWidget* parent = nullptr);
    ~AnalysisWizard() override;

    bool isValid() const;
    QString errorString() const;
    AnalysisSession* session() const { return m_session; }

    AnalysisPage* page(int index) const;
    AnalysisPage* pageById(const QString& id) const;
    AnalysisPage* currentPage() const;

    /** Asks who, then marks the analysis klar; the core's message is shown when it is not ready. */
    void markDone();
    /** Asks who, then establishes the analysis: from then on it is read-only. */
    void establish();
    /** A new draft version of the established analysis, opened at once. */
    void makeNewVersion();

    QPushButton* markDoneButton() const { return m_markDone; }
    QPushButton* establishButton() const { return m_establish; }
    QPushButton* newVersionButton() const { return m_newVersion; }

public Q_SLOTS:
    /** The analysis in a print preview (A4, page numbers, charts), to print or save as PDF. */
    void printPreview();

protected:
    void commit(const QString& text, const QString& mergeKey) override;
    void pageShown(int index, int previous) override;

private:
    void refreshStatus();
    QString askWho(const QString& title, const QString& question);

    AnalysisSession* m_session;
    QList<AnalysisPage*> m_pages;
    QPushButton* m_newVersion;
    QPushButton* m_markDone;
    QPushButton* m_establish;
};
