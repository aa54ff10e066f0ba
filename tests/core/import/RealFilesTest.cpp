// Every real Skolverket file in tests/data/skolverket reads (FORMATS.md's counts checked).
#include "ReaderTestSupport.h"

#include "core/import/ImportReader.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace Import;
using Marker = StatisticValue::Marker;

namespace {

const QString kNational
    = QStringLiteral("skolverket/exports/Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 Skolenhet.csv");

const StatisticsRow* rowOf(const ImportFile& file, const QString& code)
{
    for (const auto& r : file.rows) {
        if (r.schoolUnitCode == code)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The national school-level export reads 1,714 units with their markers", "[import][real]")
{
    const ImportFile file = readFile(testData(kNational));
    INFO(refusalsText(file));
    REQUIRE_FALSE(file.refused());
    CHECK(file.refusals.isEmpty());
    CHECK(file.recognition.kind == FileKind::StatisticsReport);
    CHECK(file.recognition.encoding == TextEncoding::Utf8WithBom);
    CHECK(file.recognition.layout == ReportLayout::SchoolUnit);
    CHECK(file.recognition.title == QStringLiteral("Grundskola - Slutbetyg årskurs 9, samtliga elever"));
    CHECK(file.recognition.schoolYear == QStringLiteral("2024/25"));
    CHECK(file.recognition.periodLabel == QStringLiteral("Valt läsår: 2024/25"));
    CHECK(file.rows.size() == 1714);
    CHECK(file.units.size() == 1714);
    CHECK(file.organizers.size() == 625);
    REQUIRE(file.report.measures.size() == 4);
    CHECK(file.report.measures[0].label == QStringLiteral("Antal elever"));
    CHECK(file.report.measures[0].column == 7);
    CHECK(file.report.measures[3].measure == QStringLiteral("Genomsnittligt meritvärde (17 ämnen)"));
    CHECK(file.report.measures[3].period == QStringLiteral("2024/25"));
    CHECK_FALSE(file.report.measures[0].gender);

    // FORMATS.md 3.4: 6,856 cells, ".." 478, "~ddd" 354, "." 116, the rest exact
    CHECK(countMarker(file, Marker::Suppressed) == 478);
    CHECK(countMarker(file, Marker::NearlyAll) == 354);
    CHECK(countMarker(file, Marker::Missing) == 116);
    CHECK(countMarker(file, Marker::None) == 6856 - 478 - 354 - 116);

    const StatisticsRow* first = rowOf(file, QStringLiteral("48000763"));
    REQUIRE(first);
    CHECK(first->line == 7);
    CHECK(first->schoolName == QStringLiteral("Oasens skola"));
    CHECK(first->municipalityName == QStringLiteral("Aneby"));
    CHECK(first->municipalityCode == QStringLiteral("0604"));
    CHECK(first->organizerCategory == QStringLiteral("Enskild"));
    CHECK(first->organizerName == QStringLiteral("Oasen Utbildningscenter AB"));
    CHECK(first->organisationNumber == QStringLiteral("556650-1796"));
    REQUIRE(first->values.size() == 4);
    CHECK(first->values[0].text == QStringLiteral(".."));
    CHECK(first->values[0].marker == Marker::Suppressed);
    CHECK(first->values[1].text == QStringLiteral("."));
    CHECK(first->values[1].marker == Marker::Missing);
    CHECK_FALSE(first->values[1].exact);

    const StatisticsRow* vintertull = rowOf(file, QStringLiteral("28138418"));
    REQUIRE(vintertull);
    CHECK(vintertull->values[0].text == QStringLiteral("26"));
    CHECK(vintertull->values[0].exact == 26);
    CHECK(vintertull->values[2].text == QStringLiteral("42,3"));
    CHECK(vintertull->values[2].exact == 42.3);
    CHECK(vintertull->values[3].text == QStringLiteral("121,9"));

    // Resursskolan vid Martinskolan: the same code in the v4 API (FORMATS.md 1.6)
    CHECK(rowOf(file, QStringLiteral("13954336")));

    int nearlyAllRows = 0;
    for (const auto& r : file.rows) {
        for (const auto& v : r.values) {
            if (v.marker == Marker::NearlyAll) {
                CHECK(v.text.startsWith(QLatin1Char('~')));
                CHECK_FALSE(v.exact);
                ++nearlyAllRows;
            }
        }
    }
    CHECK(nearlyAllRows == 354);

    const UnitRecord& unit = file.units.first();
    CHECK(unit.code == QStringLiteral("48000763"));
    CHECK(unit.forms == QList<SchoolForm> { SchoolForm::Compulsory });
    CHECK(unit.organisationNumber == QStringLiteral("556650-1796"));
    int municipal = 0;
    for (const auto& o : file.organizers)
        municipal += o.type == OrganizerType::Municipal;
    CHECK(municipal == 291);
}

TEST_CASE("Every kommun-level export reads with its rows counted", "[import][real]")
{
    // Data rows between the column row and the first blank line, counted independently.
    const QList<QPair<const char*, int>> expected = {
        { "Grundskola - Antal elever per årskurs 2020 Kommun.csv", 779 },
        { "Grundskola - Antal elever per årskurs 2024 Kommun.csv", 778 },
        { "Grundskola - Betyg årskurs 6, andel som fått godkänt betyg (A-E), per kön 2025 Kommun.csv", 761 },
        { "Grundskola - Betyg årskurs 6, andel som fått godkänt betyg (A-E), samtliga elever 2020 Kommun.csv", 762 },
        { "Grundskola - Jämförelse av ämnesbetyg över tid 2025 Kommun_Åk9.csv", 14105 },
        { "Grundskola - Kostnader per kommun 2024 Kommun.csv", 290 },
        { "Grundskola - Personalstatistik med lärarlegitimation och behörighet 2020 Kommun.csv", 767 },
        { "Grundskola - Resultat nationella prov årskurs 9, provbetyg per kön - Engelska, Matematik och "
          "Svenska_svenska som andraspråk 2018 Kommun.csv",
          2036 },
        { "Grundskola - Resultat nationella prov årskurs 9, provbetyg per kön - Engelska, Matematik och "
          "Svenska_svenska som andraspråk 2024 Kommun.csv",
          2792 },
        { "Gymnasieskola - Kostnader per kommun 2020 Kommun.csv", 300 - 10 }, // 10 gymnasieförbund left out
        { "behorighet_grundskola_2024_25.csv", 2139 },
    };
    for (const auto& [name, rows] : expected) {
        const ImportFile file = readFile(testData(QStringLiteral("skolverket/exports/") + QString::fromUtf8(name)));
        INFO(name << "\n" << refusalsText(file));
        REQUIRE_FALSE(file.refused());
        CHECK(file.recognition.layout == ReportLayout::Municipality);
        CHECK(file.rows.size() == rows);
        CHECK(file.units.isEmpty());
    }

    const QDir exports(testData(QStringLiteral("skolverket/exports")));
    int csv = 0;
    for (const QFileInfo& info : exports.entryInfoList({ QStringLiteral("*.csv") }, QDir::Files)) {
        const ImportFile file = readFile(info.filePath());
        INFO(info.fileName().toStdString() << "\n" << refusalsText(file));
        CHECK_FALSE(file.refused());
        // Only the gymnasieförbund's rows, which have no kommunkod or län, are left out.
        for (const auto& r : file.refusals)
            CHECK(r.reason.contains(QStringLiteral("kommunalförbund")));
        if (info.fileName().startsWith(QStringLiteral("Gymnasieskola - Kostnader")))
            CHECK(file.refusals.size() == (info.fileName().contains(QStringLiteral("2020")) ? 10 : 9));
        else
            CHECK(file.refusals.isEmpty());
        CHECK(file.recognition.kind == FileKind::StatisticsReport);
        CHECK(file.recognition.encoding == TextEncoding::Utf8WithBom);
        CHECK_FALSE(file.recognition.title.isEmpty());
        CHECK_FALSE(file.report.measures.isEmpty());
        CHECK(file.rows.size() > 200);
        for (const auto& row : file.rows) {
            CHECK(row.municipalityCode.size() == 4);
            CHECK(row.values.size() == file.report.measures.size());
        }
        ++csv;
    }
    CHECK(csv == 30);
}

TEST_CASE("The kommun-level reports' group rows, Kön and Ämne columns and periods", "[import][real]")
{
    SECTION("variant (i): Flickor/Pojkar in the group row")
    {
        const ImportFile f
            = readFile(testData(QStringLiteral("skolverket/exports/Grundskola - Betyg årskurs 6, andel som fått "
                                               "godkänt betyg (A-E), per kön 2025 Kommun.csv")));
        REQUIRE(f.report.measures.size() == 10);
        CHECK(f.report.measures[0].measure == QStringLiteral("Antal elever"));
        CHECK(f.report.measures[0].gender == Gender::Girls);
        CHECK(f.report.measures[5].gender == Gender::Boys);
        CHECK(f.recognition.schoolYear == QStringLiteral("2024/25"));
        REQUIRE(f.rows.size() > 2);
        const StatisticsRow& ale = f.rows[2]; // Ale;1440;…;Enskild;14;17,0;~100;..;.;11;17,0;~100;..;.;
        CHECK(ale.municipalityName == QStringLiteral("Ale"));
        CHECK(ale.countyCode == QStringLiteral("14"));
        CHECK(ale.organizerCategory == QStringLiteral("Enskild"));
        CHECK(ale.values[2].text == QStringLiteral("~100"));
        CHECK(ale.values[2].marker == Marker::NearlyAll);
        CHECK(ale.values[4].marker == Marker::Missing);
    }
    SECTION("variant (ii): Totalt/Flickor/Pojkar in the column row, an Ämne column")
    {
        const ImportFile f = readFile(testData(QStringLiteral(
            "skolverket/exports/Grundskola - Resultat nationella prov årskurs 9, provbetyg per kön - Engelska, "
            "Matematik och Svenska_svenska som andraspråk 2019 Kommun.csv")));
        REQUIRE(f.report.measures.size() == 12);
        CHECK(f.report.measures[0].measure == QStringLiteral("Andel (%) elever som deltagit"));
        CHECK(f.report.measures[0].gender == Gender::All);
        CHECK(f.report.measures[2].gender == Gender::Boys);
        CHECK(f.rows.first().subject == QStringLiteral("Svenska som andraspråk"));
    }
    SECTION("variant (iii): a Kön column")
    {
        const ImportFile f = readFile(testData(QStringLiteral("skolverket/exports/behorighet_grundskola_2024_25.csv")));
        REQUIRE_FALSE(f.rows.isEmpty());
        CHECK(f.rows.first().gender == Gender::Girls);
        CHECK_FALSE(f.report.measures.first().gender);
        CHECK(f.report.notes.size() == 3);
    }
    SECTION("the staff report's '#' group labels and its Valt uttag line")
    {
        const ImportFile f = readFile(testData(QStringLiteral(
            "skolverket/exports/Grundskola - Personalstatistik med lärarlegitimation och behörighet 2024 Kommun.csv")));
        REQUIRE(f.report.measures.size() == 8);
        CHECK(f.report.measures[0].group == QStringLiteral("Heltidstjänster"));
        CHECK(f.report.measures[0].measure == QStringLiteral("Heltidstjänster: Totalt antal"));
        CHECK(f.report.notes.contains(QStringLiteral("Valt uttag: 2025-02-12")));
    }
    SECTION("costs: Valt år, thousands with spaces")
    {
        const ImportFile f = readFile(
            testData(QStringLiteral("skolverket/exports/Grundskola - Kostnader per kommun 2024 Kommun.csv")));
        CHECK(f.recognition.periodLabel == QStringLiteral("Valt år: 2024"));
        CHECK(f.recognition.schoolYear.isEmpty());
        CHECK(f.report.measures.first().period == QStringLiteral("2024"));
        const StatisticsRow& ale = f.rows.first();
        CHECK(ale.values[0].text == QStringLiteral("3 827"));
        CHECK(ale.values[0].exact == 3827);
        CHECK(ale.values[2].exact == 302227);
    }
    SECTION("one column per läsår")
    {
        const ImportFile f = readFile(testData(
            QStringLiteral("skolverket/exports/Grundskola - Jämförelse av ämnesbetyg över tid 2025 Kommun_Åk9.csv")));
        REQUIRE(f.report.measures.size() == 10);
        CHECK(f.report.measures[0].period == QStringLiteral("2024/25"));
        CHECK(f.report.measures[9].period == QStringLiteral("2015/16"));
        CHECK(f.report.measures[0].measure
              == QStringLiteral("Andel (%) elever som fått godkänt betyg i respektive ämne"));
        CHECK(f.rows.first().subject == QStringLiteral("Bild"));
    }
}

TEST_CASE("Excel workbooks and the OpenAPI specifications are refused whole with a reason", "[import][real]")
{
    const QDir exports(testData(QStringLiteral("skolverket/exports")));
    for (const QFileInfo& info : exports.entryInfoList({ QStringLiteral("*.xlsx") }, QDir::Files)) {
        const ImportFile file = readFile(info.filePath());
        REQUIRE(file.refused());
        CHECK(file.error->message.contains(QStringLiteral("CSV")));
    }
    for (const char* spec :
         { "skolverket/openapi/planned-educations-v4.json", "skolverket/openapi/skolenhetsregistret-v2.yaml" }) {
        const ImportFile file = readFile(testData(QString::fromUtf8(spec)));
        CHECK(file.refused());
        CHECK(file.recordCount() == 0);
    }
}

TEST_CASE("All 1,674 real statistics responses read, every valueType kept", "[import][real]")
{
    const QList<ImportFile> files
        = readPath(testData(QStringLiteral("skolverket/planned-educations-v4/statistics-gr")));
    REQUIRE(files.size() == 1674);
    qsizetype values = 0;
    QHash<Marker, qsizetype> markers;
    for (const ImportFile& f : files) {
        INFO(f.path.toStdString() << "\n" << refusalsText(f));
        REQUIRE_FALSE(f.refused());
        CHECK(f.refusals.isEmpty());
        CHECK(f.recognition.kind == FileKind::PlannedStatistics);
        CHECK(f.recognition.schoolForm == QStringLiteral("gr"));
        CHECK(QFileInfo(f.path).baseName() == f.statistics.first().schoolUnitCode);
        values += f.statistics.size();
        for (const auto& s : f.statistics)
            ++markers[s.value.marker];
    }
    // FORMATS.md 2.2, over all entries
    CHECK(values == 64034 + 1670 + 7181 + 482 + 9530 + 3366 + 1123);
    CHECK(markers[Marker::None] == 64034);
    CHECK(markers[Marker::Approximate] == 1670);
    CHECK(markers[Marker::Missing] == 7181 + 482);
    CHECK(markers[Marker::Suppressed] == 9530);
    CHECK(markers[Marker::NearlyAll] == 3366);
    CHECK(markers[Marker::Excluded] == 1123);
    CHECK(markers[Marker::Unknown] == 0);

    const ImportFile one
        = readFile(testData(QStringLiteral("skolverket/planned-educations-v4/statistics-gr/10017830.json")));
    bool sawPupils = false;
    for (const auto& s : one.statistics) {
        if (s.indicator == QStringLiteral("totalNumberOfPupils")) {
            sawPupils = true;
            CHECK(s.value.text == QStringLiteral("cirka 130"));
            CHECK(s.value.approximately == 130);
            CHECK_FALSE(s.value.exact);
            CHECK(s.period == QStringLiteral("2025/26"));
        }
        if (s.indicator == QStringLiteral("studentsPerTeacherQuota") && s.period == QStringLiteral("2025/26")) {
            CHECK(s.value.text == QStringLiteral("15,6"));
            CHECK(s.value.exact == 15.6);
        }
    }
    CHECK(sawPupils);
}

TEST_CASE("All 432 real unit details read with their huvudman", "[import][real]")
{
    const QList<ImportFile> files = readPath(testData(QStringLiteral("skolverket/planned-educations-v4/school-units")));
    REQUIRE(files.size() == 432);
    int municipal = 0, independent = 0;
    for (const ImportFile& f : files) {
        INFO(f.path.toStdString() << "\n" << refusalsText(f));
        REQUIRE_FALSE(f.refused());
        CHECK(f.refusals.isEmpty());
        CHECK(f.recognition.kind == FileKind::PlannedUnits);
        REQUIRE(f.units.size() == 1);
        REQUIRE(f.organizers.size() == 1);
        CHECK_FALSE(f.units.first().incomplete);
        CHECK(f.units.first().organisationNumber == f.organizers.first().organisationNumber);
        CHECK(f.units.first().municipalityCode.size() == 4);
        CHECK_FALSE(f.units.first().forms.isEmpty());
        municipal += f.organizers.first().type == OrganizerType::Municipal;
        independent += f.organizers.first().type == OrganizerType::Independent;
    }
    CHECK(municipal == 234);
    CHECK(independent == 198);

    const ImportFile f
        = readFile(testData(QStringLiteral("skolverket/planned-educations-v4/school-units/10035236.json")));
    const UnitRecord& u = f.units.first();
    CHECK(u.code == QStringLiteral("10035236"));
    CHECK(u.name == QStringLiteral("Söderbymalmsskolan"));
    CHECK(u.municipalityCode == QStringLiteral("0136"));
    CHECK(u.visitingAddress.street == QStringLiteral("Marinens väg 30"));
    CHECK(u.visitingAddress.postalCode == QStringLiteral("136 40"));
    CHECK(u.visitingAddress.locality == QStringLiteral("Handen"));
    CHECK(u.forms == QList<SchoolForm> { SchoolForm::Compulsory });
    CHECK(f.organizers.first().organisationNumber == QStringLiteral("212000-0084"));
    CHECK(f.organizers.first().name == QStringLiteral("HANINGE KOMMUN"));
}

TEST_CASE("The real v4 list pages read as incomplete units", "[import][real]")
{
    const QList<ImportFile> files = readPath(testData(QStringLiteral("skolverket/planned-educations-v4/lists")));
    REQUIRE(files.size() == 5);
    qsizetype units = 0;
    for (const ImportFile& f : files) {
        INFO(refusalsText(f));
        REQUIRE_FALSE(f.refused());
        CHECK(f.recognition.kind == FileKind::PlannedUnitList);
        CHECK(f.organizers.isEmpty());
        for (const auto& u : f.units)
            CHECK(u.incomplete);
        units += f.units.size();
    }
    CHECK(units == 105);
}
