// Skolenhetsregistret v2 and Planerade utbildningar v4 JSON: hand-made edge files in tests/data/import.
#include "ReaderTestSupport.h"

#include "core/import/ImportReader.h"

#include <catch2/catch.hpp>

using namespace Import;
using Marker = StatisticValue::Marker;

TEST_CASE("A registry detail response reads its unit and huvudman", "[import][json]")
{
    const ImportFile file = readFile(testData(QStringLiteral("import/registry-unit.json")));
    INFO(refusalsText(file));
    REQUIRE_FALSE(file.refused());
    CHECK(file.recognition.kind == FileKind::RegistryUnits);
    REQUIRE(file.units.size() == 1);
    const UnitRecord& u = file.units.first();
    CHECK(u.code == QStringLiteral("58204163"));
    CHECK(u.name == QStringLiteral("Öbacka skola 7-9"));
    CHECK(u.status == UnitStatus::Active);
    CHECK(u.municipalityCode == QStringLiteral("2280"));
    CHECK(u.forms
          == QList<SchoolForm> { SchoolForm::Compulsory, SchoolForm::AdaptedCompulsory, SchoolForm::PreschoolClass });
    CHECK(u.visitingAddress.street == QStringLiteral("Skolgatan 3")); // BESOKSADRESS, though POSTADRESS comes first
    CHECK(u.visitingAddress.postalCode == QStringLiteral("871 33"));
    CHECK(u.principal == QStringLiteral("Anna Rektorsson"));
    CHECK(u.organisationNumber == QStringLiteral("212000-2403"));
    CHECK_FALSE(u.incomplete);
    REQUIRE(file.organizers.size() == 1);
    CHECK(file.organizers.first().name == QStringLiteral("HÄRNÖSANDS KOMMUN"));
    CHECK(file.organizers.first().type == OrganizerType::Municipal);
}

TEST_CASE("An array of registry units: bad records refused with their record number, the rest reads", "[import][json]")
{
    const ImportFile file = readFile(testData(QStringLiteral("import/registry-units.json")));
    INFO(refusalsText(file));
    REQUIRE_FALSE(file.refused());
    REQUIRE(file.units.size() == 2);
    CHECK(file.units[0].code == QStringLiteral("41732905"));
    CHECK(file.units[0].status == UnitStatus::Dormant);
    CHECK(file.units[0].organisationNumber == QStringLiteral("212000-1967")); // written with a dash
    CHECK(file.units[0].forms
          == QList<SchoolForm> { SchoolForm::PreschoolClass, SchoolForm::Compulsory, SchoolForm::LeisureTimeCentre });
    CHECK(file.units[1].status == UnitStatus::Closed);
    CHECK(file.units[1].municipalityCode == QStringLiteral("0180"));
    CHECK(file.units[1].forms
          == QList<SchoolForm> { SchoolForm::AdaptedUpperSecondary, SchoolForm::Special, SchoolForm::Sami });
    CHECK(file.units[1].formsAsWritten.contains(QStringLiteral("VUX")));
    CHECK(file.organizers.size() == 2);
    REQUIRE(file.refusals.size() == 3);
    CHECK(file.refusals[0].record == 2);
    CHECK(file.refusals[0].field == QStringLiteral("schoolUnitCode"));
    CHECK(file.refusals[0].message().startsWith(QStringLiteral("record 2: ")));
    CHECK(file.refusals[1].record == 3);
    CHECK(file.refusals[1].reason.contains(QStringLiteral("check digit")));
    CHECK(file.refusals[2].record == 4);
    CHECK(file.refusals[2].field == QStringLiteral("displayName"));
}

TEST_CASE("The registry's list response gives incomplete units and invents no organizer", "[import][json]")
{
    const ImportFile file = readFile(testData(QStringLiteral("import/registry-list.json")));
    INFO(refusalsText(file));
    CHECK(file.recognition.kind == FileKind::RegistryUnitList);
    REQUIRE(file.units.size() == 3);
    for (const auto& u : file.units) {
        CHECK(u.incomplete);
        CHECK(u.organisationNumber.isEmpty());
    }
    CHECK(file.units[1].status == UnitStatus::Dormant);
    CHECK(file.units[2].status == UnitStatus::Planned);
    CHECK(file.organizers.isEmpty());
    REQUIRE(file.refusals.size() == 1);
    CHECK(file.refusals.first().record == 3);
}

