#pragma once

#include "ImportPlan.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

namespace Import {

/** One import in the log (schema v8 import_run). */
struct LogEntry
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString kind;
    QString title;
    QString period;
    QDateTime importedAt;
    QString importedBy;
    Counts counts;
    QString summary;
    QDateTime undoneAt; ///< invalid while in force
};

/** What apply() did. */
struct ApplyResult
{
    bool ok = false;
    bool cancelled = false; ///< the progress callback said stop: nothing was written
    QString error; ///< a write failed: nothing was written
    QString summary; ///< in Swedish: "1 712 skolenheter nya, 2 avvisade: rad 7: …"
    QList<qint64> importIds; ///< one log entry per file that changed something
    Counts counts;
};

/**
 * Progress of apply(): `done` of `total` records written. Return false to cancel: the one
 * transaction is rolled back and nothing is written.
 */
using Progress = std::function<bool(qint64 done, qint64 total)>;

/**
 * Imports Skolverket's files: plan (the preview, nothing written), apply (one transaction per
 * call, all files or nothing), undo (one import as a whole, from the log), and the log.
 * Organizers match on organisationsnummer and units on skolenhetskod, never on name; a
 * statistic for a unit Skoldialog does not know is refused with that reason, and the rest imports.
 */
class Service
{
public:
    explicit Service(const Database& db);
    explicit Service(QSqlDatabase db);

    /**
     * Reads every file (a folder: every file in it, recursively) with the readers and plans it.
     * Files that name units and organizers are planned before statistics, so a unit a file makes
     * is known to the statistics of another file in the same import.
     */
    Plan plan(const QStringList& paths, QString* error = nullptr) const;
    /** Plans files that were read already (the readers' output). */
    Plan plan(QList<ImportFile> files, QString* error = nullptr) const;

    /** Writes the plan in one transaction. A file refused whole writes nothing. */
    ApplyResult apply(const Plan& plan, const Progress& progress = {});

    /**
     * Undoes one import as a whole: what it made is removed, what it changed gets its values back.
     * Refused, with the reason, when it is undone already, when a later import still in force
     * changed the same records (undo that one first), or when a record it wrote was edited since
     * (the edit would be lost), or when something now uses a unit or organizer it made.
     */
    bool undo(qint64 importId, QString* error, QString* summary = nullptr);

    /** The log, newest first. */
    QList<LogEntry> log(QString* error = nullptr) const;

    /** "1 712 skolenheter nya, 3 ändrade, 2 avvisade: rad 7: …" for a plan's counts and refusals. */
    static QString summaryText(const Plan& plan, int maxRefusalsNamed = 5);
    static QString summaryText(const FilePlan& file, int maxRefusalsNamed = 5);

private:
    QSqlDatabase m_db;
};

} // namespace Import
