#include "ResultsModel.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

ResultsModel::ResultsModel(QList<TemplateIndicator> indicators, QObject* parent)
    : QAbstractTableModel(parent)
    , m_indicators(std::move(indicators))
    , m_periods(recentPeriods(QDate::currentDate()))
{
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_indicators.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_periods.size()) + (m_sources.isEmpty() ? 1 : 2);
}

int ResultsModel::sourceColumn() const
{
    return m_sources.isEmpty() ? -1 : static_cast<int>(m_periods.size()) + 1;
}

void ResultsModel::setSources(const QList<SourcedValue>& sources)
{
    beginResetModel();
    m_sourceList = sources;
    m_sources.clear();
    for (const auto& s : sources)
        m_sources.insert({ s.value.indicator, s.value.period }, s);
    endResetModel();
}

const SourcedValue* ResultsModel::sourceOf(const QString& indicator, const QString& period) const
{
    const auto source = m_sources.constFind({ indicator, period });
    const auto value = m_values.constFind({ indicator, period });
    if (source == m_sources.cend() || value == m_values.cend() || !StatisticsFetch::sameValue(*value, source->value))
        return nullptr;
    return &*source;
}

QString ResultsModel::rowSources(int row) const
{
    const QString& indicator = m_indicators[row].id;
    QStringList files;
    bool typed = false;
    for (const auto& period : m_periods) {
        if (!m_values.contains({ indicator, period }))
            continue;
        if (const SourcedValue* s = sourceOf(indicator, period)) {
            if (!files.contains(s->source))
                files << s->source;
        } else {
            typed = true;
        }
    }
    if (typed)
        files << tr("typed by hand");
    return files.join(QStringLiteral(", "));
}

QString ResultsModel::cellText(const IndicatorValue& v) const
{
    // A marker is what the source wrote ("~100", "cirka 1 110"): never shown as a plain number.
    if (v.value && v.marker.isEmpty())
        return QLocale().toString(*v.value, 'f', QLocale::FloatingPointShortest);
    return v.marker;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_indicators.size())
        return {};
    const TemplateIndicator& ind = m_indicators[index.row()];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return ind.unit.isEmpty() ? ind.label : QStringLiteral("%1 (%2)").arg(ind.label, ind.unit);
        if (role == Qt::ToolTipRole)
            return ind.id;
        return {};
    }
    if (index.column() == sourceColumn()) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return rowSources(index.row());
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x55, 0x55, 0x55));
        return {};
    }
    const QString& period = m_periods[index.column() - 1];
    const auto it = m_values.constFind({ ind.id, period });
    const bool outOfRange = it != m_values.cend() && it->value && (*it->value < ind.min || *it->value > ind.max);
    const SourcedValue* source = sourceOf(ind.id, period);
    const auto imported = m_sources.constFind({ ind.id, period });
    switch (role) {
    case SourceRole:
        return source ? source->source : QString();
    case Qt::BackgroundRole:
        if (source)
            return QBrush(QColor(0xe6, 0xef, 0xfa));
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        return it == m_values.cend() ? QString() : cellText(*it);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (outOfRange)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (it != m_values.cend() && !it->value)
            return QBrush(QColor(0x55, 0x55, 0x55));
        return {};
    case Qt::ToolTipRole:
        if (outOfRange)
            return tr("Outside what the indicator can be (%1–%2): check the value.")
                .arg(QLocale().toString(ind.min), QLocale().toString(ind.max));
        if (source)
            return tr("From the statistics: %1 (imported %2), school year %3.")
                .arg(source->source, QLocale().toString(source->importedAt.toLocalTime(), QLocale::ShortFormat),
                     period);
        if (it != m_values.cend() && imported != m_sources.cend())
            return tr("Typed by hand. The statistics (%1) say %2 for %3.")
                .arg(imported->source, cellText(imported->value), period);
        if (it != m_values.cend() && !it->value)
            return tr("A marker from the statistics, kept as written.");
        if (it != m_values.cend() && !m_sources.isEmpty())
            return tr("Typed by hand.");
        return {};
    default:
        return {};
    }
}

bool ResultsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() == 0 || index.column() == sourceColumn())
        return false;
    const QString& indicator = m_indicators[index.row()].id;
    const QString& period = m_periods[index.column() - 1];
    const IndicatorValue parsed = parse(indicator, period, value.toString());
    const auto key = std::make_pair(indicator, period);
    const bool empty = !parsed.value && parsed.marker.isEmpty();
    if (empty ? !m_values.contains(key) : m_values.value(key) == parsed)
        return true;
    if (empty)
        m_values.remove(key);
    else
        m_values.insert(key, parsed);
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == sourceColumn())
        return tr("Source");
    return section == 0 ? tr("Indicator") : m_periods.value(section - 1);
}

Qt::ItemFlags ResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == 0 || index.column() == sourceColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

void ResultsModel::setResults(const QList<IndicatorValue>& results)
{
    beginResetModel();
    m_values.clear();
    m_foreign.clear();
    QStringList periods = m_periods;
    for (const auto& r : results) {
        bool known = false;
        for (const auto& ind : m_indicators)
            known = known || ind.id == r.indicator;
        if (!known) {
            m_foreign.append(r);
            continue;
        }
        m_values.insert({ r.indicator, r.period }, r);
        if (!periods.contains(r.period))
            periods << r.period;
    }
    periods.sort();
    m_periods = periods;
    endResetModel();
}

QList<IndicatorValue> ResultsModel::results() const
{
    QList<IndicatorValue> list = m_foreign;
    for (const auto& v : m_values)
        list.append(v);
    std::sort(list.begin(), list.end(), [](const IndicatorValue& a, const IndicatorValue& b) {
        return std::tie(a.indicator, a.period) < std::tie(b.indicator, b.period);
    });
    return list;
}

int ResultsModel::addPeriod()
{
    const QString next
        = m_periods.isEmpty() ? recentPeriods(QDate::currentDate()).last() : nextPeriod(m_periods.last());
    const int column = static_cast<int>(m_periods.size()) + 1;
    beginInsertColumns({}, column, column);
    m_periods << next;
    endInsertColumns();
    return column;
}

IndicatorValue ResultsModel::parse(const QString& indicator, const QString& period, const QString& text)
{
    IndicatorValue v { indicator, period, std::nullopt, QString() };
    QString t = text.trimmed();
    if (t.isEmpty())
        return v;
    // Statistics write "1 110,5" with (non-breaking) spaces and a decimal comma.
    QString number = t;
    number.remove(QRegularExpression(QStringLiteral("[\\s\\x{00a0}\\x{202f}]")));
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression plain(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (plain.match(number).hasMatch()) {
        v.value = number.toDouble();
        return v;
    }
    v.marker = t;
    return v;
}

QString ResultsModel::nextPeriod(const QString& period)
{
    const int start = period.left(4).toInt();
    if (start <= 0)
        return period;
    return QStringLiteral("%1/%2").arg(start + 1).arg((start + 2) % 100, 2, 10, QLatin1Char('0'));
}

QStringList ResultsModel::recentPeriods(const QDate& today)
{
    // A school year ends in June: in the autumn the one just ended is the latest.
    const int lastStart = today.month() >= 7 ? today.year() - 1 : today.year() - 2;
    QStringList periods;
    for (int start = lastStart - 2; start <= lastStart; ++start)
        periods << QStringLiteral("%1/%2").arg(start).arg((start + 1) % 100, 2, 10, QLatin1Char('0'));
    return periods;
}
