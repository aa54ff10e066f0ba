#pragma once

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

/** One column of a RecordTable: a header and the kind of value it holds. */
struct RecordColumn
{
    enum class Kind { Text, Date, Check };
    QString header;
    Kind kind = Kind::Text;
    int width = 0; ///< preferred width in pixels, 0 to stretch
};

/** Rows of plain values under fixed columns: participants, contacts, decisions, action items. */
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RecordTableModel(QList<RecordColumn> columns, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QList<QVariantList> rows() const { return m_rows; }
    void setRows(const QList<QVariantList>& rows);
    int appendRow(const QVariantList& values);
    void removeRowAt(int row);
    const QList<RecordColumn>& columns() const { return m_columns; }

Q_SIGNALS:
    /** The user changed, added or removed a row. */
    void edited();

private:
    QList<RecordColumn> m_columns;
    QList<QVariantList> m_rows;
};

/**
 * A titled table with "Lägg till" and "Ta bort", usable by keyboard alone:
 * Tab leaves the table, arrows move inside it, F2 or typing edits, Delete removes.
 */
class RecordTable : public QWidget
{
    Q_OBJECT

public:
    RecordTable(const QString& title, QList<RecordColumn> columns, QWidget* parent = nullptr);

    RecordTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

    /** Values a new row starts with; defaults to empty values of each column's kind. */
    void setNewRowValues(std::function<QVariantList()> values) { m_newRow = std::move(values); }
    void setReadOnly(bool readOnly);

    /** Adds a row and starts editing its first cell. */
    void addRow();

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void removeCurrentRow();
    void updateButtons();

    RecordTableModel* m_model;
    QTableView* m_view;
    QLabel* m_title;
    QPushButton* m_add;
    QPushButton* m_remove;
    std::function<QVariantList()> m_newRow;
};
