// The import service on records as the readers give them: plan, apply, re-import, cancel, undo.
#include "tests/core/TestSupport.h"

#include "core/import/ImportService.h"
#include "core/storage/Database.h"
#include "core/storage/StatisticStore.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Import;

namespace {

StatisticValue value(const QString& text)
{
    auto v = StatisticValue::fromText(text);
    REQUIRE(v);
    return *v;
}

/** A school-level Sök statistik report as StatisticsCsvReader reads one: two units, two measures. */
ImportFile schoolReport(const QString& path, const QString& merit1,
                        const QString& name1 = QStringLiteral("Oasens skola"))
{
    writeFile(path, (QStringLiteral("rapport ") + merit1 + name1).toUtf8()); // the bytes only name the import
    ImportFile f;
    f.path = path;
    f.recognition.kind = FileKind::StatisticsReport;
    f.recognition.layout = ReportLayout::SchoolUnit;
    f.recognition.title = QStringLiteral("Grundskola - Slutbetyg årskurs 9, samtliga elever");
    f.recognition.schoolYear = QStringLiteral("2024/25");
    f.report.title = f.recognition.title;
    f.report.schoolYear = QStringLiteral("2024/25");
    f.report.layout = ReportLayout::SchoolUnit;
    MeasureColumn pupils;
    pupils.column = 7;
    pupils.label = pupils.measure = QStringLiteral("Antal elever");
    MeasureColumn merit;
    merit.column = 10;
    merit.label = merit.measure = QStringLiteral("Genomsnittligt meritvärde (17 ämnen)");
    f.report.measures = { pupils, merit };
    const auto row = [](int line, const char* code, const QString& name, const char* kommun, const char* kommunName,
                        const char* orgnr, const char* organizer, const char* category, QList<StatisticValue> values) {
        StatisticsRow r;
        r.line = line;
        r.schoolUnitCode = QString::fromLatin1(code);
        r.schoolName = name;
        r.municipalityCode = QString::fromLatin1(kommun);
        r.municipalityName = QString::fromUtf8(kommunName);
        r.organisationNumber = QString::fromLatin1(orgnr);
        r.organizerName = QString::fromUtf8(organizer);
        r.organizerCategory = QString::fromLatin1(category);
        r.values = values;
        return r;
    };
    f.rows << row(7, "48000763", name1, "0604", "Aneby", "556650-1796", "Oasen Utbildningscenter AB", "Enskild",
                  { value(QStringLiteral("..")), value(merit1) })
           << row(9, "82520504", QStringLiteral("Åkerboskolan"), "0885", "Borgholm", "212000-0795", "Borgholms kommun",
                  "Kommunal", { value(QStringLiteral("1 102")), value(QStringLiteral("~100")) });
    for (const StatisticsRow& r : f.rows) {
        // What StatisticsCsvReader::readAll gives beside the rows: the huvudmän once each, and the units.
        OrganizerRecord o;
        o.line = r.line;
        o.organisationNumber = r.organisationNumber;
        o.name = r.organizerName;
        o.type
            = r.organizerCategory == QLatin1String("Kommunal") ? OrganizerType::Municipal : OrganizerType::Independent;
        o.typeAsWritten = r.organizerCategory;
        f.organizers << o;
        UnitRecord u;
        u.line = r.line;
        u.code = r.schoolUnitCode;
        u.name = r.schoolName;
        u.municipalityCode = r.municipalityCode;
        u.municipalityName = r.municipalityName;
        u.organisationNumber = r.organisationNumber;
        u.forms = { SchoolForm::Compulsory };
        f.units << u;
    }
    Refusal refused;
    refused.line = 8;
    refused.field = QStringLiteral("Antal elever");
    refused.value = QStringLiteral("tolv");
    refused.reason = QStringLiteral("\"tolv\" är inte ett tal i kolumnen Antal elever.");
    f.refusals << refused;
    return f;
}

/** A v4 statistics response for `code`: two values of one indicator. */
ImportFile statisticsResponse(const QString& path, const QString& code)
{
    writeFile(path, code.toUtf8());
    ImportFile f;
    f.path = path;
    f.recognition.kind = FileKind::PlannedStatistics;
    for (const auto& [period, text] : { std::pair { "2024/25", "241,3" }, std::pair { "2023/24", ".." } }) {
        StatisticRecord s;
        s.record = 1;
        s.schoolUnitCode = code;
        s.schoolForm = QStringLiteral("gr");
        s.indicator = QStringLiteral("averageGradesMeritRating9thGrade");
        s.period = QString::fromLatin1(period);
        s.value = value(QString::fromUtf8(text));
        f.statistics << s;
    }
    return f;
}

QString written(const Database& db, const QString& code, const QString& indicator, const QString& period)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT s.written || '|' || s.marker_kind FROM unit_statistic s JOIN school_unit u ON "
                             "u.id = s.school_unit_id WHERE u.code = ? AND s.indicator = ? AND s.period = ?"));
    q.addBindValue(code);
    q.addBindValue(indicator);
    q.addBindValue(period);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("import: a school-level report makes organizers, units and statistics, markers kept", "[import]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("import.db")));
    Service service(*db);
    QString error;
    const Plan plan = service.plan(
        QList<ImportFile> { schoolReport(folder.path(QStringLiteral("a.csv")), QStringLiteral("241,3")) }, &error);
    INFO(error.toStdString());
    REQUIRE(plan.files.size() == 1);
    const FilePlan& f = plan.files.first();
    CHECK(f.counts(Target::Organizer).newRecords == 2);
    CHECK(f.counts(Target::Unit).newRecords == 2);
    CHECK(f.counts(Target::Statistic).newRecords == 4);
    CHECK(f.counts().refused == 1);
    const auto refused = plan.filtered({ Outcome::Refused });
    REQUIRE(refused.size() == 1);
    CHECK(f.refusalText(*refused.first().second).startsWith(QStringLiteral("line 8: \"tolv\"")));
    CHECK(f.sha256.size() == 64);

    const ApplyResult result = service.apply(plan);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(result.importIds.size() == 1);
    CHECK(rowCount(db->connection(), QStringLiteral("school_unit")) == 2);
    CHECK(written(*db, QStringLiteral("48000763"), QStringLiteral("averageGradesMeritRating9thGrade"),
                  QStringLiteral("2024/25"))
          == QStringLiteral("241,3|"));
    CHECK(written(*db, QStringLiteral("82520504"), QStringLiteral("averageGradesMeritRating9thGrade"),
                  QStringLiteral("2024/25"))
          == QStringLiteral("~100|nearly_all"));
    CHECK(written(*db, QStringLiteral("48000763"), QStringLiteral("pupilsWithFinalGrades9thGrade"),
                  QStringLiteral("2024/25"))
          == QStringLiteral("..|suppressed"));
    CHECK(written(*db, QStringLiteral("82520504"), QStringLiteral("pupilsWithFinalGrades9thGrade"),
                  QStringLiteral("2024/25"))
          == QStringLiteral("1 102|"));
    // Units and organizers from a report are incomplete: it names no address, no seat.
    CHECK(scalar(db->connection(), QStringLiteral("SELECT min(incomplete) FROM organizer")).toInt() == 1);
    CHECK(scalar(db->connection(), QStringLiteral("SELECT organizer_id FROM school_unit WHERE code = '82520504'"))
          == scalar(db->connection(),
                    QStringLiteral("SELECT id FROM organizer WHERE organisation_number = '212000-0795'")));

    // Read back through the store, with the source.
    const qint64 unit
        = scalar(db->connection(), QStringLiteral("SELECT id FROM school_unit WHERE code = '82520504'")).toLongLong();
    const auto merit = StatisticStore(*db).newest(unit, QStringLiteral("averageGradesMeritRating9thGrade"));
    REQUIRE(merit);
    CHECK(merit->value.marker == StatisticValue::Marker::NearlyAll);
    CHECK_FALSE(merit->value.exact);
    CHECK(merit->sourceFile == QStringLiteral("a.csv"));
    CHECK(merit->period == QStringLiteral("2024/25"));

    const auto log = service.log();
    REQUIRE(log.size() == 1);
    CHECK(log.first().counts.newRecords == 8);
    CHECK(log.first().counts.refused == 1);
}

