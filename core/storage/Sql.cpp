#include "Sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QUuid>

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
        // The texts of the triggers that keep records frozen (core/storage/Migrations): said in the
        // user's language, with what to do instead, never as the trigger's English.
        if (error.databaseText().contains(QLatin1String("the analysis is established")))
            return tr("The analysis is established and is kept as a record: it cannot change. Make a new version "
                      "of it to revise it.");
        if (error.databaseText().contains(QLatin1String("the agreement is signed")))
            return tr("The agreement is signed and is kept as a record: it cannot change. Make an amendment "
                      "(tillägg) to change what it says.");
        if (error.databaseText().contains(QLatin1String("the progress report is submitted")))
            return tr("The progress report is submitted and is kept as a record: it cannot change. Make a new "
                      "version of it to correct it.");
        if (error.databaseText().contains(QLatin1String("the final report is submitted")))
            return tr("The final report is submitted and is kept as a record: it cannot change. Make a new "
                      "version of it to correct it.");
        if (error.databaseText().contains(QLatin1String("the status history is kept")))
            return tr("The status history is kept as it was written. Record a new status change instead.");
        if (error.databaseText().contains(QLatin1String("FOREIGN KEY")))
            return tr("Something else still uses what this change removes (for example an intervention in the action "
                      "plan). Nothing was changed.");
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

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString uuidOr(const QString& uuid)
{
    return uuid.isEmpty() ? newUuid() : uuid;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    static QAtomicInt counter;
    m_name = QStringLiteral("sp%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery q(m_db);
    m_open = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_open)
        m_openError = describe(q.lastError());
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

void Transaction::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    q.exec(QStringLiteral("RELEASE ") + m_name);
    m_open = false;
}

bool Transaction::commit(QString* error)
{
    if (!m_open) {
        if (error)
            *error = m_openError.isEmpty() ? describe(m_db.lastError()) : m_openError;
        return false;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE ") + m_name)) {
        if (error)
            *error = describe(q.lastError());
        rollback();
        return false;
    }
    m_open = false;
    return true;
}

QDateTime sqliteTimestamp(const QVariant& value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!t.isValid())
        return t;
    t.setTimeSpec(Qt::UTC);
    return t.toLocalTime();
}

} // namespace Sql
