#pragma once

#include "ui/wizard/WizardPage.h"

#include <memory>

namespace Import {
struct Plan;
}
class ImportFilesModel;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

/**
 * Step 1 of the import: the files and folders chosen (added and removed here, or dropped on
 * the window), and for each file read what Skoldialog recognised in it, its encoding and
 * layout, or why it is refused whole.
 */
class ImportFilesPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit ImportFilesPage(QWidget* parent = nullptr);

    QListWidget* pathList() const { return m_paths; }
    QTableView* fileTable() const { return m_files; }
    ImportFilesModel* model() const { return m_model; }
    QPushButton* addFilesButton() const { return m_addFiles; }
    QPushButton* addFolderButton() const { return m_addFolder; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* statusLabel() const { return m_status; }

    void setPaths(const QStringList& paths);
    /** Reading has started (busy) or ended. */
    void setReading(bool reading, int pathCount);
    void setPlan(std::shared_ptr<const Import::Plan> plan, const QString& error);

Q_SIGNALS:
    void addRequested(const QStringList& paths);
    void removeRequested(int index);

private:
    QListWidget* m_paths;
    QPushButton* m_addFiles;
    QPushButton* m_addFolder;
    QPushButton* m_remove;
    ImportFilesModel* m_model;
    QTableView* m_files;
    QProgressBar* m_busy;
    QLabel* m_status;
};
