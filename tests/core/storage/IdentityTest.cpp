// Schema v6: every record that can travel has a uuid made once, an updated_at from the
// clock, and leaves a tombstone when removed.
#include "tests/core/MockClock.h"
#include "tests/core/TestSupport.h"

#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/ProgrammeStore.h"
#include "core/storage/SchoolUnitStore.h"
#include "core/storage/Tombstones.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

struct Fixture
{
    TempFolder folder;
    QString path = folder.path(QStringLiteral("id.db"));
    std::unique_ptr<Database> db = openDatabase(path);
    Organizer organizer;
    Collaboration collaboration;

    Fixture()
    {
        QString error;
        organizer = sampleOrganizer(QStringLiteral("Ekbacka kommun"), organisationNumberFor(1));
        REQUIRE(OrganizerStore(*db).save(organizer, &error));
        const auto programmes = ProgrammeStore(*db).list(&error);
        REQUIRE_FALSE(programmes.isEmpty());
        collaboration = sampleCollaboration(organizer.id, programmes.first().id);
        REQUIRE(CollaborationStore(*db).save(collaboration, &error));
    }

    QVariant value(const QString& sql) const { return scalar(db->connection(), sql); }
};

/** (table, uuid, deleted_at, deleted_by) of every tombstone, oldest first. */
QList<QStringList> tombstones(const QSqlDatabase& db)
{
    QList<QStringList> rows;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT table_name, uuid, deleted_at, coalesce(deleted_by, '') FROM tombstone "
                                  "ORDER BY id")));
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
    return rows;
}

bool refused(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return !q.exec(sql);
}

} // namespace

TEST_CASE("A version 5 file becomes version 6 with a uuid on every row, frozen records included", "[identity]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("v5.db"));
    {
        PlainConnection plain(path);
        QString error;
        REQUIRE(Migrations::migrate(plain.db(), &error, 5));
        plain.exec(QStringLiteral("INSERT INTO organizer(id, name, organisation_number, type, municipality_code) "
                                  "VALUES (1, 'Ekbacka kommun', '212000-9994', 'kommunal', '0180')"));
        plain.exec(QStringLiteral("INSERT INTO collaboration(id, organizer_id, programme_id, start_date) "
                                  "VALUES (1, 1, 1, '2025-08-01')"));
        plain.exec(QStringLiteral("INSERT INTO meeting(id, collaboration_id, starts_at, kind) "
                                  "VALUES (1, 1, '2025-09-01T09:00', 'forsta_mote')"));
        for (int i = 0; i < 3; ++i)
            plain.exec(QStringLiteral("INSERT INTO meeting_participant(meeting_id, position, name) VALUES (1, %1, "
                                      "'Deltagare %1')")
                           .arg(i));
        // An established analysis and a signed agreement: records the database keeps from changing.
        plain.exec(QStringLiteral("INSERT INTO analysis(id, collaboration_id, kind, template_id, template_version) "
                                  "VALUES (1, 1, 'skola', 'skola', 1)"));
        plain.exec(QStringLiteral("INSERT INTO cause(analysis_id, position, area, level, description) "
                                  "VALUES (1, 0, 'organisation', 'huvudman', 'Ingen uppföljning')"));
        plain.exec(QStringLiteral("UPDATE analysis SET status = 'faststalld' WHERE id = 1"));
        plain.exec(QStringLiteral(
            "INSERT INTO agreement(id, collaboration_id, kind, title, programme_name, agency_name, agency_short_name, "
            "agency_organisation_number, organizer_name, organizer_short_name, organizer_organisation_number) "
            "VALUES (1, 1, 'ok1', 'ÖK 1', 'SBS', 'Statens skolverk', 'Skolverket', '202100-4185', 'Ekbacka kommun', "
            "'Ekbacka', '212000-9994')"));
        plain.exec(QStringLiteral("INSERT INTO agreement_section(agreement_id, position, key, heading) "
                                  "VALUES (1, 0, 'parter', 'Parter')"));
        plain.exec(QStringLiteral("UPDATE agreement SET status = 'undertecknad', agency_signed_on = '2025-09-10', "
                                  "organizer_signed_on = '2025-09-12', pdf_sha256 = '%1' WHERE id = 1")
                       .arg(QString(64, QLatin1Char('a'))));
    }
    auto db = openDatabase(path);
    REQUIRE(db->schemaVersion() == Migrations::latestVersion()); // through version 6, and on
    const auto c = db->connection();
    QSet<QString> seen;
    for (const char* table : { "organizer", "collaboration", "meeting", "meeting_participant", "analysis", "cause",
                               "agreement", "agreement_section" }) {
        INFO(table);
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("SELECT uuid, updated_at FROM %1").arg(QLatin1String(table))));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString uuid = q.value(0).toString();
            CHECK(uuid.size() == 36);
            CHECK(uuid == uuid.toLower());
            CHECK_FALSE(seen.contains(uuid));
            seen.insert(uuid);
            CHECK_FALSE(q.value(1).isNull());
        }
        CHECK(rows > 0);
    }
    CHECK(seen.size() == 10);
    // Still frozen after the backfill: the update triggers came back as they were.
    CHECK(refused(c, QStringLiteral("UPDATE cause SET description = 'ändrad'")));
    CHECK(refused(c, QStringLiteral("UPDATE agreement_section SET heading = 'ändrad'")));
    CHECK(refused(c, QStringLiteral("UPDATE agreement SET title = 'ändrad'")));
    CHECK(refused(c, QStringLiteral("UPDATE analysis SET summary = 'ändrad'")));
    CHECK(rowCount(c, QStringLiteral("tombstone")) == 0);
}

