// Progress reports, the final report and ending a collaboration, on the demo database's collaborations 2 and 3.
#include "tests/core/TestSupport.h"

#include "core/cases/Cases.h"
#include "core/cases/FollowUpCases.h"
#include "core/demo/DemoData.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/FinalReportStore.h"
#include "core/storage/MeasurementStore.h"
#include "core/storage/MeetingStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/ProgressReportStore.h"
#include "core/storage/ReadOnly.h"
#include "core/storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

constexpr qint64 kTallmo = 2; // phase 5: report 1 submitted, report 2 a draft
constexpr qint64 kLarkangen = 3; // phase 6, avslutad, with its final report

struct Demo
{
    TempFolder folder;
    std::unique_ptr<Database> db;
    Demo()
    {
        db = openDatabase(folder.path(QStringLiteral("demo.db")));
        QString error;
        INFO(error.toStdString());
        REQUIRE(DemoData::populateAll(*db, &error));
    }
    ProgressReport report(qint64 collaborationId, int number) const
    {
        QString error;
        auto r = ProgressReportStore(*db).newest(collaborationId, number, &error);
        INFO(error.toStdString());
        REQUIRE(r);
        return *r;
    }
    Agreement agreement(qint64 collaborationId) const
    {
        QString error;
        auto a = Cases::signedInterventionsAgreement(*db, collaborationId, &error);
        INFO(error.toStdString());
        REQUIRE(a);
        return *a;
    }
};

/** Runs raw SQL as another program would; the database's own answer. */
QString rawError(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return QString();
    return Sql::describe(q.lastError());
}

} // namespace

TEST_CASE("The demo's three collaborations load: phase 3, phase 5 with its reports, phase 6 closed", "[followup]")
{
    Demo demo;
    QString error;
    const auto ekbacka = Cases::load(*demo.db, 1, {}, &error);
    REQUIRE(ekbacka);
    CHECK(ekbacka->organizer.name == QStringLiteral("Ekbacka kommun"));
    CHECK(ekbacka->collaboration.phase == 3);
    const auto tallmo = Cases::load(*demo.db, kTallmo, { false, true }, &error);
    REQUIRE(tallmo);
    CHECK(tallmo->organizer.name == QStringLiteral("Tallmo kommun"));
    CHECK(tallmo->collaboration.phase == 5);
    CHECK_FALSE(tallmo->collaboration.isReadOnly());
    REQUIRE(tallmo->plan);
    const auto larkangen = Cases::load(*demo.db, kLarkangen, {}, &error);
    REQUIRE(larkangen);
    CHECK(larkangen->collaboration.phase == 6);
    CHECK(larkangen->collaboration.status == CollaborationStatus::Closed);

    const auto schedule = Cases::reportSchedule(*demo.db, kTallmo, QDate(2026, 12, 2), &error);
    REQUIRE(schedule.size() == 3);
    CHECK(schedule[0].state == ProgressReportState::Submitted);
    CHECK_FALSE(schedule[0].overdue);
    CHECK(schedule[1].state == ProgressReportState::Draft);
    CHECK(schedule[1].due == QDate(2026, 12, 15));
    CHECK(schedule[1].dueSoon);
    CHECK(schedule[2].state == ProgressReportState::NotStarted);
    CHECK_FALSE(schedule[2].dueSoon);
    CHECK(Cases::reportSchedule(*demo.db, kTallmo, QDate(2026, 12, 16), &error)[1].overdue);
    CHECK(Cases::reportSchedule(*demo.db, 1, QDate(2026, 12, 2), &error).isEmpty()); // no signed ÖK 2
    CHECK_FALSE(error.isEmpty());

    CHECK(MeasurementStore(*demo.db).listForCollaboration(kTallmo).size() == 7);
    const auto second = demo.report(kTallmo, 2);
    CHECK(second.indicators.size() == 3);
    CHECK(second.deviations.size() == 2); // the presence work's end and budget moved after signing
    const auto final = Cases::loadFinalReport(*demo.db, kLarkangen, &error);
    REQUIRE(final);
    CHECK(final->state == ProgressReportState::Submitted);
    const auto history = CollaborationStore(*demo.db).statusHistory(kLarkangen);
    REQUIRE(history.size() == 2);
    CHECK(history[1].from == CollaborationStatus::Active);
    CHECK(history[1].to == CollaborationStatus::Closed);
    CHECK(history[1].decidedOn == QDate(2025, 12, 12));
    CHECK_FALSE(history[1].reason.isEmpty());
}

