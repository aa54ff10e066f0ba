#pragma once

#include "Sql.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <utility>

/**
 * Ordered child rows that keep their ids across saves, shared by the stores whose
 * rows other records point at (analysis → plan, plan → agreement).
 */
namespace ChildRows {

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/**
 * Writes `items` into `table` for one owner (`ownerColumn` = `ownerId`), keeping
 * their ids: rows no longer listed are deleted, the others inserted or updated in
 * place with their list position, new ones given ids (written back into `items`).
 */
template<typename T>
bool sync(QSqlDatabase db, const QString& table, const QString& ownerColumn, qint64 ownerId, QList<T>& items,
          const QStringList& columns, const std::function<QVariantList(const T&)>& values, QString* error)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, ownerColumn), {ownerId}, error))
        return false;
    QSet<qint64> kept;
    for (const auto& item : items)
        kept.insert(item.id);
    QList<qint64> removed;
    while (q.next()) {
        if (!kept.contains(q.value(0).toLongLong()))
            removed << q.value(0).toLongLong();
    }
    for (qint64 id : removed) {
        if (!Sql::exec(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}, error))
            return false;
    }
    QStringList placeholders, updates;
    for (const auto& c : columns) {
        placeholders << QStringLiteral("?");
        updates << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    const QString sql = QStringLiteral("INSERT INTO %1(id, %2, position, %3) VALUES (?, ?, ?, %4) "
                                       "ON CONFLICT(id) DO UPDATE SET position = excluded.position, %5")
                            .arg(table, ownerColumn, columns.join(QStringLiteral(", ")),
                                 placeholders.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!Sql::exec(q, sql, QVariantList{idOrNull(items[i].id), ownerId, i} + values(items[i]), error))
            return false;
        if (items[i].id == 0)
            items[i].id = q.lastInsertId().toLongLong();
    }
    return true;
}

/** Replaces the rows of a link table for the given owners. */
inline bool replaceLinks(QSqlDatabase db, const QString& table, const QString& ownerColumn,
                         const QString& targetColumn, const QList<std::pair<qint64, QList<qint64>>>& links,
                         QString* error)
{
    QSqlQuery q(db);
    for (const auto& [owner, targets] : links) {
        if (!Sql::exec(q, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn), {owner}, error))
            return false;
        for (qint64 target : targets) {
            if (!Sql::exec(q, QStringLiteral("INSERT OR IGNORE INTO %1(%2, %3) VALUES (?, ?)")
                                  .arg(table, ownerColumn, targetColumn),
                           {owner, target}, error))
                return false;
        }
    }
    return true;
}

/** The first column of every row `sql` gives for one owner. */
inline QList<qint64> readIds(QSqlDatabase db, const QString& sql, qint64 owner, QString* error)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    if (Sql::exec(q, sql, {owner}, error)) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

} // namespace ChildRows
