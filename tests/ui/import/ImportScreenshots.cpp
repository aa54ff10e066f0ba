// Not a test: `ui_tests "[.screenshots-import]"` under a real X display (xvfb-run,
// QT_QPA_PLATFORM=xcb) paints the import wizard's pages with the national export loaded,
// the import log and the results page with fetched values, at 1366×768 in Swedish, into
// $SKOLDIALOG_SHOTS (default docs/import).
#include "ImportTestSupport.h"
#include "tests/ui/UiTestSupport.h"

#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "ui/analysis/AnalysisPage.h"
#include "ui/analysis/AnalysisWizard.h"
#include "ui/analysis/ResultsEditor.h"
#include "ui/analysis/ResultsModel.h"
#include "ui/import/ImportApplyPage.h"
#include "ui/import/ImportLogDialog.h"
#include "ui/import/ImportPreviewModel.h"
#include "ui/import/ImportPreviewPage.h"
#include "ui/import/ImportWizard.h"
#include "ui/widgets/MessageBox.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace ImportFixtures;

namespace {

void waitForPlan(ImportWizard& wizard)
{
    waitUntil([&wizard] { return !wizard.isPlanning(); }, 60000);
    REQUIRE_FALSE(wizard.isPlanning());
}

} // namespace

TEST_CASE("Screenshots of the import wizard and the fetched results", "[.screenshots-import]")
{
    const QString dir = prepareScreenshots("SKOLDIALOG_SHOTS", QStringLiteral("docs/import"));
    TestDatabase t(true);
    Database& db = *t.db;

    {
        ImportWizard wizard(db, { nationalExport() });
        wizard.setGeometry(0, 0, 1366, 768);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        waitForPlan(wizard);
        shootScreen(dir, QStringLiteral("01-filer.png"));
        wizard.setCurrentIndex(1);
        wizard.previewPage()->table()->setCurrentIndex(wizard.previewPage()->filter()->index(0, 0));
        shootScreen(dir, QStringLiteral("02-forhandsgranskning.png"));
        wizard.setCurrentIndex(2);
        shootScreen(dir, QStringLiteral("03-importera.png"));
        QTest::mouseClick(wizard.applyPage()->importButton(), Qt::LeftButton);
        shootScreen(dir, QStringLiteral("04-sammanfattning.png"));
        wizard.accept();
    }

    // The same export again after three units were renamed and one closed by hand: field by field, old → new.
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE school_unit SET name = name || ' (gamla namnet)' WHERE code IN "
                                      "('48000763', '69498258', '82520504')")));
        ImportWizard wizard(db, { nationalExport() });
        wizard.setGeometry(0, 0, 1366, 768);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        waitForPlan(wizard);
        wizard.setCurrentIndex(1);
        wizard.previewPage()->outcomeCombo()->setCurrentIndex(ImportPreviewPage::NewAndChanged);
        wizard.previewPage()->table()->setCurrentIndex(wizard.previewPage()->filter()->index(0, 0));
        shootScreen(dir, QStringLiteral("05-forhandsgranskning-andrade.png"));
        wizard.accept();
    }

    {
        ImportLogDialog log(db);
        log.setGeometry(40, 80, 1280, 520);
        log.show();
        REQUIRE(QTest::qWaitForWindowExposed(&log));
        shootScreen(dir, QStringLiteral("06-importlogg.png"));
    }

    // The results page of Strandängsskolan, given Stöde skola's code and real statistics (its own and
    // Sundsvall's staff report), after the fetch, on a database of its own.
    TestDatabase t2(true);
    Database& db2 = *t2.db;
    const qint64 unit
        = recodeDemoUnit(db2, QStringLiteral("99120002"), QString::fromLatin1(kRealUnit), QStringLiteral("2281"));
    importThroughService(db2,
                         { statisticsResponse(QString::fromLatin1(kRealUnit)),
                           kommunReport(QStringLiteral("Grundskola - Personalstatistik med lärarlegitimation "
                                                       "och behörighet 2024 Kommun.csv")) });
    const auto tmpl = AnalysisTemplate::newestFor(AnalysisKind::School);
    REQUIRE(tmpl);
    Analysis a;
    a.collaborationId = 1;
    a.unitId = unit;
    a.templateId = tmpl->id;
    a.templateVersion = tmpl->version;
    a.currentPage = QStringLiteral("results");
    a.results = { { QStringLiteral("averageGradesMeritRating9thGrade"), QStringLiteral("2023/24"), 219.0, QString() } };
    QString error;
    REQUIRE(AnalysisStore(db2).save(a, 5, &error));
    AnalysisWizard wizard(db2, a.id);
    wizard.setGeometry(0, 0, 1366, 768);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto* results = qobject_cast<ResultsEditor*>(wizard.currentPage()->editor());
    REQUIRE(results);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(results->fetchButton(), Qt::LeftButton);
    // The chart of the certified teachers, where the kommun's line stands beside the unit's.
    int row = 0;
    for (int r = 0; r < results->model()->indicators().size(); ++r) {
        if (results->model()->indicators()[r].id == QStringLiteral("certifiedTeachersQuota"))
            row = r;
    }
    results->table()->setCurrentIndex(results->model()->index(row, 1));
    if (results->compareCheck()->isEnabled())
        results->compareCheck()->setChecked(true);
    shootScreen(dir, QStringLiteral("07-resultat-hamtade.png"));
}
