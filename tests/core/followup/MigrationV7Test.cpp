// Schema version 7 from a version 6 file: a), b) and f) backfilled into signed ÖK 2s, the status history begun.
#include "tests/core/TestSupport.h"

#include "core/storage/AgreementStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

TEST_CASE("A version 6 file becomes version 7: a signed ÖK 2 gains a), b) and f) from its plan and stays frozen",
          "[migration][followup]")
{
    const QDir data(QStringLiteral(SKOLDIALOG_TEST_DATA));
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("v6.db"));
    REQUIRE(QFile::copy(data.filePath(QStringLiteral("schema-v6.db")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList expectedProblems, expectedEffects;
    {
        PlainConnection plain(path);
        REQUIRE(scalar(plain.db(), QStringLiteral("PRAGMA user_version")).toInt() == 6);
        // The demo's ÖK 2 is a draft in that release: sign it, as a user of version 6 would have.
        plain.exec(QStringLiteral("UPDATE agreement SET status = 'undertecknad', agency_signed_on = '2026-02-01', "
                                  "organizer_signed_on = '2026-02-01', pdf_sha256 = '%1' WHERE kind = 'ok2'")
                       .arg(QString(64, QLatin1Char('b'))));
        QSqlQuery q(plain.db());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT (SELECT group_concat(description, char(10)) FROM (SELECT p.description FROM intervention_problem "
            "ip "
            "JOIN problem p ON p.id = ip.problem_id WHERE ip.intervention_id = ai.source_intervention_id ORDER BY "
            "p.position)), (SELECT expected_effects FROM intervention WHERE id = ai.source_intervention_id) "
            "FROM agreement_intervention ai JOIN agreement a ON a.id = ai.agreement_id WHERE a.kind = 'ok2' "
            "ORDER BY ai.position")));
        while (q.next()) {
            expectedProblems << q.value(0).toString();
            expectedEffects << q.value(1).toString();
        }
        REQUIRE(expectedProblems.size() == 4);
    }
    auto db = openDatabase(path);
    REQUIRE(db->schemaVersion() == Migrations::latestVersion()); // version 7, and every step after it
    QString error;
    const auto ok2 = AgreementStore(*db).newest(1, AgreementKind::Interventions, &error);
    REQUIRE(ok2);
    REQUIRE(ok2->isFrozen());
    REQUIRE(ok2->interventions.size() == 4);
    for (qsizetype i = 0; i < ok2->interventions.size(); ++i) {
        CHECK(ok2->interventions[i].problems == expectedProblems[i]);
        CHECK(ok2->interventions[i].expectedEffects == expectedEffects[i]);
        CHECK_FALSE(ok2->interventions[i].causes.isEmpty());
    }
    // The guard came back: the backfilled rows are as frozen as before.
    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(
        QStringLiteral("UPDATE agreement_intervention SET problems = 'x' WHERE agreement_id = %1").arg(ok2->id)));
    CHECK_FALSE(
        q.exec(QStringLiteral("UPDATE agreement_intervention SET title = 'x' WHERE agreement_id = %1").arg(ok2->id)));

    // Every collaboration starts its status history with the status it has.
    const auto history = CollaborationStore(*db).statusHistory(1, &error);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history[0].from);
    CHECK(history[0].to == CollaborationStatus::Active);
    CHECK(history[0].decidedOn.isValid());
    // Indicators are higher-is-better, without milestones, until someone says otherwise.
    const auto plan = PlanStore(*db).load(1, &error);
    REQUIRE(plan);
    for (const auto& i : plan->interventions) {
        for (const auto& ind : i.indicators) {
            CHECK(ind.direction == IndicatorDirection::HigherIsBetter);
            CHECK(ind.milestones.isEmpty());
        }
    }
}