TEST_CASE("a), b), c) and f) are exactly the texts the signed ÖK 2 agreed, taken from the plan", "[followup]")
{
    Demo demo;
    const Agreement agreement = demo.agreement(kTallmo);
    QString error;
    CaseOptions options;
    options.plan = true;
    const auto c = Cases::load(*demo.db, kTallmo, options, &error);
    REQUIRE(c);
    // The ÖK 2 took them from the plan's intervention and the analysis it points at.
    const AgreedIntervention& agreed = agreement.interventions.at(0);
    const Intervention* planned = c->plan->intervention(agreed.sourceInterventionId);
    REQUIRE(planned);
    CHECK(agreed.problems == c->analysis->problems.at(0).description);
    CHECK(agreed.causes
          == c->analysis->causes.at(0).description + QLatin1Char('\n') + c->analysis->causes.at(1).description);
    CHECK(agreed.expectedEffects == planned->expectedEffects);

    for (int number : { 1, 2 }) {
        const ProgressReport r = demo.report(kTallmo, number);
        REQUIRE(r.interventions.size() == agreement.interventions.size());
        for (qsizetype i = 0; i < r.interventions.size(); ++i) {
            const auto& review = r.interventions[i];
            const auto& a = agreement.interventions[i];
            CHECK(review.agreedInterventionUuid == a.uuid);
            CHECK(review.areaTitle == a.areaTitle);
            CHECK(review.problems == a.problems);
            CHECK(review.causes == a.causes);
            CHECK(review.expectedEffects == a.expectedEffects);
            QStringList goals;
            for (const auto& g : review.goals)
                goals << g.goal;
            CHECK(goals == a.goalList());
            CHECK_FALSE(review.problems.isEmpty());
        }
    }
}

TEST_CASE("A plan changed after signing leaves the submitted report as it was and shows as proposed deviations",
          "[followup]")
{
    Demo demo;
    const ProgressReport before = demo.report(kTallmo, 1);
    REQUIRE(before.state == ProgressReportState::Submitted);
    QString error;
    PlanStore plans(*demo.db);
    auto plan = plans.load(kTallmo, &error);
    REQUIRE(plan);
    const QString agreedTitle = plan->interventions[0].title;
    plan->interventions[0].title = QStringLiteral("Läslyftet i alla ämnen");
    plan->interventions[0].goals[0].text = QStringLiteral("Ett nytt mål");
    Intervention added = plan->interventions[1];
    added.id = 0;
    added.uuid.clear();
    added.title = QStringLiteral("Läxhjälp efter skoltid");
    for (auto& g : added.goals) {
        g.id = 0;
        g.uuid.clear();
    }
    added.indicators.clear();
    plan->interventions.append(added);
    INFO(error.toStdString());
    REQUIRE(plans.save(*plan, &error));

    CHECK(demo.report(kTallmo, 1) == before);
    // The draft of report 3 still says what was agreed, and proposes what the program sees.
    auto third = Cases::draftProgressReport(*demo.db, kTallmo, 3, &error);
    REQUIRE(third);
    CHECK(third->interventions[0].title == agreedTitle);
    CHECK(third->interventions[0].goals[0].goal == demo.agreement(kTallmo).interventions[0].goalList()[0]);
    QMap<DeviationKind, QStringList> kinds;
    for (const auto& d : third->deviations) {
        CHECK(d.proposed);
        CHECK_FALSE(d.confirmed);
        kinds[d.kind] << d.interventionTitle;
        if (d.kind != DeviationKind::Added)
            CHECK_FALSE(d.agreedInterventionUuid.isEmpty());
    }
    CHECK(kinds.value(DeviationKind::Changed) == QStringList { agreedTitle });
    CHECK(kinds.value(DeviationKind::Added) == QStringList { QStringLiteral("Läxhjälp efter skoltid") });
    CHECK(kinds.value(DeviationKind::Schedule).size() == 1);
    CHECK(kinds.value(DeviationKind::Budget).size() == 1);
    // Report 3 may not be submitted until each proposal is confirmed and explained.
    CHECK_FALSE(third->validateForSubmission().isEmpty());
    // Report 2 is already there: a second draft of it is refused.
    CHECK_FALSE(Cases::draftProgressReport(*demo.db, kTallmo, 2, &error));
    CHECK_FALSE(Cases::draftProgressReport(*demo.db, kTallmo, 4, &error));
}

