#pragma once

#include "Package.h"

#include "core/analysis/Analysis.h"

#include <QJsonValue>

#include <optional>

class Database;

/**
 * Exchange with principals (issue 12): an analysis goes out in a package, is filled in
 * in a database of the principal's own, and comes back to be merged field by field
 * against what was sent. Everything is checked before anything is written, and applying
 * is one transaction. The format: docs/exchange/FORMAT.md.
 */
namespace Exchange {

/**
 * Writes the outgoing package of the analysis at `unitId` (0: the organizer level) of
 * collaboration `collaborationId` to `path`. An analysis not begun is started from its
 * template (Cases::startAnalysis); an established one cannot go out.
 */
std::optional<Manifest> writeOutgoing(const Database& db, qint64 collaborationId, qint64 unitId, const QString& path,
                                      QString* error);

/** Reads and verifies a package; nothing is written anywhere. */
std::optional<Package> read(const QString& path, QString* error);

/**
 * Makes a new database at `newDatabasePath` holding just what the outgoing `package`
 * holds, with the same uuids, and keeps the package beside it (Ledger::folder) as the
 * base of the return and the mark of what is read-only. Refuses an existing file.
 */
bool openAsDatabase(const Package& package, const QString& newDatabasePath, QString* error);

/** The package a database was opened from (verified), or nullopt when it was not made from one. */
std::optional<Package> openedPackage(const QString& databasePath, QString* error);

/**
 * What a database made from a package may change: the analysis and its rows, never the
 * context (organizer, units, collaboration) nor the analysis's status, kind, template,
 * version or unit. Sessions read it to show the rest read-only.
 */
bool mayChange(const Package& opened, const QString& kind, const QString& field = QString());

/** Writes the return package of a database opened from a package: it answers exactly that package. */
std::optional<Manifest> writeReturn(const Database& principalDb, const QString& path, QString* error);

/** What applying a package would do, computed before anything is written. */
struct Preview
{
    Package package;
    qint64 analysisId = 0;
    QString analysisUuid;
    QString unitName; ///< the unit's or the organizer's name
    Merge::RecordSet mine; ///< what this side held when the preview was made
    Merge::Result merge;
    QStringList warnings; ///< a clock far off, an established analysis compared by content
    bool alreadyImported = false; ///< this package was applied here before
};

/** Reads what `package` would change in `db`; nullopt with the reason when the whole package is refused. */
std::optional<Preview> preview(const Database& db, const Package& package, QString* error);

/** One decision on a conflict: a field's value, or for a removal against an edit (field empty) keep or take. */
struct Resolution
{
    enum class Choice { Mine, Theirs, Edited };
    QString uuid;
    QString field; ///< empty: the record's removal conflict
    Choice choice = Choice::Mine;
    QJsonValue value; ///< Edited
};

struct Outcome
{
    Merge::Counts counts; ///< as in the preview
    int applied = 0; ///< records written
    QList<Merge::RecordChange> openConflicts; ///< left for a decision
    QList<Merge::RecordChange> refusals;
    bool nothingChanged = false;
    QString message; ///< "14 ändringar införda, 2 väntar på ditt beslut, 1 avvisad"
};

/**
 * Applies `preview` in one transaction: every change that is not a conflict or a refusal,
 * and the conflicts `resolutions` decide. A sanity check after it (counts, links, foreign
 * keys) or everything rolls back. Importing the same package again changes nothing.
 */
std::optional<Outcome> apply(const Database& db, const Preview& preview, const QList<Resolution>& resolutions,
                             QString* error);

/** The sender's clock against this computer's: a warning when far off, empty otherwise. */
QString clockWarning(const QDateTime& sentAt, const QDateTime& now, const QDateTime& notBefore = QDateTime());

/** The readable summary.html of a package (escaped; what it holds, what the principal may change). */
QByteArray summaryHtml(const Manifest& manifest, const Merge::RecordSet& records);

} // namespace Exchange
