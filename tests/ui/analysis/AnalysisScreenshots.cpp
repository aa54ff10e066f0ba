// Not a test: `ui_tests "[.screenshots]"` under a real X display (xvfb-run, QT_QPA_PLATFORM=xcb)
// paints every page of the nulägesanalys wizard at 1366×768 in Swedish into
// $SKOLDIALOG_SHOTS (default docs/analysis), so the pictures can be redone after a change.
#include "tests/ui/UiTestSupport.h"

#include "core/I18n.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "ui/analysis/AnalysisPage.h"
#include "ui/analysis/AnalysisWizard.h"
#include "ui/analysis/AreasEditor.h"
#include "ui/analysis/ItemListEditor.h"
#include "ui/analysis/ResultsEditor.h"
#include "ui/analysis/ResultsModel.h"
#include "ui/workspace/CollaborationPage.h"
#include "ui/workspace/MainWindow.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QListWidget>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

TEST_CASE("Screenshots of the wizard's pages", "[.screenshots]")
{
    const QString dir = prepareScreenshots("SKOLDIALOG_SHOTS", QStringLiteral("docs/analysis"));

    TestDatabase t(true);
    Database& db = *t.db;
    QString error;
    AnalysisStore store(db);
    auto demo = store.current(1, 0, &error);
    REQUIRE(demo); // the demo database carries a finished analysis at organizer level
    qint64 id = demo->id;
    if (demo->isReadOnly()) {
        const auto next = store.newVersion(*demo, &error);
        REQUIRE(next);
        id = next->id;
    }

    {
        MainWindow window(std::move(t.db));
        window.setGeometry(0, 0, 1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.collaborationPage());
        auto* tabs = window.collaborationPage()->tabs();
        tabs->setCurrentIndex(tabs->count() - 1);
        shootScreen(dir, QStringLiteral("00-arbetsyta-nulagesanalys.png"));

        AnalysisWizard wizard(db, id, &window);
        wizard.setGeometry(0, 0, 1366, 768);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        for (int i = 0; i < wizard.pageCount(); ++i) {
            wizard.setCurrentIndex(i);
            AnalysisPage* page = wizard.currentPage();
            if (auto* list = qobject_cast<ItemListEditor*>(page->editor()))
                list->list()->setCurrentRow(0);
            if (auto* results = qobject_cast<ResultsEditor*>(page->editor()))
                results->table()->setCurrentIndex(results->model()->index(0, 1));
            shootScreen(dir,
                        QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(page->templatePage().id));
        }
    }
}