TEST_CASE("A submitted report is refused UPDATE and DELETE by the database itself; approval is the one change left",
          "[followup]")
{
    Demo demo;
    ProgressReport first = demo.report(kTallmo, 1);
    const QString id = QString::number(first.id);
    const QStringList refused {
        QStringLiteral("UPDATE progress_report SET next_steps = 'ändrat' WHERE id = %1").arg(id),
        QStringLiteral("UPDATE progress_report SET state = 'utkast' WHERE id = %1").arg(id),
        QStringLiteral("DELETE FROM progress_report WHERE id = %1").arg(id),
        QStringLiteral("UPDATE progress_report_intervention SET goals_not_reached = 'x' WHERE progress_report_id = %1")
            .arg(id),
        QStringLiteral("DELETE FROM progress_report_intervention WHERE progress_report_id = %1").arg(id),
        QStringLiteral("UPDATE progress_report_goal SET improvements = 'x' WHERE progress_report_id = %1").arg(id),
        QStringLiteral("DELETE FROM progress_report_indicator WHERE progress_report_id = %1").arg(id),
        QStringLiteral("INSERT INTO progress_report_deviation(uuid, updated_at, progress_report_id, position, kind, "
                       "intervention_title) VALUES ('%1', '2026-01-01T00:00:00', %2, 9, 'budget', 'x')")
            .arg(Sql::newUuid(), id),
    };
    for (const QString& sql : refused) {
        INFO(sql.toStdString());
        const QString message = rawError(*demo.db, sql);
        CHECK(message.contains(QStringLiteral("new version")));
    }
    CHECK(demo.report(kTallmo, 1) == first);
    QString error;
    ProgressReport changed = first;
    changed.nextSteps = QStringLiteral("ändrat");
    CHECK_FALSE(ProgressReportStore(*demo.db).saveDraft(changed, &error));
    CHECK(error.contains(QStringLiteral("new version")));
    CHECK_FALSE(ProgressReportStore(*demo.db).remove(first.id, &error));

    REQUIRE(ProgressReportStore(*demo.db).approve(first, QDate(2026, 2, 1), &error));
    CHECK(demo.report(kTallmo, 1).state == ProgressReportState::Approved);
    CHECK_FALSE(rawError(*demo.db,
                         QStringLiteral("UPDATE progress_report SET approved_on = '2026-03-01' WHERE id = %1").arg(id))
                    .isEmpty());
    CHECK_FALSE(rawError(*demo.db, QStringLiteral("DELETE FROM progress_report WHERE id = %1").arg(id)).isEmpty());
}

