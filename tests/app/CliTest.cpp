// The real skoldialog-cli, as a user or a script runs it.
#include "tests/core/ChildProcess.h"
#include "tests/core/TestSupport.h"
#include "tests/core/documents/FollowUpDatabase.h"

#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

TEST_CASE("cli: demo makes a database that check calls sound", "[cli]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.db"));
    const CliRun demo = runCli({ QStringLiteral("demo"), path });
    INFO(demo.err.toStdString());
    CHECK(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("demo.db")));
    CHECK(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));

    const CliRun check = runCli({ QStringLiteral("check"), path });
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("demo.db")));
    CHECK(check.out.contains(QStringLiteral("sound")));
    CHECK(check.err.isEmpty());
}

TEST_CASE("cli: check refuses a file that is not a database, naming it", "[cli]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("skrap.db"));
    writeFile(path, QByteArray(4096, 'x'));
    const CliRun check = runCli({ QStringLiteral("check"), path });
    CHECK(check.exitCode != 0);
    CHECK(check.err.contains(QStringLiteral("skrap.db")));
    CHECK(check.out.isEmpty());

    const CliRun missing = runCli({ QStringLiteral("check"), folder.path(QStringLiteral("finns-inte.db")) });
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains(QStringLiteral("finns-inte.db")));
}

TEST_CASE("cli: demo refuses to write over an existing file", "[cli]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("finns.db"));
    writeFile(path, "mina anteckningar");
    const CliRun demo = runCli({ QStringLiteral("demo"), path });
    CHECK(demo.exitCode != 0);
    CHECK(demo.err.contains(QStringLiteral("finns.db")));
    CHECK(readFile(path) == QByteArray("mina anteckningar"));

    const QString db = folder.path(QStringLiteral("demo.db"));
    REQUIRE(runCli({ QStringLiteral("demo"), db }).exitCode == 0);
    const QByteArray before = readFile(db);
    CHECK(runCli({ QStringLiteral("demo"), db }).exitCode != 0);
    CHECK(runCli({ QStringLiteral("init"), db }).exitCode != 0);
    CHECK(readFile(db) == before);
}

TEST_CASE("cli: backup writes a copy that check passes, and never overwrites", "[cli]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.db"));
    REQUIRE(runCli({ QStringLiteral("demo"), path }).exitCode == 0);

    const QString out = folder.path(QStringLiteral("kopia.db"));
    const CliRun backup = runCli({ QStringLiteral("backup"), path, out });
    INFO(backup.err.toStdString());
    CHECK(backup.exitCode == 0);
    CHECK(backup.out.contains(QStringLiteral("kopia.db")));
    const CliRun check = runCli({ QStringLiteral("check"), out });
    CHECK(check.exitCode == 0);
    CHECK(Database::inspect(out).state == DatabaseInspection::State::Sound);

    const QByteArray copy = readFile(out);
    const CliRun again = runCli({ QStringLiteral("backup"), path, out });
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains(QStringLiteral("kopia.db")));
    CHECK(readFile(out) == copy);

    // A backup of a file that is no database is refused and writes nothing.
    const QString junk = folder.path(QStringLiteral("skrap.db"));
    writeFile(junk, QByteArray(4096, 'x'));
    const QString junkOut = folder.path(QStringLiteral("skrap-kopia.db"));
    CHECK(runCli({ QStringLiteral("backup"), junk, junkOut }).exitCode != 0);
    CHECK_FALSE(QFileInfo::exists(junkOut));
}

TEST_CASE("cli: wrong arguments give usage and exit code 2", "[cli]")
{
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({ QStringLiteral("check") }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("no-such-command") }).exitCode == 2);
    const CliRun help = runCli({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    for (const char* command : { "init", "demo", "check", "backup" })
        CHECK(help.out.contains(QLatin1String(command)));
}

TEST_CASE("cli: agreement prints the demo's signed ÖK 1 and names the fingerprint of what was signed",
          "[cli][agreement]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("demo.db"));
    REQUIRE(runCli({ QStringLiteral("demo"), db }).exitCode == 0);
    QString hash;
    {
        auto opened = openDatabase(db);
        const auto ok1 = AgreementStore(*opened).newest(1, AgreementKind::Cooperation);
        REQUIRE(ok1);
        hash = ok1->pdfSha256;
    }
    REQUIRE(hash.size() == 64);
    const QString pdf = folder.path(QStringLiteral("ök1.pdf"));
    const CliRun run = runCli({ QStringLiteral("agreement"), db, QStringLiteral("--collaboration"), QStringLiteral("1"),
                                QStringLiteral("--kind"), QStringLiteral("ok1"), QStringLiteral("--out"), pdf });
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("ök1.pdf")));
    CHECK(run.out.contains(hash));
    CHECK(readFile(pdf).startsWith("%PDF-1.4"));
}

