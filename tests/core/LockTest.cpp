// One database, one Skoldialog at a time: a second process is refused, a dead one's lock is taken over.
#include "ChildProcess.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/OrganizerStore.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

TEST_CASE("A database open in another process is refused as locked, naming the process", "[lock]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("delad.db"));
    {
        auto db = openDatabase(path);
        Organizer o = sampleOrganizer(QStringLiteral("Skolverket"), QStringLiteral("202100-4185"));
        REQUIRE(OrganizerStore(*db).save(o, nullptr));
    }

    DbWriter holder(QStringLiteral("hold"), path);
    QString error;
    Database::Failure failure = Database::Failure::None;
    CHECK_FALSE(Database::open(path, &error, &failure, Database::Options { true }));
    INFO(error.toStdString());
    CHECK(failure == Database::Failure::Locked);
    CHECK(error.contains(QStringLiteral("delad.db")));
    CHECK(error.contains(QString::number(holder.pid())));
    CHECK(Database::inspect(path).state == DatabaseInspection::State::Sound); // looking is still allowed

    // The holder dies without unlocking: its lock file stays behind, stale.
    holder.kill();
    REQUIRE(QFileInfo::exists(path + QStringLiteral(".lock")));
    auto db = Database::open(path, &error, &failure, Database::Options { false });
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(failure == Database::Failure::None);
    CHECK(OrganizerStore(*db).list().size() == 1);
}

TEST_CASE("A database closed by the other process opens at once", "[lock]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("delad.db"));
    openDatabase(path);
    {
        DbWriter holder(QStringLiteral("hold"), path);
        CHECK_FALSE(Database::open(path, nullptr));
    } // killed
    CHECK(openDatabase(path));
}
