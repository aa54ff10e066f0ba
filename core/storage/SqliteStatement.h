#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

/**
 * One statement prepared on the SQLite handle under a QSqlDatabase and run through the SQLite C
 * API: for bulk writes (the import's statistics), where QSqlQuery's per-value bookkeeping costs more
 * than SQLite itself. It runs on the same connection, so inside the caller's transaction. Only for
 * statements without result rows (INSERT, UPDATE, DELETE).
 */
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /** False (with the reason) when the connection is not SQLite or the SQL does not prepare. */
    bool prepare(const QSqlDatabase& db, const QString& sql, QString* error);
    /** Binds `value` (null, integer, double or text) to the 0-based parameter `index`. */
    void bind(int index, const QVariant& value);
    void bindText(int index, const QString& text); ///< a null QString binds NULL, as QSqlQuery does
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    /** Runs the statement once with the values bound, then resets it for the next row. */
    bool exec(QString* error);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};
