#pragma once

#include "core/plan/ActionPlan.h"

#include <QDialog>

class Database;
class PlanPage;
class PlanSession;
class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

/**
 * Leads the organizer through its action plan: the analysis's areas, the interventions
 * per area, goals and indicators, responsibility and timeline, funding and budget, and
 * a review. Every field is saved as it is typed; the wizard has its own undo (Ctrl+Z,
 * Ctrl+Shift+Z) and reopens on the page it was left on.
 */
class PlanWizard : public QDialog
{
    Q_OBJECT

public:
    /** Opens the plan of collaboration `collaborationId`; check isValid() and errorString(). */
    PlanWizard(Database& db, qint64 collaborationId, QWidget* parent = nullptr);
    ~PlanWizard() override;

    bool isValid() const;
    QString errorString() const;
    PlanSession* session() const { return m_session; }

    int pageCount() const;
    PlanPage* page(int index) const;
    PlanPage* pageById(const QString& id) const;
    /** The page of type T, or null. */
    template<typename T> T* page() const
    {
        for (auto* p : m_pages) {
            if (auto* t = qobject_cast<T*>(p))
                return t;
        }
        return nullptr;
    }
    int currentIndex() const;
    PlanPage* currentPage() const;
    void setCurrentIndex(int index);
    void next();
    void back();
    /** Goes to the page and the intervention or area a review warning is about. */
    void showWarning(const PlanWarning& warning);

    /** Saves what is typed but not yet saved, now. */
    void flush();
    bool hasPendingChanges() const;
    void undo();
    void redo();

    QListWidget* stepList() const { return m_steps; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* timelineButton() const { return m_timeline; }

public Q_SLOTS:
    /** The timeline of every intervention over the collaboration's period, to look at and print. */
    void showTimeline();
    void done(int result) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildPages();
    void commit(const QString& text, const QString& mergeKey);
    void onTyped(const QString& text, const QString& mergeKey);
    void onEdited(const QString& text);
    void showPage(int index);
    void showMessage(const QString& text, bool error);

    PlanSession* m_session;
    QTimer* m_typingTimer;
    QString m_pendingText;
    QString m_pendingKey;
    QLabel* m_title;
    QLabel* m_statusLine;
    QLabel* m_message;
    QLabel* m_savedLabel;
    QListWidget* m_steps;
    QStackedWidget* m_stack;
    QList<PlanPage*> m_pages;
    QPushButton* m_timeline;
    QPushButton* m_back;
    QPushButton* m_next;
    QAction* m_undo;
    QAction* m_redo;
    qint64 m_intervention = 0; ///< the intervention the pages show, kept from page to page
};
