// One database, one Skoldialog at a time: a second process is refused, a dead one's lock is taken over.
#include "tests/core/ChildProcess.h"
#include "tests/core/TestSupport.h"

#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

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

TEST_CASE("A lock file left empty by a process killed while writing it does not keep the database shut", "[lock]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("tom-las.db"));
    openDatabase(path).reset();
    {
        QFile lockFile(path + QStringLiteral(".lock"));
        REQUIRE(lockFile.open(QIODevice::WriteOnly)); // created, then the power went: nothing written
    }
    QString error;
    auto db = Database::open(path, &error);
    INFO(error.toStdString());
    CHECK(db);
}

TEST_CASE("A lock whose process id now belongs to another living program is taken over", "[lock]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("ateranvant-pid.db"));
    openDatabase(path).reset();
    {
        // What a dead Skoldialog left, naming a pid that is alive again: this very process.
        QFile lockFile(path + QStringLiteral(".lock"));
        REQUIRE(lockFile.open(QIODevice::WriteOnly));
        lockFile.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n'
                       + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8()
                       + '\n');
    }
    QString error;
    auto db = Database::open(path, &error);
    INFO(error.toStdString());
    CHECK(db);
    // And while it is open, the lock holds for everybody else.
    Database::Failure failure = Database::Failure::None;
    CHECK_FALSE(Database::open(path, &error, &failure));
    CHECK(failure == Database::Failure::Locked);
}
