// skoldialog-cli agreement: an överenskommelse of a collaboration as a PDF, the same document the GUI prints.
#include "Command.h"
#include "DocumentArguments.h"

#include "core/analysis/Analysis.h"
#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/PlanStore.h"

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

/** A draft from the case, not stored: what `agreement` prints when none exists yet. */
std::optional<Agreement> draft(const Database& db, const Collaboration& c, AgreementKind kind, QString* error)
{
    const auto organizer = OrganizerStore(db).load(c.organizerId, error);
    if (!organizer)
        return std::nullopt;
    std::optional<Programme> programme;
    for (const auto& p : CollaborationStore(db).programmes(error)) {
        if (p.id == c.programmeId)
            programme = p;
    }
    const auto party = AgreementStore(db).programmeParty(c.programmeId, error);
    if (!programme || !party)
        return std::nullopt;
    std::optional<ActionPlan> plan;
    std::optional<Analysis> analysis;
    if (kind == AgreementKind::Interventions) {
        plan = PlanStore(db).load(c.id, error);
        if (plan)
            analysis = AnalysisStore(db).load(plan->analysisId, error);
    }
    return Agreement::draftFrom(kind, c, *organizer, *programme, *party, plan ? &*plan : nullptr,
                                analysis ? &*analysis : nullptr, error);
}

int writeAgreement(const AgreementArguments& a, QTextStream& out, QTextStream& err)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        err << Cli::tr("Documents need fonts; this command must run in a QGuiApplication.") << Qt::endl;
        return ExitCode::Failed;
    }
    // Opening a missing file would create an empty database; say so instead. (Database::open checks the rest:
    // a second full inspection here would cost a tenth of the command's time.)
    if (!QFileInfo(a.database).isFile() || QFileInfo(a.database).size() == 0) {
        err << Cli::tr("%1 does not exist.").arg(a.database) << Qt::endl;
        return ExitCode::Failed;
    }
    QString error;
    auto db = Database::open(a.database, &error, Database::Options { false });
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
        agreement = draft(*db, *collaboration, a.kind, &error);
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
          } },
    };
}
