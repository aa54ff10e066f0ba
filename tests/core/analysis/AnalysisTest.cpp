// Nulägesanalys: templates as data, the minimum group for pupils' voices, the
// problem–cause–evidence chain on disk, and an established analysis as a record.
#include "tests/core/TestSupport.h"

#include "core/analysis/AnalysisTemplate.h"
#include "core/demo/DemoData.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace {

Analysis sampleAnalysis()
{
    Analysis a;
    a.collaborationId = 1;
    a.kind = AnalysisKind::School;
    a.templateId = QStringLiteral("nulagesanalys-skola");
    a.templateVersion = 1;
    a.participants = { { QStringLiteral("Johan Eriksson"), QStringLiteral("Rektor"), QString() } };
    a.answers.insert(QStringLiteral("scope.process"), QStringLiteral("Sex träffar med skolteamet."));
    a.results = { { QStringLiteral("averageGradesMeritRating9thGrade"), QStringLiteral("2023/24"), 201.5, QString() },
                  { QStringLiteral("averageGradesMeritRating9thGrade"), QStringLiteral("2024/25"), std::nullopt,
                    QStringLiteral("..") } };
    a.evidence
        = { { 0, QStringLiteral("skolenkaten"), QStringLiteral("Skolenkäten åk 8, 2025"),
              QStringLiteral("Låg trygghet i klassrummet."), QDate(2025, 4, 1) },
            { 0, QStringLiteral("observation"), QStringLiteral("Lektionsbesök i matematik"), QString(), QDate() } };
    PupilVoice voice;
    voice.method = QStringLiteral("gruppintervju");
    voice.group = QStringLiteral("åk 8");
    voice.groupSize = 12;
    voice.summary = QStringLiteral("Eleverna vill ha tydligare mål.");
    voice.themes = { { QStringLiteral("Stökigt i klassrummet"), 8 } };
    voice.quotes = { QStringLiteral("Man vet inte vad som krävs för ett C.") };
    a.voices = { voice };
    a.causes
        = { { 0, CauseArea::Teaching, DecisionLevel::Teaching, QStringLiteral("Undervisningen anpassas sällan.") },
            { 0, CauseArea::FollowUp, DecisionLevel::Organizer, QStringLiteral("Resultat följs upp en gång per år.") },
            { 0, CauseArea::Organisation, DecisionLevel::Principal,
              QStringLiteral("Ingen tid för kollegialt lärande.") } };
    return a;
}

} // namespace

TEST_CASE("The built-in templates load, and skola and förskola are different", "[analysis][template]")
{
    QString error;
    const auto school = AnalysisTemplate::newestFor(AnalysisKind::School, &error);
    const auto preschool = AnalysisTemplate::newestFor(AnalysisKind::Preschool, &error);
    INFO(error.toStdString());
    REQUIRE(school);
    REQUIRE(preschool);
    CHECK(school->id == QStringLiteral("nulagesanalys-skola"));
    CHECK(school->version == 1);
    const TemplatePage* results = school->firstPage(TemplatePage::Kind::Results);
    REQUIRE(results);
    CHECK(school->indicator(QStringLiteral("averageGradesMeritRating9thGrade")));
    CHECK_FALSE(preschool->indicator(QStringLiteral("averageGradesMeritRating9thGrade")));
    CHECK(preschool->indicator(QStringLiteral("ratioOfStaffWithPedagogicalTraining")));
    CHECK(preschool->firstPage(TemplatePage::Kind::Voices)->title == QStringLiteral("Barnens perspektiv"));
    CHECK(school->choiceLabel(QStringLiteral("skolenkaten")) == QStringLiteral("Skolenkäten"));
    CHECK(AnalysisTemplate::builtIn(QStringLiteral("nulagesanalys-skola"), 1, &error));
    CHECK_FALSE(AnalysisTemplate::builtIn(QStringLiteral("nulagesanalys-skola"), 99, &error));
}

