// The workspace's Follow-up tab: the reports the signed ÖK 2 schedules with their due
// warnings against a fixed clock, measurements, and ending the collaboration, which makes
// all of it read-only until it is reopened with a reason.
#include "FollowUpTestSupport.h"

#include "tests/core/MockClock.h"

#include "core/cases/FollowUpCases.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/MeasurementStore.h"
#include "core/storage/ReadOnly.h"
#include "ui/analysis/AnalysisWizard.h"
#include "ui/followup/EndCollaborationDialog.h"
#include "ui/followup/FollowUpPanel.h"
#include "ui/followup/IndicatorChartWidget.h"
#include "ui/followup/IndicatorFollowUpBox.h"
#include "ui/followup/MeasurementDialog.h"
#include "ui/followup/StatusTimeline.h"
#include "ui/plan/PlanWizard.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/MessageBox.h"
#include "ui/workspace/CollaborationPage.h"
#include "ui/workspace/MainWindow.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace FollowUpTest;

namespace {

QDateTime at(const QDate& date)
{
    return QDateTime(date, QTime(9, 0), Qt::UTC);
}

} // namespace

TEST_CASE("The tab lists the reports of the signed ÖK 2 and warns 30 days before a due date and after it",
          "[ui][followup]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Agreement ok2 = signOk2(db);
    REQUIRE(ok2.reportDates.size() >= 2);
    const QDate firstDue = ok2.reportDates[0].due;
    MockClock clock(at(firstDue.addDays(-31)));
    CollaborationDocument doc(db, kCollaboration);
    REQUIRE(doc.isValid());
    FollowUpPanel panel(&doc, db);
    REQUIRE(panel.reportList()->topLevelItemCount() == ok2.reportDates.size());
    CHECK(panel.reportList()->topLevelItem(0)->text(1) == firstDue.toString(Qt::ISODate));
    CHECK(panel.reportList()->topLevelItem(0)->text(2)
          == ProgressReport::States.label(ProgressReportState::NotStarted));
    CHECK_FALSE(panel.warningLabel()->isVisibleTo(&panel));
    CHECK(panel.openButton()->text().contains(QStringLiteral("Start")));

    clock.set(at(firstDue.addDays(-30)));
    panel.refresh();
    CHECK(panel.warningLabel()->isVisibleTo(&panel));
    CHECK(panel.reportList()->topLevelItem(0)->text(4).contains(QStringLiteral("30")));

    clock.set(at(firstDue.addDays(3)));
    panel.refresh();
    CHECK(panel.reportList()->topLevelItem(0)->text(4).contains(QStringLiteral("Overdue")));
    CHECK(panel.warningLabel()->text().contains(QStringLiteral("3")));

    // Started and submitted: no warning, whatever the date.
    const qint64 id = panel.startReport(1);
    REQUIRE(id != 0);
    CHECK(panel.reportList()->topLevelItem(0)->text(2) == ProgressReport::States.label(ProgressReportState::Draft));
    ProgressReport r = storedReport(db, id);
    for (auto& i : r.interventions)
        i.rating = InterventionRating::OnPlan;
    for (auto& d : r.deviations) {
        d.confirmed = true;
        d.explanation = QStringLiteral("Som överenskommet.");
    }
    QString error;
    REQUIRE(ProgressReportStore(db).saveDraft(r, &error));
    panel.selectNumber(1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(panel.submitSelected());
    CHECK(panel.reportList()->topLevelItem(0)->text(2) == ProgressReport::States.label(ProgressReportState::Submitted));
    CHECK_FALSE(panel.reportList()->topLevelItem(0)->text(4).contains(QStringLiteral("Overdue")));
    CHECK(panel.newVersionButton()->isEnabled());
    CHECK_FALSE(panel.submitButton()->isEnabled());
    CHECK(FollowUpPanel::dueWarning(panel.schedule()[1], ok2.reportDates[1].due.addDays(-10))
              .contains(QStringLiteral("10")));
}

TEST_CASE("A measurement added on the tab is stored and shown in the table and the chart, with the bands",
          "[ui][followup]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    signOk2(db);
    CollaborationDocument doc(db, kCollaboration);
    FollowUpPanel panel(&doc, db);
    IndicatorFollowUpBox* box = panel.indicators();
    REQUIRE(box->indicatorCount() > 0);
    const int before = box->measurementTable()->rowCount();
    CHECK(box->chart()->hasChart());
    CHECK_FALSE(box->bandsLabel()->text().isEmpty());
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<MeasurementDialog*>(modal);
        REQUIRE(dialog);
        dialog->valueEdit()->setFocus();
        typeText(dialog->valueEdit(), QStringLiteral("74,5"));
        dialog->dateEdit()->setDate(QDate(2026, 6, 10));
        typeText(dialog->sourceEdit(), QStringLiteral("Skolans egen sammanställning"));
        dialog->accept();
        if (dialog->isVisible()) { // refused: say why and close, so the test fails instead of waiting
            FAIL_CHECK(dialog->errorLabel()->text().toStdString());
            dialog->reject();
        }
    });
    REQUIRE(box->addMeasurement());
    CHECK(box->measurementTable()->rowCount() == before + 1);
    CHECK(box->statusLabel()->text().contains(QStringLiteral("74")));
}

