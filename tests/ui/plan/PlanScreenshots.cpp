// Not a test: `ui_tests "[.screenshots]"` under a real X display (xvfb-run, QT_QPA_PLATFORM=xcb)
// paints every page of the action plan wizard, the timeline and the workspace tab at
// 1366×768 in Swedish into $SKOLDIALOG_PLAN_SHOTS (default docs/plan).
#include "tests/ui/UiTestSupport.h"

#include "core/I18n.h"
#include "core/storage/Database.h"
#include "ui/plan/InterventionFormPage.h"
#include "ui/plan/PlanPanel.h"
#include "ui/plan/PlanTimelineDialog.h"
#include "ui/plan/PlanWizard.h"
#include "ui/plan/ReviewPage.h"
#include "ui/session/PlanSession.h"
#include "ui/workspace/CollaborationPage.h"
#include "ui/workspace/MainWindow.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QScreen>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

TEST_CASE("Screenshots of the action plan wizard and its timeline", "[.screenshots]")
{
    const QString dir = prepareScreenshots("SKOLDIALOG_PLAN_SHOTS", QStringLiteral("docs/plan"));

    TestDatabase t(true);
    Database& db = *t.db;
    MainWindow window(std::move(t.db));
    window.setGeometry(0, 0, 1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.collaborationPage());
    auto* tabs = window.collaborationPage()->tabs();
    tabs->setCurrentWidget(window.collaborationPage()->planPanel());
    shootScreen(dir, QStringLiteral("00-arbetsyta-atgardsplan.png"));

    {
        PlanWizard wizard(db, 1, &window);
        wizard.setGeometry(0, 0, 1366, 768);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        const QStringList names { QStringLiteral("omraden"),
                                  QStringLiteral("insatser"),
                                  QStringLiteral("mal-och-indikatorer"),
                                  QStringLiteral("ansvar-och-tidsplan"),
                                  QStringLiteral("finansiering-och-budget"),
                                  QStringLiteral("granskning") };
        for (int i = 0; i < wizard.pageCount(); ++i) {
            wizard.setCurrentIndex(i);
            if (auto* page = qobject_cast<InterventionFormPage*>(wizard.currentPage()))
                page->selectIndex(0);
            shootScreen(dir, QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(names.value(i)));
        }
        PlanTimelineDialog timeline(db, wizard.session()->plan(), wizard.session()->context(), &wizard);
        timeline.setGeometry(0, 0, 1366, 768);
        timeline.show();
        REQUIRE(QTest::qWaitForWindowExposed(&timeline));
        shootScreen(dir, QStringLiteral("07-tidslinje.png"));
    }
}
