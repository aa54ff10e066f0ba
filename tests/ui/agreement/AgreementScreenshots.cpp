// Not a test: `ui_tests "[.screenshots]"` under a real X display (xvfb-run, QT_QPA_PLATFORM=xcb)
// paints the workspace's agreements tab and every page of the agreement wizard at
// 1366×768 in Swedish into $SKOLDIALOG_AGREEMENT_SHOTS (default docs/agreement).
#include "tests/ui/UiTestSupport.h"

#include "core/I18n.h"
#include "core/storage/Database.h"
#include "ui/agreement/AgreementPages.h"
#include "ui/agreement/AgreementWizard.h"
#include "ui/workspace/CollaborationPage.h"
#include "ui/workspace/MainWindow.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QListWidget>
#include <QScreen>
#include <QTabWidget>
#include <QTest>

TEST_CASE("Screenshots of the agreements tab and the agreement wizard", "[.screenshots]")
{
    const QString dir = prepareScreenshots("SKOLDIALOG_AGREEMENT_SHOTS", QStringLiteral("docs/agreement"));

    TestDatabase t(true);
    Database& db = *t.db;
    MainWindow window(std::move(t.db));
    window.setGeometry(0, 0, 1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.collaborationPage());
    auto* tabs = window.collaborationPage()->tabs();
    tabs->setCurrentIndex(tabs->count() - 1);
    shootScreen(dir, QStringLiteral("00-arbetsyta-overenskommelser.png"));

    AgreementWizard wizard(db, 2, &window); // the demo's ÖK 2 draft
    REQUIRE(wizard.isValid());
    wizard.setGeometry(0, 0, 1366, 768);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    const char* names[]
        = { "slag", "parter", "innehall", "ataganden", "redovisning", "undertecknare", "forhandsgranskning" };
    for (int i = 0; i < wizard.pageCount(); ++i) {
        wizard.setCurrentIndex(i);
        if (auto* sections = qobject_cast<SectionsPage*>(wizard.page(i)))
            sections->sectionList()->setCurrentRow(i == 2 ? 2 : 1);
        shootScreen(dir, QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(QLatin1String(names[i])));
    }
}
