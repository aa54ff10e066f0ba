// Opening, refusing and backing up database files, as a user meets them on disk.
#include "tests/core/TestSupport.h"

#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/OrganizerStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <random>

namespace {

using State = DatabaseInspection::State;

constexpr auto kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

/** Only the owner may read and write `path`. */
bool isPrivate(const QString& path)
{
    const auto p = QFile::permissions(path);
    return (p & kPrivate) == kPrivate && !(p & kOthers);
}

/** A closed database at `path` holding one organizer, Skolverket. */
void makeDatabaseWithOrganizer(const QString& path)
{
    auto db = openDatabase(path);
    Organizer o = sampleOrganizer(QStringLiteral("Skolverket"), QStringLiteral("202100-4185"));
    QString error;
    REQUIRE(OrganizerStore(*db).save(o, &error));
}

/** Opening `path` fails with `expected` and a message naming the file, and leaves its bytes alone. */
void requireRefused(const QString& path, std::initializer_list<Database::Failure> expected)
{
    const QByteArray before = readFile(path);
    QString error;
    Database::Failure failure = Database::Failure::None;
    auto db = Database::open(path, &error, &failure, Database::Options { true });
    INFO(error.toStdString());
    CHECK_FALSE(db);
    CHECK(std::find(expected.begin(), expected.end(), failure) != expected.end());
    CHECK(error.contains(QFileInfo(path).fileName()));
    CHECK(readFile(path) == before);
    CHECK_FALSE(QFileInfo::exists(Backups::folderFor(path))); // nothing to back up in a file refused
}

} // namespace

TEST_CASE("A new database gets the latest schema, Skoldialog's application id and safe settings", "[database]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("ny.db"));
    CHECK(Database::inspect(path).state == State::Missing);
    auto db = openDatabase(path);
    CHECK(db->path() == QFileInfo(path).absoluteFilePath());
    CHECK(db->schemaVersion() == Migrations::latestVersion());

    const QSqlDatabase c = db->connection();
    CHECK(scalar(c, QStringLiteral("PRAGMA user_version")).toInt() == Migrations::latestVersion());
    CHECK(scalar(c, QStringLiteral("PRAGMA application_id")).toInt() == Migrations::ApplicationId);
    CHECK(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(rowCount(c, QStringLiteral("programme")) == 1); // the default programme is there

    // The file holds personal data: only its owner may read it, nor its write-ahead log.
    CHECK(isPrivate(path));
    Organizer o = sampleOrganizer(QStringLiteral("Stockholms stad"), QStringLiteral("212000-0142"));
    REQUIRE(OrganizerStore(*db).save(o, nullptr)); // a write, so the log holds data
    for (const char* suffix : { "-wal", "-shm" }) {
        INFO(suffix);
        REQUIRE(QFileInfo::exists(path + QLatin1String(suffix)));
        CHECK(isPrivate(path + QLatin1String(suffix)));
    }

    const auto inspection = Database::inspect(path);
    CHECK(inspection.state == State::Sound);
    CHECK(inspection.schemaVersion == Migrations::latestVersion());
    CHECK(inspection.message.isEmpty());
}

TEST_CASE("A database keeps what was saved after it is closed and opened again", "[database]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("igen.db"));
    makeDatabaseWithOrganizer(path);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock"))); // the lock goes with the last close
    auto db = openDatabase(path);
    const auto found = OrganizerStore(*db).findByOrganisationNumber(QStringLiteral("202100-4185"));
    REQUIRE(found);
    CHECK(found->name == QStringLiteral("Skolverket"));
    CHECK(found->contacts.size() == 2);
}

TEST_CASE("A database from a newer Skoldialog is refused and left unchanged", "[database]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("nyare.db"));
    makeDatabaseWithOrganizer(path);
    const int newer = Migrations::latestVersion() + 1;
    {
        PlainConnection plain(path);
        plain.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer));
    }
    const QByteArray before = readFile(path);

    const auto inspection = Database::inspect(path);
    CHECK(inspection.state == State::Newer);
    CHECK(inspection.schemaVersion == newer);

    QString error;
    Database::Failure failure = Database::Failure::None;
    auto db = Database::open(path, &error, &failure, Database::Options { true });
    INFO(error.toStdString());
    CHECK_FALSE(db);
    CHECK(failure == Database::Failure::Newer);
    CHECK(error.contains(QString::number(newer)));
    CHECK(error.contains(QStringLiteral("nyare.db")));
    CHECK(readFile(path) == before);
    {
        PlainConnection plain(path);
        CHECK(scalar(plain.db(), QStringLiteral("PRAGMA user_version")).toInt() == newer);
    }

    // Migrating by hand refuses too: never "upgraded" down.
    PlainConnection plain(path);
    CHECK_FALSE(Migrations::migrate(plain.db(), &error));
    CHECK(error.contains(QString::number(newer)));
}

