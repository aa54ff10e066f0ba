// skoldialog-cli analysis: the nulägesanalys of a collaboration as a PDF, the same document the GUI prints.
#include "Command.h"
#include "DocumentArguments.h"

#include "core/documents/AnalysisDocument.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/SchoolUnitStore.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace {

struct AnalysisArguments
{
    QString database;
    qint64 collaborationId = 0;
    qint64 unitId = 0;
    QString out;
};

/** DB --collaboration ID [--unit ID] --out FILE, in any order after DB. */
std::optional<AnalysisArguments> parse(const QStringList& args)
{
    const auto d = parseDocumentArguments(args, { QStringLiteral("unit") });
    if (!d)
        return std::nullopt;
    bool ok = true;
    const qint64 unitId = d->options.value(QStringLiteral("unit"), QStringLiteral("0")).toLongLong(&ok);
    if (!ok || unitId < 0)
        return std::nullopt;
    return AnalysisArguments { d->database, d->collaborationId, unitId, d->out };
}

int writeAnalysis(const AnalysisArguments& a, QTextStream& out, QTextStream& err)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        err << Cli::tr("Documents need fonts; this command must run in a QGuiApplication.") << Qt::endl;
        return ExitCode::Failed;
    }
    QString error;
    auto db = Database::openExisting(a.database, &error);
    if (!db) {
        err << error << Qt::endl;
        return ExitCode::Failed;
    }
    if (!CollaborationStore(*db).load(a.collaborationId, &error)) {
        err << Cli::tr("There is no collaboration with id %1 in %2.").arg(a.collaborationId).arg(a.database)
            << Qt::endl;
        return ExitCode::Failed;
    }
    QString unitName;
    if (a.unitId > 0) {
        const auto unit = SchoolUnitStore(*db).load(a.unitId, &error);
        if (!unit) {
            err << Cli::tr("There is no school unit with id %1 in %2.").arg(a.unitId).arg(a.database) << Qt::endl;
            return ExitCode::Failed;
        }
        unitName = unit->name;
    }
    const auto analysis = AnalysisStore(*db).current(a.collaborationId, a.unitId, &error);
    if (!analysis) {
        if (!error.isEmpty())
            err << error << Qt::endl;
        else if (unitName.isEmpty())
            err << Cli::tr("Collaboration %1 has no analysis at organizer level yet; start one in Skoldialog first.")
                       .arg(a.collaborationId)
                << Qt::endl;
        else
            err << Cli::tr("Collaboration %1 has no analysis for %2 yet; start one in Skoldialog first.")
                       .arg(a.collaborationId)
                       .arg(unitName)
                << Qt::endl;
        return ExitCode::Failed;
    }
    if (!AnalysisDocument::writePdf(*db, *analysis, a.out, &error)) {
        err << Cli::tr("The PDF could not be written: %1").arg(error) << Qt::endl;
        return ExitCode::Failed;
    }
    out << Cli::tr("Wrote the analysis (version %1, %2) to %3.")
               .arg(analysis->version)
               .arg(Analysis::Statuses.label(analysis->status).toLower(), QFileInfo(a.out).absoluteFilePath())
        << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

QList<Command> analysisCommands()
{
    return {
        { QStringLiteral("analysis"), QStringLiteral("DB --collaboration ID [--unit ID] --out FILE.pdf"),
          Cli::tr("Write the newest nulägesanalys of a collaboration as a PDF."),
          [](const QStringList& args, QTextStream& out, QTextStream& err) {
              const auto parsed = parse(args);
              return parsed ? writeAnalysis(*parsed, out, err) : ExitCode::Usage;
          },
          true },
    };
}
