#include "ImportLogDialog.h"

#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageStyles.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

void ImportLogModel::setEntries(QList<Import::LogEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const Import::LogEntry* ImportLogModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int ImportLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ImportLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportLogModel::data(const QModelIndex& index, int role) const
{
    const Import::LogEntry* e = entry(index.row());
    if (!e)
        return {};
    const bool undone = e->undoneAt.isValid();
    if (role == Qt::ForegroundRole && undone)
        return QBrush(QColor(0x55, 0x55, 0x55));
    if (role == Qt::TextAlignmentRole && index.column() >= NewColumn && index.column() <= RefusedColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale l;
    switch (index.column()) {
    case WhenColumn:
        return l.toString(e->importedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case FileColumn:
        return role == Qt::ToolTipRole && !e->summary.isEmpty() ? e->summary : e->fileName;
    case KindColumn:
        return e->title.isEmpty() ? e->kind : QStringLiteral("%1 (%2)").arg(e->title, e->period);
    case NewColumn:
        return l.toString(e->counts.newRecords);
    case ChangedColumn:
        return l.toString(e->counts.changed);
    case UnchangedColumn:
        return l.toString(e->counts.unchanged);
    case RefusedColumn:
        return l.toString(e->counts.refused);
    case StateColumn:
        return undone ? tr("undone %1").arg(l.toString(e->undoneAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")))
                      : tr("in force");
    case ShaColumn:
        return e->sha256;
    default:
        return {};
    }
}

QVariant ImportLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("Imported");
    case FileColumn:
        return tr("File");
    case KindColumn:
        return tr("Content");
    case NewColumn:
        return tr("New");
    case ChangedColumn:
        return tr("Changed");
    case UnchangedColumn:
        return tr("Unchanged");
    case RefusedColumn:
        return tr("Refused");
    case StateColumn:
        return tr("State");
    case ShaColumn:
        return tr("SHA-256");
    default:
        return {};
    }
}

ImportLogDialog::ImportLogDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new ImportLogModel(this))
    , m_table(new QTableView)
    , m_undo(new QPushButton(tr("&Undo import…")))
    , m_result(new QLabel)
{
    setObjectName(QStringLiteral("importLogDialog"));
    setWindowTitle(tr("Import log"));
    m_table->setObjectName(QStringLiteral("importLogTable"));
    m_table->setAccessibleName(tr("Imports, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImportLogModel::FileColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ImportLogModel::KindColumn, QHeaderView::Interactive);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_table->setColumnWidth(ImportLogModel::FileColumn, em * 18);
    m_table->setColumnWidth(ImportLogModel::KindColumn, em * 18);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_undo->setAutoDefault(false);
    m_result->setObjectName(QStringLiteral("logResult"));
    m_result->setWordWrap(true);
    m_result->hide();
    auto* help = new QLabel(tr("Each import with its file's SHA-256 fingerprint. Undoing an import removes what it "
                               "made and gives what it changed its earlier values back, all in one go."));
    help->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportLogDialog::undoSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportLogDialog::updateButtons);
    resize(std::min(1300, parent ? parent->width() : 1300), 520);
    reload();
}

void ImportLogDialog::reload()
{
    QString error;
    const int row = m_table->currentIndex().row();
    m_model->setEntries(Import::Service(m_db).log(&error));
    if (!error.isEmpty())
        MessageStyles::show(m_result, tr("The import log could not be read: %1").arg(error),
                            MessageStyles::Kind::Error);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0));
    updateButtons();
}

void ImportLogDialog::updateButtons()
{
    const Import::LogEntry* e = m_model->entry(m_table->currentIndex().row());
    m_undo->setEnabled(e && !e->undoneAt.isValid());
}

void ImportLogDialog::undoSelected()
{
    const Import::LogEntry* e = m_model->entry(m_table->currentIndex().row());
    if (!e || e->undoneAt.isValid())
        return;
    const QLocale l;
    const auto answer = MessageBox::question(
        this, tr("Undo the import?"),
        tr("Undo the import of %1 (%2)? What it made is removed and what it changed gets its earlier values back: "
           "%3 new and %4 changed records.")
            .arg(e->fileName, l.toString(e->importedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                 l.toString(e->counts.newRecords), l.toString(e->counts.changed)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    QString summary;
    const QString file = e->fileName;
    if (!Import::Service(m_db).undo(e->id, &error, &summary)) {
        MessageStyles::show(m_result, tr("The import of %1 was not undone: %2").arg(file, error),
                            MessageStyles::Kind::Error);
        return;
    }
    MessageStyles::show(m_result,
                        summary.isEmpty() ? tr("The import of %1 is undone.").arg(file)
                                          : tr("The import of %1 is undone: %2").arg(file, summary),
                        MessageStyles::Kind::Info);
    reload();
    Q_EMIT databaseChanged();
}
