// skoldialog-cli agreement: an överenskommelse of a collaboration as a PDF, the same document the GUI prints.
#include "Command.h"
#include "DocumentArguments.h"

#include "core/cases/Cases.h"
#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace {

struct AgreementArguments
{
    QString database;
    qint64 collaborationId = 0;
    AgreementKind kind = AgreementKind::Cooperation;
    QString out;
};

/** DB --collaboration ID --kind ok1|ok2 --out FILE, in any order after DB. */
std::optional<AgreementArguments> parse(const QStringList& args)
{
    const auto d = parseDocumentArguments(args, { QStringLiteral("kind") });
    if (!d)
        return std::nullopt;
    const QString kind = d->options.value(QStringLiteral("kind"));
    if (kind != QLatin1String("ok1") && kind != QLatin1String("ok2"))
        return std::nullopt;
    return AgreementArguments { d->database, d->collaborationId, Agreement::Kinds.fromCode(kind), d->out };
}

int writeAgreement(const AgreementArguments& a, QTextStream& out, QTextStream& err)
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
    const auto collaboration = CollaborationStore(*db).load(a.collaborationId, &error);
    if (!collaboration) {
        err << Cli::tr("There is no collaboration with id %1 in %2.").arg(a.collaborationId).arg(a.database)
            << Qt::endl;
        return ExitCode::Failed;
    }
    auto agreement = AgreementStore(*db).newest(a.collaborationId, a.kind, &error);
    const bool stored = agreement.has_value();
    if (!stored && error.isEmpty())
        agreement = Cases::draftAgreement(*db, a.collaborationId, a.kind, &error);
    if (!agreement) {
        err << Cli::tr("The agreement could not be made: %1").arg(error) << Qt::endl;
        return ExitCode::Failed;
    }
    // A signed agreement is handed out as the very PDF that was signed, never a reprint.
    const bool archived = stored && agreement->isFrozen();
    if (archived ? !AgreementStore(*db).exportSignedPdf(agreement->id, a.out, &error)
                 : !AgreementDocument::writePdf(*agreement, a.out, &error)) {
        err << Cli::tr("The PDF could not be written: %1").arg(error) << Qt::endl;
        return ExitCode::Failed;
    }
    const QString path = QFileInfo(a.out).absoluteFilePath();
    if (stored)
        out << Cli::tr("Wrote %1 (%2) to %3.")
                   .arg(agreement->kindLabel(), Agreement::Statuses.label(agreement->status).toLower(), path)
            << Qt::endl;
    else
        out << Cli::tr("Wrote a draft of %1, generated from the case and not stored, to %2.")
                   .arg(agreement->kindLabel(), path)
            << Qt::endl;
    if (!agreement->pdfSha256.isEmpty())
        out << Cli::tr("It is the PDF that was signed, byte for byte; its SHA-256 is %1.").arg(agreement->pdfSha256)
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

QList<Command> agreementCommands()
{
    return {
        { QStringLiteral("agreement"), QStringLiteral("DB --collaboration ID --kind ok1|ok2 --out FILE.pdf"),
          Cli::tr("Write the newest agreement of that kind as a PDF; without one, a draft generated from the case "
                  "(not stored)."),
          [](const QStringList& args, QTextStream& out, QTextStream& err) {
              const auto parsed = parse(args);
              return parsed ? writeAgreement(*parsed, out, err) : ExitCode::Usage;
          },
          true },
    };
}
