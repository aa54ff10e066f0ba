#pragma once

#include "core/import/ImportService.h"

#include <QAbstractTableModel>
#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTableView;

/** The import log: one row per import, newest first. */
class ImportLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        FileColumn,
        KindColumn,
        NewColumn,
        ChangedColumn,
        UnchangedColumn,
        RefusedColumn,
        StateColumn,
        ShaColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<Import::LogEntry> entries);
    const Import::LogEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Import::LogEntry> m_entries;
};

/**
 * Every import with its file, the file's SHA-256, when and by whom, and its counts; *Ångra
 * import* undoes one import as a whole, after asking, and says what it restored or why not.
 */
class ImportLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportLogDialog(Database& db, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ImportLogModel* model() const { return m_model; }
    QPushButton* undoButton() const { return m_undo; }
    QLabel* resultLabel() const { return m_result; }

    void reload();
    /** Undoes the chosen import, once the user has agreed. */
    void undoSelected();

Q_SIGNALS:
    void databaseChanged();

private:
    void updateButtons();

    Database& m_db;
    ImportLogModel* m_model;
    QTableView* m_table;
    QPushButton* m_undo;
    QLabel* m_result;
};
