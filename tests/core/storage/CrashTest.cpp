// A writer killed at any moment leaves a sound database holding everything it reported as committed.
#include "tests/core/ChildProcess.h"
#include "tests/core/TestSupport.h"

#include "core/cases/Cases.h"
#include "core/demo/DemoData.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingStore.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

#include <random>

TEST_CASE("Killing a writer mid-save never loses a committed meeting or leaves half of one", "[crash]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("krasch.db"));
    {
        auto db = openDatabase(path);
        QString error;
        REQUIRE(DemoData::populate(*db, &error));
    }

    constexpr int kRounds = 50;
    std::mt19937 random(1854); // the delays are fixed; where in a save each kill lands is up to the scheduler
    std::uniform_int_distribution<int> delay(5, 80);
    QList<QPair<qint64, QString>> committed; // over all rounds
    qsizetype checked = 0; // the ones before were checked in earlier rounds
    QElapsedTimer clock;
    clock.start();

    for (int round = 0; round < kRounds; ++round) {
        INFO("round " << round);
        {
            DbWriter writer(QStringLiteral("write"), path);
            writer.runFor(delay(random));
            writer.kill();
            for (const QString& line : writer.lines().mid(1)) { // after "ready"
                const QStringList parts = line.split(QLatin1Char(' '));
                INFO(line.toStdString());
                REQUIRE(parts.size() == 3);
                REQUIRE(parts[0] == QStringLiteral("committed"));
                committed.append({ parts[1].toLongLong(), parts[2] });
            }
        }

        const auto inspection = Database::inspect(path);
        INFO(inspection.message.toStdString());
        REQUIRE(inspection.state == DatabaseInspection::State::Sound);

        // Reopening takes over the dead writer's lock and recovers its log.
        auto db = openDatabase(path);
        MeetingStore meetings(*db);
        const auto requirePresent = [&](qsizetype from) {
            for (qsizetype i = from; i < committed.size(); ++i) {
                const auto& [id, marker] = committed[i];
                INFO("meeting " << id << " " << marker.toStdString());
                const auto m = meetings.load(id);
                REQUIRE(m);
                REQUIRE(m->notes == marker);
            }
        };
        requirePresent(checked);
        checked = committed.size();
        if (round == kRounds - 1)
            requirePresent(0); // and at the end, all of them once more

        // Every meeting in the file is whole: a save is all or nothing.
        const QSqlDatabase c = db->connection();
        CHECK(scalar(c,
                     QStringLiteral("SELECT count(*) FROM meeting m WHERE m.place = 'db_writer' AND ("
                                    "(SELECT count(*) FROM meeting_participant p WHERE p.meeting_id = m.id) <> 3 "
                                    "OR (SELECT count(*) FROM decision d WHERE d.meeting_id = m.id) <> 2 "
                                    "OR (SELECT count(*) FROM action_item a WHERE a.meeting_id = m.id) <> 2)"))
                  .toInt()
              == 0);
        // A kill can land after a commit and before its line: at most one such meeting per writer.
        const int written = scalar(c, QStringLiteral("SELECT count(*) FROM meeting WHERE place = 'db_writer'")).toInt();
        CHECK(written >= committed.size());
        CHECK(written <= committed.size() + round + 1);
    }
    INFO(kRounds << " writers killed, " << committed.size() << " reported commits checked, in " << clock.elapsed()
                 << " ms");
    CHECK(committed.size() > kRounds); // the writers did get to write
}

TEST_CASE("Killing the process while it removes a problem an intervention uses leaves both the unlink and the "
          "removal in the file, or neither",
          "[crash][cases]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("borttagning.db"));
    // The analysis and the plan's links as they were: a round that ends with the problem removed starts the
    // next one from them again (what the writer's undo would have written).
    Analysis original;
    PlanLinks originalLinks;
    int minGroupSize = 0;
    qint64 problem = 0;
    int links = 0;
    {
        auto db = openDatabase(path);
        QString error;
        REQUIRE(DemoData::populate(*db, &error));
        CaseOptions options;
        options.plan = true;
        const auto c = Cases::load(*db, 1, options, &error);
        REQUIRE(c);
        REQUIRE(c->analysis);
        original = *c->analysis;
        minGroupSize = c->programme.minGroupSize;
        for (const auto& i : c->plan->interventions) {
            for (qint64 id : i.problemIds)
                originalLinks.problems.append({ i.id, id });
        }
        // The writer's target: the first problem an intervention uses.
        for (const auto& p : original.problems) {
            if (!c->plan->usersOfProblem(p.id).isEmpty()) {
                problem = p.id;
                break;
            }
        }
        for (const auto& i : c->plan->interventions)
            links += int(i.problemIds.count(problem));
    }
    REQUIRE(problem > 0);
    REQUIRE(links > 0);

    constexpr int kRounds = 30;
    std::mt19937 random(1921);
    std::uniform_int_distribution<int> delay(5, 150);
    int removals = 0;
    int seenRemoved = 0;
    int seenPresent = 0;
    for (int round = 0; round < kRounds; ++round) {
        INFO("round " << round);
        {
            DbWriter writer(QStringLiteral("remove-problem"), path);
            // The kill lands at a random moment of the removing, not of the writer's start (which takes
            // longer in a sanitizer build): the window opens once the writer has named its target.
            writer.waitForLine(QStringLiteral("target "));
            writer.runFor(delay(random));
            writer.kill();
            const QStringList lines = writer.lines();
            // "target <problem> <links>" names what the writer removes: the problem the test expects.
            if (lines.size() >= 2) {
                CHECK(lines.at(1) == QStringLiteral("target %1 %2").arg(problem).arg(links));
            }
            removals += int(lines.count(QStringLiteral("removed")));
        }
        const auto inspection = Database::inspect(path);
        INFO(inspection.message.toStdString());
        REQUIRE(inspection.state == DatabaseInspection::State::Sound);

        auto db = openDatabase(path);
        const QSqlDatabase c = db->connection();
        const int problems
            = scalar(c, QStringLiteral("SELECT count(*) FROM problem WHERE id = %1").arg(problem)).toInt();
        const int linked
            = scalar(c, QStringLiteral("SELECT count(*) FROM intervention_problem WHERE problem_id = %1").arg(problem))
                  .toInt();
        // Both or neither: the problem with every link to it, or neither the problem nor a link.
        INFO("problem rows " << problems << ", links " << linked);
        if (problems == 1) {
            CHECK(linked == links);
            ++seenPresent;
        } else {
            CHECK(problems == 0);
            CHECK(linked == 0);
            ++seenRemoved;
        }
        CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
        if (problems == 0) {
            Analysis restored = original;
            QString error;
            INFO(error.toStdString());
            REQUIRE(AnalysisStore(*db).save(restored, minGroupSize, PlanLinks(), originalLinks, &error));
        }
    }
    INFO(removals << " removals, the file seen with the problem removed " << seenRemoved << " times");
    // The writers did get to remove, and the kills landed on both sides of a removal's commit (how many
    // removals fit in a window depends on the build: a sanitizer build makes about one per round).
    CHECK(removals >= kRounds / 2);
    CHECK(seenRemoved > 0);
    CHECK(seenPresent > 0);
}
