#include "StatisticStore.h"

#include "Database.h"
#include "Sql.h"
#include "SqliteStatement.h"

namespace {

QVariant nullableNumber(const std::optional<double>& n)
{
    return n ? QVariant(*n) : QVariant(QMetaType(QMetaType::Double));
}

QVariant markerOf(const StatisticValue& v)
{
    return v.isExact() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v.text);
}

/** The marker's code, never NULL: '' for an exact number (StatisticValue::markerCode gives a null string). */
QString markerKind(StatisticValue::Marker m)
{
    const QString code = StatisticValue::markerCode(m);
    return code.isNull() ? QStringLiteral("") : code;
}

QVariant numberOf(const StatisticValue& v)
{
    return nullableNumber(StatisticStore::shownNumber(v));
}

QVariant importOf(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QString Statistic::key() const
{
    const QString owner = scope == StatisticScope::Unit ? QString::number(schoolUnitId) : areaCode;
    return QStringList { QString::number(int(scope)), owner, indicator, breakdown, period }.join(QChar(0x1f));
}

QString StatisticStore::write(double number, int decimals)
{
    return QString::number(number, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(','));
}

StatisticStore::StatisticStore(const Database& db)
    : m_db(db.connection())
{
}

StatisticStore::StatisticStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Statistic> StatisticStore::select(const QString& sql, const QVariantList& values, StatisticScope scope,
                                        QString* error) const
{
    QList<Statistic> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::exec(q, sql, values, error))
        return result;
    while (q.next()) {
        Statistic s;
        s.scope = scope;
        if (scope == StatisticScope::Unit) {
            s.schoolUnitId = q.value(0).toLongLong();
        } else {
            s.areaCode = q.value(0).toString();
            s.scope = s.areaCode == QLatin1String("00") ? StatisticScope::Country : StatisticScope::Municipality;
        }
        s.breakdown = q.value(1).toString();
        s.indicator = q.value(2).toString();
        s.period = q.value(3).toString();
        s.value.text = q.value(5).toString();
        s.value.marker
            = StatisticValue::markerFromCode(q.value(6).toString()).value_or(StatisticValue::Marker::Unknown);
        if (!q.value(4).isNull()) {
            if (s.value.isExact())
                s.value.exact = q.value(4).toDouble();
            else if (s.value.marker == StatisticValue::Marker::NearlyAll
                     || s.value.marker == StatisticValue::Marker::Approximate)
                s.value.approximately = q.value(4).toDouble();
        }
        s.importId = q.value(7).toLongLong();
        s.sourceFile = q.value(8).toString();
        s.importedAt = Sql::sqliteTimestamp(q.value(9));
        result.append(s);
    }
    return result;
}

QList<Statistic> StatisticStore::forUnit(qint64 schoolUnitId, const QString& indicator, QString* error) const
{
    return select(
        QStringLiteral("SELECT s.school_unit_id, '', s.indicator, s.period, s.value, s.written, s.marker_kind, "
                       "s.import_id, r.file_name, r.imported_at FROM unit_statistic s "
                       "LEFT JOIN import_run r ON r.id = s.import_id "
                       "WHERE s.school_unit_id = ? AND (coalesce(?, '') = '' OR s.indicator = ?) "
                       "ORDER BY s.indicator, s.period DESC"),
        { schoolUnitId, indicator, indicator }, StatisticScope::Unit, error);
}

QList<Statistic> StatisticStore::forArea(const QString& areaCode, const QString& indicator, const QString& breakdown,
                                         QString* error) const
{
    const QVariant anyBreakdown = breakdown.isNull() ? 1 : 0;
    return select(
        QStringLiteral("SELECT s.area_code, s.breakdown, s.indicator, s.period, s.value, s.written, s.marker_kind, "
                       "s.import_id, r.file_name, r.imported_at FROM area_statistic s "
                       "LEFT JOIN import_run r ON r.id = s.import_id "
                       "WHERE s.area_code = ? AND (coalesce(?, '') = '' OR s.indicator = ?) AND (? = 1 OR s.breakdown = ?) "
                       "ORDER BY s.indicator, s.breakdown, s.period DESC"),
        { areaCode, indicator, indicator, anyBreakdown, breakdown.isNull() ? QString() : breakdown },
        StatisticScope::Municipality, error);
}

std::optional<Statistic> StatisticStore::newest(qint64 schoolUnitId, const QString& indicator, QString* error) const
{
    const auto all = forUnit(schoolUnitId, indicator, error);
    if (all.isEmpty() || indicator.isEmpty())
        return std::nullopt;
    return all.first();
}

