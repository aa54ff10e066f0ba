#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

/**
 * Deterministic, realistic data at Sweden's scale for benchmarks and tests (and an
 * analysis at organizer level for every collaboration from phase 3 on):
 * municipal and private organizers with valid organisation numbers, school units
 * with school forms and unique codes, collaborations in every phase with their
 * units and people, meetings with participants, decisions and action items, and
 * ten school years of statistics per unit with the markers real statistics carry.
 * The same seed always gives the same data.
 */
namespace NationalData {

enum class Scale { Small, National };

/** "small" or "national". */
std::optional<Scale> parseScale(const QString& text);

struct Sizes
{
    int municipalities;
    int privateOrganizers;
    int units;
    int collaborations;
    int meetings;
    int schoolYears; ///< of statistics, the last one 2023/24
};
Sizes sizes(Scale scale);

/** The statistics indicators written per unit and school year (Skolverket's API names). */
QStringList indicators();

struct Counts
{
    qint64 organizers = 0;
    qint64 units = 0;
    qint64 collaborations = 0;
    qint64 meetings = 0;
    qint64 statistics = 0;
    qint64 analyses = 0;
    qint64 plans = 0; ///< action plans, one per collaboration from phase 4
    qint64 agreements = 0; ///< ÖK 1 from phase 2 (sent), ÖK 2 drafts from the plans
    qint64 progressReports = 0; ///< delredovisningar of the collaborations in phase 5 and 6 (schema v7)
    qint64 measurements = 0; ///< indicator measurements before each report
};

/** Called before each step with a short description, e.g. for the CLI to print. */
using Progress = std::function<void(const QString& step)>;

/**
 * Fills `db`, which must hold no organizers yet. Writes in large batches, one
 * transaction each; on failure the batch in progress is rolled back.
 */
bool generate(Database& db, Scale scale, quint64 seed, Counts* counts, QString* error, const Progress& progress = {});

} // namespace NationalData
