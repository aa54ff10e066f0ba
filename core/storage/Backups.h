#pragma once

#include <QString>
#include <QStringList>

/**
 * Copies of a database beside it, in "<name>-backups/", made with VACUUM INTO
 * through a connection of their own, so it is safe from any thread.
 */
namespace Backups {

constexpr int Kept = 10;

/** The folder the backups of `dbPath` go into. */
QString folderFor(const QString& dbPath);

/** The backups of `dbPath`, newest first. */
QStringList list(const QString& dbPath);

/** The newest backup, or empty when there is none. */
QString newest(const QString& dbPath);

/**
 * Writes a consistent copy of `dbPath` to `outPath` (written to a temporary
 * name and renamed, so a copy is whole or absent). Refuses to overwrite.
 */
bool copyTo(const QString& dbPath, const QString& outPath, QString* error);

/** A new dated backup in folderFor(dbPath), keeping the newest `Kept`. Returns its path, or empty. */
QString create(const QString& dbPath, QString* error);

/**
 * Puts `backupPath` in the place of `dbPath`. The file that was there (with its
 * -wal and -shm) is renamed "<name>.damaged-<time>" first, never deleted.
 * Returns the damaged file's new name ("" when there was none), or sets `error`.
 */
bool restore(const QString& dbPath, const QString& backupPath, QString* movedAside, QString* error);

} // namespace Backups