TEST_CASE("Ending the collaboration makes every tab read-only under one banner, and reopening needs a reason",
          "[ui][followup][workspace]")
{
    TestDatabase t(true);
    signOk2(*t.db);
    MainWindow window(std::move(t.db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openCollaboration(kCollaboration));
    CollaborationPage* page = window.collaborationPage();
    REQUIRE(page);
    FollowUpPanel* panel = page->followUpPanel();
    REQUIRE(panel);
    CHECK_FALSE(page->readOnlyBanner()->isVisible());

    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<EndCollaborationDialog*>(modal);
        REQUIRE(dialog);
        // Without a reason nothing is ended: the dialog says so and stays open.
        dialog->okButton()->click();
        CHECK(dialog->isVisible());
        CHECK(dialog->hintLabel()->isVisible());
        dialog->dateEdit()->setDate(QDate(2028, 9, 30));
        dialog->reasonEdit()->setFocus();
        typeText(dialog->reasonEdit(),
                 QStringLiteral("Slutredovisningen är inlämnad; huvudmannen för arbetet vidare."));
        dialog->okButton()->click();
    });
    REQUIRE(panel->endCollaboration());
    CHECK(page->document()->collaboration().status == CollaborationStatus::Closed);
    CHECK(readFromFile(page->document()->database().path(),
                       QStringLiteral("SELECT status FROM collaboration WHERE id = 1"))
              .toString()
          == QStringLiteral("avslutad"));
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        CHECK(page->readOnlyBanner()->isVisible());
    }
    CHECK(page->readOnlyBanner()->text().contains(QStringLiteral("2028-09-30")));
    CHECK(page->statusTimeline()->label()->text().contains(QStringLiteral("huvudmannen för arbetet vidare")));
    CHECK_FALSE(page->findChild<QLineEdit*>(QStringLiteral("diaryNumberEdit"))->isEnabled());
    CHECK_FALSE(panel->indicators()->addButton()->isEnabled());
    // The session refuses a change too, with the reason.
    Collaboration changed = page->document()->collaboration();
    changed.diaryNumber = QStringLiteral("ändrat");
    MessageBox::setNextAnswer(QMessageBox::Ok); // the window shows the refusal
    CHECK_FALSE(page->document()->changeCollaboration(changed, QStringLiteral("test")));
    CHECK(MessageBox::lastText().contains(ReadOnly::message()));

    // Reopening: refused without a reason, then done with one, and kept in the history.
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<EndCollaborationDialog*>(modal);
        REQUIRE(dialog);
        dialog->okButton()->click();
        CHECK(dialog->isVisible());
        dialog->reject();
    });
    CHECK_FALSE(panel->reopenCollaboration());
    CHECK(page->document()->collaboration().status == CollaborationStatus::Closed);
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<EndCollaborationDialog*>(modal);
        REQUIRE(dialog);
        dialog->reasonEdit()->setFocus();
        typeText(dialog->reasonEdit(), QStringLiteral("Skolverket förlängde stödet en termin."));
        dialog->okButton()->click();
    });
    REQUIRE(panel->reopenCollaboration());
    CHECK(page->document()->collaboration().status == CollaborationStatus::Active);
    CHECK_FALSE(page->readOnlyBanner()->isVisible());
    CHECK(page->findChild<QLineEdit*>(QStringLiteral("diaryNumberEdit"))->isEnabled());
    const QList<StatusChange> history = page->document()->statusHistory();
    REQUIRE(history.size() >= 2);
    CHECK(history.last().to == CollaborationStatus::Active);
    CHECK(history.last().reason == QStringLiteral("Skolverket förlängde stödet en termin."));
    CHECK(page->statusTimeline()->label()->text().contains(QStringLiteral("förlängde stödet")));
}

