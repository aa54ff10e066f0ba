// test_db_writer: a second process for the lock and crash tests.
//
//   test_db_writer hold DB    opens DB, prints "ready", keeps it open until stdin closes
//   test_db_writer write DB   opens DB, prints "ready", then saves one meeting after another
//                             to its first collaboration, printing "committed <id> <marker>"
//                             after each commit, until it is killed
//   test_db_writer remove-problem DB
//                             opens DB (the demo), prints "ready" and "target <problem id> <links>", then
//                             removes that problem, which interventions use, with their links in one
//                             transaction ("removed"), and puts both back in one ("restored"), over and
//                             over until it is killed
//   test_db_writer verify DB LOG
//                             checks that every "committed <id> <marker>" line of LOG (the
//                             output of killed writers) is in DB, whole; used by scripts/crash-test
//
// Every line is written with one write() after the fact it reports, so the test can
// trust each complete line it reads: a reported commit must survive a kill.
#include "core/cases/Cases.h"
#include "core/cases/RemovalRule.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingStore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <unistd.h>

namespace {

void say(const QByteArray& line)
{
    const QByteArray bytes = line + '\n';
    if (::write(STDOUT_FILENO, bytes.constData(), size_t(bytes.size())) != bytes.size())
        std::_Exit(3);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "test_db_writer: %s\n", qPrintable(message));
    return 1;
}

/** A meeting whose every row carries `marker`, so a half-written one would show. */
Meeting markedMeeting(qint64 collaborationId, const QString& marker, int serial)
{
    Meeting m;
    m.collaborationId = collaborationId;
    m.start = QDateTime(QDate(2026, 1, 1), QTime(8, 0)).addSecs(60LL * serial);
    m.durationMinutes = 60;
    m.place = QStringLiteral("db_writer");
    m.kind = MeetingKind::Dialogue;
    m.notes = marker;
    m.participants = { { QStringLiteral("Deltagare 1 ") + marker, QString(), QString() },
                       { QStringLiteral("Deltagare 2 ") + marker, QString(), QString() },
                       { QStringLiteral("Deltagare 3 ") + marker, QString(), QString() } };
    m.decisions = { { QStringLiteral("Beslut 1 ") + marker }, { QStringLiteral("Beslut 2 ") + marker } };
    m.actionItems = { { QStringLiteral("Uppgift 1 ") + marker, QString(), QDate(2026, 2, 1), false },
                      { QStringLiteral("Uppgift 2 ") + marker, QString(), QDate(), true } };
    return m;
}

} // namespace

/** The analysis wizard's removal of a problem the plan uses, and its undo, as fast as it goes. */
int removeProblems(Database& db)
{
    QString error;
    CaseOptions options;
    options.plan = true;
    const auto c = Cases::load(db, 1, options, &error);
    if (!c || !c->plan || !c->analysis)
        return fail(QStringLiteral("no plan to remove a problem from: %1").arg(error));
    const Analysis before = *c->analysis;
    qint64 target = 0;
    for (const auto& p : before.problems) {
        if (!c->plan->usersOfProblem(p.id).isEmpty()) {
            target = p.id;
            break;
        }
    }
    if (target == 0)
        return fail(QStringLiteral("no problem an intervention uses"));
    Analysis after = before;
    after.problems.removeIf([&](const Problem& p) { return p.id == target; });
    after.dropDanglingLinks();
    const RemovalImpact impact = Cases::impactOfRemoving(before, after, *c->plan);
    const int minGroupSize = c->programme.minGroupSize;
    AnalysisStore analyses(db);
    say("ready");
    say("target " + QByteArray::number(target) + ' ' + QByteArray::number(impact.linksToDrop.problems.size()));
    for (;;) {
        Analysis removed = after;
        if (!analyses.save(removed, minGroupSize, impact.linksToDrop, PlanLinks(), &error))
            return fail(error);
        say("removed");
        Analysis restored = before;
        if (!analyses.save(restored, minGroupSize, PlanLinks(), impact.linksToDrop, &error))
            return fail(error);
        say("restored");
    }
}

/** Every acknowledged meeting is in the file with all its rows; prints what is missing. */
int verify(Database& db, const QString& logPath)
{
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(logPath));
    MeetingStore meetings(db);
    int checked = 0;
    int missing = 0;
    for (const QByteArray& line : log.readAll().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() != 3 || parts[0] != "committed")
            continue;
        ++checked;
        const QString marker = QString::fromUtf8(parts[2]);
        QString error;
        const auto m = meetings.load(parts[1].toLongLong(), &error);
        if (!m || m->notes != marker) {
            ++missing;
            std::fprintf(stderr, "test_db_writer: acknowledged meeting %s (%s) is missing or changed\n",
                         parts[1].constData(), parts[2].constData());
            continue;
        }
        Meeting expected = markedMeeting(m->collaborationId, marker, 0);
        expected.id = m->id;
        expected.start = m->start;
        // What was written, without the identities the store gave its rows (schema v6).
        Meeting content = *m;
        for (auto& p : content.participants)
            p = { p.name, p.role, p.organisation };
        for (auto& d : content.decisions)
            d = { d.text };
        for (auto& a : content.actionItems)
            a = { a.text, a.owner, a.dueDate, a.done };
        if (content.participants != expected.participants || content.decisions != expected.decisions
            || content.actionItems != expected.actionItems) {
            ++missing;
            std::fprintf(stderr, "test_db_writer: acknowledged meeting %s is incomplete\n", parts[1].constData());
        }
    }
    std::printf("verified %d acknowledged meetings, %d missing\n", checked, missing);
    return missing == 0 ? 0 : 1;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args[0] == QLatin1String("verify")) {
        QString error;
        auto db = Database::open(args[1], &error, Database::Options { false });
        if (!db)
            return fail(error);
        return verify(*db, args[2]);
    }
    if (args.size() != 2
        || (args[0] != QLatin1String("hold") && args[0] != QLatin1String("write")
            && args[0] != QLatin1String("remove-problem")))
        return fail(QStringLiteral("usage: test_db_writer hold|write|remove-problem DB"));

    QString error;
    Database::Failure failure = Database::Failure::None;
    auto db = Database::open(args[1], &error, &failure, Database::Options { false });
    if (!db)
        return fail(error);

    if (args[0] == QLatin1String("hold")) {
        say("ready");
        while (std::fgetc(stdin) != EOF) { }
        return 0;
    }

    if (args[0] == QLatin1String("remove-problem"))
        return removeProblems(*db);

    const auto collaborations = CollaborationStore(*db).list(&error);
    if (collaborations.isEmpty())
        return fail(QStringLiteral("no collaboration to write meetings to: %1").arg(error));
    MeetingStore meetings(*db);
    say("ready");
    const QString prefix = QStringLiteral("p%1-").arg(QCoreApplication::applicationPid());
    for (int i = 0;; ++i) {
        const QString marker = prefix + QString::number(i);
        Meeting m = markedMeeting(collaborations.first().id, marker, i);
        if (!meetings.save(m, &error))
            return fail(error);
        say("committed " + QByteArray::number(m.id) + ' ' + marker.toUtf8());
    }
}
