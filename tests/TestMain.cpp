// One main for every test program: a Qt application (widgets when the program needs
// them) so translations, QStandardPaths and event loops behave as in the application.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef SKOLDIALOG_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
// Not QCoreApplication: the demo data prints its signed agreement, and documents need fonts.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <QStandardPaths>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                     : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Skoldialog"));
    TestApplication::setApplicationName(QStringLiteral("Skoldialog"));
    return Catch::Session().run(argc, argv);
}
