// Every schema step from the previous version's file, and the files of earlier releases in tests/data.
#include "tests/core/TestSupport.h"

#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/OrganizerStore.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

/**
 * The tables each schema version must have. A new migration adds its line here;
 * the test fails until it does.
 */
const QMap<int, QList<const char*>> kTables = {
    { 1,
      { "action_item", "collaboration", "collaboration_contact", "collaboration_unit", "decision", "meeting",
        "meeting_participant", "organizer", "organizer_contact", "phase_change", "programme", "school_unit",
        "school_unit_form" } },
    { 2,
      { "action_item", "collaboration", "collaboration_contact", "collaboration_unit", "decision", "meeting",
        "meeting_participant", "organizer", "organizer_contact", "phase_change", "programme", "school_unit",
        "school_unit_form", "unit_statistic" } },
    { 3,
      { "action_item",
        "analysis",
        "analysis_answer",
        "analysis_participant",
        "analysis_result",
        "cause",
        "collaboration",
        "collaboration_contact",
        "collaboration_unit",
        "decision",
        "development_area",
        "development_area_problem",
        "evidence",
        "meeting",
        "meeting_participant",
        "organizer",
        "organizer_contact",
        "phase_change",
        "problem",
        "problem_cause",
        "problem_evidence",
        "programme",
        "pupil_voice",
        "pupil_voice_quote",
        "pupil_voice_theme",
        "school_unit",
        "school_unit_form",
        "unit_statistic" } },
    { 4,
      { "action_item",
        "action_plan",
        "analysis",
        "analysis_answer",
        "analysis_participant",
        "analysis_result",
        "cause",
        "collaboration",
        "collaboration_contact",
        "collaboration_unit",
        "decision",
        "development_area",
        "development_area_problem",
        "evidence",
        "intervention",
        "intervention_budget",
        "intervention_cause",
        "intervention_goal",
        "intervention_indicator",
        "intervention_problem",
        "intervention_unit",
        "meeting",
        "meeting_participant",
        "organizer",
        "organizer_contact",
        "phase_change",
        "problem",
        "problem_cause",
        "problem_evidence",
        "programme",
        "pupil_voice",
        "pupil_voice_quote",
        "pupil_voice_theme",
        "school_unit",
        "school_unit_form",
        "unit_statistic" } },
    { 5,
      { "action_item",
        "action_plan",
        "agreement",
        "agreement_budget",
        "agreement_intervention",
        "agreement_report_date",
        "agreement_scan",
        "agreement_section",
        "agreement_signatory",
        "agreement_signed_pdf",
        "analysis",
        "analysis_answer",
        "analysis_participant",
        "analysis_result",
        "cause",
        "collaboration",
        "collaboration_contact",
        "collaboration_unit",
        "decision",
        "development_area",
        "development_area_problem",
        "evidence",
        "intervention",
        "intervention_budget",
        "intervention_cause",
        "intervention_goal",
        "intervention_indicator",
        "intervention_problem",
        "intervention_unit",
        "meeting",
        "meeting_participant",
        "organizer",
        "organizer_contact",
        "phase_change",
        "problem",
        "problem_cause",
        "problem_evidence",
        "programme",
        "programme_party",
        "pupil_voice",
        "pupil_voice_quote",
        "pupil_voice_theme",
        "school_unit",
        "school_unit_form",
        "unit_statistic" } },
    { 6,
      { "action_item",
        "action_plan",
        "agreement",
        "agreement_budget",
        "agreement_intervention",
        "agreement_report_date",
        "agreement_scan",
        "agreement_section",
        "agreement_signatory",
        "agreement_signed_pdf",
        "analysis",
        "analysis_answer",
        "analysis_participant",
        "analysis_result",
        "cause",
        "collaboration",
        "collaboration_contact",
        "collaboration_unit",
        "decision",
        "development_area",
        "development_area_problem",
        "evidence",
        "intervention",
        "intervention_budget",
        "intervention_cause",
        "intervention_goal",
        "intervention_indicator",
        "intervention_problem",
        "intervention_unit",
        "meeting",
        "meeting_participant",
        "organizer",
        "organizer_contact",
        "phase_change",
        "problem",
        "problem_cause",
        "problem_evidence",
        "programme",
        "programme_party",
        "pupil_voice",
        "pupil_voice_quote",
        "pupil_voice_theme",
        "school_unit",
        "school_unit_form",
        "tombstone",
        "unit_statistic" } },
    { 7,
      { "action_item",
        "action_plan",
        "agreement",
        "agreement_budget",
        "agreement_intervention",
        "agreement_report_date",
        "agreement_scan",
        "agreement_section",
        "agreement_signatory",
        "agreement_signed_pdf",
        "analysis",
        "analysis_answer",
        "analysis_participant",
        "analysis_result",
        "cause",
        "collaboration",
        "collaboration_contact",
        "collaboration_unit",
        "decision",
        "development_area",
        "development_area_problem",
        "evidence",
        "final_report",
        "final_report_area",
        "indicator_measurement",
        "intervention",
        "intervention_budget",
        "intervention_cause",
        "intervention_goal",
        "intervention_indicator",
        "intervention_problem",
        "intervention_unit",
        "meeting",
        "meeting_participant",
        "organizer",
        "organizer_contact",
        "phase_change",
        "problem",
        "problem_cause",
        "problem_evidence",
        "programme",
        "programme_party",
        "progress_report",
        "progress_report_deviation",
        "progress_report_goal",
        "progress_report_indicator",
        "progress_report_intervention",
        "pupil_voice",
        "pupil_voice_quote",
        "pupil_voice_theme",
        "school_unit",
        "school_unit_form",
        "status_change",
        "tombstone",
        "unit_statistic" } },
};

