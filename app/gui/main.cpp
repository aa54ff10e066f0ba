// skoldialog: parse arguments, open the database, build the window. Nothing else.
#include "core/I18n.h"
#include "core/storage/Database.h"
#include "ui/workspace/DatabaseOpener.h"
#include "ui/workspace/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Skoldialog"));
    QApplication::setApplicationName(QStringLiteral("Skoldialog"));
    QApplication::setApplicationDisplayName(QStringLiteral("Skoldialog"));
    QApplication::setApplicationVersion(QStringLiteral(SKOLDIALOG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.skoldialog.Skoldialog"));
    I18n::install(app, I18n::chooseLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Samverkan för bästa skola, offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "Open the database in FILE."),
                                            QStringLiteral("FILE"), Database::defaultPath());
    parser.addOption(databaseOption);
    parser.process(app);

    auto db = openDatabaseInteractively(parser.value(databaseOption), nullptr);
    if (!db)
        return 1;
    const QString path = db->path();
    MainWindow window(std::move(db));
    window.show();

    // For scripts/bench only: SKOLDIALOG_EXIT_AFTER_SHOW=1 prints "shown-ms N" (main() to the
    // window shown) once the first events are handled, and quits without the opening backup.
    if (qEnvironmentVariableIsSet("SKOLDIALOG_EXIT_AFTER_SHOW")) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("shown-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            app.quit();
        });
        return app.exec();
    }

    // The full integrity check of a large file and the opening's backup, off the main thread.
    window.startBackgroundChecks();
    return app.exec();
}
