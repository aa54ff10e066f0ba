// Every real Skolverket file in tests/data/skolverket imported, with counts and values read back as written.
#include "tests/core/TestSupport.h"

#include "core/import/ImportReader.h"
#include "core/import/ImportService.h"
#include "core/import/IndicatorKeys.h"
#include "core/storage/Database.h"
#include "core/storage/StatisticStore.h"

#include <QDir>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Import;

namespace {

QString data(const QString& relative)
{
    return QDir(QStringLiteral(SKOLDIALOG_TEST_DATA)).filePath(relative);
}

const QString kNational
    = QStringLiteral("skolverket/exports/Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 Skolenhet.csv");

QString unitValue(const Database& db, const QString& code, const QString& indicator, const QString& period)
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

TEST_CASE("import: the national school-level export, the statistics responses and the unit details", "[import][real]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("riket.db")));
    Service service(*db);
    QString error;

    const Plan national = service.plan(QStringList { data(kNational) }, &error);
    INFO(error.toStdString());
    REQUIRE(national.files.size() == 1);
    CHECK(national.files.first().counts(Target::Unit).newRecords == 1714);
    CHECK(national.files.first().counts(Target::Statistic).newRecords == 1714 * 4);
    CHECK(national.files.first().counts().refused == 0);
    REQUIRE(service.apply(national).ok);
    CHECK(rowCount(db->connection(), QStringLiteral("school_unit")) == 1714);
    // Read back exactly as the file writes them (line 145 of the file), markers kept.
    const QString merit = QStringLiteral("averageGradesMeritRating9thGrade");
    CHECK(unitValue(*db, QStringLiteral("99648792"), merit, QStringLiteral("2024/25")) == QStringLiteral("299,1|"));
    CHECK(unitValue(*db, QStringLiteral("99648792"),
                    QStringLiteral("ratioOfPupils9thGradeEligibleForNationalProgramYR"), QStringLiteral("2024/25"))
          == QStringLiteral("~100|nearly_all"));
    CHECK(unitValue(*db, QStringLiteral("26172429"), merit, QStringLiteral("2024/25")) == QStringLiteral(".|missing"));
    CHECK(unitValue(*db, QStringLiteral("48000763"), merit, QStringLiteral("2024/25"))
          == QStringLiteral("..|suppressed"));
    CHECK(
        scalar(db->connection(), QStringLiteral("SELECT name FROM organizer WHERE organisation_number = '212000-0142'"))
            .toString()
        == QStringLiteral("Stockholms kommun"));

    // The unit details name the huvudman in upper case; matched on organisationsnummer, never on name.
    const Plan details
        = service.plan(QStringList { data(QStringLiteral("skolverket/planned-educations-v4/school-units")) }, &error);
    Counts detailUnits;
    for (const FilePlan& f : details.files) {
        CHECK_FALSE(f.refusedWhole());
        detailUnits += f.counts(Target::Unit);
    }
    CHECK(detailUnits.total() == 432);
    CHECK(detailUnits.refused == 0);
    REQUIRE(service.apply(details).ok);
    CHECK(scalar(db->connection(),
                 QStringLiteral("SELECT count(*) FROM organizer WHERE organisation_number = '212000-0084'"))
              .toInt()
          == 1);
    CHECK(scalar(db->connection(),
                 QStringLiteral("SELECT street_address || ', ' || locality FROM school_unit WHERE code = "
                                "'10035236'"))
              .toString()
          == QStringLiteral("Marinens väg 30, Handen"));

    // The 1,674 statistics responses: the units Skoldialog knows import, the others are refused with the reason.
    const Plan statistics
        = service.plan(QStringList { data(QStringLiteral("skolverket/planned-educations-v4/statistics-gr")) }, &error);
    CHECK(statistics.files.size() == 1674);
    Counts c;
    int unknownUnits = 0;
    for (const FilePlan& f : statistics.files) {
        CHECK_FALSE(f.refusedWhole());
        c += f.counts();
        if (!f.entries.empty() && f.entries.front().outcome == Outcome::Refused
            && f.entries.front().reason.contains(QStringLiteral("does not know the school unit")))
            ++unknownUnits;
    }
    CHECK(c.newRecords > 50000);
    CHECK(c.refused > 0);
    CHECK(unknownUnits > 0);
    const ApplyResult result = service.apply(statistics);
    REQUIRE(result.ok);
    CHECK(unitValue(*db, QStringLiteral("99648792"), merit, QStringLiteral("2023/24")) == QStringLiteral("288,5|"));
    CHECK(unitValue(*db, QStringLiteral("99648792"), QStringLiteral("totalNumberOfPupils"), QStringLiteral("2025/26"))
          == QStringLiteral("cirka 1100|approximate"));
    const qint64 unit
        = scalar(db->connection(), QStringLiteral("SELECT id FROM school_unit WHERE code = '99648792'")).toLongLong();
    const auto pupils = StatisticStore(*db).newest(unit, QStringLiteral("totalNumberOfPupils"));
    REQUIRE(pupils);
    CHECK_FALSE(pupils->value.exact); // "cirka 1100" is never an exact number
    CHECK(pupils->value.approximately == 1100);
    CHECK(pupils->sourceFile == QStringLiteral("99648792.json"));

    // The same folder again changes nothing and says so.
    const Plan again
        = service.plan(QStringList { data(QStringLiteral("skolverket/planned-educations-v4/statistics-gr")) }, &error);
    CHECK(again.changesNothing());
    CHECK(std::count_if(again.files.cbegin(), again.files.cend(),
                        [](const FilePlan& f) { return f.sameFileImportId > 0; })
          > 700); // the responses of units Skoldialog knows (the rest were refused, so never logged)
}

TEST_CASE("import: every kommun-level export imports, with its kommun values", "[import][real]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("kommun.db")));
    Service service(*db);
    QString error;
    const Plan plan = service.plan(QStringList { data(QStringLiteral("skolverket/exports")) }, &error);
    int csv = 0;
    for (const FilePlan& f : plan.files) {
        INFO(f.fileName.toStdString());
        if (f.fileName.endsWith(QLatin1String(".xlsx"))) {
            CHECK(f.refusedWhole()); // Excel workbooks: download the CSV
            continue;
        }
        ++csv;
        CHECK_FALSE(f.refusedWhole());
        CHECK(f.counts(Target::Statistic).newRecords > 0);
    }
    CHECK(csv == 30);
    REQUIRE(service.apply(plan).ok);
    // "Ale;1440;Västra Götalands län;14;Samtliga;280,0;…" in the staff report of 2024/25.
    MeasureColumn staff;
    staff.group = QStringLiteral("Heltidstjänster");
    staff.label = QStringLiteral("Totalt antal");
    staff.measure = QStringLiteral("Heltidstjänster: Totalt antal"); // as the reader names it
    const QString key = IndicatorKeys::forMeasure(
        QStringLiteral("Grundskola - Personalstatistik med lärarlegitimation och behörighet"), staff);
    const auto ale = StatisticStore(*db).forArea(QStringLiteral("1440"), key, QStringLiteral(""));
    bool found = false;
    for (const Statistic& s : ale) {
        if (s.period == QStringLiteral("2024/25")) {
            CHECK(s.value.text == QStringLiteral("280,0"));
            CHECK(s.value.exact == 280.0);
            found = true;
        }
    }
    CHECK(found);
    const auto kommunal = StatisticStore(*db).forArea(QStringLiteral("1440"), key, QStringLiteral("Kommunal"));
    CHECK_FALSE(kommunal.isEmpty());
    // No indicator named (a default, null QString): every indicator of the kommun, this one among them.
    const auto every = StatisticStore(*db).forArea(QStringLiteral("1440"));
    CHECK(every.size() > ale.size());
    CHECK(std::any_of(every.cbegin(), every.cend(), [&](const Statistic& s) { return s.indicator == key; }));
}

TEST_CASE("import: a cp1252 Excel re-save imports to the same records as its UTF-8 original", "[import][real]")
{
    for (const char* stem : { "slutbetyg-skolenhet", "kostnader-kommun", "nationella-prov-kommun" }) {
        DYNAMIC_SECTION(stem)
        {
            TempFolder folder;
            QMap<QString, QStringList> rows;
            for (const char* encoding : { "utf8", "cp1252" }) {
                auto db = openDatabase(folder.path(QStringLiteral("%1.db").arg(QLatin1String(encoding))));
                Service service(*db);
                const QString file
                    = data(QStringLiteral("import/%1-%2.csv").arg(QLatin1String(stem), QLatin1String(encoding)));
                const Plan plan = service.plan(QStringList { file });
                REQUIRE(plan.files.size() == 1);
                REQUIRE_FALSE(plan.files.first().refusedWhole());
                REQUIRE(service.apply(plan).ok);
                QSqlQuery q(db->connection());
                REQUIRE(q.exec(QStringLiteral(
                    "SELECT u.code, u.name, u.municipality_code, o.organisation_number, o.name, s.indicator, s.period, "
                    "s.written, s.marker_kind FROM unit_statistic s JOIN school_unit u ON u.id = s.school_unit_id JOIN "
                    "organizer o ON o.id = u.organizer_id UNION ALL SELECT area_code, breakdown, '', '', '', "
                    "indicator, "
                    "period, written, marker_kind FROM area_statistic ORDER BY 1, 2, 6, 7")));
                while (q.next()) {
                    QStringList row;
                    for (int i = 0; i < 9; ++i)
                        row << q.value(i).toString();
                    rows[QLatin1String(encoding)] << row.join(QLatin1Char('|'));
                }
            }
            CHECK_FALSE(rows[QStringLiteral("utf8")].isEmpty());
            CHECK(rows[QStringLiteral("utf8")] == rows[QStringLiteral("cp1252")]);
        }
    }
}
