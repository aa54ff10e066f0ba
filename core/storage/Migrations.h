#pragma once

#include <QSqlDatabase>
#include <QString>

#include <span>

/** One step of the schema: the statements that take it from version-1 to version. */
struct Migration
{
    int version;
    std::span<const char* const> statements;
};

namespace Migrations {

/** Every migration, oldest first. */
std::span<const Migration> all();

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