TEST_CASE("Files that are not Skoldialog databases are refused with a reason", "[database]")
{
    TempFolder folder;

    SECTION("random bytes")
    {
        const QString path = folder.path(QStringLiteral("skrap.db"));
        std::mt19937 random(20250901);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        for (auto& b : bytes)
            b = char(random() & 0xff);
        writeFile(path, bytes);
        CHECK(Database::inspect(path).state == State::NotDatabase);
        requireRefused(path, { Database::Failure::NotDatabase });
    }

    SECTION("a text file")
    {
        const QString path = folder.path(QStringLiteral("anteckningar.txt"));
        writeFile(path, "Mötesanteckningar, inte en databas\n");
        requireRefused(path, { Database::Failure::NotDatabase });
    }

    SECTION("another program's SQLite file")
    {
        const QString path = folder.path(QStringLiteral("faktura.sqlite"));
        {
            PlainConnection plain(path);
            plain.exec(QStringLiteral("CREATE TABLE invoice(id INTEGER PRIMARY KEY, amount INTEGER)"));
            plain.exec(QStringLiteral("INSERT INTO invoice(amount) VALUES (100)"));
        }
        CHECK(Database::inspect(path).state == State::Foreign);
        requireRefused(path, { Database::Failure::Foreign });
    }

    SECTION("another program's SQLite file with its own application id")
    {
        const QString path = folder.path(QStringLiteral("annat.db"));
        {
            PlainConnection plain(path);
            plain.exec(QStringLiteral("PRAGMA application_id = 1234"));
            plain.exec(QStringLiteral("PRAGMA user_version = 1"));
        }
        requireRefused(path, { Database::Failure::Foreign });
    }

    SECTION("a folder")
    {
        const QString path = folder.path(QStringLiteral("mapp.db"));
        REQUIRE(QDir().mkpath(path));
        QString error;
        Database::Failure failure = Database::Failure::None;
        CHECK_FALSE(Database::open(path, &error, &failure));
        CHECK(failure == Database::Failure::Io);
        CHECK(error.contains(QStringLiteral("mapp.db")));
    }
}

TEST_CASE("An empty file or an empty SQLite file becomes a new database", "[database]")
{
    TempFolder folder;
    const QString empty = folder.path(QStringLiteral("tom.db"));
    writeFile(empty, QByteArray());
    CHECK(Database::inspect(empty).state == State::Empty);
    CHECK(openDatabase(empty)->schemaVersion() == Migrations::latestVersion());

    const QString blank = folder.path(QStringLiteral("blank.db"));
    {
        PlainConnection plain(blank);
        plain.exec(QStringLiteral("PRAGMA user_version = 0")); // writes no header: make one
        plain.exec(QStringLiteral("VACUUM"));
    }
    CHECK(openDatabase(blank)->schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("A damaged database is refused with a message, never opened or changed", "[database]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("skadad.db"));
    {
        auto db = openDatabase(path);
        // Enough rows for a few dozen pages, in one statement so that it is quick.
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
            "INSERT INTO organizer(name, organisation_number, type, municipality_code, street_address, uuid) "
            "SELECT 'Huvudman ' || i, printf('552%03d-%04d', i / 1000, i % 10000), 'enskild', '0180', "
            "'Skolgatan ' || i, lower(hex(randomblob(16))) FROM n")));
    }
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))); // all in the file itself
    const QByteArray good = readFile(path);
    const int pageSize = 4096;
    REQUIRE(good.size() > 20 * pageSize);

    SECTION("cut short")
    {
        writeFile(path, good.left(good.size() / 2));
        const auto inspection = Database::inspect(path);
        CHECK((inspection.state == State::Corrupt || inspection.state == State::NotDatabase));
        CHECK(inspection.message.contains(QStringLiteral("skadad.db")));
        requireRefused(path, { Database::Failure::Corrupt, Database::Failure::NotDatabase });
    }

    SECTION("cut inside the header")
    {
        writeFile(path, good.left(40));
        requireRefused(path, { Database::Failure::Corrupt, Database::Failure::NotDatabase });
    }

    SECTION("bytes flipped in b-tree pages")
    {
        QByteArray bad = good;
        // Page headers and cell pointers of pages 2 to 6: the table roots of the schema.
        for (int page = 1; page <= 5; ++page) {
            for (int i = 0; i < 64; ++i)
                bad[page * pageSize + i] = char(bad[page * pageSize + i] ^ 0x5a);
        }
        writeFile(path, bad);
        CHECK(Database::inspect(path).state == State::Corrupt);
        requireRefused(path, { Database::Failure::Corrupt, Database::Failure::NotDatabase });
    }

    SECTION("a page overwritten in the middle of the data")
    {
        QByteArray bad = good;
        const int page = int(good.size() / pageSize) / 2;
        std::mt19937 random(7);
        for (int i = 0; i < pageSize; ++i)
            bad[page * pageSize + i] = char(random() & 0xff);
        writeFile(path, bad);
        CHECK(Database::inspect(path).state == State::Corrupt);
        requireRefused(path, { Database::Failure::Corrupt, Database::Failure::NotDatabase });
    }
}