int userVersion(const QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

/** Every uuid of every table that has them, by table: to see they are all there, unique and kept. */
QMap<QString, QStringList> uuidsByTable(const QSqlDatabase& db)
{
    QMap<QString, QStringList> uuids;
    for (const QString& table : tableNames(db)) {
        if (table == QLatin1String("tombstone")
            || scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = 'uuid'").arg(table))
                    .toInt()
                == 0)
            continue;
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT uuid FROM %1 ORDER BY rowid").arg(table)));
        QStringList list;
        while (q.next())
            list << q.value(0).toString();
        uuids[table] = list;
    }
    return uuids;
}

/** Row counts of every table, to see that an upgrade kept the data. */
QMap<QString, int> rowCounts(const QSqlDatabase& db)
{
    QMap<QString, int> counts;
    for (const QString& table : tableNames(db))
        counts[table] = rowCount(db, table);
    return counts;
}

} // namespace

TEST_CASE("Each migration takes the previous version's file to its version", "[migration]")
{
    for (const Migration& m : Migrations::all()) {
        DYNAMIC_SECTION("version " << m.version)
        {
            INFO("Add the tables of version " << m.version << " to kTables in MigrationTest.cpp");
            REQUIRE(kTables.contains(m.version));
            TempFolder folder;
            const QString path = folder.path(QStringLiteral("steg.db"));
            {
                PlainConnection plain(path);
                QString error;
                INFO(error.toStdString());
                REQUIRE(Migrations::migrate(plain.db(), &error, m.version - 1));
                CHECK(userVersion(plain.db()) == m.version - 1);
                if (m.version > 1) {
                    const QStringList before = tableNames(plain.db());
                    for (const char* table : kTables.value(m.version - 1))
                        CHECK(before.contains(QLatin1String(table)));
                }

                REQUIRE(Migrations::migrate(plain.db(), &error, m.version));
                CHECK(error.isEmpty());
                CHECK(userVersion(plain.db()) == m.version);
                CHECK(scalar(plain.db(), QStringLiteral("PRAGMA application_id")).toInt() == Migrations::ApplicationId);
                const QStringList after = tableNames(plain.db());
                for (const char* table : kTables.value(m.version)) {
                    INFO(table);
                    CHECK(after.contains(QLatin1String(table)));
                }
                CHECK(scalar(plain.db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
                CHECK(scalar(plain.db(), QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
            }

            // Database::open takes the file from there to the latest version.
            auto db = openDatabase(path);
            CHECK(db->schemaVersion() == Migrations::latestVersion());
            if (m.version < Migrations::latestVersion())
                CHECK(Backups::list(path).size() == 1); // an upgrade always keeps the old file first
            else
                CHECK(Backups::list(path).empty()); // nothing to upgrade
        }
    }
}

TEST_CASE("The versions are numbered 1, 2, 3 … in order", "[migration]")
{
    int expected = 1;
    for (const Migration& m : Migrations::all()) {
        CHECK(m.version == expected);
        CHECK_FALSE(m.statements.empty());
        ++expected;
    }
    CHECK(Migrations::latestVersion() == expected - 1);
}

TEST_CASE("A migration that fails midway leaves the previous version intact", "[migration]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("konflikt.db"));
    PlainConnection plain(path);
    // A table in the way of version 1's second statement: the first succeeds, then it fails.
    plain.exec(QStringLiteral("CREATE TABLE organizer(x)"));
    plain.exec(QStringLiteral("INSERT INTO organizer VALUES ('kvar')"));

    QString error;
    CHECK_FALSE(Migrations::migrate(plain.db(), &error, 1));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("organizer"))); // what was in the way
    CHECK(userVersion(plain.db()) == 0);
    CHECK(scalar(plain.db(), QStringLiteral("PRAGMA application_id")).toInt() == 0);
    CHECK(tableNames(plain.db()) == QStringList { QStringLiteral("organizer") }); // no half schema
    CHECK(scalar(plain.db(), QStringLiteral("SELECT x FROM organizer")).toString() == QStringLiteral("kvar"));

    // The connection is usable afterwards: no transaction was left open.
    plain.exec(QStringLiteral("DROP TABLE organizer"));
    REQUIRE(Migrations::migrate(plain.db(), &error, 1));
    CHECK(userVersion(plain.db()) == 1);
}

TEST_CASE("Database files of earlier releases in tests/data open with their data", "[migration][fixture]")
{
    const QDir data(QStringLiteral(SKOLDIALOG_TEST_DATA));
    const QStringList fixtures = data.entryList({ QStringLiteral("schema-v*.db") }, QDir::Files, QDir::Name);
    REQUIRE_FALSE(fixtures.isEmpty()); // schema-v1.db at least
    const QRegularExpression name(QStringLiteral("^schema-v(\\d+)\\.db$"));
    for (const QString& fixture : fixtures) {
        DYNAMIC_SECTION(fixture.toStdString())
        {
            const auto match = name.match(fixture);
            REQUIRE(match.hasMatch());
            const int version = match.captured(1).toInt();
            REQUIRE(version <= Migrations::latestVersion());

            TempFolder folder;
            const QString path = folder.path(fixture);
            REQUIRE(QFile::copy(data.filePath(fixture), path));
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QMap<QString, int> before;
            {
                PlainConnection plain(path);
                CHECK(userVersion(plain.db()) == version);
                before = rowCounts(plain.db());
            }
            const auto inspection = Database::inspect(path);
            CHECK(inspection.schemaVersion == version);
            CHECK(inspection.state
                  == (version < Migrations::latestVersion() ? DatabaseInspection::State::Outdated
                                                            : DatabaseInspection::State::Sound));

            auto db = openDatabase(path);
            CHECK(db->schemaVersion() == Migrations::latestVersion());
            const QMap<QString, int> after = rowCounts(db->connection());
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                INFO(it.key().toStdString());
                CHECK(after.value(it.key()) == it.value());
            }
            // Every fixture is made with `skoldialog-cli demo`: Ekbacka kommun is in it.
            const auto ekbacka = OrganizerStore(*db).findByOrganisationNumber(QStringLiteral("212000-9994"));
            REQUIRE(ekbacka);
            CHECK(ekbacka->name == QStringLiteral("Ekbacka kommun"));
            CHECK(ekbacka->contacts.size() == 2);
            if (version < Migrations::latestVersion())
                CHECK(Backups::list(path).size() == 1);

            // Every row that can travel has a uuid of its own, and keeps it when the file is opened again.
            const QMap<QString, QStringList> uuids = uuidsByTable(db->connection());
            CHECK(uuids.contains(QStringLiteral("organizer")));
            CHECK(uuids.contains(QStringLiteral("meeting_participant")));
            const QRegularExpression shape(
                QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
            QSet<QString> seen;
            for (auto it = uuids.cbegin(); it != uuids.cend(); ++it) {
                INFO(it.key().toStdString());
                CHECK(it.value().size() == after.value(it.key()));
                for (const QString& uuid : it.value()) {
                    CHECK(shape.match(uuid).hasMatch());
                    CHECK_FALSE(seen.contains(uuid));
                    seen.insert(uuid);
                }
            }
            CHECK(seen.size() > 0);
            db.reset();
            auto reopened = openDatabase(path);
            CHECK(uuidsByTable(reopened->connection()) == uuids);
        }
    }
}

TEST_CASE("A version 5 file made before agreement_signed_pdf existed gains it, guarded, on the way to version 6",
          "[migration][fixture]")
{
    // Commit f0359bc added the table to version 5 after the first version 5 files were made.
    const QDir data(QStringLiteral(SKOLDIALOG_TEST_DATA));
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("early-v5.db"));
    REQUIRE(QFile::copy(data.filePath(QStringLiteral("schema-v5.db")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        PlainConnection plain(path);
        REQUIRE(userVersion(plain.db()) == 5);
        plain.exec(QStringLiteral("DROP TABLE agreement_signed_pdf"));
        REQUIRE_FALSE(tableNames(plain.db()).contains(QStringLiteral("agreement_signed_pdf")));
    }
    auto db = openDatabase(path);
    REQUIRE(db->schemaVersion() == Migrations::latestVersion());
    CHECK(tableNames(db->connection()).contains(QStringLiteral("agreement_signed_pdf")));
    // A signed agreement's archived PDF cannot be added afterwards: the guard came with the table.
    QSqlQuery q(db->connection());
    const QVariant signedId
        = scalar(db->connection(), QStringLiteral("SELECT id FROM agreement WHERE status = 'undertecknad'"));
    REQUIRE(signedId.isValid());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO agreement_signed_pdf(agreement_id, bytes) VALUES (%1, x'00')")
                           .arg(signedId.toLongLong())));
}
