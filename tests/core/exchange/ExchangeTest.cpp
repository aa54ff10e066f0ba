// Packages out to a principal and back: through core and through the real skoldialog-cli.
#include "tests/core/ChildProcess.h"
#include "tests/core/TestSupport.h"

#include "core/demo/DemoData.h"
#include "core/exchange/Exchange.h"
#include "core/exchange/Ledger.h"
#include "core/exchange/Records.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

namespace {

/** The demo case (the process leader's file), its organizer-level analysis sent out and opened by the principal. */
struct Round
{
    TempFolder folder;
    QString leaderPath = folder.path(QStringLiteral("processledare.db"));
    QString outgoingPath = folder.path(QStringLiteral("ut.skoldialog"));
    QString principalPath = folder.path(QStringLiteral("rektor.db"));
    QString returnPath = folder.path(QStringLiteral("tillbaka.skoldialog"));

    Round()
    {
        QString error;
        {
            auto db = openDatabase(leaderPath);
            REQUIRE(DemoData::populate(*db, &error));
            const auto m = Exchange::writeOutgoing(*db, 1, 0, outgoingPath, &error);
            INFO(error.toStdString());
            REQUIRE(m);
        }
        const auto p = Exchange::read(outgoingPath, &error);
        INFO(error.toStdString());
        REQUIRE(p);
        REQUIRE(Exchange::openAsDatabase(*p, principalPath, &error));
    }

    /** Changes the analysis in the database at `path` through its store. */
    void edit(const QString& path, const std::function<void(Analysis&)>& change) const
    {
        auto db = openDatabase(path);
        auto a = AnalysisStore(*db).current(1, 0);
        REQUIRE(a);
        change(*a);
        a->dropDanglingLinks();
        QString error;
        INFO(error.toStdString());
        REQUIRE(AnalysisStore(*db).save(*a, 1, &error));
    }

    void sendBack() const
    {
        auto db = openDatabase(principalPath);
        QString error;
        INFO(error.toStdString());
        REQUIRE(Exchange::writeReturn(*db, returnPath, &error));
    }

    Analysis leaderAnalysis() const
    {
        auto db = openDatabase(leaderPath);
        auto a = AnalysisStore(*db).current(1, 0);
        REQUIRE(a);
        return *a;
    }
};

CliRun import(const Round& r, const QStringList& extra = {})
{
    return runCli(QStringList { QStringLiteral("package"), QStringLiteral("import"), r.leaderPath, r.returnPath }
                  + extra);
}

/** Flips one byte in the middle of each part's data in the zip (found by its local headers). */
QList<QByteArray> eachPartDamaged(const QByteArray& zip)
{
    QList<QByteArray> damaged;
    qsizetype at = 0;
    while ((at = zip.indexOf("PK\x03\x04", at)) >= 0 && at + 30 <= zip.size()) {
        auto le = [&](qsizetype o, int bytes) {
            quint32 v = 0;
            for (int i = bytes - 1; i >= 0; --i)
                v = (v << 8) | quint8(zip[at + o + i]);
            return qsizetype(v);
        };
        const qsizetype size = le(18, 4), start = at + 30 + le(26, 2) + le(28, 2);
        QByteArray copy = zip;
        copy[start + size / 2] = char(copy[start + size / 2] ^ 0x20);
        damaged << copy;
        at = start + size;
    }
    return damaged;
}

} // namespace