TEST_CASE("Broken JSON is refused whole with line, column and byte", "[import][json]")
{
    const ImportFile file = readFile(testData(QStringLiteral("import/broken.json")));
    REQUIRE(file.refused());
    CHECK(file.error->position.line == 2);
    CHECK(file.error->position.column > 30);
    CHECK(file.error->position.offset > 150);
    CHECK(file.error->message.contains(QStringLiteral("line 2")));
    CHECK(file.recordCount() == 0);

    const ImportFile cut = readBytes(
        readTestFile(QStringLiteral("skolverket/planned-educations-v4/statistics-gr/10017830.json")).left(500));
    CHECK(cut.refused());
    const ImportFile notJson = readBytes("{ hej }");
    CHECK(notJson.refused());
    const ImportFile other = readBytes(R"({"name": "något annat"})");
    REQUIRE(other.refused());
    CHECK(other.error->message.contains(QStringLiteral("Skolenhetsregistret")));
    const ImportFile errorAnswer
        = readBytes(R"({"type":"about:blank","title":"Not Found","status":"404","detail":"x"})");
    REQUIRE(errorAnswer.refused());
    CHECK(errorAnswer.error->message.contains(QStringLiteral("404")));
}

TEST_CASE("v4 statistics: a bad value is refused alone, an unknown valueType kept as written", "[import][json]")
{
    const ImportFile file = readFile(testData(QStringLiteral("import/statistics-bad-values.json")));
    INFO(refusalsText(file));
    REQUIRE_FALSE(file.refused());
    REQUIRE(file.refusals.size() == 2);
    CHECK(file.refusals[0].record == 1);
    QStringList fields;
    for (const auto& r : file.refusals)
        fields << r.field;
    CHECK(fields.contains(QStringLiteral("studentsPerTeacherQuota")));
    CHECK(fields.contains(QStringLiteral("specialEducatorsQuota")));
    const ImportFile original
        = readFile(testData(QStringLiteral("skolverket/planned-educations-v4/statistics-gr/10017830.json")));
    CHECK(file.statistics.size() == original.statistics.size() - 2);
    bool sawUnknown = false;
    for (const auto& s : file.statistics) {
        if (s.value.marker == Marker::Unknown) {
            sawUnknown = true;
            CHECK(s.indicator == QStringLiteral("certifiedTeachersQuota"));
            CHECK(s.value.text == QStringLiteral("83,0"));
            CHECK_FALSE(s.value.exact);
        }
    }
    CHECK(sawUnknown);

    const ImportFile array = readFile(testData(QStringLiteral("import/statistics-array.json")));
    INFO(refusalsText(array));
    REQUIRE_FALSE(array.refused());
    CHECK(array.statistics.size() == file.statistics.size()); // the second response's code has 7 digits
    REQUIRE(array.refusals.size() == 3);
    CHECK(array.refusals.last().record == 2);
    CHECK(array.refusals.last().field == QStringLiteral("schoolUnit"));
}

TEST_CASE("Files are recognised by their content, not their name", "[import]")
{
    CHECK(recognise(
              readTestFile(QStringLiteral("skolverket/planned-educations-v4/statistics-gr/10017830.json")).left(4096))
          == FileKind::PlannedStatistics);
    CHECK(recognise(readTestFile(QStringLiteral("skolverket/planned-educations-v4/school-units/10035236.json")))
          == FileKind::PlannedUnits);
    CHECK(recognise(readTestFile(QStringLiteral("import/registry-list.json"))) == FileKind::RegistryUnitList);
    CHECK(recognise(readTestFile(QStringLiteral("import/registry-unit.json"))) == FileKind::RegistryUnits);
    CHECK(recognise(readTestFile(QStringLiteral("import/kostnader-kommun-cp1252.csv"))) == FileKind::StatisticsReport);
    CHECK(recognise("hej") == FileKind::Unknown);
    const QStringList files = filesIn(testData(QStringLiteral("import")));
    CHECK(files.size() >= 12);
    CHECK(std::is_sorted(files.begin(), files.end()));
}
