// The national data generator at small scale: deterministic, valid, and readable by the stores.
#include "tests/core/TestSupport.h"

#include "core/generate/NationalData.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingStore.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/SchoolUnitStore.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include "core/storage/AnalysisStore.h"
#include "core/storage/PlanStore.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace {

/** Every name in the file, in id order, hashed: the same seed must give the same data. */
QByteArray namesChecksum(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : { "SELECT name || organisation_number FROM organizer ORDER BY id",
                             "SELECT code || name || organizer_id FROM school_unit ORDER BY id",
                             "SELECT name FROM collaboration_contact ORDER BY id",
                             "SELECT starts_at || coalesce(notes, '') FROM meeting ORDER BY id",
                             "SELECT name FROM meeting_participant ORDER BY id",
                             "SELECT school_unit_id || indicator || period || coalesce(value, '') || "
                             "coalesce(marker, '') FROM unit_statistic" }) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QString::fromLatin1(sql)));
        while (q.next())
            hash.addData(q.value(0).toString().toUtf8());
    }
    return hash.result().toHex();
}

struct Generated
{
    TempFolder folder;
    std::unique_ptr<Database> db;
    NationalData::Counts counts;

    explicit Generated(quint64 seed, const char* name = "nationell.db")
    {
        db = openDatabase(folder.path(QString::fromLatin1(name)));
        QString error;
        INFO(error.toStdString());
        REQUIRE(NationalData::generate(*db, NationalData::Scale::Small, seed, &counts, &error));
    }
};

} // namespace

