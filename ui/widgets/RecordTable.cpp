#include "RecordTable.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Editing starts on a double click, F2 or typing; moving with the arrows only moves.
const QAbstractItemView::EditTriggers kEditTriggers = QAbstractItemView::DoubleClicked
    | QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed;
} // namespace

RecordTableModel::RecordTableModel(QList<RecordColumn> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QVariant& value = m_rows[index.row()].value(index.column());
    const auto kind = m_columns[index.column()].kind;
    if (kind == RecordColumn::Kind::Check) {
        if (role == Qt::CheckStateRole)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::DisplayRole && kind == RecordColumn::Kind::Date)
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString();
    if (role == Qt::EditRole && kind == RecordColumn::Kind::Date)
        return value.toDate().isValid() ? value.toDate() : QDate::currentDate();
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
        return value;
    return {};
}

bool RecordTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const auto kind = m_columns[index.column()].kind;
    QVariant stored;
    if (kind == RecordColumn::Kind::Check && role == Qt::CheckStateRole)
        stored = value.toInt() == Qt::Checked;
    else if (kind != RecordColumn::Kind::Check && role == Qt::EditRole)
        stored = kind == RecordColumn::Kind::Date ? QVariant(value.toDate()) : QVariant(value.toString());
    else
        return false;
    QVariantList& row = m_rows[index.row()];
    while (row.size() < m_columns.size())
        row.append(QVariant());
    if (row[index.column()] == stored)
        return true;
    row[index.column()] = stored;
    Q_EMIT dataChanged(index, index, {role, Qt::DisplayRole});
    Q_EMIT edited();
    return true;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns[section].header;
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_columns[index.column()].kind == RecordColumn::Kind::Check)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

void RecordTableModel::setRows(const QList<QVariantList>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RecordTableModel::appendRow(const QVariantList& values)
{
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(values);
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void RecordTableModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

RecordTable::RecordTable(const QString& title, QList<RecordColumn> columns, QWidget* parent)
    : QWidget(parent)
    , m_model(new RecordTableModel(columns, this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(title, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_newRow = [columns] {
        QVariantList values;
        for (const auto& c : columns)
            values << (c.kind == RecordColumn::Kind::Check ? QVariant(false) : QVariant(QString()));
        return values;
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_view);
    header->addWidget(m_title, 1);
    header->addWidget(m_add);
    header->addWidget(m_remove);
    layout->addLayout(header);
    layout->addWidget(m_view);

    m_view->setModel(m_model);
    m_view->setTabKeyNavigation(false); // Tab leaves the table: keyboard users are never trapped
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(kEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAccessibleName(title);
    m_view->installEventFilter(this);
    auto* h = m_view->horizontalHeader();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].width > 0) {
            h->setSectionResizeMode(i, QHeaderView::Interactive);
            h->resizeSection(i, columns[i].width);
        } else {
            h->setSectionResizeMode(i, QHeaderView::Stretch);
        }
    }
    m_add->setAccessibleName(tr("Add to %1").arg(title));
    m_remove->setAccessibleName(tr("Remove from %1").arg(title));

    connect(m_add, &QPushButton::clicked, this, &RecordTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RecordTable::removeCurrentRow);
    connect(m_model, &RecordTableModel::edited, this, &RecordTable::edited);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTable::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordTable::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordTable::updateButtons);
    updateButtons();
}

void RecordTable::setReadOnly(bool readOnly)
{
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_view->setEditTriggers(readOnly ? QAbstractItemView::EditTriggers(QAbstractItemView::NoEditTriggers)
                                     : kEditTriggers);
}

void RecordTable::addRow()
{
    const int row = m_model->appendRow(m_newRow());
    const QModelIndex first = m_model->index(row, 0);
    m_view->setFocus();
    m_view->setCurrentIndex(first);
    m_view->edit(first);
}

void RecordTable::removeCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeRowAt(current.row());
}

void RecordTable::updateButtons()
{
    m_remove->setEnabled(m_model->rowCount() > 0);
}

bool RecordTable::eventFilter(QObject* watched, QEvent* event)
{
    // An open editor has the focus, so keys reaching the view itself are never typing.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && m_remove->isVisible()) {
            removeCurrentRow();
            return true;
        }
        if (key->key() == Qt::Key_Insert && m_add->isVisible()) {
            addRow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