TEST_CASE("cli: agreement without a stored one prints a draft from the case and stores nothing", "[cli][agreement]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("demo.db"));
    REQUIRE(runCli({ QStringLiteral("demo"), db }).exitCode == 0);
    {
        auto opened = openDatabase(db);
        const auto ok2 = AgreementStore(*opened).newest(1, AgreementKind::Interventions);
        REQUIRE(ok2);
        QString error;
        REQUIRE(AgreementStore(*opened).remove(ok2->id, &error));
    }
    const QString pdf = folder.path(QStringLiteral("ök2.pdf"));
    const CliRun run = runCli({ QStringLiteral("agreement"), db, QStringLiteral("--kind"), QStringLiteral("ok2"),
                                QStringLiteral("--out"), pdf, QStringLiteral("--collaboration"), QStringLiteral("1") });
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(readFile(pdf).startsWith("%PDF-1.4"));
    auto opened = openDatabase(db);
    // Collaboration 1's signed ÖK 1 only (the demo's collaborations 2 and 3 have agreements of their own).
    CHECK(scalar(opened->connection(), QStringLiteral("SELECT count(*) FROM agreement WHERE collaboration_id = 1"))
              .toInt()
          == 1);
}

TEST_CASE("cli: agreement refuses wrong arguments and a missing collaboration, writing nothing", "[cli][agreement]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("demo.db"));
    REQUIRE(runCli({ QStringLiteral("demo"), db }).exitCode == 0);
    const QString pdf = folder.path(QStringLiteral("ök.pdf"));
    const QStringList base = { QStringLiteral("agreement"), db, QStringLiteral("--out"), pdf };
    CHECK(runCli(base + QStringList { QStringLiteral("--collaboration"), QStringLiteral("1") }).exitCode == 2);
    CHECK(runCli(base
                 + QStringList { QStringLiteral("--collaboration"), QStringLiteral("1"), QStringLiteral("--kind"),
                                 QStringLiteral("ok3") })
              .exitCode
          == 2);
    const CliRun missing = runCli(base
                                  + QStringList { QStringLiteral("--collaboration"), QStringLiteral("99"),
                                                  QStringLiteral("--kind"), QStringLiteral("ok1") });
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("99")));
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(runCli({ QStringLiteral("--help") }).out.contains(QStringLiteral("agreement")));
}

namespace {

QString importData(const QString& relative)
{
    return QDir(QStringLiteral(SKOLDIALOG_TEST_DATA)).filePath(relative);
}

} // namespace

TEST_CASE("cli: import says what it recognised and exits 0, 3, 1 or 2", "[cli][import]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("import.db"));
    REQUIRE(runCli({ QStringLiteral("init"), db }).exitCode == 0);
    const QString national = importData(
        QStringLiteral("skolverket/exports/Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 Skolenhet.csv"));

    // --dry-run writes nothing.
    const QByteArray before = readFile(db);
    const CliRun dry = runCli({ QStringLiteral("import"), db, national, QStringLiteral("--dry-run") });
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Sök statistik")));
    CHECK(dry.out.contains(QStringLiteral("9195 new")));
    CHECK(dry.out.contains(QStringLiteral("Dry run")));
    CHECK(readFile(db) == before);

    const CliRun all = runCli({ QStringLiteral("import"), db, national });
    INFO(all.out.toStdString() << all.err.toStdString());
    CHECK(all.exitCode == 0);
    CHECK(all.out.contains(QStringLiteral("1,714 new")));

    const CliRun again = runCli({ QStringLiteral("import"), db, national });
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Nothing was changed")));

    // Some records refused, the rest imported: 3, every refusal with its line.
    const CliRun some = runCli({ QStringLiteral("import"), db, importData(QStringLiteral("import/bad-values.csv")) });
    INFO(some.out.toStdString() << some.err.toStdString());
    CHECK(some.exitCode == 3);
    CHECK(some.out.contains(QStringLiteral("refused line ")));

    // A file refused whole: 1, and nothing of it written.
    const QByteArray beforeBroken = readFile(db);
    const CliRun broken = runCli({ QStringLiteral("import"), db, importData(QStringLiteral("import/broken.json")) });
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("Refused whole")));
    CHECK(readFile(db) == beforeBroken);

    // Usage errors: 2.
    CHECK(runCli({ QStringLiteral("import"), db }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("import"), db, national, QStringLiteral("--dry") }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("import"), db, folder.path(QStringLiteral("finns-inte.csv")) }).exitCode == 2);
}

