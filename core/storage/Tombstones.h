#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

/**
 * What was removed, so that a removal can travel like any other change (schema v6).
 * The database writes a tombstone (table, uuid) for every removed row that has a uuid,
 * cascades included, by AFTER DELETE triggers; the stores remove through here, which
 * stamps those tombstones with Clock's time and the user who removed them.
 */
namespace Tombstones {

/**
 * Who removes: the operating system's user name (USER, or USERNAME on Windows), the
 * same for every store on this computer; empty when the system names none.
 */
QString currentUser();

/** Runs a DELETE (`sql` with `values`) and stamps the tombstones it and its cascades left. */
bool remove(QSqlDatabase db, const QString& sql, const QVariantList& values, QString* error);

/** The newest tombstone's id: what `stamp` counts from. */
bool lastId(QSqlDatabase db, qint64* id, QString* error);
/** Gives the tombstones written after `sinceId` Clock's time and currentUser(). */
bool stamp(QSqlDatabase db, qint64 sinceId, QString* error);

} // namespace Tombstones
