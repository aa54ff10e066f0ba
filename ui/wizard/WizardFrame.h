#pragma once

#include <QDialog>

class Autosave;
class QAction;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QUndoStack;
class WizardPageBase;

/**
 * The one frame every wizard stands on (KeePassXC's EditWidget behind its four
 * editors): a headline with a status line, "Saved HH:mm" and the undo and redo
 * buttons; the read-only banner and a message line in one look; the step list and
 * the stack of pages with Back and Next. What is typed is saved after a pause
 * (Autosave), at once on leaving a field, a page or the window. Ctrl+Z undoes and
 * Ctrl+Y or Ctrl+Shift+Z redo through the wizard's undo stack, which also reaches
 * the file, instead of the text field's own.
 *
 * A wizard adds its pages, says how a change is saved (commit) and what a page
 * shows when it comes into view (pageShown); the rest is here.
 */
class WizardFrame : public QDialog
{
    Q_OBJECT

public:
    explicit WizardFrame(QWidget* parent = nullptr);
    ~WizardFrame() override;

    int pageCount() const;
    int currentIndex() const;
    QWidget* pageWidget(int index) const;
    /** The index of the page added with `id`, or -1. */
    int indexOf(const QString& id) const;
    void setCurrentIndex(int index);
    void next();
    void back();

    /** Saves what is typed but not yet saved, now. */
    void flush();
    bool hasPendingChanges() const;
    void undo();
    void redo();

    QListWidget* stepList() const { return m_steps; }
    QLabel* banner() const { return m_banner; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* savedLabel() const { return m_savedLabel; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* backButton() const { return m_back; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

public Q_SLOTS:
    void done(int result) override;

protected:
    /** Adds a step: `page` in the stack, "n. title" in the step list. */
    void addPage(const QString& id, const QString& title, QWidget* page);
    /** Saves the page's typing after a pause and its other edits at once, through commit(). */
    void watch(WizardPageBase* page);
    /** Opens on the page added with `id` (where the user left off), else on the first. */
    void openOn(const QString& id);
    void setHeadline(const QString& title, const QString& statusLine);
    void setStatusLine(const QString& statusLine);
    /** The banner that says why nothing can be changed; an empty text hides it. */
    void setReadOnlyBanner(const QString& text);
    /** A button beside the read-only banner, shown with it. */
    void addBannerButton(QPushButton* button);
    /** A button at the bottom left, before Back and Next. */
    void addActionButton(QPushButton* button);
    /** Undo and redo go to `stack` (the session's); the buttons follow what it can do. */
    void setUndoStack(QUndoStack* stack);
    void showMessage(const QString& text, bool error);
    /** "Saved HH:mm"; a message about a failed save goes away. */
    void markSaved();
    void showSaveFailed(const QString& message);
    /** Resizes to a school laptop's screen, or smaller. */
    void fitToScreen();
    /** Stops reacting to focus, keys and the undo stack: call first in the wizard's destructor. */
    void detach();

    /** Saves what the current page shows, as an undo step named `text`; typing in one field shares `mergeKey`. */
    virtual void commit(const QString& text, const QString& mergeKey) = 0;
    /** Page `index` comes into view (from `previous`, or -1): show it as stored. */
    virtual void pageShown(int index, int previous) = 0;

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showStep(int index);

    Autosave* m_autosave;
    QLabel* m_title;
    QLabel* m_statusLine;
    QLabel* m_savedLabel;
    QLabel* m_banner;
    QHBoxLayout* m_bannerRow;
    QLabel* m_message;
    QListWidget* m_steps;
    QStackedWidget* m_stack;
    QHBoxLayout* m_actions;
    QPushButton* m_back;
    QPushButton* m_next;
    QAction* m_undo;
    QAction* m_redo;
    QUndoStack* m_undoStack = nullptr;
    QList<QPushButton*> m_bannerButtons;
    QStringList m_ids;
    bool m_detached = false;
};
