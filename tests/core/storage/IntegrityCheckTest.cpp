// Opening a large file checks its structure only; the full check then finds what is damaged.
#include "tests/core/TestSupport.h"

#include "core/demo/DemoData.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace {

/** Overwrites the root page of a table nothing reads at opening: data, not the header or the schema. */
void damageUnreadTable(const QString& path)
{
    const qint64 page = rootPage(path, QStringLiteral("unit_statistic"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek((page - 1) * 4096);
    file.write(QByteArray(4096, '\xff'));
}

} // namespace

TEST_CASE("A file above the limit opens on a structural check; the full check finds the damage", "[database]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("stor.db"));
    {
        auto db = openDatabase(path);
        QString error;
        REQUIRE(DemoData::populate(*db, &error));
        CHECK_FALSE(db->integrityCheckDeferred()); // a small file: checked in full before it opened
    }
    damageUnreadTable(path);
    CHECK(Database::inspect(path, Database::Check::Full).state == DatabaseInspection::State::Corrupt);
    CHECK(Database::inspect(path, Database::Check::Structure).state == DatabaseInspection::State::Sound);

    QString error;
    Database::Options small;
    small.backupOnOpen = false;
    CHECK_FALSE(Database::open(path, &error, small)); // full check: refused
    CHECK_FALSE(error.isEmpty());

    Database::Options large;
    large.backupOnOpen = false;
    large.fullCheckLimitBytes = 0; // as if the file were national-sized
    auto db = Database::open(path, &error, large);
    REQUIRE(db);
    CHECK(db->integrityCheckDeferred());
}
