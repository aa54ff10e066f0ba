// The use cases in core/cases, called as the wizards, the CLI, the generator and the demo call them.
#include "tests/core/TestSupport.h"

#include "core/analysis/AnalysisTemplate.h"
#include "core/cases/Cases.h"
#include "core/cases/RemovalRule.h"
#include "core/demo/DemoData.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "core/storage/PlanStore.h"
#include "core/storage/ProgrammeStore.h"

#include <catch2/catch.hpp>

namespace {

struct Demo
{
    TempFolder folder;
    std::unique_ptr<Database> db;
    Demo()
    {
        db = openDatabase(folder.path(QStringLiteral("demo.db")));
        QString error;
        INFO(error.toStdString());
        REQUIRE(DemoData::populate(*db, &error));
    }
};

Case planCase(const Database& db)
{
    QString error;
    CaseOptions options;
    options.plan = true;
    const auto c = Cases::load(db, 1, options, &error);
    INFO(error.toStdString());
    REQUIRE(c);
    REQUIRE(c->plan);
    REQUIRE(c->analysis);
    return *c;
}

qint64 unitNamed(const Case& c, const QString& name)
{
    for (const auto& u : c.organizerUnits) {
        if (u.name == name)
            return u.id;
    }
    FAIL("no unit " << name.toStdString());
    return 0;
}

} // namespace

