// The progress report wizard driven through its real widgets by keyboard: a), b), c) and f)
// shown as agreed, d) and e) typed, ratings with their required reason, a deviation added;
// killed half-way it reopens on the same page with everything typed; submitted, it opens
// read-only.
#include "FollowUpTestSupport.h"

#include "core/storage/Database.h"
#include "ui/followup/DeviationsPage.h"
#include "ui/followup/IndicatorReadingsPage.h"
#include "ui/followup/InterventionReviewPage.h"
#include "ui/followup/ProgressReportPages.h"
#include "ui/followup/RatingPage.h"
#include "ui/followup/RatingSelector.h"
#include "ui/session/ProgressReportSession.h"
#include "ui/widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDeadlineTimer>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>

#include <iostream>

using namespace FollowUpTest;

namespace {

const QString kImprovement = QStringLiteral("Fler elever når E i matematik i åk 6: 78 % mot 71 % för ett år sedan.");
const QString kNotReached = QStringLiteral("Målet för åk 9 nås inte ännu; lärarbytena under hösten försenade starten.");
const QString kReason = QStringLiteral("Två av fem lärare slutade i december; insatsen startar om i februari.");

/** Presses Tab in the focused widget until `target` has the focus (at most 30 presses). */
void tabTo(QWidget* target)
{
    for (int i = 0; i < 30 && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    INFO("to " << target->objectName().toStdString() << ", in "
               << QApplication::focusWidget()->objectName().toStdString());
    REQUIRE(QApplication::focusWidget() == target);
}

QString lines(const QString& text)
{
    QStringList out;
    for (const QString& l : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << QStringLiteral("• ") + l.trimmed();
    return out.join(QLatin1Char('\n'));
}

const AgreedIntervention* agreed(const Agreement& a, const QString& uuid)
{
    for (const auto& i : a.interventions) {
        if (i.uuid == uuid)
            return &i;
    }
    return nullptr;
}

QString sql(const QString& path, const QString& query)
{
    return readFromFile(path, query).toString();
}

} // namespace

TEST_CASE("The progress report wizard driven by keyboard writes the report, and a), b), c) and f) are the agreement's",
          "[ui][followup]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Agreement ok2 = signOk2(db);
    const qint64 id = startReport(db, 1);
    auto wizard = openWizard(db, id);
    auto* review = wizard->page<InterventionReviewPage>();
    REQUIRE(wizard->currentPage() == review);

    // a), b), c) and f) as the signed agreement states them, read-only and marked so.
    const QString uuid = review->currentIntervention();
    const AgreedIntervention* a = agreed(ok2, uuid);
    REQUIRE(a);
    CHECK(review->problemsText()->text() == lines(a->problems));
    CHECK(review->causesText()->text() == lines(a->causes));
    CHECK(review->goalsText()->text() == lines(a->goalList().join(QLatin1Char('\n'))));
    CHECK(review->effectsText()->text() == a->expectedEffects);
    CHECK(review->findChild<QGroupBox*>(QStringLiteral("fromPlanBox"))->title().contains(QStringLiteral("ÖK 2")));
    REQUIRE(review->goalCount() == a->goalList().size());
    REQUIRE(review->goalCount() >= 1);

    // d) per goal and e), by keyboard: Tab from the list of interventions into the fields.
    review->tree()->setFocus();
    QTest::keyClick(review->tree(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == review->improvementsEdit(0));
    typeText(review->improvementsEdit(0), kImprovement);
    tabTo(review->notReachedEdit());
    typeText(review->notReachedEdit(), kNotReached);

    // The next page, by the step list's arrow keys: the rating. "At risk" without a reason is not saved; with one
    // it is.
    auto* ratings = goTo<RatingPage>(wizard.get());
    CHECK(ratings->currentIntervention() == uuid);
    RatingSelector* selector = ratings->selector();
    ratings->tree()->setFocus();
    // Tab into the buttons, the arrow key to "At risk", Space: as with radio buttons.
    tabTo(selector->button(static_cast<int>(InterventionRating::OnPlan)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    REQUIRE(QApplication::focusWidget() == selector->button(static_cast<int>(InterventionRating::AtRisk)));
    if (!selector->button(static_cast<int>(InterventionRating::AtRisk))->isChecked())
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(selector->value() == static_cast<int>(InterventionRating::AtRisk));
    CHECK(selector->hintLabel()->isVisibleTo(wizard.get()));
    wizard->flush();
    const QString ratingSql
        = QStringLiteral("SELECT coalesce(rating, '') FROM progress_report_intervention WHERE progress_report_id = %1 "
                         "AND agreed_intervention_uuid = '%2'")
              .arg(id)
              .arg(uuid);
    CHECK(sql(t.path, ratingSql).isEmpty());
    tabTo(selector->reasonEdit());
    typeText(selector->reasonEdit(), kReason);
    CHECK_FALSE(selector->hintLabel()->isVisibleTo(wizard.get()));
    waitUntil([&] { return sql(t.path, ratingSql) == QStringLiteral("risk"); });
    CHECK(sql(t.path, ratingSql) == QStringLiteral("risk"));

    // Next steps of the whole report.
    auto* steps = goTo<NextStepsPage>(wizard.get());
    CHECK(steps->attentionLabel()->text().contains(kReason.toHtmlEscaped()));
    steps->nextStepsEdit()->setFocus();
    typeText(steps->nextStepsEdit(), QStringLiteral("Ny start för FoU-teamet i februari; uppföljning i mars."));

    // A deviation added by hand (Tab to "Add", Space), typed and explained.
    auto* deviations = goTo<DeviationsPage>(wizard.get());
    const int before = deviations->list()->count();
    deviations->list()->setFocus();
    tabTo(deviations->addButton());
    QTest::keyClick(deviations->addButton(), Qt::Key_Space);
    REQUIRE(deviations->list()->count() == before + 1);
    REQUIRE(QApplication::focusWidget() == deviations->descriptionEdit());
    typeText(deviations->descriptionEdit(), QStringLiteral("Starten flyttades från januari till februari."));
    tabTo(deviations->explanationEdit());
    typeText(deviations->explanationEdit(), QStringLiteral("Lärarbytena krävde en ny introduktion."));

    goTo<ProgressReviewPage>(wizard.get());
    wizard->accept();

    const ProgressReport stored = storedReport(db, id);
    const InterventionReview* written = stored.intervention(uuid);
    REQUIRE(written);
    CHECK(written->goals[0].improvements == kImprovement);
    CHECK(written->goalsNotReached == kNotReached);
    CHECK(written->rating == InterventionRating::AtRisk);
    CHECK(written->ratingReason == kReason);
    CHECK(stored.nextSteps == QStringLiteral("Ny start för FoU-teamet i februari; uppföljning i mars."));
    REQUIRE(stored.deviations.size() == before + 1);
    CHECK(stored.deviations.last().description == QStringLiteral("Starten flyttades från januari till februari."));
    CHECK(stored.deviations.last().explanation == QStringLiteral("Lärarbytena krävde en ny introduktion."));
    CHECK(stored.deviations.last().confirmed);
    // What the plan said stays what the agreement says.
    CHECK(written->problems == a->problems);
    CHECK(written->expectedEffects == a->expectedEffects);
    CHECK(sql(t.path, QStringLiteral("SELECT current_page FROM progress_report WHERE id = %1").arg(id))
          == QStringLiteral("review"));
}

TEST_CASE("Deviates needs a reason too, On plan does not", "[ui][followup]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    signOk2(db);
    const qint64 id = startReport(db, 1);
    auto wizard = openWizard(db, id);
    auto* ratings = goTo<RatingPage>(wizard.get());
    RatingSelector* selector = ratings->selector();
    QTest::mouseClick(selector->button(static_cast<int>(InterventionRating::Deviates)), Qt::LeftButton);
    CHECK(selector->missingReason());
    CHECK(selector->hintLabel()->isVisibleTo(wizard.get()));
    wizard->flush();
    CHECK_FALSE(storedReport(db, id).intervention(ratings->currentIntervention())->rating.has_value());
    QTest::mouseClick(selector->button(static_cast<int>(InterventionRating::OnPlan)), Qt::LeftButton);
    CHECK_FALSE(selector->missingReason());
    CHECK_FALSE(selector->hintLabel()->isVisibleTo(wizard.get()));
    wizard->flush();
    CHECK(storedReport(db, id).intervention(ratings->currentIntervention())->rating == InterventionRating::OnPlan);
}

// The child of the kill test: types into the wizard, says so once it is saved, then waits to be killed.
TEST_CASE("(child) types into the progress report wizard until killed", "[.followup-child]")
{
    const QString path = qEnvironmentVariable("SKOLDIALOG_CHILD_DB");
    const qint64 id = qEnvironmentVariable("SKOLDIALOG_CHILD_REPORT").toLongLong();
    REQUIRE_FALSE(path.isEmpty());
    QString error;
    auto db = Database::open(path, &error, Database::Options { false });
    INFO(error.toStdString());
    REQUIRE(db);
    auto wizard = openWizard(*db, id);
    auto* ratings = goTo<RatingPage>(wizard.get());
    QTest::mouseClick(ratings->selector()->button(static_cast<int>(InterventionRating::AtRisk)), Qt::LeftButton);
    ratings->selector()->reasonEdit()->setFocus();
    typeText(ratings->selector()->reasonEdit(), kReason);
    auto* review = goTo<InterventionReviewPage>(wizard.get());
    review->improvementsEdit(0)->setFocus();
    typeText(review->improvementsEdit(0), kImprovement);
    // Saved by the pause in typing, nothing pressed: then the kill may come.
    waitUntil([&] { return !wizard->hasPendingChanges(); }, 5000);
    REQUIRE_FALSE(wizard->hasPendingChanges());
    std::cout << "typed" << std::endl;
    for (;;)
        QTest::qWait(100);
}

TEST_CASE("Killed half-way, the progress report wizard reopens on the same page with everything typed",
          "[ui][followup]")
{
    TestDatabase t(true);
    qint64 id = 0;
    QString uuid;
    {
        signOk2(*t.db);
        id = startReport(*t.db, 1);
    }
    t.db.reset(); // the child opens the file
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SKOLDIALOG_CHILD_DB"), t.path);
    env.insert(QStringLiteral("SKOLDIALOG_CHILD_REPORT"), QString::number(id));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("[.followup-child]") });
    REQUIRE(child.waitForStarted(10000));
    QByteArray out;
    const QDeadlineTimer deadline(30000);
    while (!out.contains("typed\n") && child.state() == QProcess::Running && !deadline.hasExpired()) {
        child.waitForReadyRead(200);
        out += child.readAllStandardOutput();
    }
    INFO(out.toStdString());
    REQUIRE(out.contains("typed\n"));
    child.kill();
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    QString error;
    t.db = Database::open(t.path, &error, Database::Options { false });
    INFO(error.toStdString());
    REQUIRE(t.db);
    auto wizard = openWizard(*t.db, id);
    auto* review = wizard->page<InterventionReviewPage>();
    REQUIRE(wizard->currentPage() == review);
    CHECK(review->improvementsEdit(0)->toPlainText() == kImprovement);
    auto* ratings = goTo<RatingPage>(wizard.get());
    CHECK(ratings->selector()->value() == static_cast<int>(InterventionRating::AtRisk));
    CHECK(ratings->selector()->reason() == kReason);
}

TEST_CASE("A submitted report opens read-only under the banner, and a new version is a draft again", "[ui][followup]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    signOk2(db);
    const qint64 id = startReport(db, 1);
    ProgressReport r = storedReport(db, id);
    for (auto& i : r.interventions)
        i.rating = InterventionRating::OnPlan;
    for (auto& d : r.deviations) {
        d.confirmed = true;
        d.explanation = QStringLiteral("Som överenskommet.");
    }
    QString error;
    INFO(error.toStdString());
    REQUIRE(ProgressReportStore(db).saveDraft(r, &error));
    {
        auto wizard = openWizard(db, id);
        auto* review = goTo<ProgressReviewPage>(wizard.get());
        REQUIRE(review->submitButton()->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(review->submitButton(), Qt::LeftButton);
        CHECK(wizard->report().isFrozen());
        CHECK(wizard->banner()->isVisible());
    }
    CHECK(sql(t.path, QStringLiteral("SELECT state FROM progress_report WHERE id = %1").arg(id))
          == QStringLiteral("inlamnad"));

    auto wizard = openWizard(db, id);
    CHECK(wizard->banner()->isVisible());
    CHECK(wizard->banner()->text().contains(QStringLiteral("version")));
    auto* page = wizard->page<InterventionReviewPage>();
    REQUIRE(wizard->currentPage() == page);
    page->improvementsEdit(0)->setFocus();
    typeText(page->improvementsEdit(0), QStringLiteral("Ändrat i efterhand"));
    wizard->flush();
    CHECK_FALSE(storedReport(db, id).interventions.first().goals.first().improvements.contains(
        QStringLiteral("Ändrat i efterhand")));
    CHECK(page->improvementsEdit(0)->isReadOnly());
    wizard.reset();

    const auto next = ProgressReportStore(db).newVersion(id, &error);
    REQUIRE(next);
    auto draft = openWizard(db, next->id);
    CHECK_FALSE(draft->banner()->isVisible());
    CHECK(draft->report().version == 2);
}
