// What the action plan's links mean elsewhere: the analysis wizard asks before it
// removes a problem or cause an intervention uses and refuses to remove an area that
// has interventions; the workspace tab starts the plan or says why it cannot.
#include "PlanTestSupport.h"

#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "core/storage/PlanStore.h"
#include "ui/analysis/AnalysisPage.h"
#include "ui/analysis/AnalysisWizard.h"
#include "ui/analysis/AreasEditor.h"
#include "ui/analysis/CausesEditor.h"
#include "ui/plan/PlanPanel.h"
#include "ui/plan/PlanWizard.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/workspace/CollaborationPage.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace PlanTest;

TEST_CASE("In the analysis wizard, removing a cause an intervention uses asks first; no keeps it, yes removes it with "
          "the link, and one undo brings both back",
          "[ui][plan][analysis]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const ActionPlan plan = storedPlan(db);
    const Analysis analysis = planAnalysis(db);
    REQUIRE_FALSE(analysis.isReadOnly());
    const Cause used = analysis.causes.at(1); // the demo's follow-up intervention works on it
    const QStringList users = plan.usersOfCause(used.id);
    REQUIRE(users.size() == 1);
    const QString causeCount = QStringLiteral("SELECT count(*) FROM cause WHERE id = %1").arg(used.id);
    const QString linkCount
        = QStringLiteral("SELECT count(*) FROM intervention_cause WHERE cause_id = %1").arg(used.id);

    AnalysisWizard wizard(db, analysis.id);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CausesEditor* causes = nullptr;
    for (int i = 0; i < wizard.pageCount(); ++i) {
        if (auto* c = qobject_cast<CausesEditor*>(wizard.page(i)->editor())) {
            wizard.setCurrentIndex(i);
            causes = c;
        }
    }
    REQUIRE(causes);
    const int rows = causes->list()->count();

    causes->list()->setCurrentRow(1);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(causes->removeButton(), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(users.first()));
    CHECK(causes->list()->count() == rows);
    CHECK(readFromFile(t.path, causeCount).toInt() == 1);
    CHECK(readFromFile(t.path, linkCount).toInt() == 1);

    causes->list()->setCurrentRow(1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(causes->removeButton(), Qt::LeftButton);
    CHECK(causes->list()->count() == rows - 1);
    CHECK(readFromFile(t.path, causeCount).toInt() == 0);
    CHECK(readFromFile(t.path, linkCount).toInt() == 0);
    CHECK_FALSE(wizard.messageLabel()->text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
    CHECK_FALSE(MessageBox::lastText().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
    CHECK(storedPlan(db).usersOfCause(used.id).isEmpty());

    // One undo brings back the cause and the intervention's link to it.
    wizard.undo();
    CHECK(readFromFile(t.path, causeCount).toInt() == 1);
    CHECK(readFromFile(t.path, linkCount).toInt() == 1);
    CHECK(storedPlan(db).usersOfCause(used.id) == users);
    CHECK(causes->list()->count() == rows);
    wizard.redo();
    CHECK(readFromFile(t.path, causeCount).toInt() == 0);
    CHECK(readFromFile(t.path, linkCount).toInt() == 0);
}

TEST_CASE("In the analysis wizard, removing a development area the plan's interventions belong to is refused, naming "
          "them",
          "[ui][plan][analysis]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const ActionPlan plan = storedPlan(db);
    const Analysis analysis = planAnalysis(db);
    const DevelopmentArea area = analysis.areas.at(0);
    AnalysisWizard wizard(db, analysis.id);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    AreasEditor* areas = nullptr;
    for (int i = 0; i < wizard.pageCount(); ++i) {
        if (auto* a = qobject_cast<AreasEditor*>(wizard.page(i)->editor())) {
            wizard.setCurrentIndex(i);
            areas = a;
        }
    }
    REQUIRE(areas);
    areas->list()->setCurrentRow(0);
    QTest::mouseClick(areas->removeButton(), Qt::LeftButton);
    CHECK(areas->list()->count() == analysis.areas.size());
    CHECK(wizard.messageLabel()->isVisible());
    for (const QString& title : plan.usersOfArea(area.id))
        CHECK(wizard.messageLabel()->text().contains(title));
    CHECK_FALSE(wizard.messageLabel()->text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
    CHECK(
        readFromFile(t.path, QStringLiteral("SELECT count(*) FROM development_area WHERE id = %1").arg(area.id)).toInt()
        == 1);
}

TEST_CASE("The workspace tab creates the plan from the analysis, and shows the refusal while the analysis is a draft",
          "[ui][plan][workspace]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    QString error;
    PlanStore plans(db);
    REQUIRE(plans.remove(storedPlan(db).id, &error));

    CollaborationDocument document(db, kCollaboration);
    REQUIRE(document.isValid());
    CollaborationPage page(&document);
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    PlanPanel* panel = page.planPanel();
    REQUIRE(panel);
    page.tabs()->setCurrentWidget(panel);

    // While the analysis is a draft: the core's refusal, as it wrote it.
    Analysis analysis = *AnalysisStore(db).current(kCollaboration, 0, &error);
    REQUIRE(AnalysisStore(db).setStatus(analysis, AnalysisStatus::Draft, QString(), 5, &error));
    QString refusal;
    REQUIRE_FALSE(plans.create(kCollaboration, &refusal));
    REQUIRE_FALSE(refusal.isEmpty());
    REQUIRE(panel->createButton()->isVisible());
    QTest::mouseClick(panel->createButton(), Qt::LeftButton);
    CHECK(panel->messageLabel()->isVisible());
    CHECK(panel->messageLabel()->text() == refusal);
    CHECK(readFromFile(t.path, QStringLiteral("SELECT count(*) FROM action_plan")).toInt() == 0);

    // Done: the plan starts from its areas.
    REQUIRE(AnalysisStore(db).setStatus(analysis, AnalysisStatus::Done, QStringLiteral("Karin Sandberg"), 5, &error));
    QTest::mouseClick(panel->createButton(), Qt::LeftButton);
    CHECK(
        readFromFile(t.path,
                     QStringLiteral("SELECT count(*) FROM action_plan WHERE collaboration_id = %1").arg(kCollaboration))
            .toInt()
        == 1);
    CHECK_FALSE(panel->messageLabel()->isVisible());
    CHECK(panel->hasPlan());
    CHECK(panel->openButton()->isVisible());
    for (const auto& area : analysis.areas)
        CHECK(panel->summaryLabel()->text().contains(area.title.toHtmlEscaped()));

    // Its button opens the wizard on the first page, the areas from the analysis.
    PlanWizard* opened = nullptr;
    QObject::connect(panel, &PlanPanel::wizardOpened, panel, [&opened](PlanWizard* w) { opened = w; });
    QTest::mouseClick(panel->openButton(), Qt::LeftButton);
    REQUIRE(opened);
    CHECK(opened->isVisible());
    CHECK(opened->isValid());
    CHECK(opened->currentIndex() == 0);
    opened->accept();
}

TEST_CASE("The workspace tab saves the plan as PDF and as ODT where the user chose", "[ui][plan][workspace]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    CollaborationDocument document(db, kCollaboration);
    REQUIRE(document.isValid());
    CollaborationPage page(&document);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    PlanPanel* panel = page.planPanel();
    page.tabs()->setCurrentWidget(panel);
    REQUIRE(panel->hasPlan());

    const QString pdf = t.dir.filePath(QStringLiteral("åtgärdsplan")); // the extension is added
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(panel->pdfButton(), Qt::LeftButton);
    QFile pdfFile(pdf + QStringLiteral(".pdf"));
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));
    CHECK(panel->messageLabel()->text().contains(QStringLiteral("åtgärdsplan.pdf")));

    const QString odt = t.dir.filePath(QStringLiteral("plan.odt"));
    FileDialog::setNextFileName(odt);
    QTest::mouseClick(panel->odtButton(), Qt::LeftButton);
    QFile odtFile(odt);
    REQUIRE(odtFile.open(QIODevice::ReadOnly));
    CHECK(odtFile.read(2) == QByteArray("PK")); // a zip, as OpenDocument is

    FileDialog::setNextFileName(QString()); // cancelled: nothing written, nothing said
    QTest::mouseClick(panel->pdfButton(), Qt::LeftButton);
    CHECK(QDir(t.dir.path()).entryList({ QStringLiteral("*.pdf") }).size() == 1);
}
