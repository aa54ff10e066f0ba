// The action plan wizard driven through its real widgets: the demo plan typed in from
// nothing, money typed the Swedish way, the review page, resume and undo.
#include "PlanTestSupport.h"

#include "core/demo/DemoPlan.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/PlanStore.h"
#include "ui/plan/FundingPage.h"
#include "ui/plan/GoalsPage.h"
#include "ui/plan/InterventionsPage.h"
#include "ui/plan/PlanWizard.h"
#include "ui/plan/ResponsibilityPage.h"
#include "ui/plan/ReviewPage.h"
#include "ui/session/PlanSession.h"
#include "ui/widgets/ValidatedLineEdit.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

namespace {

using namespace PlanTest;

QTreeWidgetItem* areaItem(QTreeWidget* tree, const QString& title)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).simplified().endsWith(title))
            return tree->topLevelItem(i);
    }
    FAIL("no area " << title.toStdString());
    return nullptr;
}

/** One goal per line: Return between them. */
void typeLines(QPlainTextEdit* edit, const QStringList& lines)
{
    edit->setFocus();
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        typeText(edit, lines[i]);
    }
}

void checkIds(QListWidget* list, const QList<qint64>& ids)
{
    for (int i = 0; i < list->count(); ++i) {
        auto* item = list->item(i);
        if (ids.contains(item->data(Qt::UserRole).toLongLong()))
            item->setCheckState(Qt::Checked);
    }
}