TEST_CASE("import: re-importing the same file changes nothing and says so", "[import]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("import.db"));
    auto db = openDatabase(path);
    Service service(*db);
    const QString csv = folder.path(QStringLiteral("a.csv"));
    REQUIRE(service.apply(service.plan(QList<ImportFile> { schoolReport(csv, QStringLiteral("241,3")) })).ok);
    const qint64 runs = rowCount(db->connection(), QStringLiteral("import_run"));

    const Plan again = service.plan(QList<ImportFile> { schoolReport(csv, QStringLiteral("241,3")) });
    CHECK(again.changesNothing());
    CHECK(again.files.first().counts().newRecords == 0);
    CHECK(again.files.first().counts().changed == 0);
    CHECK(again.files.first().sameFileImportId > 0);
    const ApplyResult result = service.apply(again);
    REQUIRE(result.ok);
    CHECK(result.importIds.isEmpty());
    CHECK(rowCount(db->connection(), QStringLiteral("import_run")) == runs);
    INFO(result.summary.toStdString());
    CHECK(result.summary.contains(QStringLiteral("imported already")));
}

TEST_CASE("import: a changed value and name show field by field, old → new", "[import]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("import.db")));
    Service service(*db);
    REQUIRE(service
                .apply(service.plan(
                    QList<ImportFile> { schoolReport(folder.path(QStringLiteral("a.csv")), QStringLiteral("241,3")) }))
                .ok);
    const Plan plan = service.plan(QList<ImportFile> {
        schoolReport(folder.path(QStringLiteral("b.csv")), QStringLiteral("250,0"), QStringLiteral("Oasskolan")) });
    const FilePlan& f = plan.files.first();
    CHECK(f.counts(Target::Unit).changed == 1);
    CHECK(f.counts(Target::Statistic).changed == 1);
    CHECK(f.counts(Target::Statistic).unchanged == 3);
    const auto changed = plan.filtered({ Outcome::Changed });
    bool sawName = false, sawMerit = false;
    for (const auto& [file, e] : changed) {
        for (const FieldChange& c : e->changes) {
            if (c.before == QStringLiteral("Oasens skola") && c.after == QStringLiteral("Oasskolan"))
                sawName = true;
            if (c.before == QStringLiteral("241,3") && c.after == QStringLiteral("250,0"))
                sawMerit = true;
        }
    }
    CHECK(sawName);
    CHECK(sawMerit);
}

