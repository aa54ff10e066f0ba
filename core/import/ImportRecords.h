#pragma once

#include "core/domain/Contact.h"
#include "core/domain/Organizer.h"
#include "core/domain/SchoolForm.h"
#include "core/domain/SchoolUnit.h"
#include "core/domain/StatisticValue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * What the readers of Skolverket's files produce: records as read, before anything is
 * matched against the database. Organizers are matched later on organisationsnummer,
 * units on skolenhetskod, never on name. Every rule used comes from core/domain/Validation.
 */
namespace Import {

/** What a file was recognised as. */
enum class FileKind {
    Unknown, ///< not a file Skoldialog reads (see FileError)
    RegistryUnits, ///< Skolenhetsregistret v2: a unit's detail response, or an array of them
    RegistryUnitList, ///< Skolenhetsregistret v2 list (code, name, status only): units flagged incomplete
    PlannedStatistics, ///< Planerade utbildningar v4: /school-units/{code}/statistics/{gr,...}
    PlannedUnits, ///< Planerade utbildningar v4: /school-units/{code} (names the huvudman)
    PlannedUnitList, ///< Planerade utbildningar v4: a page of /school-units (no huvudman): incomplete
    StatisticsReport, ///< a Sök statistik CSV export
};

enum class TextEncoding {
    Utf8, ///< UTF-8 without BOM (JSON as the API sends it)
    Utf8WithBom, ///< as Skolverket writes its CSV
    Windows1252, ///< after a Swedish Excel re-save: no BOM, ANSI code page
};

/** The two line layouts of Sök statistik. */
enum class ReportLayout {
    None, ///< not a CSV
    SchoolUnit, ///< one row per skolenhet, title lines padded with ';', no trailing ';'
    Municipality, ///< one row per kommun (and Typ av huvudman), every row ends with ';'
};

/** Where in a file: 1-based line and column (0 when not known) and the byte offset. */
struct Position
{
    int line = 0;
    int column = 0;
    qint64 offset = -1;
};

/**
 * A file refused as a whole (not JSON, an unterminated quote, not a kind Skoldialog
 * reads): nothing of it may be written. `message` is translated, names the position
 * and says what to do.
 */
struct FileError
{
    Position position;
    QString message;
};

/**
 * One record refused; the rest of the file reads. `line` is the 1-based line of a CSV
 * row, `record` the 1-based record of a JSON file (the array element, 1 for a single
 * response). `reason` is a translated sentence saying what is wrong and what to do.
 */
struct Refusal
{
    int line = 0;
    int record = 0;
    QString field; ///< the column or JSON key, as the file names it
    QString value; ///< the offending text as written (may be empty)
    QString reason;