TEST_CASE("A correction is a new version of the same number, with new identities", "[followup]")
{
    Demo demo;
    const ProgressReport first = demo.report(kTallmo, 1);
    QString error;
    auto corrected = Cases::newProgressReportVersion(*demo.db, first.id, &error);
    INFO(error.toStdString());
    REQUIRE(corrected);
    CHECK(corrected->number == 1);
    CHECK(corrected->version == 2);
    CHECK(corrected->state == ProgressReportState::Draft);
    CHECK(corrected->uuid != first.uuid);
    REQUIRE(corrected->interventions.size() == first.interventions.size());
    CHECK(corrected->interventions[0].uuid != first.interventions[0].uuid);
    CHECK(corrected->interventions[0].goals[0].improvements == first.interventions[0].goals[0].improvements);
    CHECK(corrected->interventions[0].problems == first.interventions[0].problems);

    corrected->interventions[0].goalsNotReached = QStringLiteral("Rättat: strategierna används inte i NO.");
    REQUIRE(ProgressReportStore(*demo.db).saveDraft(*corrected, &error));
    REQUIRE(Cases::submitProgressReport(*demo.db, *corrected, QDate(2026, 1, 20), &error));
    CHECK(demo.report(kTallmo, 1).version == 2);
    CHECK(demo.report(kTallmo, 1).interventions[0].goalsNotReached.startsWith(QStringLiteral("Rättat")));
    // The first version stays as it was; a second correction of it is refused (correct the newest).
    auto old = ProgressReportStore(*demo.db).load(first.id, &error);
    REQUIRE(old);
    CHECK(*old == first);
    CHECK_FALSE(Cases::newProgressReportVersion(*demo.db, first.id, &error));
    CHECK_FALSE(Cases::newProgressReportVersion(*demo.db, demo.report(kTallmo, 2).id, &error)); // a draft
    const auto schedule = Cases::reportSchedule(*demo.db, kTallmo, QDate(2026, 12, 2), &error);
    CHECK(schedule[0].version == 2);
}

TEST_CASE("Submission asks for every rating, a reason for risk and avviker, and the reason of an override",
          "[followup]")
{
    Demo demo;
    ProgressReport second = demo.report(kTallmo, 2);
    QString error;
    CHECK_FALSE(ProgressReportStore(*demo.db).submit(second, QDate(2026, 12, 10), &error));
    CHECK(error.contains(second.interventions[1].title)); // not rated
    for (auto& i : second.interventions) {
        i.rating = InterventionRating::Deviates;
        i.ratingReason.clear();
    }
    CHECK_FALSE(second.interventions[0].validate().isEmpty());
    for (auto& i : second.interventions)
        i.ratingReason = QStringLiteral("Förstelärarna har slutat.");
    for (auto& d : second.deviations) {
        d.confirmed = true;
        d.explanation = QStringLiteral("Beslutat av nämnden.");
    }
    second.indicators[0].assessment.chosen = IndicatorStatus::OnTrack;
    CHECK_FALSE(second.validateForSubmission().isEmpty());
    second.indicators[0].assessment.overrideReason = QStringLiteral("Höstens prognos är för låg.");
    CHECK(second.validateForSubmission().isEmpty());
    INFO(error.toStdString());
    REQUIRE(ProgressReportStore(*demo.db).submit(second, QDate(2026, 12, 10), &error));
    const ProgressReport stored = demo.report(kTallmo, 2);
    CHECK(stored.indicators[0].assessment.chosen == IndicatorStatus::OnTrack);
    CHECK(stored.indicators[0].assessment.computed == IndicatorStatus::AtRisk); // kept beside the chosen one
    CHECK(stored.indicators[0].assessment.status() == IndicatorStatus::OnTrack);
    CHECK(stored.indicators[0].assessment.overrideReason == QStringLiteral("Höstens prognos är för låg."));
}

TEST_CASE("The final report holds every progress report's d) and e) for each intervention", "[followup]")
{
    Demo demo;
    QString error;
    const auto final = Cases::loadFinalReport(*demo.db, kLarkangen, &error);
    REQUIRE(final);
    const Agreement agreement = demo.agreement(kLarkangen);
    REQUIRE(final->history.size() == agreement.interventions.size());
    for (const auto& h : final->history) {
        REQUIRE(h.entries.size() == 3);
        for (int n = 0; n < 3; ++n) {
            const ProgressReport r = demo.report(kLarkangen, n + 1);
            const InterventionReview* review = r.intervention(h.agreedInterventionUuid);
            REQUIRE(review);
            CHECK(h.entries[n].reportNumber == n + 1);
            CHECK(h.entries[n].goals == review->goals);
            CHECK(h.entries[n].goalsNotReached == review->goalsNotReached);
            CHECK(h.entries[n].rating == review->rating);
        }
        CHECK(h.problems == agreement.interventions[0].problems);
    }
    REQUIRE(final->areas.size() == 1);
    CHECK(final->areas[0].outcome == AreaOutcome::PartlyReached);
    CHECK_FALSE(final->areas[0].continuation.isEmpty());
    CHECK_FALSE(final->synthesis.isEmpty());
    CHECK(rawError(*demo.db, QStringLiteral("UPDATE final_report SET synthesis = 'x'"))
              .contains(QStringLiteral("final")));
}