/** The plan's content without ids, and the link lists as sets: what the user typed. */
QList<Intervention> content(QList<Intervention> list)
{
    for (auto& i : list) {
        i.id = 0;
        i.uuid.clear();
        for (auto& g : i.goals)
            g = { 0, g.text };
        for (auto& ind : i.indicators) {
            ind.id = 0;
            ind.uuid.clear();
        }
        std::sort(i.unitIds.begin(), i.unitIds.end());
        std::sort(i.problemIds.begin(), i.problemIds.end());
        std::sort(i.causeIds.begin(), i.causeIds.end());
    }
    return list;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

/** "420 000": whole kronor grouped by thousands with spaces, as people write them. */
QString grouped(qint64 amount)
{
    QString digits = QString::number(amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return digits;
}

/** Enters one intervention of the demo on every page of the wizard. */
void enter(PlanWizard* wizard, const Intervention& e, const Analysis& analysis)
{
    auto* interventions = goTo<InterventionsPage>(wizard);
    QString areaTitle;
    for (const auto& a : analysis.areas) {
        if (a.id == e.areaId)
            areaTitle = a.title;
    }
    interventions->tree()->setFocus();
    interventions->tree()->setCurrentItem(areaItem(interventions->tree(), areaTitle));
    QTest::mouseClick(interventions->addButton(), Qt::LeftButton);
    CHECK(interventions->titleEdit()->hasFocus());
    typeText(interventions->titleEdit(), e.title); // the new title is selected: typing replaces it
    choose(interventions->categoryCombo(), static_cast<int>(e.category));
    typeInto(interventions->descriptionEdit(), e.description);
    choose(interventions->levelCombo(), static_cast<int>(e.level));
    checkIds(interventions->unitList(), e.unitIds);
    checkIds(interventions->problemList(), e.problemIds);
    checkIds(interventions->causeList(), e.causeIds);

    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    auto* goals = wizard->page<GoalsPage>();
    REQUIRE(wizard->currentPage() == goals);
    REQUIRE(goals->tree()->currentItem()->text(0).simplified() == e.title);
    QStringList lines;
    for (const auto& g : e.goals)
        lines << g.text;
    typeLines(goals->goalsEdit(), lines);
    typeInto(goals->effectsEdit(), e.expectedEffects);
    for (const auto& ind : e.indicators) {
        QTest::mouseClick(goals->addIndicatorButton(), Qt::LeftButton);
        CHECK(goals->indicatorNameEdit()->hasFocus());
        typeText(goals->indicatorNameEdit(), ind.name);
        retype(goals->unitEdit(), ind.unit);
        if (!ind.statistic.isEmpty())
            choose(goals->statisticCombo(), ind.statistic);
        retype(goals->baselineEdit(), number(*ind.baseline));
        retype(goals->targetEdit(), number(*ind.target));
        goals->targetYearSpin()->setFocus();
        goals->targetYearSpin()->setValue(ind.targetYear);
    }

    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    auto* responsibility = wizard->page<ResponsibilityPage>();
    REQUIRE(wizard->currentPage() == responsibility);
    typeInto(responsibility->responsibleEdit(), e.responsible);
    choose(responsibility->providerCombo(), static_cast<int>(e.provider));
    if (!e.providerName.isEmpty())
        typeInto(responsibility->providerNameEdit(), e.providerName);
    retype(responsibility->startEdit()->lineEdit(), e.start.toString(Qt::ISODate));
    retype(responsibility->endEdit()->lineEdit(), e.end.toString(Qt::ISODate));
    choose(responsibility->statusCombo(), static_cast<int>(e.status));
    typeInto(responsibility->groundsEdit(), e.grounds);

    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    auto* funding = wizard->page<FundingPage>();
    REQUIRE(wizard->currentPage() == funding);
    choose(funding->fundingModeCombo(), static_cast<int>(e.fundingMode));
    choose(funding->fundingFormCombo(), static_cast<int>(e.fundingForm));
    for (const auto& line : e.budget) {
        ValidatedLineEdit* amount = funding->amountEdit(line.year);
        REQUIRE(amount);
        // Typed the way it is written on paper: "420 000".
        retype(amount->lineEdit(), grouped(line.amountSek));
    }
    wizard->flush();
}

} // namespace

TEST_CASE("The demo plan made through the wizard is stored exactly as the demo's plan", "[ui][plan]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    QString error;
    PlanStore plans(db);
    REQUIRE(plans.remove(storedPlan(db).id, &error));
    REQUIRE(plans.create(kCollaboration, &error));
    const Analysis analysis = planAnalysis(db);
    const auto collaboration = CollaborationStore(db).load(kCollaboration, &error);
    REQUIRE(collaboration);
    const QList<Intervention> expected = DemoData::planInterventions(analysis, collaboration->unitIds);
    REQUIRE(expected.size() == 4);

    auto wizard = openWizard(db);
    CHECK(wizard->currentIndex() == 0);
    for (const auto& e : expected)
        enter(wizard.get(), e, analysis);
    wizard->accept();

    const ActionPlan stored = storedPlan(db);
    const QList<Intervention> got = content(stored.interventions);
    const QList<Intervention> want = content(expected);
    REQUIRE(got.size() == want.size());
    for (int n = 0; n < want.size(); ++n) {
        INFO("intervention " << n + 1 << ": " << want[n].title.toStdString());
        const Intervention& g = got[n];
        const Intervention& w = want[n];
        CHECK(g.areaId == w.areaId);
        CHECK(g.title == w.title);
        CHECK(g.description == w.description);
        CHECK(g.level == w.level);
        CHECK(g.unitIds == w.unitIds);
        CHECK(g.category == w.category);
        CHECK(g.problemIds == w.problemIds);
        CHECK(g.causeIds == w.causeIds);
        CHECK(g.goals == w.goals);
        CHECK(g.indicators == w.indicators);
        CHECK(g.expectedEffects == w.expectedEffects);
        CHECK(g.responsible == w.responsible);
        CHECK(g.provider == w.provider);
        CHECK(g.providerName == w.providerName);
        CHECK(g.fundingMode == w.fundingMode);
        CHECK(g.fundingForm == w.fundingForm);
        CHECK(g.budget == w.budget);
        CHECK(g.start == w.start);
        CHECK(g.end == w.end);
        CHECK(g.grounds == w.grounds);
        CHECK(g.status == w.status);
        CHECK(g == w);
    }
    // The money is whole kronor in the file, stored as integers.
    CHECK(readFromFile(t.path,
                       QStringLiteral("SELECT count(*) FROM intervention_budget WHERE typeof(amount_sek) <> "
                                      "'integer'"))
              .toInt()
          == 0);
    CHECK(readFromFile(t.path, QStringLiteral("SELECT sum(amount_sek) FROM intervention_budget")).toLongLong()
          == 1770000);
}

TEST_CASE("A budget typed as \"1 250 000 kr\" is stored as 1250000, and \"12,5\" is refused on screen and not saved",
          "[ui][plan]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const ActionPlan before = storedPlan(db);
    const qint64 first = before.interventions.first().id;
    auto wizard = openWizard(db);
    auto* funding = goTo<FundingPage>(wizard.get());
    funding->selectIntervention(first);
    const auto amountIn = [&](int year) {
        return readFromFile(t.path,
                            QStringLiteral("SELECT amount_sek FROM intervention_budget WHERE intervention_id = "
                                           "%1 AND year = %2")
                                .arg(first)
                                .arg(year));
    };

    retype(funding->amountEdit(2026)->lineEdit(), QStringLiteral("1 250 000 kr"));
    waitUntil([&] { return amountIn(2026).toLongLong() == 1250000; });
    const QVariant stored = amountIn(2026);
    CHECK(stored.toLongLong() == 1250000);
    CHECK(stored.typeId() == QMetaType::LongLong);

    ValidatedLineEdit* next = funding->amountEdit(2027);
    retype(next->lineEdit(), QStringLiteral("12,5"));
    QTest::keyClick(next->lineEdit(), Qt::Key_Tab); // leaving the field shows why
    auto* message = next->findChild<QLabel*>(QStringLiteral("validationMessage"));
    REQUIRE(message);
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
    waitUntil([&] { return !wizard->hasPendingChanges(); });
    wizard->flush();
    CHECK(amountIn(2027).toLongLong() == 380000);
    CHECK(funding->totalLabel()->text().contains(Money::format(1250000 + 380000 + 150000)));
}

TEST_CASE("The review page adds up the budget and warns about an area without intervention, which a click opens",
          "[ui][plan]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    ActionPlan plan = storedPlan(db);
    const Analysis analysis = planAnalysis(db);
    const DevelopmentArea empty = analysis.areas.at(1);
    plan.interventions.removeIf([&](const Intervention& i) { return i.areaId == empty.id; });
    QString error;
    REQUIRE(PlanStore(db).save(plan, &error));
    const PlanTotals totals = plan.totals();

    auto wizard = openWizard(db);
    auto* review = goTo<ReviewPage>(wizard.get());
    QTableWidget* years = review->yearTable();
    bool found2026 = false;
    for (int r = 0; r < years->rowCount(); ++r) {
        const int year = years->item(r, 0)->text().toInt();
        CHECK(years->item(r, 1)->text() == Money::format(totals.perYear.value(year)));
        found2026 = found2026 || year == 2026;
    }
    CHECK(found2026);
    CHECK(review->modeTable()->rowCount() == 4);
    CHECK(review->formTable()->rowCount() == 2);
    CHECK(review->totalLabel()->text().contains(Money::format(totals.total)));
    CHECK(Money::format(totals.total) == Money::format(420000 + 380000 + 150000 + 60000 + 60000));

    QListWidgetItem* warning = nullptr;
    for (int i = 0; i < review->warningList()->count(); ++i) {
        if (review->warningList()->item(i)->text().contains(empty.title))
            warning = review->warningList()->item(i);
    }
    REQUIRE(warning);
    QListWidget* list = review->warningList();
    list->scrollToItem(warning);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(warning).center());
    auto* interventions = wizard->page<InterventionsPage>();
    REQUIRE(wizard->currentPage() == interventions);
    REQUIRE(interventions->tree()->currentItem());
    CHECK(interventions->tree()->currentItem()->text(0).simplified().endsWith(empty.title));
    CHECK(interventions->addButton()->isEnabled());
}