TEST_CASE("A broken template names its file and its fault", "[analysis][template]")
{
    const auto fault = [](const char* json) {
        QString error;
        const auto t = AnalysisTemplate::fromJson(QByteArray(json), QStringLiteral("egen-mall.json"), &error);
        CHECK_FALSE(t);
        CHECK(error.contains(QStringLiteral("egen-mall.json")));
        return error;
    };
    CHECK(fault("{\"id\": \"x\",\n \"version\": 1,\n \"kind\": \"skola\" \"title\": 1}").contains(QStringLiteral("3")));
    CHECK(fault("[1, 2]").contains(QStringLiteral("object")));
    CHECK(
        fault(R"({"id":"x","version":0,"kind":"skola","title":"T","pages":[{"id":"a","kind":"summary","title":"S"}]})")
            .contains(QStringLiteral("version")));
    CHECK(
        fault(
            R"({"id":"x","version":1,"kind":"gymnasium","title":"T","pages":[{"id":"a","kind":"summary","title":"S"}]})")
            .contains(QStringLiteral("kind")));
    CHECK(fault(R"({"id":"x","version":1,"kind":"skola","title":"T","pages":[]})").contains(QStringLiteral("pages")));
    CHECK(fault(R"({"id":"x","version":1,"kind":"skola","title":"T","pages":[{"id":"a","kind":"summary","title":"S"},
                 {"id":"b","kind":"summary","title":"S"},{"kind":"summary","title":"S"}]})")
              .contains(QStringLiteral("page 3")));
    CHECK(fault(R"({"id":"x","version":1,"kind":"skola","title":"T","pages":[{"id":"a","kind":"graphs","title":"S"}]})")
              .contains(QStringLiteral("graphs")));
    CHECK(
        fault(R"({"id":"x","version":1,"kind":"skola","title":"T","pages":[{"id":"a","kind":"results","title":"S"}]})")
            .contains(QStringLiteral("indicators")));
    CHECK(fault(R"({"id":"x","version":1,"kind":"skola","title":"T","pages":[{"id":"a","kind":"summary","title":"S"},
                 {"id":"a","kind":"summary","title":"S"}]})")
              .contains(QStringLiteral("\"a\"")));
}

TEST_CASE("Pupils' voices from a group below the minimum are refused and not written", "[analysis][privacy]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("röster.db")));
    QString error;
    REQUIRE(DemoData::populate(*db, &error));
    Analysis a = sampleAnalysis();
    a.voices[0].groupSize = 4;
    a.voices[0].themes = { { QStringLiteral("Stökigt"), 2 } };
    // The demo has its own analysis; nothing may be added to it.
    const int before = rowCount(db->connection(), QStringLiteral("analysis"));
    CHECK_FALSE(AnalysisStore(*db).save(a, 5, &error));
    CHECK(error.contains(QStringLiteral("5")));
    CHECK(a.id == 0);
    CHECK(rowCount(db->connection(), QStringLiteral("analysis")) == before);
    a.voices[0].groupSize = 5;
    CHECK(AnalysisStore(*db).save(a, 5, &error));
}

TEST_CASE("Problems, causes, evidence and areas come back linked as they were saved", "[analysis][storage]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("kedja.db"));
    Analysis saved;
    {
        auto db = openDatabase(path);
        QString error;
        REQUIRE(DemoData::populate(*db, &error));
        AnalysisStore store(*db);
        Analysis a = sampleAnalysis();
        REQUIRE(store.save(a, 5, &error)); // causes and evidence get their ids
        a.problems = { { 0,
                         QStringLiteral("Låga resultat i matematik åk 7–9"),
                         { a.causes[0].id, a.causes[2].id },
                         { a.evidence[1].id } },
                       { 0, QStringLiteral("Otrygghet i klassrummen"), { a.causes[1].id }, { a.evidence[0].id } } };
        REQUIRE(store.save(a, 5, &error));
        a.areas = { { 0, QStringLiteral("Undervisningens kvalitet i matematik"), QString(), { a.problems[0].id } },
                    { 0, QStringLiteral("Studiero och trygghet"), QString(), { a.problems[1].id } } };
        INFO(error.toStdString());
        REQUIRE(store.save(a, 5, &error));
        saved = a;
    }
    auto db = openDatabase(path);
    QString error;
    const auto loaded = AnalysisStore(*db).load(saved.id, &error);
    REQUIRE(loaded);
    CHECK(*loaded == saved);
    CHECK(loaded->results[1].marker == QStringLiteral(".."));
    CHECK_FALSE(loaded->results[1].value);

    // Take out a cause and its links: the others keep their ids.
    Analysis edited = *loaded;
    const qint64 removedCause = edited.causes[2].id;
    const qint64 keptProblem = edited.problems[0].id;
    edited.causes.removeAt(2);
    edited.problems[0].causeIds.removeAll(removedCause);
    REQUIRE(AnalysisStore(*db).save(edited, 5, &error));
    const auto again = AnalysisStore(*db).load(saved.id, &error);
    REQUIRE(again);
    CHECK(*again == edited);
    CHECK(again->problems[0].id == keptProblem);
    // Reordering the areas is their priority.
    std::swap(edited.areas[0], edited.areas[1]);
    REQUIRE(AnalysisStore(*db).save(edited, 5, &error));
    CHECK(AnalysisStore(*db).load(saved.id, &error)->areas[0].title == QStringLiteral("Studiero och trygghet"));
}

