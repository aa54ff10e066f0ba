#pragma once

#include "ui/wizard/WizardFrame.h"

#include <memory>

namespace Import {
struct Plan;
}
class Database;
class ImportApplyPage;
class ImportFilesPage;
class ImportPreviewPage;

/**
 * Imports Skolverket's files (Arkiv → Importera…, or files dropped on the window): the files
 * with what was recognised in each, a preview of every record, then *Importera* with progress
 * and cancel, and a summary. The files are read and compared with the database on a worker
 * thread with a connection of its own, so the window stays responsive; writing is one
 * transaction on the window's connection, all or nothing.
 */
class ImportWizard : public WizardFrame
{
    Q_OBJECT

public:
    ImportWizard(Database& db, const QStringList& paths = {}, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ImportFilesPage* filesPage() const { return m_files; }
    ImportPreviewPage* previewPage() const { return m_preview; }
    ImportApplyPage* applyPage() const { return m_apply; }

    const QStringList& paths() const { return m_paths; }
    void addPaths(const QStringList& paths);
    void removePath(int index);
    /** True while the files are read and compared. */
    bool isPlanning() const { return m_planning; }
    std::shared_ptr<const Import::Plan> plan() const { return m_plan; }

    /** Writes the plan: progress, cancel, then the summary. */
    void runImport();
    /** Asks the running import to stop; nothing of it is written. */
    void cancelImport();
    bool isImporting() const { return m_importing; }
    /** The import log, where an import can be undone. */
    void showLog();

public Q_SLOTS:
    void done(int result) override;

Q_SIGNALS:
    /** The files were read and compared: the preview is there. */
    void planReady();
    /** The database changed (an import or an undo): lists elsewhere must reload. */
    void databaseChanged();

protected:
    void commit(const QString& text, const QString& mergeKey) override;
    void pageShown(int index, int previous) override;

private:
    void replan();
    void planFinished(std::shared_ptr<const Import::Plan> plan, const QString& error);
    void refreshApplyPage();
    void setBusy(bool busy);

    Database& m_db;
    ImportFilesPage* m_files;
    ImportPreviewPage* m_preview;
    ImportApplyPage* m_apply;
    QStringList m_paths;
    std::shared_ptr<const Import::Plan> m_plan;
    int m_generation = 0;
    bool m_planning = false;
    bool m_importing = false;
    bool m_cancel = false;
};
