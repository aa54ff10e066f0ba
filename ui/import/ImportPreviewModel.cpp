#include "ImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPlan(std::shared_ptr<const Import::Plan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_rows.clear();
    if (m_plan) {
        std::size_t total = 0;
        for (const auto& f : m_plan->files)
            total += f.entries.size();
        m_rows.reserve(total);
        for (int f = 0; f < m_plan->files.size(); ++f) {
            const auto& entries = m_plan->files[f].entries;
            for (int e = 0; e < static_cast<int>(entries.size()); ++e)
                m_rows.push_back({ f, e });
        }
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Import::Entry* ImportPreviewModel::entry(int row) const
{
    if (!m_plan || row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_plan->files[m_rows[row].file].entries[m_rows[row].entry];
}

const Import::FilePlan* ImportPreviewModel::filePlan(int row) const
{
    if (!m_plan || row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_plan->files[m_rows[row].file];
}

QString ImportPreviewModel::outcomeLabel(Import::Outcome outcome)
{
    switch (outcome) {
    case Import::Outcome::New:
        return tr("New");
    case Import::Outcome::Changed:
        return tr("Changed");
    case Import::Outcome::Unchanged:
        return tr("Unchanged");
    case Import::Outcome::Refused:
        return tr("Refused");
    }
    return {};
}

QString ImportPreviewModel::targetLabel(Import::Target target)
{
    switch (target) {
    case Import::Target::Organizer:
        return tr("Organizer");
    case Import::Target::Unit:
        return tr("School unit");
    case Import::Target::Statistic:
        return tr("Statistic");
    case Import::Target::Record:
        return tr("Record");
    }
    return {};
}

QString ImportPreviewModel::details(int row) const
{
    const Import::Entry* e = entry(row);
    if (!e)
        return {};
    if (e->outcome == Import::Outcome::Refused)
        return e->reason;
    if (e->outcome == Import::Outcome::New && e->changes.isEmpty())
        return tr("New: it will be added.");
    if (e->outcome == Import::Outcome::Unchanged)
        return tr("Unchanged: the database already says what the file says.");
    QStringList lines;
    for (const auto& c : e->changes) {
        const QString before = c.before.isEmpty() ? tr("(empty)") : c.before;
        const QString after = c.after.isEmpty() ? tr("(empty)") : c.after;
        lines << tr("%1: %2 → %3").arg(c.field, before, after);
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    const Import::Entry* e = entry(index.row());
    if (!e)
        return {};
    const Import::FilePlan& file = *filePlan(index.row());
    if (role == OutcomeRole)
        return static_cast<int>(e->outcome);
    if (role == SearchTextRole)
        return QStringList { file.label(*e), details(index.row()), file.fileName, file.where(*e) }
            .join(QLatin1Char(' '))
            .toLower();
    if (role == Qt::ForegroundRole) {
        if (index.column() == OutcomeColumn && e->outcome == Import::Outcome::Refused)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (e->outcome == Import::Outcome::Unchanged)
            return QBrush(QColor(0x55, 0x55, 0x55));
        return {};
    }
    if (role == Qt::FontRole && index.column() == OutcomeColumn && e->outcome != Import::Outcome::Unchanged) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case OutcomeColumn:
        return outcomeLabel(e->outcome);
    case KindColumn:
        return targetLabel(e->target);
    case RecordColumn:
        return file.label(*e);
    case DetailColumn: {
        const QString text = details(index.row());
        return role == Qt::DisplayRole ? QString(text).replace(QLatin1Char('\n'), QStringLiteral("; ")) : text;
    }
    case FileColumn:
        return file.fileName;
    case WhereColumn:
        return file.where(*e);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OutcomeColumn:
        return tr("Outcome");
    case KindColumn:
        return tr("Kind");
    case RecordColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Changes or reason");
    case FileColumn:
        return tr("File");
    case WhereColumn:
        return tr("Where");
    default:
        return {};
    }
}

void ImportPreviewFilter::setFilter(const QSet<int>& outcomes, const QString& search)
{
    const QStringList words = search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (outcomes == m_outcomes && words == m_words)
        return;
    m_outcomes = outcomes;
    m_words = words;
    invalidateFilter();
}

bool ImportPreviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_outcomes.isEmpty() && !m_outcomes.contains(index.data(ImportPreviewModel::OutcomeRole).toInt()))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(ImportPreviewModel::SearchTextRole).toString();
    for (const auto& w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}