TEST_CASE("A link to a cause the analysis does not have is refused", "[analysis][storage]")
{
    Analysis a = sampleAnalysis();
    a.problems = { { 0, QStringLiteral("Problem"), { 424242 }, {} } };
    CHECK_FALSE(a.validate(5).isEmpty());
}

TEST_CASE("An established analysis is a record: the database refuses changes, a new version copies it",
          "[analysis][storage]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("faststalld.db")));
    QString error;
    REQUIRE(DemoData::populate(*db, &error));
    AnalysisStore store(*db);
    Analysis a = sampleAnalysis();
    REQUIRE(store.save(a, 5, &error));

    CHECK_FALSE(store.setStatus(a, AnalysisStatus::Done, QStringLiteral("Karin Sandberg"), 5, &error));
    CHECK(error.contains(QStringLiteral("problem")));

    a.problems = { { 0, QStringLiteral("Låga resultat"), { a.causes[0].id }, { a.evidence[0].id } } };
    REQUIRE(store.save(a, 5, &error));
    a.areas = { { 0, QStringLiteral("Undervisningens kvalitet"), QString(), { a.problems[0].id } } };
    REQUIRE(store.save(a, 5, &error));
    REQUIRE(store.setStatus(a, AnalysisStatus::Done, QStringLiteral("Karin Sandberg"), 5, &error));
    REQUIRE(store.setStatus(a, AnalysisStatus::Established, QStringLiteral("Per Nilsson"), 5, &error));
    CHECK(a.statusBy == QStringLiteral("Per Nilsson"));
    CHECK(a.statusAt.isValid());

    Analysis changed = a;
    changed.summary = QStringLiteral("Ändrad i efterhand");
    CHECK_FALSE(store.save(changed, 5, &error));
    CHECK(error.contains(QStringLiteral("new version")));
    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE cause SET description = 'x' WHERE analysis_id = %1").arg(a.id)));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM problem WHERE analysis_id = %1").arg(a.id)));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE analysis SET summary = 'x' WHERE id = %1").arg(a.id)));
    // The trigger's refusal reaches the user translated, saying what to do, not as the trigger's text.
    CHECK(Sql::describe(q.lastError()).contains(QStringLiteral("new version")));
    CHECK_FALSE(Sql::describe(q.lastError()).contains(QStringLiteral("the analysis is established and cannot change")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM analysis WHERE id = %1").arg(a.id)));

    const auto next = store.newVersion(a, &error);
    INFO(error.toStdString());
    REQUIRE(next);
    CHECK(next->version == 2);
    CHECK(next->previousId == a.id);
    CHECK(next->status == AnalysisStatus::Draft);
    REQUIRE(next->problems.size() == 1);
    CHECK(next->problems[0].id != a.problems[0].id);
    REQUIRE(next->problems[0].causeIds.size() == 1);
    CHECK(next->cause(next->problems[0].causeIds[0])->description == a.causes[0].description);
    CHECK(next->areas[0].problemIds == QList<qint64> { next->problems[0].id });
    CHECK(*store.load(a.id, &error) == a); // the established one is untouched
    const auto current = store.current(1, 0, &error);
    REQUIRE(current);
    CHECK(current->id == next->id);
}
