// Överenskommelser: the agreement on disk as it was written, the database refusing any
// change to a signed one (raw SQL, not only the store), the amendment chain, the copy of
// the plan that a later plan change leaves alone, and what validation says.
#include "tests/core/TestSupport.h"

#include "core/agreement/Agreement.h"
#include "core/demo/DemoData.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/ProgrammeStore.h"
#include "core/storage/Sql.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

struct Demo
{
    TempFolder folder;
    std::unique_ptr<Database> db;
};

std::unique_ptr<Demo> demo()
{
    auto d = std::make_unique<Demo>();
    d->db = openDatabase(d->folder.path(QStringLiteral("agreements.db")));
    QString error;
    INFO(error.toStdString());
    REQUIRE(DemoData::populate(*d->db, &error));
    return d;
}

/** Runs raw SQL past every store; returns the database's error text, empty when it succeeded. */
QString raw(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return QString();
    const QString text = q.lastError().text();
    return text.isEmpty() ? QStringLiteral("failed") : text;
}

Agreement newest(const Database& db, AgreementKind kind)
{
    QString error;
    const auto a = AgreementStore(db).newest(1, kind, &error);
    INFO(error.toStdString());
    REQUIRE(a);
    return *a;
}

/** Sends and signs `a` with a stand-in for the printed PDF. */
void sign(AgreementStore& store, Agreement& a, const QByteArray& pdf = QByteArrayLiteral("%PDF-1.4 signerad"))
{
    QString error;
    INFO(error.toStdString());
    REQUIRE(store.markSent(a, QDateTime(QDate(2026, 2, 20), QTime(9, 0)), &error));
    REQUIRE(store.markSigned(a, QDate(2026, 3, 2), QDate(2026, 2, 27), pdf, &error));
}

} // namespace

TEST_CASE("The demo has a signed ÖK 1 with its PDF's fingerprint and an ÖK 2 draft copied from the plan",
          "[agreement][storage]")
{
    const auto d = demo();
    QString error;
    const auto list = AgreementStore(*d->db).list(1, &error);
    REQUIRE(list.size() == 2);
    CHECK(list[0].kind == AgreementKind::Cooperation);
    CHECK(list[0].status == AgreementStatus::Signed);
    CHECK(list[0].signedOn == QDate(2025, 9, 1));
    CHECK(list[0].pdfSha256.size() == 64);
    CHECK(list[1].kind == AgreementKind::Interventions);
    CHECK(list[1].status == AgreementStatus::Draft);

    const Agreement ok2 = newest(*d->db, AgreementKind::Interventions);
    const auto plan = PlanStore(*d->db).load(1, &error);
    REQUIRE(plan);
    REQUIRE(ok2.interventions.size() == plan->interventions.size());
    for (int i = 0; i < plan->interventions.size(); ++i) {
        CHECK(ok2.interventions[i].title == plan->interventions[i].title);
        CHECK(ok2.interventions[i].sourceInterventionId == plan->interventions[i].id);
        CHECK(ok2.interventions[i].budget == plan->interventions[i].budget);
        CHECK_FALSE(ok2.interventions[i].areaTitle.isEmpty());
    }
    CHECK(ok2.totals().total == plan->totals().total);
    CHECK(ok2.agency.organisationNumber == QStringLiteral("202100-4185"));
    CHECK(ok2.agency.address == QStringLiteral("Box 4002, 171 04 Solna"));
    CHECK(ok2.organizer.organisationNumber == QStringLiteral("212000-9994"));
    CHECK(ok2.agency.diaryNumber == QStringLiteral("7.4.2-2025:1043"));
    CHECK(ok2.title.startsWith(QStringLiteral("Överenskommelse (ÖK 2) om samverkan mellan Skolverket och Ekbacka "
                                              "kommun avseende insatser")));
    QStringList keys;
    for (const auto& s : ok2.sections)
        keys << s.key;
    CHECK(keys
          == QStringList { QStringLiteral("parter"), QStringLiteral("bakgrund"), QStringLiteral("syfte"),
                           QStringLiteral("insatser"), QStringLiteral("skolverkets_ataganden"),
                           QStringLiteral("huvudmannens_ataganden"), QStringLiteral("finansiering"),
                           QStringLiteral("redovisning"), QStringLiteral("giltighetstid"), QStringLiteral("andringar"),
                           QStringLiteral("personuppgifter"), QStringLiteral("underskrifter") });
    CHECK(ok2.section(QStringLiteral("bakgrund"))->body.contains(QStringLiteral("U2019/03786/S")));
    CHECK(ok2.validateForSigning().isEmpty());
}

