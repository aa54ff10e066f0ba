#pragma once

#include "core/domain/StatisticValue.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

class SqliteStatement;

class Database;

/** Where a statistic belongs: a school unit, a kommun (kommunkod) or the country ("00"). */
enum class StatisticScope { Unit, Municipality, Country };

/** One value of one indicator for one period, with its source. */
struct Statistic
{
    StatisticScope scope = StatisticScope::Unit;
    qint64 schoolUnitId = 0; ///< Unit
    QString areaCode; ///< Municipality: the kommunkod; Country: "00"
    QString breakdown; ///< "" for everyone; or e.g. "Kommunal", "Flickor", "Kommunal, Flickor"
    QString indicator; ///< the statistic's key, e.g. averageGradesMeritRating9thGrade (see core/import/IndicatorKeys)
    QString period; ///< läsår or period as the file writes it, e.g. "2024/25"
    StatisticValue value;
    // Source: the import that wrote it (0: generated or typed before imports existed).
    qint64 importId = 0;
    QString sourceFile; ///< the import's file name
    QDateTime importedAt;

    /** The key of a stored statistic: equal keys, one row. */
    QString key() const;
};

/**
 * The statistics (schema v2 unit_statistic, v8 area_statistic): the only code that reads or
 * writes them. The importer and the generator write through Writer; the analysis results page
 * and the plan's indicators read through the queries.
 */
class StatisticStore
{
public:
    explicit StatisticStore(const Database& db);
    explicit StatisticStore(QSqlDatabase db);

    /** A unit's statistics, newest period first per indicator; one indicator, or all when empty. */
    QList<Statistic> forUnit(qint64 schoolUnitId, const QString& indicator = {}, QString* error = nullptr) const;
    /**
     * A kommun's (kommunkod) or the country's ("00") statistics; one indicator or all, one
     * breakdown ("" = everyone) or all when `breakdown` is null.
     */
    QList<Statistic> forArea(const QString& areaCode, const QString& indicator = {},
                             const QString& breakdown = QString(), QString* error = nullptr) const;
    /** The newest (by period) imported or stored value of `indicator` for a unit: a plan indicator's baseline. */
    std::optional<Statistic> newest(qint64 schoolUnitId, const QString& indicator, QString* error = nullptr) const;
    /** The stored row with the key of `s` (scope, unit or area, breakdown, indicator, period), if any. */
    std::optional<Statistic> find(const Statistic& s, QString* error = nullptr) const;

    /** How many rows each table holds. */
    qint64 count(StatisticScope scope, QString* error = nullptr) const;

    /**
     * Writes many statistics with statements prepared once; transactions are the caller's
     * (the import's one transaction, or the generator's BatchWriter batches).
     * put() inserts or replaces the row with the same key.
     */
    class Writer
    {
    public:
        explicit Writer(QSqlDatabase db);
        ~Writer();
        bool put(const Statistic& s, QString* error);
        /** Removes the row with the key of `s`. */
        bool remove(const Statistic& s, QString* error);

    private:
        QSqlDatabase m_db;
        std::unique_ptr<SqliteStatement> m_unit;
        std::unique_ptr<QSqlQuery> m_area;
    };

    /** The unit-level insert (what the generator prepares in its BatchWriter) and its row. */
    static QString unitInsertSql();
    static QVariantList unitRow(qint64 schoolUnitId, const QString& indicator, const QString& period,
                                const StatisticValue& value, qint64 importId = 0);

    /** How a number is written: decimal comma, `decimals` places ("241,3"). */
    static QString write(double number, int decimals);
    /** The number a value shows, exact or not (the `value` column): "~100" shows 100. */
    static std::optional<double> shownNumber(const StatisticValue& v) { return v.exact ? v.exact : v.approximately; }

private:
    QList<Statistic> select(const QString& sql, const QVariantList& values, StatisticScope scope, QString* error) const;

    QSqlDatabase m_db;
};
