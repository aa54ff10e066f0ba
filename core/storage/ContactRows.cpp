#include "ContactRows.h"

#include "Sql.h"

#include <QSqlQuery>

namespace ContactRows {

QList<Contact> read(QSqlDatabase db, const QString& table, const QString& ownerWhere, const QVariantList& owner,
                    QString* error)
{
    QList<Contact> contacts;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, role, organisation, email, phone FROM %1 WHERE %2 ORDER BY position")
                  .arg(table, ownerWhere));
    for (const auto& v : owner)
        q.addBindValue(v);
    if (!Sql::execPrepared(q, error))
        return contacts;
    while (q.next()) {
        contacts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return contacts;
}

bool replace(QSqlDatabase db, const QString& table, const QString& ownerWhere, const QVariantList& owner,
             const QStringList& ownerColumns, const QList<Contact>& contacts, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, ownerWhere));
    for (const auto& v : owner)
        q.addBindValue(v);
    if (!Sql::execPrepared(q, error))
        return false;
    QStringList placeholders;
    for (qsizetype i = 0; i < ownerColumns.size(); ++i)
        placeholders << QStringLiteral("?");
    const QString sql = QStringLiteral("INSERT INTO %1(%2, position, name, role, organisation, email, phone) "
                                       "VALUES (%3, ?, ?, ?, ?, ?, ?)")
                            .arg(table, ownerColumns.join(QStringLiteral(", ")),
                                 placeholders.join(QStringLiteral(", ")));
    if (!q.prepare(sql)) {
        if (error)
            *error = Sql::describe(q.lastError());
        return false;
    }
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Contact& c = contacts[i];
        for (const auto& v : owner)
            q.addBindValue(v);
        q.addBindValue(i);
        q.addBindValue(c.name.trimmed());
        q.addBindValue(Sql::textOrNull(c.role));
        q.addBindValue(Sql::textOrNull(c.organisation));
        q.addBindValue(Sql::textOrNull(c.email));
        q.addBindValue(Sql::textOrNull(c.phone));
        if (!Sql::execPrepared(q, error))
            return false;
    }
    return true;
}

} // namespace ContactRows