TEST_CASE("An agreement is stored and read back as it was written", "[agreement][storage]")
{
    const auto d = demo();
    AgreementStore store(*d->db);
    Agreement a = newest(*d->db, AgreementKind::Interventions);
    a.sections[2].body = QStringLiteral("Ny text.\n\n- en punkt\n- en till");
    a.sections.removeAt(10);
    a.reportDates.append({ 0, QDate(2027, 9, 30), QStringLiteral("Extra delredovisning") });
    a.interventions[1].budget = { { 2026, 1 }, { 2027, 999'999'999'999 } };
    a.interventions.removeLast();
    a.signatories[0].name = QStringLiteral("Åsa Öhman");
    QString error;
    INFO(error.toStdString());
    REQUIRE(store.save(a, &error));
    const auto back = store.load(a.id, &error);
    REQUIRE(back);
    Agreement expected = a;
    expected.createdAt = back->createdAt;
    expected.updatedAt = back->updatedAt;
    CHECK(*back == expected);
    CHECK(rowCount(d->db->connection(), QStringLiteral("agreement_intervention")) == 3);
}

TEST_CASE("A signed agreement, its sections and its interventions refuse every update and delete in the database",
          "[agreement][storage]")
{
    const auto d = demo();
    const Database& db = *d->db;
    const Agreement ok1 = newest(db, AgreementKind::Cooperation);
    REQUIRE(ok1.status == AgreementStatus::Signed);
    AgreementStore store(db);
    Agreement ok2 = newest(db, AgreementKind::Interventions);
    sign(store, ok2);
    REQUIRE(ok2.status == AgreementStatus::Signed);
    CHECK(ok2.pdfSha256 == AgreementStore::sha256(QByteArrayLiteral("%PDF-1.4 signerad")));

    for (qint64 id : { ok1.id, ok2.id }) {
        const QString n = QString::number(id);
        const QStringList refused = {
            QStringLiteral("UPDATE agreement SET title = 'ändrad' WHERE id = %1").arg(n),
            QStringLiteral("UPDATE agreement SET status = 'utkast' WHERE id = %1").arg(n),
            QStringLiteral("UPDATE agreement SET pdf_sha256 = NULL WHERE id = %1").arg(n),
            QStringLiteral("UPDATE agreement SET status = 'ersatt', period_end = '2030-01-01' WHERE id = %1").arg(n),
            QStringLiteral("DELETE FROM agreement WHERE id = %1").arg(n),
            QStringLiteral("UPDATE agreement_section SET body = 'ändrad' WHERE agreement_id = %1").arg(n),
            QStringLiteral("DELETE FROM agreement_section WHERE agreement_id = %1").arg(n),
            QStringLiteral("INSERT INTO agreement_section(agreement_id, position, key, heading, body, uuid) "
                           "VALUES (%1, 99, 'x', 'Ny', 'text', lower(hex(randomblob(16))))")
                .arg(n),
            QStringLiteral("UPDATE agreement_signatory SET name = 'Någon annan' WHERE agreement_id = %1").arg(n),
            QStringLiteral("DELETE FROM agreement_report_date WHERE agreement_id = %1").arg(n),
        };
        for (const QString& sql : refused) {
            INFO(sql.toStdString());
            CHECK(raw(db, sql).contains(QStringLiteral("signed")));
        }
    }
    const QString i = QString::number(ok2.interventions[0].id);
    for (const QString& sql :
         { QStringLiteral("UPDATE agreement_intervention SET title = 'ändrad' WHERE id = %1").arg(i),
           QStringLiteral("DELETE FROM agreement_intervention WHERE id = %1").arg(i),
           QStringLiteral("UPDATE agreement_budget SET amount_sek = 1 WHERE agreement_intervention_id = %1").arg(i),
           QStringLiteral("DELETE FROM agreement_budget WHERE agreement_intervention_id = %1").arg(i),
           QStringLiteral("INSERT INTO agreement_scan(agreement_id, bytes) VALUES (%1, x'00')").arg(ok2.id) }) {
        INFO(sql.toStdString());
        CHECK(raw(db, sql).contains(QStringLiteral("signed")));
    }
    // The refusal reaches the user translated, with the way out, not as the trigger's own text.
    QSqlQuery q(db.connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM agreement WHERE id = %1").arg(ok2.id)));
    CHECK(Sql::describe(q.lastError()).contains(QStringLiteral("amendment")));
    CHECK_FALSE(Sql::describe(q.lastError()).contains(QStringLiteral("the agreement is signed and cannot change")));
    // Nothing changed.
    QString error;
    CHECK(store.load(ok2.id, &error) == ok2);

    // The store refuses first, with a message that names the way out.
    Agreement changed = ok2;
    changed.title = QStringLiteral("ändrad");
    changed.status = AgreementStatus::Draft;
    CHECK_FALSE(store.save(changed, &error));
    CHECK(error.contains(QStringLiteral("amendment")));
    CHECK_FALSE(store.remove(ok2.id, &error));
    CHECK_FALSE(store.markSigned(changed, QDate(2026, 3, 2), QDate(2026, 3, 2), QByteArrayLiteral("x"), &error));
    CHECK(store.load(ok2.id, &error) == ok2);
}

TEST_CASE("An amendment of a signed ÖK 2 replaces it once signed, and the replaced one still cannot change",
          "[agreement][storage]")
{
    const auto d = demo();
    const Database& db = *d->db;
    AgreementStore store(db);
    QString error;
    INFO(error.toStdString());

    Agreement ok2 = newest(db, AgreementKind::Interventions);
    CHECK_FALSE(store.newAmendment(ok2.id, &error)); // a draft is changed, not amended
    CHECK_FALSE(error.isEmpty());
    CHECK(raw(db,
              QStringLiteral("INSERT INTO agreement(collaboration_id, kind, amends_id, title, programme_name, "
                             "agency_name, agency_short_name, agency_organisation_number, organizer_name, "
                             "organizer_short_name, organizer_organisation_number, uuid) VALUES (1, 'tillagg', %1, "
                             "'t', 'p', 'a', 'a', '202100-4185', 'o', 'o', '212000-9994', lower(hex(randomblob(16))))")
                  .arg(ok2.id))
              .contains(QStringLiteral("only a signed agreement")));
    sign(store, ok2);

    error.clear();
    auto amendment = store.newAmendment(ok2.id, &error);
    REQUIRE(amendment);
    CHECK(amendment->kind == AgreementKind::Amendment);
    CHECK(amendment->amendsId == ok2.id);
    CHECK(amendment->status == AgreementStatus::Draft);
    CHECK(amendment->title.startsWith(QStringLiteral("Tillägg till överenskommelse (ÖK 2)")));
    CHECK(amendment->title.contains(QStringLiteral("7.4.2-2025:1043")));
    CHECK(amendment->section(QStringLiteral("tillagg")));
    CHECK(amendment->interventions.size() == ok2.interventions.size());
    amendment->interventions[0].budget[0].amountSek += 50'000;
    REQUIRE(store.save(*amendment, &error));
    // The original is untouched by the amendment's draft.
    CHECK(store.load(ok2.id, &error)->interventions[0].budget == ok2.interventions[0].budget);

    sign(store, *amendment, QByteArrayLiteral("%PDF-1.4 tillägg"));
    CHECK(amendment->status == AgreementStatus::Signed);
    const auto replaced = store.load(ok2.id, &error);
    REQUIRE(replaced);
    CHECK(replaced->status == AgreementStatus::Replaced);
    CHECK(replaced->pdfSha256 == ok2.pdfSha256);
    CHECK(replaced->interventions == ok2.interventions);

    const QString n = QString::number(ok2.id);
    CHECK(raw(db, QStringLiteral("UPDATE agreement SET status = 'undertecknad' WHERE id = %1").arg(n))
              .contains(QStringLiteral("signed")));
    CHECK(raw(db, QStringLiteral("UPDATE agreement_section SET body = '' WHERE agreement_id = %1").arg(n))
              .contains(QStringLiteral("signed")));
    CHECK(raw(db, QStringLiteral("DELETE FROM agreement WHERE id = %1").arg(n)).contains(QStringLiteral("signed")));
    CHECK_FALSE(store.newAmendment(ok2.id, &error)); // amend the newest one
    // The chain goes on from the signed amendment.
    const auto second = store.newAmendment(amendment->id, &error);
    REQUIRE(second);
    CHECK(second->amendsId == amendment->id);
}

TEST_CASE("Validation says what is missing before an agreement can be sent or signed", "[agreement]")
{
    Agreement empty;
    CHECK_FALSE(empty.validate().isEmpty()); // no title
    QStringList fields;
    for (const auto& e : empty.validateForSigning())
        fields << e.field;
    for (const char* field : { "title", "parties", "diaryNumber", "period", "finalReport", "signatories" })
        CHECK(fields.contains(QLatin1String(field)));

    const auto d = demo();
    Agreement a = newest(*d->db, AgreementKind::Interventions);
    REQUIRE(a.validateForSigning().isEmpty());
    Agreement bad = a;
    bad.kind = AgreementKind::Amendment;
    bad.interventions[0].budget.append(bad.interventions[0].budget.first());
    bad.reportDates.append({ 0, a.periodEnd.addYears(1), QString() });
    bad.periodEnd = a.periodStart.addDays(-1);
    fields.clear();
    for (const auto& e : bad.validateForSigning())
        fields << e.field;
    CHECK(fields.contains(QStringLiteral("amends")));
    CHECK(fields.contains(QStringLiteral("budget")));
    CHECK(fields.contains(QStringLiteral("period")));
    CHECK(fields.contains(QStringLiteral("reports")));

    AgreementStore store(*d->db);
    QString error;
    CHECK_FALSE(store.save(bad, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(store.load(a.id, &error) == a);
    error.clear();
    CHECK_FALSE(store.markSigned(a, QDate(2026, 3, 2), QDate(2026, 3, 2), QByteArray(), &error));
    CHECK(error.contains(QStringLiteral("PDF")));
    CHECK(store.load(a.id, &error)->status == AgreementStatus::Draft);
}

TEST_CASE("A later change of the plan or the organizer leaves a signed agreement as it was", "[agreement][storage]")
{
    const auto d = demo();
    AgreementStore store(*d->db);
    Agreement ok2 = newest(*d->db, AgreementKind::Interventions);
    sign(store, ok2);

    QString error;
    INFO(error.toStdString());
    auto plan = PlanStore(*d->db).load(1, &error);
    REQUIRE(plan);
    plan->interventions[0].title = QStringLiteral("Ett nytt namn");
    plan->interventions[0].budget[0].amountSek = 1;
    plan->interventions.removeLast();
    REQUIRE(PlanStore(*d->db).save(*plan, &error));
    OrganizerStore organizers(*d->db);
    auto ekbacka = organizers.load(1, &error);
    REQUIRE(ekbacka);
    ekbacka->name = QStringLiteral("Nya Ekbacka kommun");
    REQUIRE(organizers.save(*ekbacka, &error));

    CHECK(store.load(ok2.id, &error) == ok2);
}

TEST_CASE("Skolverket's details are settings of the programme, with the defaults the schema inserts",
          "[agreement][storage]")
{
    TempFolder folder;
    auto db = openDatabase(folder.path(QStringLiteral("program.db")));
    ProgrammeStore store(*db);
    QString error;
    INFO(error.toStdString());
    const auto programme = store.defaultProgramme(&error);
    REQUIRE(programme);
    auto party = store.party(programme->id, &error);
    REQUIRE(party);
    CHECK(party->name == QStringLiteral("Statens skolverk"));
    CHECK(party->shortName == QStringLiteral("Skolverket"));
    CHECK(party->address.oneLine() == QStringLiteral("Box 4002, 171 04 Solna"));
    CHECK(party->telephone == QStringLiteral("08-527 332 00 (vx)"));
    CHECK(party->organisationNumber == QStringLiteral("202100-4185"));

    party->telephone = QStringLiteral("08-527 330 00");
    REQUIRE(store.saveParty(*party, &error));
    CHECK(store.party(programme->id, &error)->telephone == QStringLiteral("08-527 330 00"));
    party->organisationNumber = QStringLiteral("202100-4186"); // wrong check digit
    CHECK_FALSE(store.saveParty(*party, &error));

    Programme successor;
    successor.name = QStringLiteral("Riktade insatser för högre kunskapsresultat");
    REQUIRE(store.save(successor, &error));
    CHECK(store.party(successor.id, &error)->organisationNumber == QStringLiteral("202100-4185"));
}

TEST_CASE("A database of an earlier version gets Skolverket's details for the programmes it has",
          "[agreement][migration]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("schema-v1.db"));
    REQUIRE(QFile::copy(QStringLiteral(SKOLDIALOG_TEST_DATA "/schema-v1.db"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = openDatabase(path);
    QString error;
    INFO(error.toStdString());
    const auto programme = ProgrammeStore(*db).defaultProgramme(&error);
    REQUIRE(programme);
    const auto party = ProgrammeStore(*db).party(programme->id, &error);
    REQUIRE(party);
    CHECK(party->organisationNumber == QStringLiteral("202100-4185"));
    CHECK(party->address.oneLine() == QStringLiteral("Box 4002, 171 04 Solna"));
    CHECK(rowCount(db->connection(), QStringLiteral("agreement")) == 0);
}