TEST_CASE("exchange: a round trip through the CLI brings the principal's edits into the process leader's file",
          "[exchange][cli]")
{
    TempFolder folder;
    const QString leader = folder.path(QStringLiteral("processledare.db"));
    const QString out = folder.path(QStringLiteral("Ekbacka-nulägesanalys.skoldialog"));
    const QString principal = folder.path(QStringLiteral("rektor.db"));
    const QString back = folder.path(QStringLiteral("tillbaka.skoldialog"));
    REQUIRE(runCli({ QStringLiteral("demo"), leader }).exitCode == 0);
    const CliRun exported
        = runCli({ QStringLiteral("package"), QStringLiteral("export"), leader, QStringLiteral("--collaboration"),
                   QStringLiteral("1"), QStringLiteral("--analysis"), QStringLiteral("organizer"),
                   QStringLiteral("--out"), out });
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const CliRun shown = runCli({ QStringLiteral("package"), QStringLiteral("show"), out });
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("Ekbacka kommun")));
    CHECK(shown.out.contains(QStringLiteral("payload.json")));
    REQUIRE(runCli({ QStringLiteral("package"), QStringLiteral("open"), out, principal }).exitCode == 0);

    const QString answer = QStringLiteral("Rektorn: vi har sett samma mönster i åk 8.");
    {
        auto db = openDatabase(principal);
        auto a = AnalysisStore(*db).current(1, 0);
        REQUIRE(a);
        a->summary = answer;
        a->problems.first().description += QStringLiteral(" (bekräftat av rektor)");
        a->causes.append({ 0,
                           CauseArea::Teaching,
                           DecisionLevel::Principal,
                           QStringLiteral("Lite kollegialt lärande kring bedömning"),
                           {} });
        QString error;
        REQUIRE(AnalysisStore(*db).save(*a, 1, &error));
    }
    REQUIRE(runCli({ QStringLiteral("package"), QStringLiteral("return"), principal, QStringLiteral("--out"), back })
                .exitCode
            == 0);
    const CliRun dry
        = runCli({ QStringLiteral("package"), QStringLiteral("import"), leader, back, QStringLiteral("--dry-run") });
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("1 new, 2 changed")));
    const CliRun imported = runCli({ QStringLiteral("package"), QStringLiteral("import"), leader, back });
    INFO(imported.out.toStdString() + imported.err.toStdString());
    CHECK(imported.exitCode == 0);

    auto db = openDatabase(leader);
    const auto a = AnalysisStore(*db).current(1, 0);
    REQUIRE(a);
    CHECK(a->summary == answer);
    CHECK(a->problems.first().description.endsWith(QStringLiteral("(bekräftat av rektor)")));
    CHECK(a->causes.last().description == QStringLiteral("Lite kollegialt lärande kring bedömning"));
}

TEST_CASE("exchange: both sides changing different fields of one problem merge, flagged; the same field is a conflict",
          "[exchange]")
{
    Round r;
    r.edit(r.principalPath, [](Analysis& a) {
        a.problems[0].description = QStringLiteral("Rektorns formulering");
        a.summary = QStringLiteral("Rektorns sammanfattning");
    });
    r.edit(r.leaderPath, [](Analysis& a) {
        a.problems[0].evidenceIds = { a.evidence.last().id };
        a.summary = QStringLiteral("Processledarens sammanfattning");
    });
    r.sendBack();
    const CliRun run = import(r);
    INFO(run.out.toStdString() + run.err.toStdString());
    CHECK(run.exitCode == 3);
    CHECK(run.out.contains(QStringLiteral("1 conflicts")));
    const Analysis a = r.leaderAnalysis();
    CHECK(a.problems[0].description == QStringLiteral("Rektorns formulering"));
    CHECK(a.problems[0].evidenceIds == QList<qint64> { a.evidence.last().id });
    CHECK(a.summary == QStringLiteral("Processledarens sammanfattning")); // the conflict waits, mine kept
}

TEST_CASE("exchange: a removal against an edit is a conflict; unedited, a principal cannot remove what was sent",
          "[exchange]")
{
    Round r;
    const Analysis sent = r.leaderAnalysis();
    REQUIRE(sent.causes.size() >= 2);
    r.edit(r.principalPath, [](Analysis& a) { a.causes.remove(0, 2); });
    r.edit(r.leaderPath, [](Analysis& a) { a.causes[0].description = QStringLiteral("Skärpt av processledaren"); });
    r.sendBack();
    QString error;
    auto db = openDatabase(r.leaderPath);
    const auto package = Exchange::read(r.returnPath, &error);
    REQUIRE(package);
    const auto preview = Exchange::preview(*db, *package, &error);
    INFO(error.toStdString());
    REQUIRE(preview);
    CHECK(preview->merge.counts.conflicts == 1);
    CHECK(preview->merge.counts.refused >= 1);
    CHECK(preview->merge.counts.removed == 0);
    const auto outcome = Exchange::apply(*db, *preview, {}, &error);
    REQUIRE(outcome);
    CHECK(outcome->openConflicts.size() == 1);
    const auto after = AnalysisStore(*db).current(1, 0);
    CHECK(after->causes.size() == sent.causes.size());
    CHECK(after->causes[0].description == QStringLiteral("Skärpt av processledaren"));
}