TEST_CASE("The case of a collaboration is read in one place: organizer, programme, Skolverket's details and the "
          "units in scope",
          "[cases]")
{
    Demo demo;
    QString error;
    ProgrammeStore programmes(*demo.db);
    auto party = programmes.party(1, &error);
    REQUIRE(party);
    party->telephone = QStringLiteral("08-527 330 00");
    REQUIRE(programmes.saveParty(*party, &error));

    const auto c = Cases::load(*demo.db, 1, {}, &error);
    INFO(error.toStdString());
    REQUIRE(c);
    CHECK(c->organizer.name == QStringLiteral("Ekbacka kommun"));
    CHECK(c->programme.name == QStringLiteral("Samverkan för bästa skola"));
    CHECK(c->programmeParty.organisationNumber == QStringLiteral("202100-4185"));
    CHECK(c->programmeParty.telephone == QStringLiteral("08-527 330 00"));
    QStringList inScope;
    for (const auto& u : c->unitsInScope())
        inScope << u.name;
    CHECK(inScope.size() == 3);
    CHECK(inScope.contains(QStringLiteral("Förskolan Solrosen")));
    CHECK_FALSE(c->plan);
    CHECK_FALSE(c->analysis);

    CaseOptions withAnalysis;
    withAnalysis.analysis = true;
    const auto analysed = Cases::load(*demo.db, 1, withAnalysis, &error);
    REQUIRE(analysed);
    REQUIRE(analysed->analysis);
    CHECK(analysed->analysis->unitId == 0);

    CHECK_FALSE(Cases::load(*demo.db, 999, {}, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("The ÖK 2 drafted from the demo plan states the plan's money to the krona", "[cases][agreement]")
{
    Demo demo;
    const Case c = planCase(*demo.db);
    QString error;
    const auto draft = Cases::draftAgreement(*demo.db, 1, AgreementKind::Interventions, &error);
    INFO(error.toStdString());
    REQUIRE(draft);
    CHECK(draft->id == 0); // drafted, not stored
    CHECK(draft->kind == AgreementKind::Interventions);
    CHECK(draft->interventions.size() == c.plan->interventions.size());
    CHECK(draft->totals().total == c.plan->totals().total);
    CHECK(draft->totals().perYear == c.plan->totals().perYear);
    CHECK(draft->agency.organisationNumber == c.programmeParty.organisationNumber);
    CHECK(draft->organizer.name == c.organizer.name);
    CHECK(draft->programmeName == c.programme.name);

    // The same draft from a case already loaded: what the generator and the demo do.
    const auto fromCase = Cases::draftAgreement(c, AgreementKind::Interventions, &error);
    REQUIRE(fromCase);
    CHECK(*fromCase == *draft);

    const auto ok1 = Cases::draftAgreement(c, AgreementKind::Cooperation, &error);
    REQUIRE(ok1);
    CHECK(ok1->interventions.isEmpty());
}

TEST_CASE("Starting an analysis picks the template by the unit's kind, opens on its first page and holds to the "
          "programme's minimum group size",
          "[cases][analysis]")
{
    Demo demo;
    QString error;
    const auto c = Cases::load(*demo.db, 1, {}, &error);
    REQUIRE(c);
    const qint64 preschool = unitNamed(*c, QStringLiteral("Förskolan Solrosen"));
    const qint64 school = unitNamed(*c, QStringLiteral("Strandängsskolan 7–9"));
    CHECK(Cases::analysisKindFor(*c, preschool) == AnalysisKind::Preschool);
    CHECK(Cases::analysisKindFor(*c, school) == AnalysisKind::School);
    CHECK(Cases::analysisKindFor(*c, 0) == AnalysisKind::School); // not every unit in scope is a preschool

    // A programme with a larger minimum group size than the default.
    Programme programme = c->programme;
    programme.minGroupSize = 12;
    REQUIRE(ProgrammeStore(*demo.db).save(programme, &error));

    const auto started = Cases::startAnalysis(*demo.db, 1, preschool, &error);
    INFO(error.toStdString());
    REQUIRE(started);
    CHECK(started->id > 0);
    CHECK(started->unitId == preschool);
    CHECK(started->kind == AnalysisKind::Preschool);
    const auto tmpl = AnalysisTemplate::newestFor(AnalysisKind::Preschool);
    REQUIRE(tmpl);
    CHECK(started->templateId == tmpl->id);
    CHECK(started->templateVersion == tmpl->version);
    CHECK(started->currentPage == tmpl->pages.first().id);
    const auto stored = AnalysisStore(*demo.db).current(1, preschool, &error);
    REQUIRE(stored);
    CHECK(stored->id == started->id);

    // The session and the stores validate against the programme's size, read with the case.
    const auto again = Cases::load(*demo.db, 1, {}, &error);
    REQUIRE(again);
    CHECK(again->programme.minGroupSize == 12);
    Analysis withVoice = *stored;
    PupilVoice voice;
    voice.groupSize = 8;
    voice.summary = QStringLiteral("Barnen vill vara ute mer.");
    withVoice.voices << voice;
    CHECK_FALSE(AnalysisStore(*demo.db).save(withVoice, again->programme.minGroupSize, &error));

    const auto schoolAnalysis = Cases::startAnalysis(*demo.db, 1, school, &error);
    REQUIRE(schoolAnalysis);
    CHECK(schoolAnalysis->kind == AnalysisKind::School);
    CHECK(schoolAnalysis->templateId == AnalysisTemplate::newestFor(AnalysisKind::School)->id);
}

TEST_CASE("The removal rule: an area with interventions is refused, a problem or cause in use is named with its "
          "interventions and its links, anything else is free",
          "[cases][plan]")
{
    Demo demo;
    const Case c = planCase(*demo.db);
    const Analysis& before = *c.analysis;
    const ActionPlan& plan = *c.plan;

    SECTION("an area with interventions")
    {
        REQUIRE_FALSE(before.areas.isEmpty());
        const DevelopmentArea area = before.areas.first();
        REQUIRE_FALSE(plan.usersOfArea(area.id).isEmpty());
        Analysis after = before;
        after.areas.removeFirst();
        const RemovalImpact impact = Cases::impactOfRemoving(before, after, plan);
        CHECK(impact.isRefused());
        REQUIRE(impact.refusedAreas.size() == 1);
        CHECK(impact.refusedAreas.first().text == area.title);
        CHECK(impact.refusedAreas.first().interventions == plan.usersOfArea(area.id));
    }
    SECTION("a problem in use")
    {
        qint64 used = 0;
        for (const auto& p : before.problems) {
            if (!plan.usersOfProblem(p.id).isEmpty()) {
                used = p.id;
                break;
            }
        }
        REQUIRE(used > 0);
        Analysis after = before;
        after.problems.removeIf([&](const Problem& p) { return p.id == used; });
        after.dropDanglingLinks();
        for (const auto& d : after.areas)
            CHECK_FALSE(d.problemIds.contains(used));
        const RemovalImpact impact = Cases::impactOfRemoving(before, after, plan);
        CHECK_FALSE(impact.isRefused());
        CHECK(impact.needsConsent());
        REQUIRE(impact.problemsInUse.size() == 1);
        CHECK(impact.problemsInUse.first().interventions == plan.usersOfProblem(used));
        int links = 0;
        for (const auto& i : plan.interventions)
            links += int(i.problemIds.count(used));
        CHECK(impact.linksToDrop.problems.size() == links);
        CHECK(impact.linksToDrop.causes.isEmpty());

        // One store call drops the links and the problem together; the reverse puts both back.
        QString error;
        Analysis removed = after;
        REQUIRE(
            AnalysisStore(*demo.db).save(removed, c.programme.minGroupSize, impact.linksToDrop, PlanLinks(), &error));
        const QSqlDatabase conn = demo.db->connection();
        CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM problem WHERE id = %1").arg(used)).toInt() == 0);
        CHECK(PlanStore(*demo.db).load(1)->usersOfProblem(used).isEmpty());
        Analysis restored = before;
        REQUIRE(
            AnalysisStore(*demo.db).save(restored, c.programme.minGroupSize, PlanLinks(), impact.linksToDrop, &error));
        CHECK(PlanStore(*demo.db).load(1)->usersOfProblem(used) == plan.usersOfProblem(used));

        // Without the unlink the database refuses, and nothing of the save is left.
        Analysis refused = after;
        CHECK_FALSE(AnalysisStore(*demo.db).save(refused, c.programme.minGroupSize, &error));
        CHECK(scalar(conn, QStringLiteral("SELECT count(*) FROM problem WHERE id = %1").arg(used)).toInt() == 1);
    }
    SECTION("a cause no intervention uses, and an unchanged analysis")
    {
        CHECK_FALSE(Cases::removesAnyPlannable(before, before));
        qint64 unused = 0;
        for (const auto& cause : before.causes) {
            if (plan.usersOfCause(cause.id).isEmpty())
                unused = cause.id;
        }
        if (unused == 0)
            return; // every cause of the demo is in use
        Analysis after = before;
        after.causes.removeIf([&](const Cause& cause) { return cause.id == unused; });
        CHECK(Cases::removesAnyPlannable(before, after));
        const RemovalImpact impact = Cases::impactOfRemoving(before, after, plan);
        CHECK_FALSE(impact.isRefused());
        CHECK_FALSE(impact.needsConsent());
        CHECK(impact.linksToDrop.isEmpty());
    }
}