    /** "line 7: "tolv" is not a number in the column Antal elever. …" (translated: "rad 7: …"). */
    QString message() const;
};

/** What was recognised, for the wizard's file list and the CLI. */
struct Recognition
{
    FileKind kind = FileKind::Unknown;
    TextEncoding encoding = TextEncoding::Utf8;
    ReportLayout layout = ReportLayout::None;
    bool crlf = false; ///< the file's lines end with CR LF
    QString title; ///< the report title (CSV); empty for JSON
    QString schoolYear; ///< läsår "2024/25" when the file names one ("Valt läsår: 2024/25")
    QString periodLabel; ///< the header's period line as written ("Valt läsår: 2024/25", "Valt år: 2024")
    QString schoolForm; ///< v4 statistics: "gr", "gy", … (from the response)
};

/** Huvudman as a file names it. */
struct OrganizerRecord
{
    int line = 0;
    int record = 0;
    QString organisationNumber; ///< normalised NNNNNN-NNNN (Validation::organisationNumber)
    QString name; ///< as written (v2/v4 write kommuner in upper case)
    std::optional<OrganizerType> type; ///< nullopt when the file's type has no counterpart
    QString typeAsWritten; ///< "KOMMUN", "ENSKILD", "Kommunal", "Fristående", "Enskild", …
    bool operator==(const OrganizerRecord&) const = default;
};

/** Skolenhet as a file names it. */
struct UnitRecord
{
    int line = 0;
    int record = 0;
    QString code; ///< skolenhetskod, 8 digits
    QString name;
    std::optional<UnitStatus> status; ///< nullopt when the file says nothing
    QList<SchoolForm> forms; ///< mapped to the glossary's skolformer (old names too)
    QStringList formsAsWritten; ///< the codes as written ("GR", "gran", "FKLASS")
    QString municipalityCode; ///< 4 characters ("0180"), a lost leading zero restored
    QString municipalityName; ///< CSV "Skolkommun"
    Address visitingAddress; ///< BESOKSADRESS / VISITING_ADDRESS preferred, else the first
    QString principal; ///< headMaster (v2 only)
    QString email;
    QString phone;
    QString web;
    QString organisationNumber; ///< its huvudman's, NNNNNN-NNNN; empty when not named
    bool incomplete = false; ///< a list row: only code, name (and status/kommun)
    bool operator==(const UnitRecord&) const = default;
};

/** One value of a v4 statistics response. */
struct StatisticRecord
{
    int record = 0; ///< the response's 1-based record in its file
    QString schoolUnitCode; ///< 8 digits
    QString schoolForm; ///< "gr", "gy", …
    QString indicator; ///< the API's key, "averageGradesMeritRating9thGrade"
    QString programme; ///< gy only: the programMetrics' programCode ("EK"); else empty
    QString period; ///< "2024/25" (may be "VT24" or "2024" for gy), empty for a null MISSING
    StatisticValue value;
    bool operator==(const StatisticRecord&) const = default;
};

/** Gender split of a Sök statistik column or row. */
enum class Gender { All, Girls, Boys };

/** One measure column of a Sök statistik report, described once for every row. */
struct MeasureColumn
{
    int column = 0; ///< 0-based field index in a row
    QString label; ///< the column row's text, trimmed ("Antal elever")
    QString group; ///< the group row's text above it, '#' removed ("Flickor", "Heltidstjänster")
    QString measure; ///< the measure's name: the label, or the group when the label is Totalt/Flickor/Pojkar
    std::optional<Gender> gender; ///< from Totalt/Flickor/Pojkar in either row; nullopt when not split
    QString period; ///< the column's own läsår ("Jämförelse … över tid"), else the report's
    bool operator==(const MeasureColumn&) const = default;
};

/** The header of a Sök statistik report: what every row's values mean. */
struct ReportHeader
{
    QString title;
    QString schoolYear; ///< "2024/25"; empty when the report gives a calendar year
    QString periodLabel; ///< "Valt läsår: 2024/25", "Valt år: 2024", "Vald termin: HT12"
    QStringList notes; ///< explanatory lines between the period and the columns
    QStringList columns; ///< the column row as written
    QList<MeasureColumn> measures; ///< the value columns, in order
    ReportLayout layout = ReportLayout::None;
    bool operator==(const ReportHeader&) const = default;
};

/**
 * One data row of a Sök statistik report. The key columns that the report has are set,
 * the others are empty; values[i] belongs to ReportHeader::measures[i].
 */
struct StatisticsRow
{
    int line = 0; ///< 1-based physical line
    QString schoolUnitCode; ///< "Skol-enhetskod" (school level)
    QString schoolName; ///< "Skola"
    QString municipalityCode; ///< "Kommun-kod", 4 characters (a lost leading zero restored)
    QString municipalityName; ///< "Kommun" / "Skolkommun"
    QString countyCode; ///< "Läns-kod", 2 characters
    QString countyName; ///< "Län"
    QString organizerCategory; ///< "Typ av huvudman" as written: Samtliga, Kommunal, Enskild
    QString organizerName; ///< "Huvudman"
    QString organisationNumber; ///< "Huvudman orgnr", normalised NNNNNN-NNNN
    std::optional<Gender> gender; ///< the "Kön" column (Samtliga → All)
    QString subject; ///< the "Ämne" column, or the row label of the "över tid" report
    QList<StatisticValue> values;
    bool operator==(const StatisticsRow&) const = default;
};

/** Everything one file held, as read. */
struct ImportFile
{
    QString path;
    Recognition recognition;
    std::optional<FileError> error; ///< set: refused whole, every list below is empty
    QList<OrganizerRecord> organizers; ///< v2/v4 units' huvudmän, CSV school-level huvudmän (one per orgnr)
    QList<UnitRecord> units;
    QList<StatisticRecord> statistics; ///< v4 statistics
    ReportHeader report; ///< CSV
    QList<StatisticsRow> rows; ///< CSV
    QList<Refusal> refusals;

    bool refused() const { return error.has_value(); }
    /** Records read, not counting the refused ones: units + statistics + rows. */
    qsizetype recordCount() const { return units.size() + statistics.size() + rows.size(); }
};

/** Translated names of the kinds, encodings and layouts, for the wizard and the CLI. */
class Names
{
    Q_DECLARE_TR_FUNCTIONS(ImportNames)

public:
    static QString kind(FileKind kind);
    static QString encoding(TextEncoding encoding);
    static QString layout(ReportLayout layout);
};

} // namespace Import
