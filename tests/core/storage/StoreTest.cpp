// Round trips through the real stores, on a database file on disk.
#include "tests/core/TestSupport.h"

#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingStore.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/ProgrammeStore.h"
#include "core/storage/SchoolUnitStore.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

/** A database with one organizer, two of its units and the default programme, all saved. */
struct Fixture
{
    TempFolder folder;
    std::unique_ptr<Database> db = openDatabase(folder.path(QStringLiteral("store.db")));
    Organizer organizer;
    SchoolUnit unitA;
    SchoolUnit unitB;
    Programme programme;

    Fixture()
    {
        QString error;
        organizer = sampleOrganizer(QStringLiteral("Ekbacka kommun"), QStringLiteral("212000-0142"));
        INFO(error.toStdString());
        REQUIRE(OrganizerStore(*db).save(organizer, &error));
        unitA = sampleUnit(organizer.id, QStringLiteral("99120001"), QStringLiteral("Ekbackaskolan"));
        unitB = sampleUnit(organizer.id, QStringLiteral("99120002"), QStringLiteral("Strandängsskolan"));
        REQUIRE(SchoolUnitStore(*db).save(unitA, &error));
        REQUIRE(SchoolUnitStore(*db).save(unitB, &error));
        const auto p = ProgrammeStore(*db).defaultProgramme(&error);
        REQUIRE(p);
        programme = *p;
    }

    int rows(const char* table) const { return rowCount(db->connection(), QString::fromLatin1(table)); }
};

/**
 * Makes every insert into `table` fail on this connection, as a full disk would:
 * the failure comes after the object's own row was written in the same transaction.
 */
void failInserts(const Database& db, const char* table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_%1 BEFORE INSERT ON main.%1 "
                                  "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")
                       .arg(QLatin1String(table))));
}

} // namespace

TEST_CASE("An organizer and its contacts survive a save and a load", "[store]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("o.db")));
    OrganizerStore store(*db);

    Organizer o = sampleOrganizer(QStringLiteral("Höörs kommun"), QStringLiteral("2021004185")); // no dash
    o.postalAddress.postalCode = QStringLiteral("24321");
    QString error;
    REQUIRE(store.save(o, &error));
    CHECK(error.isEmpty());
    REQUIRE(o.id > 0);
    // The saved object carries the normalised forms the file holds.
    CHECK(o.organisationNumber == QStringLiteral("202100-4185"));
    CHECK(o.postalAddress.postalCode == QStringLiteral("243 21"));

    const auto loaded = store.load(o.id, &error);
    REQUIRE(loaded);
    CHECK(loaded->name == o.name);
    CHECK(loaded->organisationNumber == QStringLiteral("202100-4185"));
    CHECK(loaded->type == OrganizerType::Independent);
    CHECK(loaded->municipalityCode == QStringLiteral("0180"));
    CHECK(loaded->postalAddress == o.postalAddress);
    REQUIRE(loaded->contacts.size() == 2);
    CHECK(withoutIds(loaded->contacts) == withoutIds(o.contacts));
    CHECK(loaded->contacts[1].name == QString::fromUtf8("Örjan Åström"));

    // An edit replaces the contacts and keeps the id.
    Organizer edited = *loaded;
    edited.name = QStringLiteral("Höörs kommun, barn- och utbildningsnämnden");
    edited.contacts.removeFirst();
    REQUIRE(store.save(edited, &error));
    CHECK(edited.id == o.id);
    const auto reloaded = store.load(o.id);
    REQUIRE(reloaded);
    CHECK(reloaded->name == edited.name);
    CHECK(withoutIds(reloaded->contacts) == withoutIds(edited.contacts));
    CHECK(rowCount(db->connection(), QStringLiteral("organizer_contact")) == 1);

    const auto found = store.findByOrganisationNumber(QStringLiteral("16202100-4185"));
    REQUIRE(found);
    CHECK(found->id == o.id);
    CHECK(store.list().size() == 1);
}

