// skoldialog-cli import: Skolverket's files (registry, statistics, Sök statistik) into a database.
#include "Command.h"

#include "core/import/ImportService.h"
#include "core/storage/Database.h"

#include <QFileInfo>
#include <QHash>

namespace {

constexpr int SomeRefused = 3;

int import(QStringList args, QTextStream& out, QTextStream& err)
{
    const bool dryRun = args.removeAll(QStringLiteral("--dry-run")) > 0;
    for (const QString& a : args) {
        if (a.startsWith(QLatin1String("--"))) {
            err << Cli::tr("Unknown option %1.").arg(a) << Qt::endl;
            return ExitCode::Usage;
        }
    }
    if (args.size() < 2)
        return ExitCode::Usage;
    const QString path = args.takeFirst();
    for (const QString& f : args) {
        if (!QFileInfo::exists(f)) {
            err << Cli::tr("%1 does not exist. Give the path of a file or folder Skolverket's data was saved in.")
                       .arg(f)
                << Qt::endl;
            return ExitCode::Usage;
        }
    }
    QString error;
    auto db = Database::openExisting(path, &error);
    if (!db) {
        err << error << Qt::endl;
        return ExitCode::Failed;
    }
    Import::Service service(*db);
    const Import::Plan plan = service.plan(args, &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return ExitCode::Failed;
    }
    bool anyRefused = false;
    for (const Import::FilePlan& f : plan.files) {
        out << f.file.path << Qt::endl;
        if (f.refusedWhole()) {
            out << "  " << Cli::tr("Refused whole, nothing of it is imported: %1").arg(f.file.error->message)
                << Qt::endl;
            continue;
        }
        out << "  " << Import::Names::kind(f.file.recognition.kind);
        if (!f.file.recognition.title.isEmpty())
            out << ": " << f.file.recognition.title;
        if (!f.file.recognition.schoolYear.isEmpty())
            out << " (" << f.file.recognition.schoolYear << ")";
        out << ", " << Import::Names::encoding(f.file.recognition.encoding) << Qt::endl;
        const Import::Counts c = f.counts();
        out << "  "
            << Cli::tr("%1 new, %2 changed, %3 unchanged, %4 refused")
                   .arg(c.newRecords)
                   .arg(c.changed)
                   .arg(c.unchanged)
                   .arg(c.refused)
            << Qt::endl;
        // Every refusal, each text once: the values of one unknown unit share their reason.
        QStringList texts;
        QHash<QString, int> times;
        for (const Import::Entry& e : f.entries) {
            if (e.outcome != Import::Outcome::Refused)
                continue;
            anyRefused = true;
            const QString text = f.refusalText(e);
            if (times[text]++ == 0)
                texts << text;
        }
        for (const QString& text : texts) {
            out << "  " << Cli::tr("refused") << " " << text;
            if (times[text] > 1)
                out << " " << Cli::tr("(%1 values)").arg(times[text]);
            out << Qt::endl;
        }
        out << "  " << Import::Service::summaryText(f) << Qt::endl;
    }
    if (dryRun) {
        out << Cli::tr("Dry run: nothing was written.") << Qt::endl;
    } else {
        const Import::ApplyResult result = service.apply(plan);
        if (!result.ok) {
            err << Cli::tr("The import failed and nothing was written: %1").arg(result.error) << Qt::endl;
            return ExitCode::Failed;
        }
        if (plan.changesNothing())
            out << Cli::tr("Nothing was changed.") << Qt::endl;
    }
    if (plan.anyRefusedWhole())
        return ExitCode::Failed;
    return anyRefused ? SomeRefused : ExitCode::Ok;
}

} // namespace

QList<Command> importCommands()
{
    return {
        { QStringLiteral("import"), QStringLiteral("DB FILE|FOLDER... [--dry-run]"),
          Cli::tr("Import Skolverket's files (registry, statistics, Sök statistik); exit 3 when some records were "
                  "refused, 1 when a file was refused whole."),
          [](const QStringList& a, QTextStream& out, QTextStream& err) { return import(a, out, err); } },
    };
}
