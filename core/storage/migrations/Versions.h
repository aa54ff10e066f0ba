#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>

/**
 * The schema's steps, one file per version (V1.cpp … V7.cpp), listed in order by
 * Migrations::all(). A released step never changes: files in the field were made
 * with it, and a later version alters what it made in a step of its own.
 */
namespace Migrations {

QStringList version1();
QStringList version2();
QStringList version3();
QStringList version4();
QStringList version5();
QStringList version6();
QStringList version7();

/**
 * A record the database keeps from changing once its owner reaches a state: an
 * established analysis, a signed agreement, and next a submitted progress report.
 */
struct FrozenRule
{
    QString table; ///< the rows that freeze
    QString condition; ///< true while frozen; %1 stands for the row (NEW or OLD)
    QString message; ///< the RAISE text (translated by Sql::describe's callers)
};

enum class FrozenOperation { Insert, Update, Delete };

/** The BEFORE trigger `<table>_frozen_<insert|update|delete>` that refuses one kind of write. */
QString frozenTrigger(const FrozenRule& rule, FrozenOperation operation);
/** All three of them: the row can be neither added, changed nor removed. */
QStringList frozenTriggers(const FrozenRule& rule);

/** The rows of an analysis that freeze with it (version 3), and their rule. */
extern const char* const kAnalysisChildren[8];
FrozenRule frozenWithAnalysis(const QString& table);
QString analysisFrozenUpdate();

/** The rows of an agreement that freeze with its signing (version 5), and their rule. */
extern const char* const kAgreementRows[7];
FrozenRule frozenWithAgreement(const QString& table);
QString agreementFrozenUpdate();

/** The rows of a progress report and of a final report that freeze with their submission (version 7). */
extern const char* const kProgressReportRows[4];
FrozenRule frozenWithProgressReport(const QString& table);
FrozenRule frozenWithFinalReport(const QString& table);

/** A version 4 uuid made by SQLite, for backfilling rows made before a version (6, 7). */
QString randomUuidSql();

/** The unique index and the triggers that keep a table's uuids present and unchanged, and write its tombstones. */
QStringList identityTriggers(const QString& table);

template<std::size_t N> QStringList toList(const char* const (&statements)[N])
{
    QStringList list;
    list.reserve(N);
    for (const char* s : statements)
        list << QString::fromUtf8(s);
    return list;
}

} // namespace Migrations
