#include "Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

namespace Sql {

QString describe(const QSqlError& error)
{
    const auto tr = [](const char* s) { return QCoreApplication::translate("Sql", s); };
    // SQLite's primary result codes (the low byte of the extended code).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 13: // SQLITE_FULL
        return tr("The disk is full. Nothing was saved from this change; free some space and try again.");
    case 8: // SQLITE_READONLY
        return tr("The database file is read-only. Check the file's permissions or save a copy elsewhere.");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("The database is busy in another program. Try again in a moment.");
    case 10: // SQLITE_IOERR
        return tr("The database file could not be written (input/output error). Check the disk and try again.");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("The database file is damaged. Close Skoldialog and open the newest backup.");
    case 19: // SQLITE_CONSTRAINT
        return tr("The change conflicts with data already saved (%1).").arg(error.databaseText());
    default:
        break;
    }
    return tr("The database reported an error: %1").arg(error.text());
}

bool execPrepared(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

bool exec(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = describe(query.lastError());
        return false;
    }
    for (const auto& v : values)
        query.addBindValue(v);
    return execPrepared(query, error);
}

bool exec(QSqlQuery& query, const QString& sql, QString* error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

QVariant textOrNull(const QString& text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_open = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

bool Transaction::commit(QString* error)
{
    if (!m_open) {
        if (error)
            *error = describe(m_db.lastError());
        return false;
    }
    if (!m_db.commit()) {
        if (error)
            *error = describe(m_db.lastError());
        m_db.rollback();
        m_open = false;
        return false;
    }
    m_open = false;
    return true;
}

} // namespace Sql