TEST_CASE("Closed half-way, the plan wizard reopens on the same page with everything kept", "[ui][plan]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Intervention first = storedPlan(db).interventions.first();
    const QString added = QStringLiteral(" Fler elever når betyget E i åk 6.");
    {
        auto wizard = openWizard(db);
        auto* goals = goTo<GoalsPage>(wizard.get());
        goals->selectIntervention(first.id);
        goals->effectsEdit()->setFocus();
        goals->effectsEdit()->moveCursor(QTextCursor::End);
        typeText(goals->effectsEdit(), added);
        wizard->accept(); // closed at once, before the typing pause is over
    }
    CHECK(readFromFile(t.path, QStringLiteral("SELECT current_page FROM action_plan")).toString()
          == QStringLiteral("goals"));
    CHECK(readFromFile(t.path, QStringLiteral("SELECT expected_effects FROM intervention WHERE id = %1").arg(first.id))
              .toString()
          == first.expectedEffects + added);
    auto wizard = openWizard(db);
    auto* goals = wizard->page<GoalsPage>();
    REQUIRE(wizard->currentPage() == goals);
    goals->selectIntervention(first.id);
    CHECK(goals->effectsEdit()->toPlainText() == first.expectedEffects + added);
}

TEST_CASE("Ctrl+Z in the plan wizard writes the earlier value back to the file, Ctrl+Shift+Z the later",
          "[ui][plan][undo]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Intervention first = storedPlan(db).interventions.first();
    auto wizard = openWizard(db);
    auto* page = goTo<ResponsibilityPage>(wizard.get());
    page->selectIntervention(first.id);
    retype(page->responsibleEdit(), QStringLiteral("Åsa Öberg, utvecklingsledare"));
    const QString sql = QStringLiteral("SELECT responsible FROM intervention WHERE id = %1").arg(first.id);
    waitUntil([&] { return readFromFile(t.path, sql).toString() == QStringLiteral("Åsa Öberg, utvecklingsledare"); });
    REQUIRE(readFromFile(t.path, sql).toString() == QStringLiteral("Åsa Öberg, utvecklingsledare"));

    QTest::keyClick(page->responsibleEdit(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(readFromFile(t.path, sql).toString() == first.responsible);
    CHECK(page->responsibleEdit()->text() == first.responsible);
    QTest::keyClick(page->responsibleEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(readFromFile(t.path, sql).toString() == QStringLiteral("Åsa Öberg, utvecklingsledare"));
    CHECK(page->responsibleEdit()->text() == QStringLiteral("Åsa Öberg, utvecklingsledare"));
}
