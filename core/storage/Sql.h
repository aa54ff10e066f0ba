#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <utility>

/**
 * Small helpers so every store reports database failures the same way:
 * bool + a message in the user's language that says what to do.
 */
namespace Sql {

/** A user-facing message for a failed query: disk full, read-only, locked, or the technical text. */
QString describe(const QSqlError& error);

/** Prepares and runs `sql` with positional bindings; on failure fills `error` and returns false. */
bool exec(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* error);
bool exec(QSqlQuery& query, const QString& sql, QString* error);

/** Runs an already prepared query. */
bool execPrepared(QSqlQuery& query, QString* error);

/** NULL for an empty string, so optional text stays NULL in the file. */
QVariant textOrNull(const QString& text);
/** ISO date or NULL. */
QVariant dateOrNull(const QDate& date);
/** A new record's identity (schema v6): a random QUuid, lowercase, without braces. */
QString newUuid();
/** `uuid`, or a new one when it is empty: a record keeps the uuid it was given. */
QString uuidOr(const QString& uuid);

/** A stored time (UTC: Clock::timestamp, or SQLite's strftime before schema v6) as local time. */
QDateTime sqliteTimestamp(const QVariant& value);

/**
 * Rolls back unless committed: each migration and each save is one of these.
 * A SAVEPOINT, so guards nest: an outer one (a new version of an analysis made
 * of several saves) commits or rolls back everything inside it; outermost, it
 * is an ordinary transaction.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isOpen() const { return m_open; }
    bool commit(QString* error);

private:
    void rollback();

    QSqlDatabase m_db;
    QString m_name;
    QString m_openError;
    bool m_open = false;
};

} // namespace Sql
