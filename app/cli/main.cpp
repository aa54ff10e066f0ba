// skoldialog-cli: the headless face of the same core. Everything the GUI produces, this can too.
#include "Command.h"

#include "core/I18n.h"

#include <QGuiApplication>

#include <algorithm>
#include <memory>

namespace {

void printUsage(const QList<Command>& commands, QTextStream& out)
{
    out << Cli::tr("Usage: skoldialog-cli COMMAND [ARGUMENTS]") << "\n\n" << Cli::tr("Commands:") << "\n";
    for (const auto& c : commands)
        out << "  " << (c.name + QLatin1Char(' ') + c.usage).leftJustified(24) << c.description << "\n";
    out.flush();
}

QList<Command> allCommands()
{
    return databaseCommands() + generateCommands() + analysisCommands() + planCommands() + agreementCommands()
        + reportCommands();
}

/** Commands that paint documents need fonts (Command::needsGui), so a headless QGuiApplication; the rest stay plain. */
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const QList<Command> commands = allCommands(); // untranslated yet: only the names and flags are read here
    const bool needsGui = std::any_of(commands.cbegin(), commands.cend(),
                                      [&](const Command& c) { return c.name == command && c.needsGui; });
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Skoldialog"));
    QCoreApplication::setApplicationName(QStringLiteral("Skoldialog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SKOLDIALOG_VERSION));
    I18n::install(*app, I18n::chooseLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<Command> commands = allCommands();

    QStringList args = app->arguments().mid(1);
    if (args.isEmpty() || args[0] == QLatin1String("help") || args[0] == QLatin1String("--help")
        || args[0] == QLatin1String("-h")) {
        printUsage(commands, out);
        return args.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    if (args[0] == QLatin1String("--version")) {
        out << "skoldialog-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitCode::Ok;
    }
    const QString name = args.takeFirst();
    for (const auto& c : commands) {
        if (c.name != name)
            continue;
        const int code = c.run(args, out, err);
        if (code == ExitCode::Usage)
            err << Cli::tr("Usage: skoldialog-cli %1 %2").arg(c.name, c.usage) << Qt::endl;
        return code;
    }
    err << Cli::tr("Unknown command: %1").arg(name) << Qt::endl;
    printUsage(commands, err);
    return ExitCode::Usage;
}