TEST_CASE("The generator gives the same data for the same seed", "[generate]")
{
    Generated first(42);
    Generated second(42);
    Generated other(43);
    const auto sizes = NationalData::sizes(NationalData::Scale::Small);

    CHECK(first.counts.organizers == sizes.municipalities + sizes.privateOrganizers);
    CHECK(first.counts.units == sizes.units);
    CHECK(first.counts.collaborations == sizes.collaborations);
    CHECK(first.counts.meetings == sizes.meetings);
    CHECK(first.counts.statistics == qint64(sizes.units) * NationalData::indicators().size() * sizes.schoolYears);
    CHECK(rowCount(first.db->connection(), QStringLiteral("meeting")) == sizes.meetings);
    CHECK(rowCount(first.db->connection(), QStringLiteral("unit_statistic")) == first.counts.statistics);
    // An analysis for every collaboration from phase 3 on, with its chain of problems, causes and areas.
    QSqlQuery phases(first.db->connection());
    REQUIRE(phases.exec(QStringLiteral("SELECT count(*), sum(phase > 3) FROM collaboration WHERE phase >= 3")));
    REQUIRE(phases.next());
    CHECK(first.counts.analyses == phases.value(0).toInt());
    CHECK(first.counts.analyses > 0);
    CHECK(rowCount(first.db->connection(), QStringLiteral("analysis")) == first.counts.analyses);
    QSqlQuery established(first.db->connection());
    REQUIRE(established.exec(QStringLiteral("SELECT count(*) FROM analysis WHERE status = 'faststalld'")));
    REQUIRE(established.next());
    CHECK(established.value(0).toInt() == phases.value(1).toInt());
    QString error;
    const auto sample
        = AnalysisStore(*first.db).current(rowCount(first.db->connection(), QStringLiteral("analysis")) > 0
                                               ? AnalysisStore(*first.db).load(1, &error)->collaborationId
                                               : 0,
                                           0, &error);
    REQUIRE(sample);
    CHECK(sample->problems.size() == 2);
    CHECK(sample->areas[0].problemIds == QList<qint64> { sample->problems[0].id });
    CHECK(sample->validate(5, true).isEmpty());

    // An action plan for every collaboration from phase 4 on, 2–5 interventions per area, all valid.
    CHECK(first.counts.plans == phases.value(1).toInt());
    CHECK(first.counts.plans > 0);
    CHECK(rowCount(first.db->connection(), QStringLiteral("action_plan")) == first.counts.plans);
    QSqlQuery perArea(first.db->connection());
    REQUIRE(perArea.exec(QStringLiteral("SELECT min(n), max(n) FROM (SELECT count(*) AS n FROM intervention "
                                        "GROUP BY action_plan_id, development_area_id)")));
    REQUIRE(perArea.next());
    CHECK(perArea.value(0).toInt() >= 2);
    CHECK(perArea.value(1).toInt() <= 5);
    CHECK(scalar(first.db->connection(),
                 QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM intervention "
                                "GROUP BY action_plan_id, development_area_id, title HAVING count(*) > 1)"))
              .toInt()
          == 0);
    QSqlQuery planned(first.db->connection());
    REQUIRE(planned.exec(QStringLiteral("SELECT collaboration_id FROM action_plan ORDER BY id LIMIT 1")));
    REQUIRE(planned.next());
    const auto plan = PlanStore(*first.db).load(planned.value(0).toLongLong(), &error);
    REQUIRE(plan);
    const auto planAnalysis = AnalysisStore(*first.db).load(plan->analysisId, &error);
    REQUIRE(planAnalysis);
    CHECK(planAnalysis->status == AnalysisStatus::Established);
    CHECK(plan->totals().total > 0);
    CHECK(plan->warnings(*planAnalysis, QDate(), QDate()).isEmpty());

    // An ÖK 1 for every collaboration from phase 2, complete enough to be sent; an ÖK 2 from every plan,
    // holding the plan's interventions and its money to the krona.
    CHECK(scalar(first.db->connection(),
                 QStringLiteral("SELECT count(*) FROM agreement WHERE kind = 'ok1' AND "
                                "status = 'skickad'"))
              .toInt()
          == scalar(first.db->connection(), QStringLiteral("SELECT count(*) FROM collaboration WHERE phase >= 2"))
                 .toInt());
    CHECK(scalar(first.db->connection(), QStringLiteral("SELECT count(*) FROM agreement WHERE kind = 'ok2'")).toInt()
          == first.counts.plans);
    CHECK(first.counts.agreements == rowCount(first.db->connection(), QStringLiteral("agreement")));
    CHECK(scalar(first.db->connection(),
                 QStringLiteral("SELECT (SELECT sum(amount_sek) FROM agreement_budget) = "
                                "(SELECT sum(amount_sek) FROM intervention_budget)"))
              .toInt()
          == 1);

    for (const char* table : { "organizer",
                               "school_unit",
                               "school_unit_form",
                               "collaboration",
                               "phase_change",
                               "collaboration_unit",
                               "collaboration_contact",
                               "meeting",
                               "meeting_participant",
                               "decision",
                               "action_item",
                               "unit_statistic",
                               "analysis",
                               "cause",
                               "problem",
                               "problem_cause",
                               "development_area",
                               "action_plan",
                               "intervention",
                               "intervention_budget",
                               "agreement",
                               "agreement_intervention",
                               "agreement_budget" }) {
        INFO(table);
        CHECK(rowCount(first.db->connection(), QString::fromLatin1(table))
              == rowCount(second.db->connection(), QString::fromLatin1(table)));
    }
    const QByteArray checksum = namesChecksum(first.db->connection());
    CHECK(checksum == namesChecksum(second.db->connection()));
    CHECK(checksum != namesChecksum(other.db->connection()));
}

