// The action plan's intervention list and timeline: order, area and removal through the
// real widgets with undo, the timeline on screen and on paper, the plan's print preview.
#include "PlanTestSupport.h"

#include "ui/plan/InterventionsPage.h"
#include "ui/plan/PlanPanel.h"
#include "ui/plan/PlanPrinting.h"
#include "ui/plan/PlanTimelineDialog.h"
#include "ui/plan/PlanTimelineWidget.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/session/PlanSession.h"
#include "ui/widgets/MessageBox.h"

#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>

using namespace PlanTest;

TEST_CASE("The timeline shows every intervention, and prints them on an A4 landscape page", "[ui][plan]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const ActionPlan plan = storedPlan(db);
    auto wizard = openWizard(db);
    PlanTimelineDialog dialog(db, plan, wizard->session()->context(), wizard.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    PlanTimelineWidget* timeline = dialog.timeline();
    CHECK(timeline->plan().interventions.size() == 4);
    CHECK(timeline->height() >= timeline->heightForWidth(timeline->width()) - 1);
    for (const auto& i : plan.interventions)
        CHECK(timeline->accessibleDescription().contains(i.title));

    const QString pdf = qEnvironmentVariable("PLAN_TIMELINE_PDF", t.dir.filePath(QStringLiteral("timeline.pdf")));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageOrientation(QPageLayout::Landscape);
        PlanPrinting::paintTimeline(*timeline, &printer);
    }
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (!pdftotext.waitForFinished(20000) || pdftotext.exitCode() != 0) {
        WARN("pdftotext (poppler-utils) is not installed: the printed text is not checked");
        return;
    }
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    for (const auto& i : plan.interventions)
        CHECK(text.contains(i.title.left(30)));
    CHECK(text.contains(QStringLiteral("2027")));
}

TEST_CASE("Interventions reordered by keyboard, moved to another area and removed are stored so; undo brings one back",
          "[ui][plan][undo]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const ActionPlan plan = storedPlan(db);
    const Analysis analysis = planAnalysis(db);
    const qint64 lab = plan.interventions[0].id, lift = plan.interventions[1].id;
    const auto order = [&] {
        QList<qint64> ids;
        for (const auto& i : storedPlan(db).interventions)
            ids << i.id;
        return ids;
    };
    auto wizard = openWizard(db);
    auto* page = goTo<InterventionsPage>(wizard.get());
    page->selectIntervention(lab);
    page->tree()->setFocus();
    QTest::keyClick(page->tree(), Qt::Key_Down, Qt::AltModifier);
    REQUIRE(order() == QList<qint64> { lift, lab, plan.interventions[2].id, plan.interventions[3].id });
    CHECK(page->currentInterventionId() == lab);

    choose(page->areaCombo(), analysis.areas[1].id);
    REQUIRE(order() == QList<qint64> { lift, plan.interventions[2].id, plan.interventions[3].id, lab });
    CHECK(storedPlan(db).intervention(lab)->areaId == analysis.areas[1].id);
    CHECK(page->currentInterventionId() == lab);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(plan.interventions[0].title));
    CHECK(order() == QList<qint64> { lift, plan.interventions[2].id, plan.interventions[3].id });
    wizard->undo();
    CHECK(order() == QList<qint64> { lift, plan.interventions[2].id, plan.interventions[3].id, lab });
    CHECK(storedPlan(db).intervention(lab)->goals == plan.interventions[0].goals);
}

TEST_CASE("The plan tab's print preview and the timeline's print preview lay the plan out", "[ui][plan][workspace]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    CollaborationDocument document(db, kCollaboration);
    REQUIRE(document.isValid());
    PlanPanel panel(&document, db);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    MessageBox::setNextAnswer(QMessageBox::Ok); // swallows an error, should one come, and records its text
    bool shown = false;
    onNextModal([&shown](QWidget* modal) {
        shown = qobject_cast<QPrintPreviewDialog*>(modal) != nullptr;
        waitForPreviewPages(modal);
        modal->close();
    });
    QTest::mouseClick(panel.printButton(), Qt::LeftButton);
    CHECK(shown);
    const bool failed = MessageBox::lastText().contains(QStringLiteral("could not"));
    CHECK_FALSE(failed);
    if (!failed)
        MessageBox::information(nullptr, QString(), QString()); // takes the unused answer off the queue
    CHECK_FALSE(panel.messageLabel()->isVisible());

    // The timeline opens in a window of its own, whose Print button previews it.
    bool timelineShown = false, previewShown = false;
    onNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<PlanTimelineDialog*>(modal);
        timelineShown = dialog != nullptr;
        if (!dialog) {
            modal->close();
            return;
        }
        onNextModal([&, dialog](QWidget* preview) {
            previewShown = qobject_cast<QPrintPreviewDialog*>(preview) != nullptr;
            waitForPreviewPages(preview);
            preview->close();
            dialog->close();
        });
        QTest::mouseClick(dialog->printButton(), Qt::LeftButton);
    });
    QTest::mouseClick(panel.timelineButton(), Qt::LeftButton);
    CHECK(timelineShown);
    CHECK(previewShown);
}
