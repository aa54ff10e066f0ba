#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class Database;

/** Skolverket's real files in tests/data/skolverket/, as people download them. */
namespace ImportFixtures {

/** Sök statistik, school level, the whole country: 1,714 units. */
QString nationalExport();
/** A kommun-level Sök statistik report. */
QString kommunReport(const QString& name);
/** The v4 statistics response of unit `code`. */
QString statisticsResponse(const QString& code);
/**
 * A folder (in `dir`) with the statistics responses of the first `count` units of the national
 * export that have one, and one of a unit the export does not name (refused: unknown unit).
 */
QString statisticsFolder(const QTemporaryDir& dir, int count, QStringList* codes = nullptr);

/** The demo's Strandängsskolan 7–9 becomes Stöde skola's code (11181258) in Sundsvall (2281), for real statistics. */
constexpr const char* kRealUnit = "11181258";
qint64 recodeDemoUnit(Database& db, const QString& demoCode, const QString& code, const QString& municipality);

/** Imports `paths` through the core service (setup, not what the test is about). */
void importThroughService(Database& db, const QStringList& paths);

/** The SHA-256 of a file's bytes: "unchanged" means byte for byte. */
QByteArray fileHash(const QString& path);

} // namespace ImportFixtures