TEST_CASE("The database refuses a missing, repeated or changed uuid", "[identity]")
{
    Fixture f;
    const auto c = f.db->connection();
    CHECK(refused(c,
                  QStringLiteral("INSERT INTO organizer(name, organisation_number, type, municipality_code) "
                                 "VALUES ('Utan', '212000-0001', 'kommunal', '0180')")));
    CHECK(refused(c,
                  QStringLiteral("INSERT INTO organizer(name, organisation_number, type, municipality_code, uuid) "
                                 "VALUES ('Tom', '212000-0001', 'kommunal', '0180', '')")));
    CHECK(refused(c,
                  QStringLiteral("INSERT INTO organizer(name, organisation_number, type, municipality_code, uuid) "
                                 "VALUES ('Dubblett', '212000-0001', 'kommunal', '0180', '%1')")
                      .arg(f.organizer.uuid)));
    CHECK(refused(c, QStringLiteral("UPDATE organizer SET uuid = '00000000-0000-4000-8000-000000000000'")));
    CHECK(refused(c, QStringLiteral("UPDATE collaboration SET uuid = NULL")));
    CHECK(f.value(QStringLiteral("SELECT uuid FROM organizer")).toString() == f.organizer.uuid);
}

TEST_CASE("A record keeps its uuid through a save, a reopen and a re-save of an earlier snapshot", "[identity]")
{
    Fixture f;
    QString error;
    CHECK(f.organizer.uuid.size() == 36);
    CHECK(f.collaboration.uuid.size() == 36);
    CHECK(f.organizer.uuid != f.collaboration.uuid);

    Meeting m = sampleMeeting(f.collaboration.id);
    REQUIRE(MeetingStore(*f.db).save(m, &error));
    REQUIRE(m.participants.size() == 2);
    for (const auto& p : m.participants) {
        CHECK(p.id > 0);
        CHECK(p.uuid.size() == 36);
    }
    const Meeting snapshot = m;

    // Saved again with a change: the same rows, the same uuids.
    m.notes = QStringLiteral("Nya anteckningar");
    m.participants[1].role = QStringLiteral("Förvaltningschef");
    REQUIRE(MeetingStore(*f.db).save(m, &error));
    CHECK(m.uuid == snapshot.uuid);
    CHECK(m.participants[0].id == snapshot.participants[0].id);
    CHECK(m.participants[1].uuid == snapshot.participants[1].uuid);

    // Reopened: what the file holds.
    const QString organizerUuid = f.organizer.uuid;
    f.db.reset();
    f.db = openDatabase(f.path);
    auto loaded = MeetingStore(*f.db).load(m.id, &error);
    REQUIRE(loaded);
    CHECK(*loaded == m);
    CHECK(OrganizerStore(*f.db).load(f.organizer.id, &error)->uuid == organizerUuid);

    // A participant removed, then the snapshot from before saved again, as an undo does:
    // the row comes back with its id and its uuid, and its tombstone stays as history.
    Meeting removed = *loaded;
    removed.participants.removeFirst();
    REQUIRE(MeetingStore(*f.db).save(removed, &error));
    CHECK(tombstones(f.db->connection()).size() == 1);
    Meeting undone = snapshot;
    REQUIRE(MeetingStore(*f.db).save(undone, &error));
    const auto back = MeetingStore(*f.db).load(m.id, &error);
    REQUIRE(back);
    REQUIRE(back->participants.size() == 2);
    CHECK(back->participants[0].id == snapshot.participants[0].id);
    CHECK(back->participants[0].uuid == snapshot.participants[0].uuid);
    CHECK(back->participants[0].name == snapshot.participants[0].name);

    // A new row gets a uuid of its own; the others keep theirs.
    Meeting grown = *back;
    grown.decisions.append({ QStringLiteral("Ett nytt beslut") });
    REQUIRE(MeetingStore(*f.db).save(grown, &error));
    CHECK(grown.decisions[0].uuid == snapshot.decisions[0].uuid);
    CHECK(grown.decisions[2].uuid.size() == 36);
    CHECK(grown.decisions[2].uuid != grown.decisions[0].uuid);
}

