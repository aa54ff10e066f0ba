// Not a test: `ui_tests "[.screenshots]"` under a real X display (xvfb-run, QT_QPA_PLATFORM=xcb)
// paints the workspace's Uppföljning tab, every page of the progress report wizard and of the
// final report wizard at 1366×768 in Swedish into $SKOLDIALOG_FOLLOWUP_SHOTS (default docs/followup).
#include "FollowUpTestSupport.h"

#include "core/storage/FinalReportStore.h"
#include "core/storage/MeasurementStore.h"
#include "core/storage/PlanStore.h"
#include "ui/followup/FinalReportWizard.h"
#include "ui/followup/FollowUpPanel.h"
#include "ui/followup/ProgressReportWizard.h"
#include "ui/workspace/CollaborationPage.h"
#include "ui/workspace/MainWindow.h"

#include <catch2/catch.hpp>

#include <QTabWidget>
#include <QTest>

using namespace FollowUpTest;

namespace {

/** Report 1 half written, in real-length Swedish, and a few measurements: what a team has after a term. */
qint64 writeSomething(Database& db)
{
    QString error;
    auto plan = PlanStore(db).load(kCollaboration, &error);
    REQUIRE(plan);
    int n = 0;
    for (const auto& i : plan->interventions) {
        for (const auto& ind : i.indicators) {
            if (!ind.baseline)
                continue;
            const double step = ind.target && *ind.target < *ind.baseline ? -1.5 : 2.0;
            for (int k = 0; k < 3; ++k) {
                Measurement m;
                m.indicatorId = ind.id;
                m.value = *ind.baseline + step * (k + 1) - (n % 2) * 1.0;
                m.measuredOn = QDate(2026, 2 + 2 * k, 15);
                m.sourceText = QStringLiteral("Skolans egen sammanställning");
                REQUIRE(MeasurementStore(db).save(m, &error));
            }
            ++n;
        }
    }
    const qint64 id = startReport(db, 1);
    ProgressReport r = storedReport(db, id);
    for (int k = 0; k < r.interventions.size(); ++k) {
        auto& i = r.interventions[k];
        if (!i.goals.isEmpty())
            i.goals[0].improvements = QStringLiteral(
                "Lärarna i åk 4–6 planerar nu lektionerna tillsammans varannan vecka, och andelen elever med minst E "
                "i matematik har ökat från 71 till 78 procent sedan förra läsåret. Målet är nått till ungefär "
                "hälften.");
        i.goalsNotReached = QStringLiteral("Målet för åk 9 nås inte ännu: två lärare slutade under hösten och "
                                           "FoU-teamet kom i gång först i december.");
        i.rating = k == 1 ? InterventionRating::AtRisk : InterventionRating::OnPlan;
        if (k == 1)
            i.ratingReason = QStringLiteral("Två av fem lärare slutade i december; insatsen startar om i februari "
                                            "med de nya lärarna och en extra handledningsträff.");
        i.nextSteps = QStringLiteral("Rektorerna följer upp på ledningsgruppen i mars.");
    }
    r.nextSteps = QStringLiteral("Ny start för FoU-teamet i februari; uppföljning på dialogmötet i mars.");
    Deviation d;
    d.kind = DeviationKind::Schedule;
    d.agreedInterventionUuid = r.interventions.first().agreedInterventionUuid;
    d.interventionTitle = r.interventions.first().title;
    d.description = QStringLiteral("Starten flyttades från januari till februari 2026.");
    d.explanation = QStringLiteral("Lärarbytena krävde en ny introduktion innan det kollegiala lärandet kunde börja.");
    d.confirmed = true;
    r.deviations << d;
    REQUIRE(ProgressReportStore(db).saveDraft(r, &error));
    return id;
}

void shootWizard(WizardFrame& wizard, const QString& dir, const QString& prefix, const QStringList& names)
{
    wizard.setGeometry(0, 0, 1366, 768);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    for (int i = 0; i < wizard.pageCount() && i < names.size(); ++i) {
        wizard.setCurrentIndex(i);
        shootScreen(dir, QStringLiteral("%1-%2-%3.png").arg(prefix).arg(i + 1, 2, 10, QLatin1Char('0')).arg(names[i]));
    }
    wizard.hide();
}

} // namespace

TEST_CASE("Screenshots of the follow-up tab and the report wizards", "[.screenshots]")
{
    const QString dir = prepareScreenshots("SKOLDIALOG_FOLLOWUP_SHOTS", QStringLiteral("docs/followup"));

    TestDatabase t(true);
    Database& db = *t.db;
    signOk2(db);
    const qint64 reportId = writeSomething(db);
    MainWindow window(std::move(t.db));
    window.setGeometry(0, 0, 1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openCollaboration(kCollaboration));
    auto* tabs = window.collaborationPage()->tabs();
    tabs->setCurrentWidget(window.collaborationPage()->followUpPanel());
    shootScreen(dir, QStringLiteral("00-arbetsyta-uppfoljning.png"));

    {
        ProgressReportWizard wizard(db, reportId, &window);
        REQUIRE(wizard.isValid());
        shootWizard(wizard, dir, QStringLiteral("delredovisning"),
                    { QStringLiteral("insatser"), QStringLiteral("bedomning"), QStringLiteral("indikatorer"),
                      QStringLiteral("nasta-steg"), QStringLiteral("avsteg"), QStringLiteral("granskning") });
    }

    QString error;
    auto final = Cases::draftFinalReport(db, kCollaboration, &error);
    REQUIRE(final);
    for (auto& a : final->areas) {
        a.outcome = AreaOutcome::PartlyReached;
        a.reason = QStringLiteral("Resultaten i åk 6 har förbättrats, men målen för åk 9 är inte nådda.");
        a.continuation = QStringLiteral("Rektorerna leder det kollegiala lärandet vidare i ordinarie "
                                        "ämneslagstid, och huvudmannen följer upp det i kvalitetsrapporten varje år.");
    }
    final->synthesis = QStringLiteral("Samverkan har gett huvudmannen en gemensam struktur för att följa upp "
                                      "resultaten på alla nivåer.");
    REQUIRE(FinalReportStore(db).saveDraft(*final, &error));
    FinalReportWizard wizard(db, final->id, &window);
    REQUIRE(wizard.isValid());
    shootWizard(wizard, dir, QStringLiteral("slutredovisning"),
                { QStringLiteral("omraden"), QStringLiteral("syntes"), QStringLiteral("historik"),
                  QStringLiteral("granskning") });
}