TEST_CASE("Ending a collaboration makes it read-only; reopening needs a reason, and both are in the history",
          "[followup]")
{
    Demo demo;
    QString error;
    CHECK_FALSE(Cases::endCollaboration(*demo.db, kTallmo, QDate(2026, 12, 1), QStringLiteral("  "), &error));
    REQUIRE(Cases::endCollaboration(*demo.db, kTallmo, QDate(2026, 12, 1), QStringLiteral("Huvudmannen avbryter."),
                                    &error));
    auto c = CollaborationStore(*demo.db).load(kTallmo, &error);
    REQUIRE(c);
    CHECK(c->status == CollaborationStatus::Closed);
    CHECK(c->phase == 6);
    CHECK(c->phaseHistory.last().date == QDate(2026, 12, 1));

    // Every writing path refuses, with the one message.
    auto plan = PlanStore(*demo.db).load(kTallmo, &error);
    REQUIRE(plan);
    CHECK_FALSE(PlanStore(*demo.db).save(*plan, &error));
    CHECK(error == ReadOnly::message());
    ProgressReport draft = demo.report(kTallmo, 2);
    CHECK_FALSE(ProgressReportStore(*demo.db).saveDraft(draft, &error));
    CHECK(error == ReadOnly::message());
    Measurement m = MeasurementStore(*demo.db).listForCollaboration(kTallmo).first();
    m.value = 1;
    CHECK_FALSE(MeasurementStore(*demo.db).save(m, &error));
    CHECK_FALSE(Cases::draftProgressReport(*demo.db, kTallmo, 3, &error));
    CHECK(error == ReadOnly::message());
    Agreement ok2 = demo.agreement(kTallmo);
    auto amendment = Agreement::amendmentOf(ok2);
    CHECK_FALSE(AgreementStore(*demo.db).save(amendment, &error));
    Meeting meeting = sampleMeeting(kTallmo);
    CHECK_FALSE(MeetingStore(*demo.db).save(meeting, &error));
    CHECK(error == ReadOnly::message());
    c->diaryNumber = QStringLiteral("ändrat");
    CHECK_FALSE(CollaborationStore(*demo.db).save(*c, &error));
    CHECK(error == ReadOnly::message());
    CHECK_FALSE(Cases::endCollaboration(*demo.db, kTallmo, QDate(2026, 12, 2), QStringLiteral("igen"), &error));

    CHECK_FALSE(Cases::reopenCollaboration(*demo.db, kTallmo, QString(), QDate(2026, 12, 3), &error));
    CHECK_FALSE(error.isEmpty());
    REQUIRE(Cases::reopenCollaboration(*demo.db, kTallmo, QStringLiteral("Beslutet om avslut var felaktigt."),
                                       QDate(2026, 12, 3), &error));
    CHECK(PlanStore(*demo.db).save(*plan, &error));
    const auto history = CollaborationStore(*demo.db).statusHistory(kTallmo);
    REQUIRE(history.size() == 3);
    CHECK_FALSE(history[0].from);
    CHECK(history[0].to == CollaborationStatus::Active);
    CHECK(history[1].to == CollaborationStatus::Closed);
    CHECK(history[1].reason == QStringLiteral("Huvudmannen avbryter."));
    CHECK(history[2].from == CollaborationStatus::Closed);
    CHECK(history[2].to == CollaborationStatus::Active);
    CHECK(history[2].decidedOn == QDate(2026, 12, 3));
    CHECK(history[2].reason == QStringLiteral("Beslutet om avslut var felaktigt."));
    CHECK(history[2].recordedAt.isValid());
    // The history is append-only in the database too.
    CHECK_FALSE(rawError(*demo.db, QStringLiteral("UPDATE status_change SET reason = 'x'")).isEmpty());
}
