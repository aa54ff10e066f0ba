#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/** One step of the schema: the statements that take it from version-1 to version (migrations/V<version>.cpp). */
struct Migration
{
    int version;
    QStringList statements;
};

namespace Migrations {

/** Every migration, oldest first. */
const QList<Migration>& all();

/** The schema version this build writes. */
int latestVersion();

/** Identifies a Skoldialog file in PRAGMA application_id ("SKDL"). */
constexpr int ApplicationId = 0x534B444C;

/**
 * Brings `db` from its user_version up to `target` (latest by default), each step
 * in its own transaction. Refuses a file newer than this build.
 */
bool migrate(QSqlDatabase db, QString* error, int target = -1);

} // namespace Migrations