TEST_CASE("exchange: the same package twice is a no-op", "[exchange]")
{
    Round r;
    r.edit(r.principalPath, [](Analysis& a) { a.summary = QStringLiteral("Ifylld av rektor"); });
    r.sendBack();
    REQUIRE(import(r).exitCode == 0);
    auto rows = [&] {
        auto db = openDatabase(r.leaderPath);
        return scalar(db->connection(),
                      QStringLiteral("SELECT group_concat(uuid || updated_at || coalesce(summary, "
                                     "'')) FROM analysis"))
                   .toString()
            + scalar(db->connection(), QStringLiteral("SELECT group_concat(uuid || updated_at) FROM cause")).toString();
    };
    const QString before = rows();
    const CliRun again = import(r);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 new, 0 changed")));
    CHECK(rows() == before);
}

TEST_CASE("exchange: a changed byte in any part, a cut file, a foreign or a newer package is refused, the file "
          "untouched",
          "[exchange][cli]")
{
    Round r;
    r.edit(r.principalPath, [](Analysis& a) { a.summary = QStringLiteral("Ifylld av rektor"); });
    r.sendBack();
    const QByteArray good = readFile(r.returnPath);
    const QByteArray leaderBytes = readFile(r.leaderPath);
    QList<std::pair<QString, QByteArray>> bad;
    const QList<QByteArray> damaged = eachPartDamaged(good);
    REQUIRE(damaged.size() == 5);
    for (qsizetype i = 0; i < damaged.size(); ++i)
        bad.append({ QStringLiteral("part %1 damaged").arg(i), damaged[i] });
    bad.append({ QStringLiteral("cut short"), good.left(good.size() - 40) });
    bad.append({ QStringLiteral("cut in half"), good.left(good.size() / 2) });
    bad.append({ QStringLiteral("not a package"), leaderBytes.left(8192) });
    bad.append({ QStringLiteral("empty"), QByteArray() });
    for (const auto& [what, bytes] : bad) {
        INFO(what.toStdString());
        writeFile(r.returnPath, bytes);
        QString error;
        CHECK_FALSE(Exchange::read(r.returnPath, &error));
        CHECK_FALSE(error.isEmpty());
        const CliRun run = import(r);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("refused")));
        CHECK(readFile(r.leaderPath) == leaderBytes);
    }

    // Newer: a package in a format this Skoldialog does not know.
    writeFile(r.returnPath, good);
    QString error;
    auto newer = Exchange::read(r.returnPath, &error);
    REQUIRE(newer);
    newer->manifest.formatVersion = PackageFile::kFormatVersion + 1;
    REQUIRE(PackageFile::write(*newer, r.returnPath, &error));
    CHECK_FALSE(Exchange::read(r.returnPath, &error));
    CHECK(error.contains(QStringLiteral("newer")));
    CHECK(import(r).exitCode == 1);
    CHECK(readFile(r.leaderPath) == leaderBytes);

    // Foreign: a return package from another process leader's case.
    Round other;
    other.sendBack();
    writeFile(r.returnPath, readFile(other.returnPath));
    const CliRun foreign = import(r);
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("another database")));
    CHECK(readFile(r.leaderPath) == leaderBytes);

    // A changed base.json with its checksum made to match: not what was sent.
    auto forged = Exchange::read(other.returnPath, &error);
    writeFile(r.returnPath, good);
    auto mine = Exchange::read(r.returnPath, &error);
    REQUIRE(mine);
    mine->baseJson.replace("Ekbacka", "Ekbacke");
    REQUIRE(PackageFile::write(*mine, r.returnPath, &error));
    const CliRun changedBase = import(r);
    CHECK(changedBase.exitCode == 1);
    CHECK(changedBase.err.contains(QStringLiteral("base.json")));
    CHECK(readFile(r.leaderPath) == leaderBytes);
}

