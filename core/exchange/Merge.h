#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

/**
 * The merge engine: pure functions over records by uuid, no database, so every case
 * can be tested on its own. A record is a kind ("problem"), a uuid made once, and its
 * fields; a field's value is a string, or an array of uuids (a set: a problem's causes),
 * or, under a name starting "order:", an array giving an order (presentation, never a
 * conflict). Each field is merged three ways against the base carried in the package
 * (Zotero's syncLocal): base = what was sent, mine = the receiver's record now,
 * theirs = the package's. Clocks play no part.
 */
namespace Merge {

struct Record
{
    QString kind; ///< "analysis", "problem", …; also the context: "organizer", "unit", "collaboration"
    QString uuid;
    QJsonObject fields;
    bool operator==(const Record&) const = default;
};

/** Records by uuid; a QMap so that every walk over it is in one order. */
using RecordSet = QMap<QString, Record>;

enum class FieldOutcome {
    Unchanged, ///< the same on all sides, or changed the same way on both
    Theirs, ///< changed in the package only: taken
    Mine, ///< changed here only: kept
    Both, ///< a set changed on both sides: merged member by member
    Conflict, ///< the same field changed differently: mine kept until someone decides
    Refused, ///< changed in the package where the package may not change it: mine kept
};

struct FieldChange
{
    QString field;
    QJsonValue base, mine, theirs, merged;
    FieldOutcome outcome = FieldOutcome::Unchanged;
};

enum class RecordOutcome {
    Unchanged, ///< nothing to write
    KeptMine, ///< changed (or removed) here only
    New, ///< in the package only: added
    Changed, ///< changed in the package: taken
    Parallel, ///< both sides changed different fields: merged, flagged ("båda har ändrat detta")
    Conflict, ///< a field changed differently on both sides, or a removal against an edit
    Removed, ///< removed in the package, unchanged here: removed
    Refused, ///< the package changes or removes what it may not: nothing of it taken
};

struct RecordChange
{
    QString kind;
    QString uuid;
    RecordOutcome outcome = RecordOutcome::Unchanged;
    QList<FieldChange> fields; ///< the fields that differ on some side
    /** For a conflict or a refusal: why, in the user's language. */
    QString reason;
    bool removedInPackage = false; ///< the package removed it (conflict or refusal of a removal)
    bool removedHere = false; ///< removed here (a conflict with their edit)
    bool hasConflictingField() const;
    bool hasRefusedField() const;
};

/** What the package may do: its scope, as the manifest states it. */
struct Rules
{
    /** Kinds the package may not change at all (the context: organizer, unit, collaboration). */
    QSet<QString> readOnlyKinds;
    /** Fields the package may not change, as "kind/field" ("analysis/status"). */
    QSet<QString> readOnlyFields;
    /** May the package remove records that were in the base? A principal's return package may not. */
    bool mayRemoveBaseRecords = false;
    /** The receiver's record is frozen (an established analysis): every change is refused. */
    bool frozen = false;
    /** Why a frozen record refuses, for the report. */
    QString frozenReason;
};

struct Counts
{
    int added = 0;
    int changed = 0;
    int parallel = 0;
    int conflicts = 0;
    int removed = 0;
    int refused = 0;
    bool operator==(const Counts&) const = default;
    /** Nothing to write: the package brings nothing this side has not got (or may take). */
    bool nothingToApply() const { return added + changed + parallel + removed == 0; }
};

struct Result
{
    QList<RecordChange> records; ///< every record with something to say, by kind then uuid
    RecordSet merged; ///< what this side holds after applying everything but conflicts and refusals
    Counts counts;
};

/**
 * Merges `theirs` into `mine` against `base`. `theirRemovals` are the uuids the package
 * carries tombstones for: a base record missing from `theirs` without a tombstone is
 * refused (a damaged or hand-edited package), never taken as a removal.
 */
Result merge(const RecordSet& base, const RecordSet& mine, const RecordSet& theirs, const QSet<QString>& theirRemovals,
             const Rules& rules);

/** Three-way merge of one set of uuids: additions and removals on both sides, never a conflict; sorted. */
QStringList mergeSet(const QStringList& base, const QStringList& mine, const QStringList& theirs);

/** The word-level difference of two texts, for the conflict view of long fields. */
struct DiffPart
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text; ///< words and the white space between them
    bool operator==(const DiffPart&) const = default;
};
QList<DiffPart> wordDiff(const QString& before, const QString& after);

/** A canonical text of a record set (sorted keys, no white space): what SHA-256 of content is taken over. */
QByteArray canonical(const RecordSet& records);

} // namespace Merge
