#include "ImportFilesModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

void ImportFilesModel::setPlan(std::shared_ptr<const Import::Plan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    endResetModel();
}

int ImportFilesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_plan ? 0 : static_cast<int>(m_plan->files.size());
}

int ImportFilesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportFilesModel::content(const Import::FilePlan& file)
{
    const Import::Recognition& r = file.file.recognition;
    QStringList parts;
    if (!r.title.isEmpty())
        parts << r.title;
    if (!r.schoolYear.isEmpty())
        parts << tr("school year %1").arg(r.schoolYear);
    else if (!r.periodLabel.isEmpty())
        parts << r.periodLabel;
    if (!file.units.isEmpty())
        parts << tr("%1 school units").arg(number(file.units.size()));
    if (!file.organizers.isEmpty())
        parts << tr("%1 organizers").arg(number(file.organizers.size()));
    if (!file.statistics.empty())
        parts << tr("%1 values").arg(number(static_cast<qint64>(file.statistics.size())));
    return parts.join(QStringLiteral(" · "));
}

QString ImportFilesModel::result(const Import::FilePlan& file)
{
    if (file.refusedWhole())
        return tr("Refused whole: %1").arg(file.file.error->message);
    const Import::Counts c = file.counts();
    QStringList parts;
    if (c.newRecords > 0)
        parts << tr("%1 new").arg(number(c.newRecords));
    if (c.changed > 0)
        parts << tr("%1 changed").arg(number(c.changed));
    if (c.unchanged > 0)
        parts << tr("%1 unchanged").arg(number(c.unchanged));
    if (c.refused > 0)
        parts << tr("%1 refused").arg(number(c.refused));
    QString text = parts.isEmpty() ? tr("no records") : parts.join(QStringLiteral(", "));
    if (file.sameFileImportId > 0)
        text += QLatin1Char(' ')
            + tr("(the same file was imported on %1)")
                  .arg(QLocale().toString(file.sameFileImportedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    return text;
}

QVariant ImportFilesModel::data(const QModelIndex& index, int role) const
{
    if (!m_plan || index.row() < 0 || index.row() >= m_plan->files.size())
        return {};
    const Import::FilePlan& file = m_plan->files[index.row()];
    const bool refused = file.refusedWhole();
    if (role == Qt::ForegroundRole && refused && index.column() == ResultColumn)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case FileColumn:
        return role == Qt::ToolTipRole ? file.file.path : file.fileName;
    case KindColumn:
        return Import::Names::kind(file.file.recognition.kind);
    case ContentColumn:
        return content(file);
    case EncodingColumn:
        if (refused)
            return QStringLiteral("–");
        return file.file.recognition.crlf ? tr("%1, CRLF").arg(Import::Names::encoding(file.file.recognition.encoding))
                                          : Import::Names::encoding(file.file.recognition.encoding);
    case LayoutColumn:
        if (file.file.recognition.layout == Import::ReportLayout::None)
            return QStringLiteral("–");
        return Import::Names::layout(file.file.recognition.layout);
    case ResultColumn:
        return result(file);
    default:
        return {};
    }
}

QVariant ImportFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case KindColumn:
        return tr("Recognised as");
    case ContentColumn:
        return tr("Content");
    case EncodingColumn:
        return tr("Encoding");
    case LayoutColumn:
        return tr("Layout");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}