TEST_CASE("cli: report refuses a file that is neither .pdf nor .odt, wrong arguments and what does not exist, writing "
          "nothing",
          "[cli][report]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("demo.db"));
    REQUIRE(runCli({ QStringLiteral("demo"), db }).exitCode == 0);
    {
        auto opened = openDatabase(db);
        QString error;
        INFO(error.toStdString());
        REQUIRE(FollowUpDatabase::prepare(*opened, 0, &error));
    }
    auto report = [&](const QStringList& more) {
        return runCli(
            QStringList { QStringLiteral("report"), db, QStringLiteral("--collaboration"), QStringLiteral("1") }
            + more);
    };
    const QStringList progress1 { QStringLiteral("--kind"), QStringLiteral("progress"), QStringLiteral("--number"),
                                  QStringLiteral("1") };
    // The format follows the extension; anything else is a usage error, and nothing is written.
    for (const QString& name : { QStringLiteral("delredovisning.docx"), QStringLiteral("delredovisning"),
                                 QStringLiteral("delredovisning.pdf.txt") }) {
        const QString out = folder.path(name);
        const CliRun run = report(progress1 + QStringList { QStringLiteral("--out"), out });
        INFO(name.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral(".odt")));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    const QString pdf = folder.path(QStringLiteral("report.pdf"));
    const QStringList out { QStringLiteral("--out"), pdf };
    // Wrong arguments: no kind, an unknown kind, progress without a number or with a bad one, final with a number.
    CHECK(report(out).exitCode == 2);
    CHECK(report(out + QStringList { QStringLiteral("--kind"), QStringLiteral("midterm") }).exitCode == 2);
    CHECK(report(out + QStringList { QStringLiteral("--kind"), QStringLiteral("progress") }).exitCode == 2);
    CHECK(report(out
                 + QStringList { QStringLiteral("--kind"), QStringLiteral("progress"), QStringLiteral("--number"),
                                 QStringLiteral("zero") })
              .exitCode
          == 2);
    CHECK(report(out
                 + QStringList { QStringLiteral("--kind"), QStringLiteral("final"), QStringLiteral("--number"),
                                 QStringLiteral("1") })
              .exitCode
          == 2);
    CHECK_FALSE(QFileInfo::exists(pdf));
    // A report the agreement has no date for, and a collaboration that does not exist: a message, exit 1.
    const CliRun third = report(out
                                + QStringList { QStringLiteral("--kind"), QStringLiteral("progress"),
                                                QStringLiteral("--number"), QStringLiteral("9") });
    CHECK(third.exitCode == 1);
    CHECK(third.err.contains(QStringLiteral("9")));
    CHECK_FALSE(QFileInfo::exists(pdf));
    const CliRun missing
        = runCli({ QStringLiteral("report"), db, QStringLiteral("--collaboration"), QStringLiteral("99"),
                   QStringLiteral("--kind"), QStringLiteral("final"), QStringLiteral("--out"), pdf });
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("99")));
    CHECK_FALSE(QFileInfo::exists(pdf));

    // What exists is written: exit 0, the file named on stdout.
    const CliRun written = report(progress1 + out);
    INFO(written.err.toStdString());
    CHECK(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("report.pdf")));
    CHECK(readFile(pdf).startsWith("%PDF-1.4"));
    const QString odt = folder.path(QStringLiteral("final.odt"));
    const CliRun final = report({ QStringLiteral("--kind"), QStringLiteral("final"), QStringLiteral("--out"), odt });
    INFO(final.err.toStdString());
    CHECK(final.exitCode == 0);
    CHECK(readFile(odt).startsWith("PK"));
    CHECK(runCli({ QStringLiteral("--help") }).out.contains(QStringLiteral("report")));
}
