#pragma once

#include "ImportRecords.h"

#include "core/storage/StatisticStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

/**
 * The preview of an import: every record of every file as new, changed (field by field:
 * old → new), unchanged or refused (with the reason and the line or record), filterable.
 * Made by Import::Service::plan without writing anything; Service::apply writes it.
 */
namespace Import {

enum class Outcome { New, Changed, Unchanged, Refused };
enum class Target { Organizer, Unit, Statistic, Record };

/** One field of a changed record. */
struct FieldChange
{
    QString field; ///< for the user: "Namn", "Status", or the period of a statistic
    QString before;
    QString after;
};

/**
 * One value a file holds, wherever it came from (a v4 response, or a Sök statistik row and
 * measure column), keyed as it is stored.
 */
struct StatisticItem
{
    int line = 0; ///< CSV line, or 0
    int record = 0; ///< JSON record, or 0
    StatisticScope scope = StatisticScope::Unit;
    QString code; ///< Unit: skolenhetskod; Municipality: kommunkod; Country: "00"
    QString breakdown; ///< "" for everyone; "Kommunal", "Flickor", "Engelska", joined by ", "
    QString indicator; ///< the statistic's key (IndicatorKeys)
    QString period;
    StatisticValue value;
};

/** One record's outcome. `index` points into its FilePlan's list of its target. */
struct Entry
{
    Outcome outcome = Outcome::New;
    Target target = Target::Record;
    int index = -1; ///< FilePlan::organizers / units / statistics, or ImportFile::refusals (Record)
    qint64 existingId = 0; ///< the stored organizer or unit (Changed, Unchanged)
    QList<FieldChange> changes; ///< Changed
    QString reason; ///< Refused
};

struct Counts
{
    qint64 newRecords = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;
    qint64 refused = 0;
    qint64 total() const { return newRecords + changed + unchanged + refused; }
    Counts& operator+=(const Counts& o);
};

/** One file's part of the plan. */
struct FilePlan
{
    ImportFile file; ///< as read (its rows are dropped once planned: statistics holds their values)
    QString fileName;
    QString sha256; ///< hex of the file's bytes
    QList<OrganizerRecord> organizers; ///< one per organisationsnummer
    QList<UnitRecord> units;
    std::vector<StatisticItem> statistics;
    std::vector<Entry> entries;
    /** A previous import of the same bytes (SHA-256) still in force, or 0, and when it was. */
    qint64 sameFileImportId = 0;
    QDateTime sameFileImportedAt;

    bool refusedWhole() const { return file.refused(); }
    Counts counts() const;
    Counts counts(Target target) const;
    /** True when applying it would change nothing in the database. */
    bool changesNothing() const;
    /** The line or record an entry came from: "rad 7", "post 3", or empty. */
    QString where(const Entry& entry) const;
    /** "Oasens skola (48000763)", "212000-0142 Stockholms kommun", "48000763 · averageGrades… · 2024/25". */
    QString label(const Entry& entry) const;
    /** "rad 7: …reason" for a refused entry. */
    QString refusalText(const Entry& entry) const;
};

struct Plan
{
    QList<FilePlan> files;

    Counts counts() const;
    /** Every entry with one of `outcomes` (all when empty), in file order: the preview's filter. */
    QList<std::pair<int, const Entry*>> filtered(const QList<Outcome>& outcomes, int fileIndex = -1) const;
    bool changesNothing() const;
    bool anyRefusedWhole() const;
};

/** The plan's words, translated. */
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
};

} // namespace Import