std::optional<Statistic> StatisticStore::find(const Statistic& s, QString* error) const
{
    QList<Statistic> rows;
    if (s.scope == StatisticScope::Unit) {
        rows = select(
            QStringLiteral("SELECT s.school_unit_id, '', s.indicator, s.period, s.value, s.written, s.marker_kind, "
                           "s.import_id, r.file_name, r.imported_at FROM unit_statistic s "
                           "LEFT JOIN import_run r ON r.id = s.import_id "
                           "WHERE s.school_unit_id = ? AND s.indicator = ? AND s.period = ?"),
            { s.schoolUnitId, s.indicator, s.period }, StatisticScope::Unit, error);
    } else {
        rows = select(
            QStringLiteral("SELECT s.area_code, s.breakdown, s.indicator, s.period, s.value, s.written, s.marker_kind, "
                           "s.import_id, r.file_name, r.imported_at FROM area_statistic s "
                           "LEFT JOIN import_run r ON r.id = s.import_id "
                           "WHERE s.area_code = ? AND s.indicator = ? AND s.breakdown = ? AND s.period = ?"),
            { s.areaCode, s.indicator, s.breakdown, s.period }, StatisticScope::Municipality, error);
    }
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

qint64 StatisticStore::count(StatisticScope scope, QString* error) const
{
    QSqlQuery q(m_db);
    const QString sql = scope == StatisticScope::Unit ? QStringLiteral("SELECT count(*) FROM unit_statistic")
        : scope == StatisticScope::Municipality
        ? QStringLiteral("SELECT count(*) FROM area_statistic WHERE area_code <> '00'")
        : QStringLiteral("SELECT count(*) FROM area_statistic WHERE area_code = '00'");
    if (!Sql::exec(q, sql, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString StatisticStore::unitInsertSql()
{
    return QStringLiteral(
        "INSERT OR REPLACE INTO unit_statistic(school_unit_id, indicator, period, value, marker, written, "
        "marker_kind, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
}

QVariantList StatisticStore::unitRow(qint64 schoolUnitId, const QString& indicator, const QString& period,
                                     const StatisticValue& value, qint64 importId)
{
    return {
        schoolUnitId,      indicator, period, numberOf(value), markerOf(value), value.text, markerKind(value.marker),
        importOf(importId)
    };
}

StatisticStore::Writer::Writer(QSqlDatabase db)
    : m_db(std::move(db))
{
}

StatisticStore::Writer::~Writer() = default;

bool StatisticStore::Writer::put(const Statistic& s, QString* error)
{
    if (s.scope == StatisticScope::Unit) {
        if (!m_unit) {
            // Bound through the SQLite C API: this runs once per value of a large import.
            auto prepared = std::make_unique<SqliteStatement>();
            if (!prepared->prepare(m_db, unitInsertSql(), error))
                return false;
            m_unit = std::move(prepared);
        }
        SqliteStatement& q = *m_unit;
        q.bindInt(0, s.schoolUnitId);
        q.bindText(1, s.indicator);
        q.bindText(2, s.period);
        if (const auto n = shownNumber(s.value))
            q.bindDouble(3, *n);
        else
            q.bindNull(3);
        if (s.value.isExact())
            q.bindNull(4);
        else
            q.bindText(4, s.value.text);
        q.bindText(5, s.value.text);
        q.bindText(6, markerKind(s.value.marker));
        if (s.importId > 0)
            q.bindInt(7, s.importId);
        else
            q.bindNull(7);
        return q.exec(error);
    }
    if (!m_area) {
        m_area = std::make_unique<QSqlQuery>(m_db);
        if (!m_area->prepare(QStringLiteral("INSERT OR REPLACE INTO area_statistic(area_code, breakdown, indicator, "
                                            "period, value, marker, written, "
                                            "marker_kind, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            if (error)
                *error = Sql::describe(m_area->lastError());
            m_area.reset();
            return false;
        }
    }
    const QVariantList row { s.scope == StatisticScope::Country ? QStringLiteral("00") : s.areaCode,
                             s.breakdown,
                             s.indicator,
                             s.period,
                             numberOf(s.value),
                             markerOf(s.value),
                             s.value.text,
                             markerKind(s.value.marker),
                             importOf(s.importId) };
    for (int i = 0; i < row.size(); ++i)
        m_area->bindValue(i, row[i]);
    return Sql::execPrepared(*m_area, error);
}

bool StatisticStore::Writer::remove(const Statistic& s, QString* error)
{
    QSqlQuery q(m_db);
    if (s.scope == StatisticScope::Unit)
        return Sql::exec(
            q, QStringLiteral("DELETE FROM unit_statistic WHERE school_unit_id = ? AND indicator = ? AND period = ?"),
            { s.schoolUnitId, s.indicator, s.period }, error);
    return Sql::exec(
        q,
        QStringLiteral(
            "DELETE FROM area_statistic WHERE area_code = ? AND indicator = ? AND breakdown = ? AND period = ?"),
        { s.scope == StatisticScope::Country ? QStringLiteral("00") : s.areaCode, s.indicator, s.breakdown, s.period },
        error);
}