TEST_CASE("exchange: the principal's database holds just the package, same uuids, and knows what is read-only",
          "[exchange]")
{
    Round r;
    QString error;
    const auto opened = Exchange::openedPackage(r.principalPath, &error);
    REQUIRE(opened);
    CHECK(Exchange::mayChange(*opened, QStringLiteral("problem")));
    CHECK(Exchange::mayChange(*opened, QStringLiteral("analysis"), QStringLiteral("summary")));
    CHECK_FALSE(Exchange::mayChange(*opened, QStringLiteral("analysis"), QStringLiteral("status")));
    CHECK_FALSE(Exchange::mayChange(*opened, QStringLiteral("organizer")));
    auto leader = openDatabase(r.leaderPath);
    auto principal = openDatabase(r.principalPath);
    const Analysis a = *AnalysisStore(*leader).current(1, 0);
    const Analysis b = *AnalysisStore(*principal).current(1, 0);
    CHECK(Records::fromAnalysis(a, {}) == Records::fromAnalysis(b, {}));
    CHECK(rowCount(principal->connection(), QStringLiteral("collaboration")) == 1);
    CHECK(rowCount(principal->connection(), QStringLiteral("meeting")) == 0);
    CHECK(rowCount(principal->connection(), QStringLiteral("agreement")) == 0);
    CHECK(scalar(principal->connection(), QStringLiteral("SELECT uuid FROM collaboration")).toString()
          == scalar(leader->connection(), QStringLiteral("SELECT uuid FROM collaboration WHERE id = 1")).toString());
    // Opening twice into the same file is refused.
    const auto p = Exchange::read(r.outgoingPath, &error);
    CHECK_FALSE(Exchange::openAsDatabase(*p, r.principalPath, &error));
}

TEST_CASE("exchange: a clock far off is a warning, never a decision", "[exchange]")
{
    const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    CHECK(Exchange::clockWarning(now.addSecs(60), now).isEmpty());
    CHECK(Exchange::clockWarning(now.addSecs(-3 * 86400), now).isEmpty()); // sent days ago: normal
    CHECK(Exchange::clockWarning(now.addSecs(3600), now).contains(QStringLiteral("60")));
    CHECK_FALSE(Exchange::clockWarning(now, now, now.addSecs(7200)).isEmpty());
}

TEST_CASE("exchange: a conflict left open is resolved later by choosing theirs; the summary escapes user text",
          "[exchange]")
{
    Round r;
    r.edit(r.principalPath, [](Analysis& a) {
        a.summary = QStringLiteral("Rektorns <img src=\"file:///etc/passwd\"> sammanfattning");
        a.problems[0].description = QStringLiteral("Problem <img src=\"file:///etc/passwd\">");
    });
    r.edit(r.leaderPath, [](Analysis& a) { a.summary = QStringLiteral("Processledarens sammanfattning"); });
    r.sendBack();
    QString error;
    const auto package = Exchange::read(r.returnPath, &error);
    REQUIRE(package);
    CHECK(package->summaryHtml.contains("&lt;img"));
    CHECK_FALSE(package->summaryHtml.contains("<img"));
    auto db = openDatabase(r.leaderPath);
    auto preview = Exchange::preview(*db, *package, &error);
    REQUIRE(preview);
    REQUIRE(preview->merge.counts.conflicts == 1);
    const auto first = Exchange::apply(*db, *preview, {}, &error);
    REQUIRE(first);
    CHECK(first->openConflicts.size() == 1);

    preview = Exchange::preview(*db, *package, &error);
    REQUIRE(preview);
    CHECK(preview->alreadyImported);
    CHECK(preview->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("taken in before")));
    const auto resolved = Exchange::apply(
        *db, *preview,
        { { preview->analysisUuid, QStringLiteral("summary"), Exchange::Resolution::Choice::Theirs, {} } }, &error);
    INFO(error.toStdString());
    REQUIRE(resolved);
    CHECK(resolved->openConflicts.isEmpty());
    CHECK(AnalysisStore(*db).current(1, 0)->summary.startsWith(QStringLiteral("Rektorns <img")));
}

TEST_CASE("exchange: a unit's analysis not begun is started from its template when it goes out", "[exchange]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("processledare.db")));
    QString error;
    REQUIRE(DemoData::populate(*db, &error));
    REQUIRE_FALSE(AnalysisStore(*db).current(1, 2));
    const QString path = folder.path(QStringLiteral("Strandängsskolan-nulägesanalys-2026-12-01.skoldialog"));
    const auto m = Exchange::writeOutgoing(*db, 1, 2, path, &error);
    INFO(error.toStdString());
    REQUIRE(m);
    const auto started = AnalysisStore(*db).current(1, 2);
    REQUIRE(started);
    CHECK(m->analysisUuid == started->uuid);
    CHECK(m->unitCode == QStringLiteral("99120002"));
    CHECK(m->sequence == 1);
    CHECK(PackageFile::fileName(QStringLiteral("Strandängsskolan"), QDate(2026, 12, 1))
          == QStringLiteral("Strandängsskolan-nulägesanalys-2026-12-01.skoldialog"));
    const auto p = Exchange::read(path, &error);
    REQUIRE(p);
    CHECK_FALSE(p->templateJson.isEmpty());
    // The next package of the same exchange follows this one.
    const auto next = Exchange::writeOutgoing(*db, 1, 2, folder.path(QStringLiteral("igen.skoldialog")), &error);
    REQUIRE(next);
    CHECK(next->sequence == 2);
    CHECK(next->priorPackageId == m->packageId);
}