TEST_CASE("A second organizer with the same organisation number is refused, naming the first", "[store]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("o.db")));
    OrganizerStore store(*db);
    Organizer first = sampleOrganizer(QStringLiteral("Stockholms stad"), QStringLiteral("212000-0142"));
    QString error;
    REQUIRE(store.save(first, &error));

    Organizer second = sampleOrganizer(QStringLiteral("Stockholm, dubblett"), QStringLiteral("2120000142"));
    CHECK_FALSE(store.save(second, &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("Stockholms stad")));
    CHECK(error.contains(QStringLiteral("212000-0142")));
    CHECK(second.id == 0);
    CHECK(rowCount(db->connection(), QStringLiteral("organizer")) == 1);
    CHECK(rowCount(db->connection(), QStringLiteral("organizer_contact")) == 2); // only the first one's

    // Changing the first one's own record is not a conflict with itself.
    first.name = QStringLiteral("Stockholms stad, utbildningsförvaltningen");
    CHECK(store.save(first, &error));
}

TEST_CASE("An organizer with an invalid organisation number is refused and nothing is written", "[store]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("o.db")));
    OrganizerStore store(*db);
    Organizer o = sampleOrganizer(QStringLiteral("Fel nummer AB"), QStringLiteral("202100-4186")); // bad check digit
    QString error;
    CHECK_FALSE(store.save(o, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(o.id == 0);
    CHECK(rowCount(db->connection(), QStringLiteral("organizer")) == 0);
    CHECK(rowCount(db->connection(), QStringLiteral("organizer_contact")) == 0);

    // A contact with a broken e-mail address stops the whole organizer too.
    Organizer badContact = sampleOrganizer(QStringLiteral("Bra nummer AB"), QStringLiteral("212000-1355"));
    badContact.contacts[0].email = QStringLiteral("anna.berg@");
    CHECK_FALSE(store.save(badContact, &error));
    CHECK(badContact.id == 0);
    CHECK(rowCount(db->connection(), QStringLiteral("organizer")) == 0);
}

TEST_CASE("An organizer cannot be removed while it has school units", "[store]")
{
    Fixture f;
    OrganizerStore organizers(*f.db);
    QString error;
    CHECK_FALSE(organizers.remove(f.organizer.id, &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("2"))); // the number of units in the way
    CHECK(organizers.load(f.organizer.id));
    CHECK(f.rows("school_unit") == 2);

    SchoolUnitStore units(*f.db);
    REQUIRE(units.remove(f.unitA.id, &error));
    REQUIRE(units.remove(f.unitB.id, &error));
    REQUIRE(organizers.remove(f.organizer.id, &error));
    CHECK_FALSE(organizers.load(f.organizer.id, &error));
    CHECK(f.rows("organizer_contact") == 0); // the contacts go with it
}

TEST_CASE("A school unit keeps its school forms and other fields", "[store]")
{
    Fixture f;
    SchoolUnitStore store(*f.db);
    QString error;
    const auto loaded = store.load(f.unitA.id, &error);
    REQUIRE(loaded);
    CHECK(*loaded == f.unitA);

    SchoolUnit edited = *loaded;
    edited.forms = { SchoolForm::Preschool, SchoolForm::AdaptedCompulsory, SchoolForm::UpperSecondary };
    edited.pupilCount.reset();
    edited.status = UnitStatus::Active;
    REQUIRE(store.save(edited, &error));
    const auto reloaded = store.load(f.unitA.id);
    REQUIRE(reloaded);
    CHECK(*reloaded == edited);
    CHECK_FALSE(reloaded->pupilCount.has_value());

    const auto all = store.list(f.organizer.id);
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == QStringLiteral("Ekbackaskolan"));
    CHECK(all[1].name == QString::fromUtf8("Strandängsskolan"));
}

TEST_CASE("A second school unit with the same code is refused", "[store]")
{
    Fixture f;
    SchoolUnitStore store(*f.db);
    SchoolUnit copy = sampleUnit(f.organizer.id, QStringLiteral("99120001"), QStringLiteral("Kopian"));
    QString error;
    CHECK_FALSE(store.save(copy, &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("Ekbackaskolan")));
    CHECK(error.contains(QStringLiteral("99120001")));
    CHECK(copy.id == 0);
    CHECK(f.rows("school_unit") == 2);
    CHECK(f.rows("school_unit_form") == 4); // two forms each, none for the copy
}

TEST_CASE("A collaboration keeps its units, team and organizer contacts", "[store]")
{
    Fixture f;
    CollaborationStore store(*f.db);
    Collaboration c = sampleCollaboration(f.organizer.id, f.programme.id);
    c.unitIds = { f.unitA.id, f.unitB.id }; // by name, as a load returns them
    c.dialogueTeam.append({ 0, QStringLiteral("Lena Holm"), QStringLiteral("Forskare"),
                            QString::fromUtf8("Umeå universitet"), QStringLiteral("lena.holm@umu.se"), QString() });
    QString error;
    REQUIRE(store.save(c, &error));
    REQUIRE(c.id > 0);

    const auto loaded = store.load(c.id, &error);
    REQUIRE(loaded);
    CHECK(loaded->organizerId == f.organizer.id);
    CHECK(loaded->programmeId == f.programme.id);
    CHECK(loaded->diaryNumber == QStringLiteral("7.4.2-2019:827"));
    CHECK(loaded->startDate == QDate(2025, 9, 1));
    CHECK(loaded->plannedEndDate == QDate(2028, 8, 31));
    CHECK(loaded->unitIds == c.unitIds);
    CHECK(withoutIds(loaded->dialogueTeam) == withoutIds(c.dialogueTeam));
    CHECK(withoutIds(loaded->organizerContacts) == withoutIds(c.organizerContacts));
    CHECK(loaded->phase == 1);
    CHECK(loaded->phaseHistory == QList<PhaseChange> { { 1, QDate(2025, 5, 20), QStringLiteral("Vald i urvalet") } });

    // Taking a unit out of scope and pausing with a reason.
    Collaboration edited = *loaded;
    edited.unitIds = { f.unitB.id };
    edited.status = CollaborationStatus::Paused;
    edited.statusReason = QStringLiteral("Ny skolchef tillträder");
    REQUIRE(store.save(edited, &error));
    const auto reloaded = store.load(c.id);
    REQUIRE(reloaded);
    CHECK(reloaded->unitIds == QList<qint64> { f.unitB.id });
    CHECK(reloaded->status == CollaborationStatus::Paused);
    CHECK(reloaded->statusReason == QStringLiteral("Ny skolchef tillträder"));

    const auto summaries = store.list();
    REQUIRE(summaries.size() == 1);
    CHECK(summaries[0].organizerName == QStringLiteral("Ekbacka kommun"));
    CHECK(summaries[0].unitNames == QStringList { QString::fromUtf8("Strandängsskolan") });

    // A unit in a collaboration cannot be removed.
    CHECK_FALSE(SchoolUnitStore(*f.db).remove(f.unitB.id, &error));
    CHECK(f.rows("school_unit") == 2);
}

TEST_CASE("The phase history is only ever appended to", "[store]")
{
    Fixture f;
    CollaborationStore store(*f.db);
    Collaboration c = sampleCollaboration(f.organizer.id, f.programme.id);
    QString error;
    REQUIRE(store.save(c, &error));
    c.changePhase(2, QDate(2025, 9, 1), QStringLiteral("ÖK 1 undertecknad"));
    c.changePhase(3, QDate(2025, 11, 10));
    REQUIRE(store.save(c, &error));
    REQUIRE(c.phaseHistory.size() == 3);

    SECTION("changePhase adds one entry")
    {
        c.changePhase(4, QDate(2026, 2, 2), QStringLiteral("Åtgärdsplanen klar"));
        REQUIRE(store.save(c, &error));
        const auto loaded = store.load(c.id);
        REQUIRE(loaded);
        CHECK(loaded->phase == 4);
        REQUIRE(loaded->phaseHistory.size() == 4);
        CHECK(loaded->phaseHistory.last()
              == PhaseChange { 4, QDate(2026, 2, 2), QStringLiteral("Åtgärdsplanen klar") });
        CHECK(loaded->phaseDate(4) == QDate(2026, 2, 2));
    }

    SECTION("an undone phase change is a new entry, the old ones stay")
    {
        const QList<PhaseChange> before = c.phaseHistory;
        c.changePhase(4, QDate(2026, 2, 2));
        REQUIRE(store.save(c, &error));
        REQUIRE(c.phaseHistory.size() == 4);

        // Undo: the phase and the history go back to what they were before the change.
        c.phase = 3;
        c.phaseHistory = before;
        REQUIRE(store.save(c, &error));
        const auto loaded = store.load(c.id);
        REQUIRE(loaded);
        CHECK(loaded->phase == 3);
        REQUIRE(loaded->phaseHistory.size() == 5);
        CHECK(loaded->phaseHistory.mid(0, 3) == before);
        CHECK(loaded->phaseHistory[3].phase == 4);
        CHECK(loaded->phaseHistory[4].phase == 3);
        CHECK(loaded->phaseHistory[4].date == QDate::currentDate());
        CHECK(c.phaseHistory == loaded->phaseHistory); // save hands back the stored history
        CHECK(f.rows("phase_change") == 5);
    }

    SECTION("an edited old entry is not rewritten")
    {
        c.phaseHistory[0].note = QStringLiteral("Omskriven historia");
        c.phaseHistory[0].date = QDate(2000, 1, 1);
        REQUIRE(store.save(c, &error));
        const auto loaded = store.load(c.id);
        REQUIRE(loaded);
        CHECK(loaded->phaseHistory[0] == PhaseChange { 1, QDate(2025, 5, 20), QStringLiteral("Vald i urvalet") });
        CHECK(f.rows("phase_change") == 3);
    }
}

TEST_CASE("A meeting with participants, decisions and action items loads back equal", "[store]")
{
    Fixture f;
    Collaboration c = sampleCollaboration(f.organizer.id, f.programme.id);
    QString error;
    REQUIRE(CollaborationStore(*f.db).save(c, &error));

    MeetingStore store(*f.db);
    Meeting m = sampleMeeting(c.id);
    REQUIRE(store.save(m, &error));
    REQUIRE(m.id > 0);
    const auto loaded = store.load(m.id, &error);
    REQUIRE(loaded);
    CHECK(*loaded == m);
    CHECK(loaded->actionItems[0].dueDate == QDate(2025, 12, 1));
    CHECK(loaded->actionItems[0].done);
    CHECK_FALSE(loaded->actionItems[1].dueDate.isValid());
    CHECK_FALSE(loaded->actionItems[1].done);

    // Ticking off an item, dropping a decision and adding a participant.
    Meeting edited = *loaded;
    edited.actionItems[1].done = true;
    edited.actionItems[1].dueDate = QDate(2026, 1, 15);
    edited.decisions.removeFirst();
    edited.participants.append({ QStringLiteral("Eva Strand"), QStringLiteral("Kvalitetsstrateg"), QString() });
    REQUIRE(store.save(edited, &error));
    CHECK(edited.id == m.id);
    const auto reloaded = store.load(m.id);
    REQUIRE(reloaded);
    CHECK(*reloaded == edited);
    CHECK(f.rows("decision") == 1);

    Meeting later = sampleMeeting(c.id);
    later.start = later.start.addDays(30);
    REQUIRE(store.save(later, &error));
    const auto all = store.list(c.id);
    REQUIRE(all.size() == 2);
    CHECK(all[0] == later); // newest first
    CHECK(all[1] == edited);

    REQUIRE(store.remove(m.id, &error));
    CHECK(f.rows("meeting") == 1);
    CHECK(f.rows("action_item") == 2); // only the later meeting's
}

TEST_CASE("A new object whose save fails leaves nothing in the database and no id", "[store]")
{
    Fixture f;
    QString error;

    SECTION("a school unit of an organizer that does not exist")
    {
        SchoolUnit u = sampleUnit(f.organizer.id + 100, QStringLiteral("99120009"), QStringLiteral("Ingenstans"));
        CHECK_FALSE(SchoolUnitStore(*f.db).save(u, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(u.id == 0);
        CHECK(f.rows("school_unit") == 2);
        CHECK(f.rows("school_unit_form") == 4);
    }

    SECTION("a collaboration with a unit that is gone: refused after the collaboration row was written")
    {
        Collaboration c = sampleCollaboration(f.organizer.id, f.programme.id);
        c.unitIds = { f.unitA.id, 9999 };
        CHECK_FALSE(CollaborationStore(*f.db).save(c, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(c.id == 0);
        CHECK(f.rows("collaboration") == 0);
        CHECK(f.rows("phase_change") == 0);
        CHECK(f.rows("collaboration_unit") == 0);
        CHECK(f.rows("collaboration_contact") == 0);

        // The store is usable afterwards, and the retry is a fresh insert.
        c.unitIds = { f.unitA.id };
        REQUIRE(CollaborationStore(*f.db).save(c, &error));
        CHECK(c.id > 0);
        CHECK(f.rows("collaboration") == 1);
        CHECK(f.rows("phase_change") == 1);
    }

    SECTION("a collaboration that fails validation")
    {
        Collaboration c = sampleCollaboration(f.organizer.id, f.programme.id);
        c.status = CollaborationStatus::Declined; // without a reason
        CHECK_FALSE(CollaborationStore(*f.db).save(c, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(c.id == 0);
        CHECK(f.rows("collaboration") == 0);
    }

    SECTION("a meeting whose decision cannot be stored: refused after the meeting row was written")
    {
        Collaboration c = sampleCollaboration(f.organizer.id, f.programme.id);
        REQUIRE(CollaborationStore(*f.db).save(c, &error));
        Meeting m = sampleMeeting(c.id);
        m.decisions.append(Decision {}); // a null text: the decision table requires one
        CHECK_FALSE(MeetingStore(*f.db).save(m, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(m.id == 0);
        CHECK(f.rows("meeting") == 0);
        CHECK(f.rows("meeting_participant") == 0);
        CHECK(f.rows("decision") == 0);
        CHECK(f.rows("action_item") == 0);
    }

    SECTION("an organizer whose contacts cannot be written: refused after the organizer row was written")
    {
        failInserts(*f.db, "organizer_contact");
        Organizer o = sampleOrganizer(QStringLiteral("Göteborgs stad"), QStringLiteral("212000-1355"));
        CHECK_FALSE(OrganizerStore(*f.db).save(o, &error));
        CHECK(error.contains(QStringLiteral("simulated failure")));
        CHECK(o.id == 0);
        CHECK(o.organisationNumber == QStringLiteral("212000-1355"));
        CHECK(f.rows("organizer") == 1);
        CHECK(f.rows("organizer_contact") == 2); // the fixture's organizer's
    }

    SECTION("a school unit whose forms cannot be written: refused after the unit row was written")
    {
        failInserts(*f.db, "school_unit_form");
        SchoolUnit u = sampleUnit(f.organizer.id, QStringLiteral("99120009"), QStringLiteral("Nya skolan"));
        CHECK_FALSE(SchoolUnitStore(*f.db).save(u, &error));
        CHECK(u.id == 0);
        CHECK(f.rows("school_unit") == 2);
        CHECK(f.rows("school_unit_form") == 4);
    }

    SECTION("a collaboration whose contacts cannot be written")
    {
        failInserts(*f.db, "collaboration_contact");
        Collaboration c = sampleCollaboration(f.organizer.id, f.programme.id);
        CHECK_FALSE(CollaborationStore(*f.db).save(c, &error));
        CHECK(c.id == 0);
        CHECK(f.rows("collaboration") == 0);
        CHECK(f.rows("phase_change") == 0);
    }

    SECTION("a programme that cannot be written")
    {
        failInserts(*f.db, "programme");
        Programme p = Programme::samverkanForBastaSkola();
        p.name = QStringLiteral("Riktade insatser");
        CHECK_FALSE(ProgrammeStore(*f.db).save(p, &error));
        CHECK(p.id == 0);
        CHECK(f.rows("programme") == 1);
    }

    SECTION("a meeting of a collaboration that does not exist")
    {
        Meeting m = sampleMeeting(4242);
        CHECK_FALSE(MeetingStore(*f.db).save(m, &error));
        CHECK(m.id == 0);
        CHECK(f.rows("meeting") == 0);
    }

    SECTION("a meeting that fails validation")
    {
        Meeting m = sampleMeeting(1);
        m.participants.append({ QStringLiteral("  "), QString(), QString() });
        CHECK_FALSE(MeetingStore(*f.db).save(m, &error));
        CHECK(error.contains(QStringLiteral("3"))); // which participant
        CHECK(m.id == 0);
        CHECK(f.rows("meeting") == 0);
    }
}