TEST_CASE("import: statistics of an unknown unit are refused with the reason, the rest imports", "[import]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("import.db")));
    Service service(*db);
    const Plan plan = service.plan(QList<ImportFile> {
        schoolReport(folder.path(QStringLiteral("a.csv")), QStringLiteral("241,3")),
        statisticsResponse(folder.path(QStringLiteral("48000763.json")), QStringLiteral("48000763")),
        statisticsResponse(folder.path(QStringLiteral("99999999.json")), QStringLiteral("99999999")) });
    REQUIRE(plan.files.size() == 3);
    const FilePlan& unknown = plan.files[2];
    CHECK(unknown.counts().refused == 2);
    CHECK(unknown.entries.front().reason.contains(QStringLiteral("99999999")));
    CHECK(unknown.entries.front().reason.contains(QStringLiteral("import the registry")));
    const FilePlan& known = plan.files[1];
    CHECK(known.counts().unchanged == 1); // 2024/25 "241,3" as the report said
    CHECK(known.counts().newRecords == 1); // 2023/24
    const ApplyResult result = service.apply(plan);
    REQUIRE(result.ok);
    CHECK(written(*db, QStringLiteral("48000763"), QStringLiteral("averageGradesMeritRating9thGrade"),
                  QStringLiteral("2023/24"))
          == QStringLiteral("..|suppressed"));
}

TEST_CASE("import: a file refused whole leaves the database byte for byte unchanged", "[import]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("import.db"));
    {
        auto db = openDatabase(path);
        Service service(*db);
        REQUIRE(service
                    .apply(service.plan(QList<ImportFile> {
                        schoolReport(folder.path(QStringLiteral("a.csv")), QStringLiteral("241,3")) }))
                    .ok);
    }
    const QByteArray before = readFile(path);
    {
        auto db = openDatabase(path);
        Service service(*db);
        ImportFile broken;
        broken.path = folder.path(QStringLiteral("trasig.json"));
        writeFile(broken.path, "{ \"status\": ");
        broken.error = FileError { Position { 1, 13, 12 }, QStringLiteral("rad 1, kolumn 13: filen tar slut") };
        const Plan plan = service.plan(QList<ImportFile> { broken });
        CHECK(plan.anyRefusedWhole());
        CHECK(plan.changesNothing());
        const ApplyResult result = service.apply(plan);
        CHECK(result.ok);
        CHECK(result.summary.contains(QStringLiteral("rad 1, kolumn 13")));
    }
    CHECK(readFile(path) == before);
}

