// skoldialog-cli report: a delredovisning or the slutredovisning of a collaboration as a PDF or an ODT,
// the same documents the GUI prints.
#include "Command.h"
#include "DocumentArguments.h"

#include "core/documents/FinalReportDocument.h"
#include "core/documents/ProgressReportDocument.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace {

enum class ReportKind { Progress, Final };

struct ReportArguments
{
    QString database;
    qint64 collaborationId = 0;
    ReportKind kind = ReportKind::Progress;
    int number = 0; ///< with Progress
    QString out;
};

/** DB --collaboration ID --kind progress --number N --out FILE, or --kind final without a number. */
std::optional<ReportArguments> parse(const QStringList& args)
{
    const auto d = parseDocumentArguments(args, { QStringLiteral("kind"), QStringLiteral("number") });
    if (!d)
        return std::nullopt;
    const QString kind = d->options.value(QStringLiteral("kind"));
    ReportArguments a { d->database, d->collaborationId, ReportKind::Progress, 0, d->out };
    if (kind == QLatin1String("final")) {
        a.kind = ReportKind::Final;
        if (d->options.contains(QStringLiteral("number")))
            return std::nullopt;
        return a;
    }
    if (kind != QLatin1String("progress"))
        return std::nullopt;
    bool ok = false;
    a.number = d->options.value(QStringLiteral("number")).toInt(&ok);
    if (!ok || a.number <= 0)
        return std::nullopt;
    return a;
}

int writeReport(const ReportArguments& a, QTextStream& out, QTextStream& err)
{
    // The format follows the name; anything else is refused before the database is even opened.
    const auto format = FollowUpDocument::formatOf(a.out);
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
    const bool pdf = *format == FollowUpDocument::Format::Pdf;
    QString title;
    bool stored = true;
    bool written = false;
    if (a.kind == ReportKind::Progress) {
        const auto sources = ProgressReportDocument::load(*db, a.collaborationId, a.number, &error);
        if (!sources) {
            err << Cli::tr("Progress report %1 could not be made: %2").arg(a.number).arg(error) << Qt::endl;
            return ExitCode::Failed;
        }
        title = sources->report.title();
        stored = sources->stored;
        written = pdf ? ProgressReportDocument::writePdf(*sources, a.out, &error)
                      : ProgressReportDocument::writeOdt(*sources, a.out, &error);
    } else {
        const auto sources = FinalReportDocument::load(*db, a.collaborationId, &error);
        if (!sources) {
            err << Cli::tr("The final report could not be made: %1").arg(error) << Qt::endl;
            return ExitCode::Failed;
        }
        title = Cli::tr("The final report");
        stored = sources->stored;
        written = pdf ? FinalReportDocument::writePdf(*sources, a.out, &error)
                      : FinalReportDocument::writeOdt(*sources, a.out, &error);
    }
    if (!written) {
        err << Cli::tr("The report could not be written: %1").arg(error) << Qt::endl;
        return ExitCode::Failed;
    }
    const QString path = QFileInfo(a.out).absoluteFilePath();
    if (stored)
        out << Cli::tr("Wrote %1 to %2.").arg(title, path) << Qt::endl;
    else
        out << Cli::tr("Wrote a draft of %1, made from the signed agreement and not stored, to %2.").arg(title, path)
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

QList<Command> reportCommands()
{
    return {
        { QStringLiteral("report"),
          QStringLiteral("DB --collaboration ID --kind progress --number N|--kind final --out FILE.pdf|FILE.odt"),
          Cli::tr("Write a progress report or the final report as a PDF or an ODT (from the file's extension); "
                  "without a stored one, a draft (not stored)."),
          [](const QStringList& args, QTextStream& out, QTextStream& err) {
              const auto parsed = parse(args);
              return parsed ? writeReport(*parsed, out, err) : ExitCode::Usage;
          },
          true },
    };
}
