// The results page of the nulägesanalys fetches what was imported: Stöde skola's real
// statistics response, with its markers and its source, never overwriting a value typed
// by hand without asking, undone in one step, and shown by the chart.
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/import/ImportTestSupport.h"

#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "ui/analysis/AnalysisPage.h"
#include "ui/analysis/AnalysisWizard.h"
#include "ui/analysis/ResultsEditor.h"
#include "ui/analysis/ResultsModel.h"
#include "ui/plan/GoalsPage.h"
#include "ui/plan/PlanWizard.h"
#include "ui/session/PlanSession.h"
#include "ui/widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace ImportFixtures;

namespace {

constexpr qint64 kCollaboration = 1;
const QString kMerit = QStringLiteral("averageGradesMeritRating9thGrade");
const QString kVocational = QStringLiteral("ratioOfPupils9thGradeEligibleForNationalProgramYR");
const QString kSixthGrade = QStringLiteral("ratioOfPupilsIn6thGradeWithAllSubjectsPassed");

Analysis newAnalysis(Database& db, qint64 unitId)
{
    const auto tmpl = AnalysisTemplate::newestFor(AnalysisKind::School);
    REQUIRE(tmpl);
    Analysis a;
    a.collaborationId = kCollaboration;
    a.unitId = unitId;
    a.templateId = tmpl->id;
    a.templateVersion = tmpl->version;
    a.currentPage = QStringLiteral("results");
    QString error;
    INFO(error.toStdString());
    REQUIRE(AnalysisStore(db).save(a, 5, &error));
    return a;
}

int rowOf(const ResultsModel* model, const QString& indicator)
{
    for (int row = 0; row < model->indicators().size(); ++row) {
        if (model->indicators()[row].id == indicator)
            return row;
    }
    FAIL("no such indicator");
    return -1;
}

QModelIndex cell(const ResultsModel* model, const QString& indicator, const QString& period)
{
    const int column = static_cast<int>(model->periods().indexOf(period));
    REQUIRE(column >= 0);
    return model->index(rowOf(model, indicator), column + 1);
}

/** Writes into a cell as its editor does when the user presses Return. */
void typeInCell(QAbstractItemView* view, const QModelIndex& index, const QString& text)
{
    view->setCurrentIndex(index);
    REQUIRE(view->model()->setData(index, text, Qt::EditRole));
}

std::optional<IndicatorValue> stored(Database& db, qint64 analysisId, const QString& indicator, const QString& period)
{
    QString error;
    const auto a = AnalysisStore(db).load(analysisId, &error);
    REQUIRE(a);
    for (const auto& r : a->results) {
        if (r.indicator == indicator && r.period == period)
            return r;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("The results page fetches a unit's imported statistics with their markers and sources",
          "[ui][analysis][import]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const qint64 unit
        = recodeDemoUnit(db, QStringLiteral("99120002"), QString::fromLatin1(kRealUnit), QStringLiteral("2281"));
    importThroughService(db, { statisticsResponse(QString::fromLatin1(kRealUnit)) });
    const Analysis analysis = newAnalysis(db, unit);

    AnalysisWizard wizard(db, analysis.id);
    REQUIRE(wizard.isValid());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto* results = qobject_cast<ResultsEditor*>(wizard.currentPage()->editor());
    REQUIRE(results);
    ResultsModel* model = results->model();
    QAbstractItemModelTester tester(model);
    REQUIRE(results->fetchButton()->isEnabled());

    // A value typed by hand where the statistics say otherwise (221,3 in 2023/24).
    typeInCell(results->table(), cell(model, kMerit, QStringLiteral("2023/24")), QStringLiteral("200"));
    REQUIRE(cell(model, kMerit, QStringLiteral("2023/24")).data().toString() == QStringLiteral("200"));
    REQUIRE(stored(db, analysis.id, kMerit, QStringLiteral("2023/24")));
    REQUIRE(stored(db, analysis.id, kMerit, QStringLiteral("2023/24"))->value == 200.0);

    // Fetch, keeping what was typed: the dialog lists it, the rest fills in.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(results->fetchButton(), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("2023/24")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("11181258.json")));
    CHECK(cell(model, kMerit, QStringLiteral("2023/24")).data().toString() == QStringLiteral("200"));
    CHECK(cell(model, kMerit, QStringLiteral("2023/24")).data(ResultsModel::SourceRole).toString().isEmpty());
    CHECK(cell(model, kMerit, QStringLiteral("2023/24"))
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Typed by hand")));
    // Five school years of the response: the table grew to hold them.
    CHECK(model->periods().contains(QStringLiteral("2020/21")));
    CHECK(stored(db, analysis.id, kMerit, QStringLiteral("2024/25"))->value == 214.2);
    CHECK(stored(db, analysis.id, kMerit, QStringLiteral("2023/24"))->value == 200.0);
    // Markers stay markers: "~100" is not 100, ".." is not 0.
    const auto vocational = stored(db, analysis.id, kVocational, QStringLiteral("2024/25"));
    REQUIRE(vocational);
    CHECK_FALSE(vocational->value);
    CHECK(vocational->marker == QStringLiteral("~100"));
    CHECK(cell(model, kVocational, QStringLiteral("2024/25")).data().toString() == QStringLiteral("~100"));
    const auto sixth = stored(db, analysis.id, kSixthGrade, QStringLiteral("2024/25"));
    REQUIRE(sixth);
    CHECK_FALSE(sixth->value);
    CHECK(sixth->marker == QStringLiteral(".."));
    // Each fetched value names its source and school year.
    const QModelIndex fetched = cell(model, kMerit, QStringLiteral("2024/25"));
    CHECK(fetched.data(ResultsModel::SourceRole).toString() == QStringLiteral("11181258.json"));
    CHECK(fetched.data(Qt::ToolTipRole).toString().contains(QStringLiteral("11181258.json")));
    CHECK(fetched.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2024/25")));
    REQUIRE(model->sourceColumn() > 0);
    const QString rowSources = model->index(rowOf(model, kMerit), model->sourceColumn()).data().toString();
    CHECK(rowSources.contains(QStringLiteral("11181258.json")));
    CHECK(rowSources.contains(QStringLiteral("typed by hand")));

    // The chart reads the table: the meritvärde's line has the values of the years that have one.
    results->table()->setCurrentIndex(cell(model, kMerit, QStringLiteral("2024/25")));
    REQUIRE(results->chartRow() == rowOf(model, kMerit));
    auto* line = qobject_cast<QLineSeries*>(results->chartView()->chart()->series().value(0));
    REQUIRE(line);
    QList<double> ys;
    for (const QPointF& p : line->points())
        ys << p.y();
    CHECK(ys == QList<double> { 208.3, 221.9, 230.3, 200.0, 214.2 });
    // A marker breaks the line rather than becoming a number.
    results->table()->setCurrentIndex(cell(model, kVocational, QStringLiteral("2024/25")));
    line = qobject_cast<QLineSeries*>(results->chartView()->chart()->series().value(0));
    REQUIRE(line);
    for (const QPointF& p : line->points())
        CHECK(p.y() != 100.0);
    CHECK(line->count() == 3); // 82,1, 83,9 and 73,0; the two "~100" are left out

    // Undo restores the table as it was before the fetch.
    wizard.undo();
    CHECK_FALSE(stored(db, analysis.id, kMerit, QStringLiteral("2024/25")));
    CHECK(cell(model, kMerit, QStringLiteral("2023/24")).data().toString() == QStringLiteral("200"));

    // Fetch again and agree: the typed value gives way to the statistics'.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(results->fetchButton(), Qt::LeftButton);
    CHECK(stored(db, analysis.id, kMerit, QStringLiteral("2023/24"))->value == 221.3);
    CHECK(cell(model, kMerit, QStringLiteral("2023/24")).data(ResultsModel::SourceRole).toString()
          == QStringLiteral("11181258.json"));

    // Nothing more to fetch: said so, nothing asked.
    QTest::mouseClick(results->fetchButton(), Qt::LeftButton);
    CHECK(results->fetchStatus()->text().contains(QStringLiteral("already holds")));
}

TEST_CASE("Cancel in the fetch dialog leaves the table as it was", "[ui][analysis][import]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const qint64 unit
        = recodeDemoUnit(db, QStringLiteral("99120002"), QString::fromLatin1(kRealUnit), QStringLiteral("2281"));
    importThroughService(db, { statisticsResponse(QString::fromLatin1(kRealUnit)) });
    const Analysis analysis = newAnalysis(db, unit);
    AnalysisWizard wizard(db, analysis.id);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto* results = qobject_cast<ResultsEditor*>(wizard.currentPage()->editor());
    REQUIRE(results);
    typeInCell(results->table(), cell(results->model(), kMerit, QStringLiteral("2024/25")), QStringLiteral("199,5"));
    const QList<IndicatorValue> before = results->model()->results();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(results->fetchButton(), Qt::LeftButton);
    CHECK(results->model()->results() == before);
    CHECK(stored(db, analysis.id, kMerit, QStringLiteral("2024/25"))->value == 199.5);
    CHECK_FALSE(stored(db, analysis.id, kMerit, QStringLiteral("2022/23")));
}

TEST_CASE("A plan indicator linked to a statistic offers the newest imported value as its baseline",
          "[ui][plan][import]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    // The demo's first intervention works in Ekbackaskolan F–6 (its first unit) and links the meritvärde.
    recodeDemoUnit(db, QStringLiteral("99120001"), QString::fromLatin1(kRealUnit), QStringLiteral("2281"));
    importThroughService(db, { statisticsResponse(QString::fromLatin1(kRealUnit)) });

    PlanWizard wizard(db, kCollaboration);
    REQUIRE(wizard.isValid());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto* goals = wizard.page<GoalsPage>();
    REQUIRE(goals);
    for (int i = 0; i < wizard.pageCount(); ++i) {
        if (wizard.page(i) == goals)
            wizard.stepList()->setCurrentRow(i);
    }
    const Intervention first = wizard.session()->plan().interventions.first();
    goals->selectIntervention(first.id);
    int meritRow = -1;
    for (int row = 0; row < first.indicators.size(); ++row) {
        if (first.indicators[row].statistic == kMerit)
            meritRow = row;
    }
    REQUIRE(meritRow >= 0);
    goals->indicatorTable()->setCurrentCell(meritRow, 0);
    CHECK(goals->baselineOfferLabel()->isVisible());
    const QString offer = goals->baselineOfferLabel()->text();
    CHECK(offer.contains(QStringLiteral("2024/25")));
    CHECK(offer.contains(QStringLiteral("11181258.json")));
    CHECK(offer.contains(QLocale().toString(214.2)));
    REQUIRE(goals->useBaselineButton()->isEnabled());
    QTest::mouseClick(goals->useBaselineButton(), Qt::LeftButton);
    CHECK(goals->baselineEdit()->text() == QLocale().toString(214.2));
    const auto saved = readFromFile(
        t.path,
        QStringLiteral("SELECT baseline FROM intervention_indicator WHERE intervention_id = %1 AND statistic = '%2'")
            .arg(first.id)
            .arg(kMerit));
    CHECK(saved.toDouble() == 214.2);

    // A marker is no baseline: for the vocational programmes 2024/25 says "~100", so 2023/24's 82,1 is offered.
    int vocationalRow = -1;
    for (int row = 0; row < first.indicators.size(); ++row) {
        if (first.indicators[row].statistic == kVocational)
            vocationalRow = row;
    }
    REQUIRE(vocationalRow >= 0);
    goals->indicatorTable()->setCurrentCell(vocationalRow, 0);
    CHECK(goals->baselineOfferLabel()->text().contains(QStringLiteral("2023/24")));
    CHECK(goals->baselineOfferLabel()->text().contains(QLocale().toString(82.1)));
}