TEST_CASE("exchange: killing skoldialog-cli while it applies a package leaves the analysis as before or as after",
          "[exchange][crash]")
{
    Round r;
    r.edit(r.principalPath, [](Analysis& a) {
        for (auto& c : a.causes)
            c.description += QStringLiteral(" (rektor)");
        a.summary = QStringLiteral("Ifylld av rektor");
    });
    r.sendBack();
    const QString basePath = r.folder.path(QStringLiteral("före.db"));
    REQUIRE(QFile::copy(r.leaderPath, basePath));
    REQUIRE(QFile::copy(Ledger::folder(r.leaderPath) + QStringLiteral("/ledger.json"),
                        r.folder.path(QStringLiteral("före-ledger.json"))));
    auto recordsOf = [](const QString& path) {
        auto db = openDatabase(path);
        return Merge::canonical(Records::fromAnalysis(*AnalysisStore(*db).current(1, 0), {}));
    };
    const QByteArray before = recordsOf(r.leaderPath);
    REQUIRE(import(r).exitCode == 0);
    const QByteArray after = recordsOf(r.leaderPath);
    REQUIRE(before != after);

    int killedBefore = 0, killedAfter = 0;
    for (int round = 0; round < 16; ++round) {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(r.leaderPath + suffix);
        QFile::remove(Ledger::folder(r.leaderPath) + QStringLiteral("/ledger.json"));
        REQUIRE(QFile::copy(basePath, r.leaderPath));
        REQUIRE(QFile::copy(r.folder.path(QStringLiteral("före-ledger.json")),
                            Ledger::folder(r.leaderPath) + QStringLiteral("/ledger.json")));
        QProcess cli;
        cli.start(QStringLiteral(SKOLDIALOG_CLI),
                  { QStringLiteral("package"), QStringLiteral("import"), r.leaderPath, r.returnPath });
        REQUIRE(cli.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(20 + 15 * round));
        cli.kill();
        cli.waitForFinished();
        QFile::remove(r.leaderPath + QStringLiteral(".lock"));
        const QByteArray now = recordsOf(r.leaderPath);
        CHECK((now == before || now == after));
        (now == before ? killedBefore : killedAfter) += 1;
        // Whatever the kill left, taking the package in again ends where one import ends.
        REQUIRE(import(r).exitCode == 0);
        CHECK(recordsOf(r.leaderPath) == after);
    }
    INFO("killed before the commit " << killedBefore << ", after " << killedAfter);
    CHECK(killedBefore + killedAfter == 16);
}

TEST_CASE("exchange: the same outgoing package opened twice answers twice, and the second says so", "[exchange]")
{
    Round r;
    const QString secondCopy = r.folder.path(QStringLiteral("rektor-kopia.db"));
    QString error;
    const auto outgoing = Exchange::read(r.outgoingPath, &error);
    REQUIRE(Exchange::openAsDatabase(*outgoing, secondCopy, &error));
    r.edit(r.principalPath, [](Analysis& a) { a.summary = QStringLiteral("Från den första datorn"); });
    r.sendBack();
    REQUIRE(import(r).exitCode == 0);
    r.edit(secondCopy, [](Analysis& a) { a.causes[0].description = QStringLiteral("Från den andra datorn"); });
    {
        auto db = openDatabase(secondCopy);
        REQUIRE(Exchange::writeReturn(*db, r.returnPath, &error));
    }
    const CliRun second = import(r);
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("opened twice")));
    const Analysis a = r.leaderAnalysis();
    CHECK(a.summary == QStringLiteral("Från den första datorn"));
    CHECK(a.causes[0].description == QStringLiteral("Från den andra datorn"));
}
