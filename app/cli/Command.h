#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

/** One `skoldialog-cli` subcommand. Each feature registers its own in its file. */
struct Command
{
    QString name;
    QString usage; ///< arguments, e.g. "DB OUT"
    QString description; ///< one line, translated
    std::function<int(const QStringList& args, QTextStream& out, QTextStream& err)> run;
    /** It paints documents, so it needs fonts: main() makes a (headless) QGuiApplication for it. */
    bool needsGui = false;
};

/** The translation context of every CLI message: `Cli::tr("…")`. */
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/** Exit codes shared by every command. */
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failed = 1;
constexpr int Usage = 2;
} // namespace ExitCode

/** The commands of the foundation: init, demo, check, backup. */
QList<Command> databaseCommands();

/** generate: deterministic national-scale data (GenerateCommand.cpp). */
QList<Command> generateCommands();

/** analysis: the nulägesanalys as a PDF (AnalysisCommand.cpp). */
QList<Command> analysisCommands();

/** plan: the åtgärdsplan as a PDF or an ODT (PlanCommand.cpp). */
QList<Command> planCommands();

/** agreement: an överenskommelse as a PDF (AgreementCommand.cpp). */
QList<Command> agreementCommands();

/** report: a delredovisning or the slutredovisning as a PDF or an ODT (ReportCommand.cpp). */
QList<Command> reportCommands();