TEST_CASE("A closed collaboration's analysis and plan open read-only under the banner, and choosing Avslutad in the "
          "status box asks for the ending decision",
          "[ui][followup][workspace]")
{
    TestDatabase t(true);
    signOk2(*t.db);
    QString error;
    REQUIRE(
        Cases::endCollaboration(*t.db, kCollaboration, QDate(2028, 9, 30), QStringLiteral("Stödet är slut."), &error));
    const qint64 analysisId = readFromFile(t.db->path(), QStringLiteral("SELECT min(id) FROM analysis")).toLongLong();
    REQUIRE(analysisId > 0);
    {
        AnalysisWizard wizard(*t.db, analysisId);
        REQUIRE(wizard.isValid());
        CHECK_FALSE(wizard.banner()->isHidden());
        CHECK(wizard.banner()->text().contains(ReadOnly::message()));
        // The analysis's pages stay readable and scrollable: every text field is read-only or disabled.
        int fields = 0;
        for (int i = 0; i < wizard.pageCount(); ++i) {
            wizard.setCurrentIndex(i);
            for (auto* edit : wizard.pageWidget(i)->findChildren<QPlainTextEdit*>()) {
                INFO(edit->objectName().toStdString());
                CHECK((edit->isReadOnly() || !edit->isEnabled()));
                ++fields;
            }
        }
        CHECK(fields > 0);
    }
    {
        PlanWizard wizard(*t.db, kCollaboration);
        REQUIRE(wizard.isValid());
        CHECK_FALSE(wizard.banner()->isHidden());
        CHECK(wizard.banner()->text().contains(ReadOnly::message()));
        CHECK_FALSE(wizard.pageWidget(wizard.currentIndex())->isEnabled());
    }
    // Reopened, then Avslutad in the overview's status box: the ending dialog, and cancelling it changes nothing.
    REQUIRE(Cases::reopenCollaboration(*t.db, kCollaboration, QStringLiteral("Förlängt en termin."), QDate(2028, 10, 1),
                                       &error));
    MainWindow window(std::move(t.db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openCollaboration(kCollaboration));
    CollaborationPage* page = window.collaborationPage();
    REQUIRE(page);
    auto* status = page->findChild<QComboBox*>(QStringLiteral("statusCombo"));
    REQUIRE(status);
    bool asked = false;
    onNextModal([&asked](QWidget* modal) {
        asked = qobject_cast<EndCollaborationDialog*>(modal) != nullptr;
        modal->close();
    });
    status->setCurrentIndex(status->findData(static_cast<int>(CollaborationStatus::Closed)));
    waitUntil([&asked] { return asked; });
    CHECK(asked);
    CHECK(status->currentData().toInt() == static_cast<int>(CollaborationStatus::Active));
    CHECK(page->document()->collaboration().status == CollaborationStatus::Active);
}
