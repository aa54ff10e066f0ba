// skoldialog-cli plan: the åtgärdsplan of a collaboration as a PDF or an ODT, the same document the GUI prints.
#include "Command.h"
#include "DocumentArguments.h"

#include "core/documents/PlanDocument.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace {

enum class PlanFormat { Pdf, Odt };

struct PlanArguments
{
    QString database;
    qint64 collaborationId = 0;
    QString out;
};

/** DB --collaboration ID --out FILE, in any order after DB. */
std::optional<PlanArguments> parse(const QStringList& args)
{
    const auto d = parseDocumentArguments(args);
    if (!d)
        return std::nullopt;
    return PlanArguments { d->database, d->collaborationId, d->out };
}

std::optional<PlanFormat> formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return PlanFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return PlanFormat::Odt;
    return std::nullopt;
}

int writePlan(const PlanArguments& a, QTextStream& out, QTextStream& err)
{
    const auto format = formatOf(a.out);
    if (!format) {
        err << Cli::tr("%1: the file name must end in .pdf or .odt; the format follows it.").arg(a.out) << Qt::endl;
        return ExitCode::Usage;
    }
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
    const auto sources = PlanDocument::load(*db, a.collaborationId, &error);
    if (!sources) {
        err << error << Qt::endl;
        return ExitCode::Failed;
    }
    const bool written = *format == PlanFormat::Pdf ? PlanDocument::writePdf(*sources, a.out, &error)
                                                    : PlanDocument::writeOdt(*sources, a.out, &error);
    if (!written) {
        err << Cli::tr("The action plan could not be written: %1").arg(error) << Qt::endl;
        return ExitCode::Failed;
    }
    out << Cli::tr("Wrote the action plan (%n interventions) to %1.", nullptr, int(sources->plan.interventions.size()))
               .arg(QFileInfo(a.out).absoluteFilePath())
        << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

QList<Command> planCommands()
{
    return {
        { QStringLiteral("plan"), QStringLiteral("DB --collaboration ID --out FILE.pdf|FILE.odt"),
          Cli::tr("Write the action plan of a collaboration as a PDF or an ODT (from the file's extension)."),
          [](const QStringList& args, QTextStream& out, QTextStream& err) {
              const auto parsed = parse(args);
              return parsed ? writePlan(*parsed, out, err) : ExitCode::Usage;
          },
          true },
    };
}
