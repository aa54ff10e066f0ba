#pragma once

#include <QDialog>

class AnalysisPage;
class AnalysisSession;
class Database;
class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

/**
 * Leads a team through a nulägesanalys, one page per template page. Every field is
 * saved as it is typed; the wizard has its own undo (Ctrl+Z, Ctrl+Y) and reopens on
 * the page it was left on. An established analysis is shown read-only.
 */
class AnalysisWizard : public QDialog
{
    Q_OBJECT

public:
    /** Opens analysis `analysisId`; check isValid() and errorString(). */
    AnalysisWizard(Database& db, qint64 analysisId, QWidget* parent = nullptr);
    ~AnalysisWizard() override;

    bool isValid() const;
    QString errorString() const;
    AnalysisSession* session() const { return m_session; }

    int pageCount() const;
    AnalysisPage* page(int index) const;
    AnalysisPage* pageById(const QString& id) const;
    int currentIndex() const;
    AnalysisPage* currentPage() const;
    void setCurrentIndex(int index);
    void next();
    void back();

    /** Saves what is typed but not yet saved, now. */
    void flush();
    bool hasPendingChanges() const;
    void undo();
    void redo();

    /** Asks who, then marks the analysis klar; the core's message is shown when it is not ready. */
    void markDone();
    /** Asks who, then establishes the analysis: from then on it is read-only. */
    void establish();
    /** A new draft version of the established analysis, opened at once. */
    void makeNewVersion();

    QListWidget* stepList() const { return m_steps; }
    QLabel* banner() const { return m_banner; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* markDoneButton() const { return m_markDone; }
    QPushButton* establishButton() const { return m_establish; }
    QPushButton* newVersionButton() const { return m_newVersion; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* backButton() const { return m_back; }

public Q_SLOTS:
    /** The analysis in a print preview (A4, page numbers, charts), to print or save as PDF. */
    void printPreview();
    void done(int result) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildPages();
    void commit(const QString& text, const QString& mergeKey);
    void onTyped(const QString& text, const QString& mergeKey);
    void onEdited(const QString& text);
    void showPage(int index);
    void refreshStatus();
    void showMessage(const QString& text, bool error);
    QString askWho(const QString& title, const QString& question);

    AnalysisSession* m_session;
    QTimer* m_typingTimer;
    QString m_pendingText;
    QString m_pendingKey;
    QLabel* m_title;
    QLabel* m_statusLine;
    QLabel* m_banner;
    QPushButton* m_newVersion;
    QLabel* m_message;
    QLabel* m_savedLabel;
    QListWidget* m_steps;
    QStackedWidget* m_stack;
    QList<AnalysisPage*> m_pages;
    QPushButton* m_markDone;
    QPushButton* m_establish;
    QPushButton* m_print;
    QPushButton* m_back;
    QPushButton* m_next;
    QAction* m_undo;
    QAction* m_redo;
    bool m_switching = false;
};