TEST_CASE("A second open of the same file in this process is refused as locked", "[database][lock]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("en.db"));
    auto first = openDatabase(path);
    QString error;
    Database::Failure failure = Database::Failure::None;
    CHECK_FALSE(Database::open(path, &error, &failure));
    CHECK(failure == Database::Failure::Locked);
    CHECK(error.contains(QStringLiteral("en.db")));
    first.reset();
    CHECK(openDatabase(path));
}

TEST_CASE("Opening a database backs it up beside it, keeping the newest ten", "[database][backup]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("skoldialog.db"));
    makeDatabaseWithOrganizer(path);
    CHECK(Backups::list(path).isEmpty()); // a new file has nothing to back up
    const QString backupFolder = Backups::folderFor(path);
    CHECK(QFileInfo(backupFolder).absolutePath() == QFileInfo(path).absolutePath());

    QString error;
    {
        auto db = Database::open(path, &error, Database::Options { true });
        REQUIRE(db);
    }
    QStringList backups = Backups::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(QFileInfo(backups[0]).absolutePath() == QDir(backupFolder).absolutePath());
    CHECK(isPrivate(backups[0]));
    CHECK((QFile::permissions(backupFolder) & kOthers) == 0);
    CHECK(Database::inspect(backups[0]).state == State::Sound);

    for (int i = 0; i < 11; ++i) {
        auto db = Database::open(path, &error, Database::Options { true });
        REQUIRE(db);
    }
    backups = Backups::list(path);
    CHECK(backups.size() == Backups::Kept);
    CHECK(Backups::newest(path) == backups.first());
    QStringList sorted = backups;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    CHECK(backups == sorted); // newest first
    CHECK(QDir(backupFolder).entryList(QDir::Files).size() == Backups::Kept); // no stray partial copies
}

TEST_CASE("A backup copy never overwrites a file", "[database][backup]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("skoldialog.db"));
    makeDatabaseWithOrganizer(path);
    const QString out = folder.path(QStringLiteral("kopia.db"));
    writeFile(out, "viktigt");
    QString error;
    CHECK_FALSE(Backups::copyTo(path, out, &error));
    CHECK(error.contains(QStringLiteral("kopia.db")));
    CHECK(readFile(out) == QByteArray("viktigt"));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".partial")));

    const QString fresh = folder.path(QStringLiteral("ny-kopia.db"));
    REQUIRE(Backups::copyTo(path, fresh, &error));
    CHECK(isPrivate(fresh));
    CHECK(Database::inspect(fresh).state == State::Sound);

    // A copy taken while the database is open and being written holds what was committed.
    auto db = openDatabase(path);
    Organizer o = sampleOrganizer(QStringLiteral("Göteborgs stad"), QStringLiteral("212000-1355"));
    REQUIRE(OrganizerStore(*db).save(o, &error));
    const QString live = folder.path(QStringLiteral("medan-oppen.db"));
    REQUIRE(Backups::copyTo(path, live, &error));
    auto copy = openDatabase(live);
    CHECK(OrganizerStore(*copy).list().size() == 2);
}

TEST_CASE("The newest backup of a file that was damaged afterwards still opens with the data", "[database][backup]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("skoldialog.db"));
    makeDatabaseWithOrganizer(path);
    QString error;
    REQUIRE(Database::open(path, &error, Database::Options { true }));
    const QString backup = Backups::newest(path);
    REQUIRE_FALSE(backup.isEmpty());

    // The original is damaged: half of it is gone.
    QByteArray bytes = readFile(path);
    writeFile(path, bytes.left(bytes.size() / 2));
    Database::Failure failure = Database::Failure::None;
    CHECK_FALSE(Database::open(path, &error, &failure));
    CHECK((failure == Database::Failure::Corrupt || failure == Database::Failure::NotDatabase));
    CHECK(Backups::newest(path) == backup); // a refused file makes no backup of itself

    // What a user does: copy the newest backup to a new name and open that.
    const QString restored = folder.path(QStringLiteral("aterstalld.db"));
    REQUIRE(QFile::copy(backup, restored));
    auto db = openDatabase(restored);
    const auto found = OrganizerStore(*db).findByOrganisationNumber(QStringLiteral("202100-4185"));
    REQUIRE(found);
    CHECK(found->name == QStringLiteral("Skolverket"));
    CHECK(found->contacts.size() == 2);
}