TEST_CASE("Removals leave tombstones: child rows, store removes and cascades", "[identity]")
{
    MockClock clock(QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC));
    Fixture f;
    QString error;
    Meeting m = sampleMeeting(f.collaboration.id);
    REQUIRE(MeetingStore(*f.db).save(m, &error));
    Meeting second = sampleMeeting(f.collaboration.id);
    REQUIRE(MeetingStore(*f.db).save(second, &error));

    SECTION("a child row dropped from the list")
    {
        clock.advanceSeconds(60);
        const QString gone = m.actionItems.last().uuid;
        m.actionItems.removeLast();
        REQUIRE(MeetingStore(*f.db).save(m, &error));
        const auto rows = tombstones(f.db->connection());
        REQUIRE(rows.size() == 1);
        CHECK(rows[0]
              == QStringList { QStringLiteral("action_item"), gone, QStringLiteral("2026-04-01T10:01:00"),
                               Tombstones::currentUser() });
    }

    SECTION("a store's remove, with the rows that go with it")
    {
        REQUIRE(MeetingStore(*f.db).remove(m.id, &error));
        const auto rows = tombstones(f.db->connection());
        QSet<QString> uuids;
        for (const auto& r : rows) {
            uuids.insert(r[1]);
            CHECK(r[2] == QStringLiteral("2026-04-01T10:00:00"));
        }
        CHECK(rows.size() == 1 + 2 + 2 + 2);
        CHECK(uuids.contains(m.uuid));
        CHECK(uuids.contains(m.participants[0].uuid));
        CHECK(uuids.contains(m.decisions[1].uuid));
        CHECK(uuids.contains(m.actionItems[0].uuid));
    }

    SECTION("a cascade from the collaboration")
    {
        REQUIRE(CollaborationStore(*f.db).remove(f.collaboration.id, &error));
        QSet<QString> tables;
        for (const auto& r : tombstones(f.db->connection()))
            tables.insert(r[0]);
        CHECK(tables
              == QSet<QString> { QStringLiteral("collaboration"), QStringLiteral("meeting"),
                                 QStringLiteral("meeting_participant"), QStringLiteral("decision"),
                                 QStringLiteral("action_item"), QStringLiteral("status_change") });
        // The collaboration, its meetings' rows and (schema v7) its one status change.
        CHECK(rowCount(f.db->connection(), QStringLiteral("tombstone")) == 1 + 2 * 7 + 1);
        CHECK(
            f.value(QStringLiteral("SELECT count(*) FROM tombstone WHERE deleted_at <> '2026-04-01T10:00:00'")).toInt()
            == 0);
    }
}

TEST_CASE("updated_at follows the injected clock, and moves on a row only when it changed", "[identity]")
{
    MockClock clock(QDateTime(QDate(2026, 5, 4), QTime(8, 15, 30), Qt::UTC));
    Fixture f;
    QString error;
    CHECK(f.value(QStringLiteral("SELECT updated_at FROM organizer")).toString()
          == QStringLiteral("2026-05-04T08:15:30"));
    CHECK(f.value(QStringLiteral("SELECT recorded_at FROM phase_change")).toString()
          == QStringLiteral("2026-05-04T08:15:30"));

    SchoolUnit unit = sampleUnit(f.organizer.id, QStringLiteral("12345678"), QStringLiteral("Ekbackaskolan"));
    REQUIRE(SchoolUnitStore(*f.db).save(unit, &error));
    CHECK(unit.uuid.size() == 36);
    CHECK(f.value(QStringLiteral("SELECT updated_at FROM school_unit")).toString()
          == QStringLiteral("2026-05-04T08:15:30"));

    Meeting m = sampleMeeting(f.collaboration.id);
    REQUIRE(MeetingStore(*f.db).save(m, &error));
    clock.advanceDays(1);
    m.participants[1].role = QStringLiteral("Rektor");
    REQUIRE(MeetingStore(*f.db).save(m, &error));
    CHECK(f.value(QStringLiteral("SELECT updated_at FROM meeting")).toString()
          == QStringLiteral("2026-05-05T08:15:30"));
    CHECK(f.value(QStringLiteral("SELECT updated_at FROM meeting_participant WHERE id = %1").arg(m.participants[1].id))
              .toString()
          == QStringLiteral("2026-05-05T08:15:30"));
    CHECK(f.value(QStringLiteral("SELECT updated_at FROM meeting_participant WHERE id = %1").arg(m.participants[0].id))
              .toString()
          == QStringLiteral("2026-05-04T08:15:30"));

    f.organizer.name = QStringLiteral("Ekbacka kommun, barn- och utbildning");
    REQUIRE(OrganizerStore(*f.db).save(f.organizer, &error));
    CHECK(f.value(QStringLiteral("SELECT updated_at FROM organizer")).toString()
          == QStringLiteral("2026-05-05T08:15:30"));
}