TEST_CASE("import: cancelling midway writes nothing", "[import]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("import.db")));
    Service service(*db);
    // Enough statistics that progress is reported before the end.
    ImportFile f = schoolReport(folder.path(QStringLiteral("a.csv")), QStringLiteral("241,3"));
    ImportFile many = statisticsResponse(folder.path(QStringLiteral("s.json")), QStringLiteral("48000763"));
    many.statistics.clear();
    for (int year = 1900; year < 2020; ++year) {
        for (int i = 0; i < 40; ++i) {
            StatisticRecord s;
            s.record = 1;
            s.schoolUnitCode = QStringLiteral("48000763");
            s.indicator = QStringLiteral("indicator%1").arg(i);
            s.period = QStringLiteral("%1/%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
            s.value = value(QStringLiteral("12,5"));
            many.statistics << s;
        }
    }
    const Plan plan = service.plan(QList<ImportFile> { f, many });
    int calls = 0;
    const ApplyResult result = service.apply(plan, [&](qint64 done, qint64 total) {
        ++calls;
        CHECK(done < total);
        return false;
    });
    CHECK(calls == 1);
    CHECK(result.cancelled);
    CHECK_FALSE(result.ok);
    for (const char* table : { "organizer", "school_unit", "unit_statistic", "import_run", "import_change" })
        CHECK(rowCount(db->connection(), QLatin1String(table)) == 0);
}

TEST_CASE("import: undo restores what the import changed, and refuses while a later import depends on it", "[import]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("import.db")));
    Service service(*db);
    const auto first = service.apply(service.plan(
        QList<ImportFile> { schoolReport(folder.path(QStringLiteral("a.csv")), QStringLiteral("241,3")) }));
    REQUIRE(first.ok);
    const auto second = service.apply(service.plan(QList<ImportFile> {
        schoolReport(folder.path(QStringLiteral("b.csv")), QStringLiteral("250,0"), QStringLiteral("Oasskolan")) }));
    REQUIRE(second.ok);
    REQUIRE(second.importIds.size() == 1);
    CHECK(written(*db, QStringLiteral("48000763"), QStringLiteral("averageGradesMeritRating9thGrade"),
                  QStringLiteral("2024/25"))
          == QStringLiteral("250,0|"));

    QString error;
    CHECK_FALSE(service.undo(first.importIds.first(), &error));
    CHECK(error.contains(QStringLiteral("b.csv"))); // undo the later one first
    CHECK(written(*db, QStringLiteral("48000763"), QStringLiteral("averageGradesMeritRating9thGrade"),
                  QStringLiteral("2024/25"))
          == QStringLiteral("250,0|"));

    QString summary;
    REQUIRE(service.undo(second.importIds.first(), &error, &summary));
    CHECK(written(*db, QStringLiteral("48000763"), QStringLiteral("averageGradesMeritRating9thGrade"),
                  QStringLiteral("2024/25"))
          == QStringLiteral("241,3|"));
    CHECK(scalar(db->connection(), QStringLiteral("SELECT name FROM school_unit WHERE code = '48000763'")).toString()
          == QStringLiteral("Oasens skola"));
    CHECK_FALSE(service.undo(second.importIds.first(), &error)); // once only

    REQUIRE(service.undo(first.importIds.first(), &error));
    for (const char* table : { "organizer", "school_unit", "unit_statistic" })
        CHECK(rowCount(db->connection(), QLatin1String(table)) == 0);
    CHECK(rowCount(db->connection(), QStringLiteral("import_run")) == 2); // the log keeps both, undone
}

TEST_CASE("import: undo is refused when a unit the import made was edited by hand since", "[import]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("import.db")));
    Service service(*db);
    const auto first = service.apply(service.plan(
        QList<ImportFile> { schoolReport(folder.path(QStringLiteral("a.csv")), QStringLiteral("241,3")) }));
    REQUIRE(first.ok);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE school_unit SET principal = 'Eva Ek' WHERE code = '48000763'")));
    QString error;
    CHECK_FALSE(service.undo(first.importIds.first(), &error));
    CHECK(error.contains(QStringLiteral("Oasens skola")));
    CHECK(rowCount(db->connection(), QStringLiteral("school_unit")) == 2);
}
