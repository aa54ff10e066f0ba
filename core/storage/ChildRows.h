#pragma once

#include "Sql.h"
#include "Tombstones.h"
#include "core/Clock.h"

#include <QHash>
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
 * their ids and uuids: rows no longer listed are deleted (the database leaves their
 * tombstones, stamped here), the others inserted or updated in place with their list
 * position, new ones given ids and uuids (written back into `items`). A row's
 * updated_at moves, to Clock's time, only when something in it changed. An item that
 * comes back with its id and uuid (an undo re-inserting a removed row) keeps both.
 */
template<typename T>
bool sync(QSqlDatabase db, const QString& table, const QString& ownerColumn, qint64 ownerId, QList<T>& items,
          const QStringList& columns, const std::function<QVariantList(const T&)>& values, QString* error)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT id, uuid FROM %1 WHERE %2 = ?").arg(table, ownerColumn), { ownerId },
                   error))
        return false;
    QSet<qint64> kept;
    for (const auto& item : items)
        kept.insert(item.id);
    QList<qint64> removed;
    QHash<qint64, QString> uuids;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        uuids.insert(id, q.value(1).toString());
        if (!kept.contains(id))
            removed << id;
    }
    if (!removed.isEmpty()) {
        qint64 since = 0;
        if (!Tombstones::lastId(db, &since, error))
            return false;
        for (qint64 id : removed) {
            if (!Sql::exec(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), { id }, error))
                return false;
        }
        if (!Tombstones::stamp(db, since, error))
            return false;
    }
    QStringList placeholders, updates, changed { QStringLiteral("position IS NOT excluded.position") };
    for (const auto& c : columns) {
        placeholders << QStringLiteral("?");
        updates << QStringLiteral("%1 = excluded.%1").arg(c);
        changed << QStringLiteral("%1 IS NOT excluded.%1").arg(c);
    }
    // The uuid is never in the update: the one the row was born with stays.
    const QString sql
        = QStringLiteral("INSERT INTO %1(id, uuid, updated_at, %2, position, %3) VALUES (?, ?, ?, ?, ?, %4) "
                         "ON CONFLICT(id) DO UPDATE SET position = excluded.position, %5, updated_at = "
                         "excluded.updated_at WHERE %6")
              .arg(table, ownerColumn, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                   updates.join(QStringLiteral(", ")), changed.join(QStringLiteral(" OR ")));
    const QString now = Clock::timestamp();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString uuid = uuids.value(items[i].id, Sql::uuidOr(items[i].uuid));
        if (!Sql::exec(q, sql, QVariantList { idOrNull(items[i].id), uuid, now, ownerId, i } + values(items[i]), error))
            return false;
        if (items[i].id == 0)
            items[i].id = q.lastInsertId().toLongLong();
        items[i].uuid = uuid;
    }
    return true;
}

/** Replaces the rows of a link table for the given owners. */
inline bool replaceLinks(QSqlDatabase db, const QString& table, const QString& ownerColumn, const QString& targetColumn,
                         const QList<std::pair<qint64, QList<qint64>>>& links, QString* error)
{
    QSqlQuery q(db);
    for (const auto& [owner, targets] : links) {
        if (!Sql::exec(q, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn), { owner }, error))
            return false;
        for (qint64 target : targets) {
            if (!Sql::exec(q,
                           QStringLiteral("INSERT OR IGNORE INTO %1(%2, %3) VALUES (?, ?)")
                               .arg(table, ownerColumn, targetColumn),
                           { owner, target }, error))
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
    if (Sql::exec(q, sql, { owner }, error)) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

} // namespace ChildRows
