// Åtgärdsplan: the plan on disk with its ids kept, the chain analysis → plan held by
// the database, where a plan may start, the review's exact totals and warnings, the
// validation of what a user enters, and money as whole kronor.
#include "tests/core/TestSupport.h"

#include "core/demo/DemoData.h"
#include "core/plan/ActionPlan.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/PlanStore.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

struct Demo
{
    TempFolder folder;
    QString path;
    std::unique_ptr<Database> db;
    ActionPlan plan;
    Analysis analysis;
    Collaboration collaboration;
};

std::unique_ptr<Demo> demo()
{
    auto d = std::make_unique<Demo>();
    d->path = d->folder.path(QStringLiteral("plan.db"));
    d->db = openDatabase(d->path);
    QString error;
    REQUIRE(DemoData::populate(*d->db, &error));
    const auto plan = PlanStore(*d->db).load(1, &error);
    INFO(error.toStdString());
    REQUIRE(plan);
    d->plan = *plan;
    const auto analysis = AnalysisStore(*d->db).load(plan->analysisId, &error);
    REQUIRE(analysis);
    d->analysis = *analysis;
    const auto collaboration = CollaborationStore(*d->db).load(1, &error);
    REQUIRE(collaboration);
    d->collaboration = *collaboration;
    return d;
}

/** The intervention titled `title` in `plan`. */
Intervention& named(ActionPlan& plan, const char* title)
{
    for (auto& i : plan.interventions) {
        if (i.title == QString::fromUtf8(title))
            return i;
    }
    FAIL("no intervention " << title);
    return plan.interventions.first();
}

const char* const kLab = "Kollegialt lärande i matematik med FoU-team";
const char* const kLift = "Matematiklyftet för lärare i åk 4–9";
const char* const kRoutines = "Gemensamma rutiner för lektionsstart och övergångar";
const char* const kFollowUp = "Systematisk uppföljning av trygghet och resultat hos huvudmannen";

bool hasWarning(const QList<PlanWarning>& warnings, PlanWarningKind kind, qint64 interventionId)
{
    return std::any_of(warnings.cbegin(), warnings.cend(),
                       [&](const PlanWarning& w) { return w.kind == kind && w.interventionId == interventionId; });
}

} // namespace

TEST_CASE("The demo plan has two areas and four interventions pointing into the analysis", "[plan]")
{
    const auto d = demo();
    REQUIRE(d->analysis.areas.size() == 2);
    REQUIRE(d->plan.interventions.size() == 4);
    CHECK(d->plan.analysisId == d->analysis.id);
    CHECK(d->plan.interventionsOf(d->analysis.areas[0].id).size() == 2);
    CHECK(d->plan.interventionsOf(d->analysis.areas[1].id).size() == 2);
    // Grouped by area in the analysis's order.
    CHECK(d->plan.interventions[0].title == QString::fromUtf8(kLab));
    CHECK(d->plan.interventions[3].title == QString::fromUtf8(kFollowUp));
    CHECK(d->plan.validate(d->analysis, d->collaboration.unitIds).isEmpty());
}

