#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class CollaborationDocument;
class CollaborationPage;
class Database;
class NavigatorPanel;
class QLabel;
class QStackedWidget;
class QUndoGroup;

/** Hosts the navigator and the open collaboration; each feature lives in its own page. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() const { return *m_db; }
    NavigatorPanel* navigator() const { return m_navigator; }
    /** The open collaboration's page, or null. */
    CollaborationPage* collaborationPage() const { return m_page; }

    /** Opens collaboration `id` in the workspace, saving the previous one first. */
    bool openCollaboration(qint64 id);
    /** Saves whatever is typed but not yet saved. Ctrl+S. */
    void saveNow();

    /**
     * Once the window is shown: on a worker thread with a connection of its own, the
     * full integrity check if opening deferred it, then the opening's backup. A damaged
     * file found then is reported as at opening, with the offer of the newest backup.
     * `done` runs on the window's thread when the checks are over (for tests).
     */
    void startBackgroundChecks(std::function<void()> done = {});

    void newCollaboration();
    void newOrganizer();
    void newSchoolUnit();
    void editOrganizer(qint64 id);
    void editSchoolUnit(qint64 id);
    /** Arkiv → Importera…: the import wizard, with `paths` already chosen (files dropped on the window). */
    void importFiles(const QStringList& paths = {});
    /** Arkiv → Importlogg…: every import, each of which can be undone. */
    void showImportLog();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void reloadLists();
    void closeCollaboration();
    void showSaved();
    void showSaveError(const QString& message);
    void openOtherDatabase();
    void backupDatabase();
    void updateTitle();
    void handleDamage(const QString& message);
    QString lastCollaborationKey() const;
    void restoreLastCollaboration();
    /** After an import or its undo: the lists, and the open collaboration as the file now has it. */
    void afterImport();

    std::unique_ptr<Database> m_db;
    NavigatorPanel* m_navigator;
    QStackedWidget* m_workspace;
    QWidget* m_welcome;
    CollaborationDocument* m_document = nullptr;
    CollaborationPage* m_page = nullptr;
    QUndoGroup* m_undoGroup;
    QLabel* m_saveState;
};