TEST_CASE("Generated organizers and units pass the core validation", "[generate]")
{
    Generated g(7);
    const auto organizers = OrganizerStore(*g.db).list();
    REQUIRE(organizers.size() == g.counts.organizers);
    int municipal = 0;
    for (const Organizer& o : organizers) {
        INFO(o.name.toStdString() << " " << o.organisationNumber.toStdString());
        const auto number = Validation::organisationNumber(o.organisationNumber);
        CHECK(number.ok);
        CHECK(number.normalized == o.organisationNumber);
        CHECK(Validation::municipalityCode(o.municipalityCode).ok);
        CHECK(o.validate().isEmpty());
        if (o.type == OrganizerType::Municipal) {
            ++municipal;
            CHECK(o.name.endsWith(QStringLiteral(" kommun")));
            CHECK(o.organisationNumber.startsWith(QStringLiteral("2120")));
        } else {
            CHECK((o.name.endsWith(QStringLiteral(" AB")) || o.name.startsWith(QStringLiteral("Stiftelsen "))));
        }
        // Loading with contacts, as the organizer dialog does, and saving back unchanged works.
        auto loaded = OrganizerStore(*g.db).load(o.id);
        REQUIRE(loaded);
        CHECK(loaded->validate().isEmpty());
    }
    CHECK(municipal == NationalData::sizes(NationalData::Scale::Small).municipalities);

    const auto units = SchoolUnitStore(*g.db).list();
    REQUIRE(units.size() == g.counts.units);
    QSet<QString> codes;
    for (const SchoolUnit& u : units) {
        INFO(u.name.toStdString() << " " << u.code.toStdString());
        CHECK(Validation::schoolUnitCode(u.code).ok);
        CHECK(u.validate().isEmpty());
        codes.insert(u.code);
    }
    CHECK(codes.size() == units.size());

    QSqlQuery q(g.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM unit_statistic WHERE indicator NOT IN ('%1')")
                       .arg(NationalData::indicators().join(QStringLiteral("', '")))));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(
        QStringLiteral("SELECT count(*) FROM unit_statistic WHERE marker IN ('.', '..') AND value IS NOT NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0); // a missing or suppressed value has no number
    REQUIRE(q.exec(QStringLiteral("SELECT count(DISTINCT marker) FROM unit_statistic")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() >= 3);
    CHECK(scalar(g.db->connection(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
}

TEST_CASE("The stores load a generated collaboration and its meetings", "[generate]")
{
    Generated g(3);
    CollaborationStore collaborations(*g.db);
    const auto summaries = collaborations.list();
    REQUIRE(summaries.size() == g.counts.collaborations);
    QSet<int> phases;
    for (const auto& s : summaries)
        phases.insert(s.phase);
    CHECK(phases.size() == 6); // every phase is represented

    int meetings = 0;
    for (const auto& s : summaries) {
        QString error;
        const auto c = collaborations.load(s.id, &error);
        INFO(error.toStdString());
        REQUIRE(c);
        CHECK(c->validate().isEmpty());
        CHECK_FALSE(c->unitIds.isEmpty());
        CHECK(c->dialogueTeam.size() >= 2);
        CHECK(c->phaseHistory.size() == c->phase);
        CHECK(c->phaseHistory.back().phase == c->phase);
        const auto list = MeetingStore(*g.db).list(s.id, &error);
        for (const Meeting& m : list) {
            INFO(m.id);
            CHECK(m.validate().isEmpty());
            CHECK(m.start.isValid());
            CHECK(m.participants.size() >= 3);
        }
        meetings += list.size();
    }
    CHECK(meetings == g.counts.meetings);

    // A generated meeting saves through the store like any other: the data is what the store writes.
    MeetingStore store(*g.db);
    auto meeting = store.load(1);
    REQUIRE(meeting);
    meeting->notes += QStringLiteral(" Ändrad.");
    QString error;
    REQUIRE(store.save(*meeting, &error));
    CHECK(store.load(1)->notes == meeting->notes);
}

TEST_CASE("The generator refuses a database that already has organizers", "[generate]")
{
    Generated g(1);
    NationalData::Counts counts;
    QString error;
    CHECK_FALSE(NationalData::generate(*g.db, NationalData::Scale::Small, 1, &counts, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(rowCount(g.db->connection(), QStringLiteral("organizer")) == g.counts.organizers);
}