TEST_CASE("A saved plan comes back as it was, and saving again keeps the ids of interventions, goals and indicators",
          "[plan][storage]")
{
    const auto d = demo();
    ActionPlan plan = d->plan;
    Intervention& lab = named(plan, kLab);
    const qint64 labId = lab.id, goalId = lab.goals[0].id, indicatorId = lab.indicators[1].id;
    REQUIRE(labId > 0);
    REQUIRE(goalId > 0);
    lab.title = QStringLiteral("Kollegialt lärande i matematik (reviderad)");
    lab.goals.append({ 0, QStringLiteral("Ett tredje mål") });
    lab.indicators.removeFirst();
    lab.budget[1].amountSek = 390000;
    Intervention added;
    added.areaId = d->analysis.areas[1].id;
    added.title = QStringLiteral("Rastaktiviteter");
    added.goals = { { 0, QStringLiteral("Färre konflikter på rasterna.") } };
    added.budget = { { 2027, 12345 } };
    plan.interventions.append(added);
    QString error;
    REQUIRE(PlanStore(*d->db).save(plan, &error));
    CHECK(plan.interventions.last().id > 0);
    CHECK(plan.interventions.last().goals[0].id > 0);

    d->db.reset();
    auto db = openDatabase(d->path);
    const auto loaded = PlanStore(*db).load(1, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    ActionPlan expected = plan;
    expected.updatedAt = loaded->updatedAt;
    // Stored grouped by area in the analysis's order: the new one closes the second area, as it was added.
    CHECK(*loaded == expected);
    const Intervention* again = loaded->intervention(labId);
    REQUIRE(again);
    CHECK(again->title == QStringLiteral("Kollegialt lärande i matematik (reviderad)"));
    CHECK(again->goals[0].id == goalId);
    REQUIRE(again->goals.size() == 3);
    REQUIRE(again->indicators.size() == 1);
    CHECK(again->indicators[0].id == indicatorId);
    CHECK(again->budgetFor(2027) == 390000);
    CHECK(loaded->intervention(plan.interventions.last().id)->title == QStringLiteral("Rastaktiviteter"));

    // Taking an intervention out removes it and its rows, and nothing else.
    ActionPlan fewer = *loaded;
    fewer.interventions.removeIf([&](const Intervention& i) { return i.id == labId; });
    REQUIRE(PlanStore(*db).save(fewer, &error));
    const auto after = PlanStore(*db).load(1, &error);
    REQUIRE(after);
    CHECK(after->interventions.size() == 4);
    CHECK_FALSE(after->intervention(labId));
    CHECK(scalar(db->connection(),
                 QStringLiteral("SELECT count(*) FROM intervention_goal WHERE intervention_id = %1").arg(labId))
              .toInt()
          == 0);
}

TEST_CASE("Removing a problem, cause or area an intervention uses is refused by the database until it is unlinked",
          "[plan][storage][integrity]")
{
    const auto d = demo();
    AnalysisStore analyses(*d->db);
    PlanStore plans(*d->db);
    QString error;
    const Analysis original = d->analysis;
    REQUIRE(original.status != AnalysisStatus::Established);
    const qint64 calmProblem = original.problems[1].id;
    const qint64 usedCause = original.causes[1].id; // only the follow-up addresses it
    CHECK(d->plan.usersOfProblem(calmProblem).size() == 2);
    CHECK(d->plan.usersOfCause(usedCause) == QStringList { QString::fromUtf8(kFollowUp) });

    // A problem: taken out of the analysis with its links inside the analysis.
    Analysis withoutProblem = original;
    withoutProblem.problems.removeIf([&](const Problem& p) { return p.id == calmProblem; });
    for (auto& a : withoutProblem.areas)
        a.problemIds.removeAll(calmProblem);
    CHECK_FALSE(analyses.save(withoutProblem, 1, &error));
    CHECK(error.contains(QStringLiteral("intervention")));
    CHECK(analyses.load(original.id)->problem(calmProblem));

    // A cause.
    Analysis withoutCause = original;
    withoutCause.causes.removeIf([&](const Cause& c) { return c.id == usedCause; });
    for (auto& p : withoutCause.problems)
        p.causeIds.removeAll(usedCause);
    error.clear();
    CHECK_FALSE(analyses.save(withoutCause, 1, &error));
    CHECK(error.contains(QStringLiteral("intervention")));
    CHECK(analyses.load(original.id)->cause(usedCause));

    // An area.
    Analysis withoutArea = original;
    withoutArea.areas.removeLast();
    error.clear();
    CHECK_FALSE(analyses.save(withoutArea, 1, &error));
    CHECK(error.contains(QStringLiteral("intervention")));
    CHECK(analyses.load(original.id)->areas.size() == 2);
    // The plan is untouched by the refusals.
    CHECK(*plans.load(1) == d->plan);

    // Plain SQL meets the same refusal.
    QSqlQuery q(d->db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM problem WHERE id = %1").arg(calmProblem)));

    // The user agreed: unlinked first, then the removal goes through.
    REQUIRE(plans.unlinkProblem(calmProblem, &error));
    REQUIRE(plans.unlinkCause(usedCause, &error));
    Analysis both = withoutProblem;
    both.causes.removeIf([&](const Cause& c) { return c.id == usedCause; });
    for (auto& p : both.problems)
        p.causeIds.removeAll(usedCause);
    INFO(error.toStdString());
    REQUIRE(analyses.save(both, 1, &error));
    // `error` still holds the refusal from above: loading must not take it for a failure of its own.
    REQUIRE_FALSE(error.isEmpty());
    const auto plan = plans.load(1, &error);
    REQUIRE(plan);
    CHECK(plan->usersOfProblem(calmProblem).isEmpty());
    CHECK(plan->usersOfCause(usedCause).isEmpty());
    CHECK(plan->interventions.size() == 4);

    // The collaboration holds a signed ÖK 1, a record: it cannot be removed, plan or not.
    CHECK_FALSE(CollaborationStore(*d->db).remove(1, &error));
    CHECK(plans.load(1, &error));
    // The plan itself goes at once, interventions and all.
    REQUIRE(plans.remove(plan->id, &error));
    CHECK_FALSE(plans.load(1, &error));
    CHECK(rowCount(d->db->connection(), QStringLiteral("action_plan")) == 0);
    CHECK(rowCount(d->db->connection(), QStringLiteral("intervention")) == 0);
    CHECK(rowCount(d->db->connection(), QStringLiteral("intervention_budget")) == 0);
}

TEST_CASE("A plan starts only from a finished analysis with development areas, and create returns the one there is",
          "[plan][storage]")
{
    const auto d = demo();
    PlanStore plans(*d->db);
    QString error;
    const auto existing = plans.create(1, &error);
    REQUIRE(existing);
    CHECK(existing->id == d->plan.id);
    CHECK(existing->interventions.size() == 4);
    CHECK(rowCount(d->db->connection(), QStringLiteral("action_plan")) == 1);

    Collaboration other = sampleCollaboration(d->collaboration.organizerId, d->collaboration.programmeId);
    other.diaryNumber = QStringLiteral("7.4.2-2026:77");
    REQUIRE(CollaborationStore(*d->db).save(other, &error));

    // No analysis.
    error.clear();
    CHECK_FALSE(plans.create(other.id, &error));
    CHECK(error.contains(QStringLiteral("no analysis")));

    // A draft analysis.
    Analysis draft = d->analysis;
    draft.id = 0;
    draft.collaborationId = other.id;
    draft.status = AnalysisStatus::Draft;
    draft.statusBy.clear();
    draft.statusAt = QDateTime();
    // A new record with rows of its own: no ids, no uuids (schema v6) from the one it copies.
    draft.uuid.clear();
    for (auto& p : draft.participants)
        p = { p.name, p.role, p.organisation };
    for (auto& c : draft.causes)
        c = { 0, c.area, c.level, c.description };
    for (auto& e : draft.evidence)
        e = { 0, e.kind, e.title, e.summary, e.date };
    for (auto& v : draft.voices) {
        v.id = 0;
        v.uuid.clear();
    }
    draft.problems.clear();
    draft.areas.clear();
    AnalysisStore analyses(*d->db);
    REQUIRE(analyses.save(draft, 1, &error));
    error.clear();
    CHECK_FALSE(plans.create(other.id, &error));
    CHECK(error.contains(QStringLiteral("draft")));

    // Done, but without a development area (marked in the file: the store would not mark it).
    PlainConnection(d->path).exec(QStringLiteral("UPDATE analysis SET status = 'klar' WHERE id = %1").arg(draft.id));
    REQUIRE(analyses.load(draft.id)->status == AnalysisStatus::Done);
    error.clear();
    CHECK_FALSE(plans.create(other.id, &error));
    CHECK(error.contains(QStringLiteral("no development area")));
    CHECK(rowCount(d->db->connection(), QStringLiteral("action_plan")) == 1);
}

TEST_CASE("The review's totals per year, funding mode, funding form and area are exact on the demo plan", "[plan]")
{
    const auto d = demo();
    const PlanTotals t = d->plan.totals();
    // DemoPlan.cpp: 950 000 + 120 000 + 250 000 + 450 000 kr.
    CHECK(t.total == 1770000);
    CHECK(t.perYear == QMap<int, qint64> { { 2026, 830000 }, { 2027, 690000 }, { 2028, 250000 } });
    CHECK(t.perMode
          == QMap<FundingMode, qint64> { { FundingMode::Tailored, 950000 },
                                         { FundingMode::GeneralProgrammes, 120000 },
                                         { FundingMode::OrganizerOwn, 250000 },
                                         { FundingMode::ExternalCoordination, 450000 } });
    CHECK(t.perForm
          == QMap<FundingForm, qint64> { { FundingForm::EducationService, 1400000 }, { FundingForm::Grant, 370000 } });
    CHECK(t.perArea
          == QMap<qint64, qint64> { { d->analysis.areas[0].id, 1070000 }, { d->analysis.areas[1].id, 700000 } });
    CHECK(named(d->plan, kLab).totalSek() == 950000);
    CHECK(named(d->plan, kLab).budgetFor(2027) == 380000);
    CHECK(named(d->plan, kLab).budgetFor(2030) == 0);
    CHECK(Money::format(t.total) == QStringLiteral("1\u00a0770\u00a0000\u00a0kr"));
    CHECK(Money::format(950) == QStringLiteral("950\u00a0kr"));
    CHECK(Money::format(0) == QStringLiteral("0\u00a0kr"));
}

TEST_CASE("The review warns about an area without intervention, no goal, no indicator, dates outside the period and "
          "no budget",
          "[plan]")
{
    const auto d = demo();
    const QDate start = d->collaboration.startDate, end = d->collaboration.plannedEndDate;
    CHECK(d->plan.warnings(d->analysis, start, end).isEmpty());

    ActionPlan plan = d->plan;
    const qint64 calmArea = d->analysis.areas[1].id;
    plan.interventions.removeIf([&](const Intervention& i) { return i.areaId == calmArea; });
    Intervention& lab = named(plan, kLab);
    Intervention& lift = named(plan, kLift);
    lab.goals.clear();
    lab.end = end.addMonths(4);
    lift.indicators.clear();
    lift.budget.clear();
    const auto warnings = plan.warnings(d->analysis, start, end);
    CHECK(warnings.size() == 5);
    CHECK(std::any_of(warnings.cbegin(), warnings.cend(), [&](const PlanWarning& w) {
        return w.kind == PlanWarningKind::AreaWithoutIntervention && w.areaId == calmArea && w.interventionId == 0;
    }));
    CHECK(hasWarning(warnings, PlanWarningKind::NoGoal, lab.id));
    CHECK(hasWarning(warnings, PlanWarningKind::OutsidePeriod, lab.id));
    CHECK(hasWarning(warnings, PlanWarningKind::NoIndicator, lift.id));
    CHECK(hasWarning(warnings, PlanWarningKind::NoBudget, lift.id));
    for (const auto& w : warnings)
        CHECK_FALSE(w.message.isEmpty());

    // A start before the period, missing dates and a budget of zero warn too.
    lab.start = start.addDays(-1);
    lab.end = QDate();
    lift.budget = { { 2026, 0 } };
    lift.start = QDate();
    const auto more = plan.warnings(d->analysis, start, end);
    CHECK(hasWarning(more, PlanWarningKind::OutsidePeriod, lab.id));
    CHECK(hasWarning(more, PlanWarningKind::OutsidePeriod, lift.id));
    CHECK(hasWarning(more, PlanWarningKind::NoBudget, lift.id));
}

TEST_CASE("Validation refuses a unit outside the collaboration, an end before the start, two budget lines for a year "
          "and an amount out of range",
          "[plan][validation]")
{
    const auto d = demo();
    const QList<qint64> units = d->collaboration.unitIds;
    auto refusal = [&](const std::function<void(Intervention&)>& change, const char* field) {
        ActionPlan plan = d->plan;
        change(named(plan, kRoutines));
        const FieldErrors errors = plan.validate(d->analysis, units);
        INFO(field);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].field == QString::fromLatin1(field));
        if (QLatin1String(field) != QLatin1String("title"))
            CHECK(errors[0].message.contains(QString::fromUtf8(kRoutines)));
        // The store refuses it as well and writes nothing.
        QString error;
        CHECK_FALSE(PlanStore(*d->db).save(plan, &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(*PlanStore(*d->db).load(1) == d->plan);
    };
    refusal([](Intervention& i) { i.unitIds.append(987654); }, "units");
    refusal([](Intervention& i) { i.unitIds.clear(); }, "units");
    refusal([](Intervention& i) { i.end = i.start.addDays(-1); }, "end");
    refusal([](Intervention& i) { i.budget.append({ 2026, 5 }); }, "budget");
    refusal([](Intervention& i) { i.budget[0].amountSek = -1; }, "budget");
    refusal([](Intervention& i) { i.budget[0].amountSek = 1'000'000'000'001; }, "budget");
    refusal([](Intervention& i) { i.budget[0].year = 1999; }, "budget");
    refusal([](Intervention& i) { i.title = QStringLiteral("  "); }, "title");
    refusal([](Intervention& i) { i.problemIds.append(424242); }, "problems");
    refusal([](Intervention& i) { i.indicators[0].targetYear = 3000; }, "indicators");

    // The limits themselves are allowed; an organizer-level intervention names no units.
    ActionPlan plan = d->plan;
    named(plan, kRoutines).budget[0].amountSek = 1'000'000'000'000;
    named(plan, kRoutines).end = named(plan, kRoutines).start;
    named(plan, kFollowUp).unitIds.clear();
    CHECK(plan.validate(d->analysis, units).isEmpty());
}

TEST_CASE("Money is stored as whole kronor in INTEGER columns, never as floating point", "[plan][storage]")
{
    const auto d = demo();
    const QSqlDatabase db = d->db->connection();
    CHECK(scalar(db, QStringLiteral("SELECT group_concat(DISTINCT typeof(amount_sek)) FROM intervention_budget"))
              .toString()
          == QStringLiteral("integer"));
    CHECK(scalar(db, QStringLiteral("SELECT sum(amount_sek) FROM intervention_budget")).toLongLong() == 1770000);
    QSqlQuery q(db);
    const qint64 id = d->plan.interventions[0].id;
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO intervention_budget(intervention_id, year, amount_sek) "
                                      "VALUES (%1, 2029, 1500.5)")
                           .arg(id)));
    CHECK_FALSE(q.exec(
        QStringLiteral("UPDATE intervention_budget SET amount_sek = 100.25 WHERE intervention_id = %1").arg(id)));

    // What a user types becomes whole kronor.
    QString error;
    CHECK(Money::parse(QStringLiteral("1 250 000"), &error) == 1250000);
    CHECK_FALSE(Money::parse(QStringLiteral("12,50"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(Money::parse(QStringLiteral("-5"), &error));
}
