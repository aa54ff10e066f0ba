// skoldialog-cli package: exchange packages with principals (export, open, return, import, show).
#include "Command.h"

#include "core/exchange/Exchange.h"
#include "core/exchange/Records.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/SchoolUnitStore.h"

#include <QFileInfo>
#include <QJsonArray>

namespace {

/** Exit code of an import that applied everything else and left conflicts for a decision. */
constexpr int kConflictsLeftOpen = 3;

/** Reads "--name value" pairs after the positional arguments; nullopt on anything unknown. */
std::optional<QMap<QString, QString>> options(const QStringList& args, qsizetype from, const QStringList& known,
                                              const QStringList& flags = {})
{
    QMap<QString, QString> result;
    for (qsizetype i = from; i < args.size(); ++i) {
        const QString name = args[i].startsWith(QLatin1String("--")) ? args[i].mid(2) : QString();
        if (flags.contains(name)) {
            result.insert(name, QStringLiteral("1"));
        } else if (known.contains(name) && i + 1 < args.size()) {
            result.insert(name, args[++i]);
        } else {
            return std::nullopt;
        }
    }
    return result;
}

std::unique_ptr<Database> openDb(const QString& path, QTextStream& err)
{
    QString error;
    auto db = Database::openExisting(path, &error);
    if (!db)
        err << error << Qt::endl;
    return db;
}

int exportPackage(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const auto o = args.isEmpty()
        ? std::nullopt
        : options(args, 1, { QStringLiteral("collaboration"), QStringLiteral("analysis"), QStringLiteral("out") });
    if (!o || !o->contains(QStringLiteral("collaboration")) || !o->contains(QStringLiteral("analysis"))
        || !o->contains(QStringLiteral("out")))
        return ExitCode::Usage;
    bool ok = false;
    const qint64 collaborationId = o->value(QStringLiteral("collaboration")).toLongLong(&ok);
    if (!ok)
        return ExitCode::Usage;
    auto db = openDb(args[0], err);
    if (!db)
        return ExitCode::Failed;
    QString error;
    const auto collaboration = CollaborationStore(*db).load(collaborationId, &error);
    if (!collaboration) {
        err << Cli::tr("There is no collaboration with id %1 in %2.").arg(collaborationId).arg(args[0]) << Qt::endl;
        return ExitCode::Failed;
    }
    const QString level = o->value(QStringLiteral("analysis"));
    qint64 unitId = 0;
    if (level != QLatin1String("organizer")) {
        for (qint64 id : collaboration->unitIds) {
            const auto unit = SchoolUnitStore(*db).load(id, &error);
            if (unit && unit->code == level)
                unitId = id;
        }
        if (unitId == 0) {
            err << Cli::tr("No unit in collaboration %1's scope has the unit code %2; give a unit code or "
                           "\"organizer\".")
                       .arg(collaborationId)
                       .arg(level)
                << Qt::endl;
            return ExitCode::Failed;
        }
    }
    const QString path = o->value(QStringLiteral("out"));
    const auto manifest = Exchange::writeOutgoing(*db, collaborationId, unitId, path, &error);
    if (!manifest) {
        err << error << Qt::endl;
        return ExitCode::Failed;
    }
    out << Cli::tr("Wrote the package %1 (the analysis of %2) to %3.")
               .arg(manifest->packageId, manifest->unitName, QFileInfo(path).absoluteFilePath())
        << Qt::endl;
    return ExitCode::Ok;
}

int openPackage(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.size() != 2)
        return ExitCode::Usage;
    QString error;
    const auto package = Exchange::read(args[0], &error);
    if (!package || !Exchange::openAsDatabase(*package, args[1], &error)) {
        err << error << Qt::endl;
        return ExitCode::Failed;
    }
    out << Cli::tr("Opened the package for %1 as %2.")
               .arg(package->manifest.unitName, QFileInfo(args[1]).absoluteFilePath())
        << Qt::endl;
    return ExitCode::Ok;
}

int returnPackage(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const auto o = args.isEmpty() ? std::nullopt : options(args, 1, { QStringLiteral("out") });
    if (!o || !o->contains(QStringLiteral("out")))
        return ExitCode::Usage;
    auto db = openDb(args[0], err);
    if (!db)
        return ExitCode::Failed;
    QString error;
    const QString path = o->value(QStringLiteral("out"));
    const auto manifest = Exchange::writeReturn(*db, path, &error);
    if (!manifest) {
        err << error << Qt::endl;
        return ExitCode::Failed;
    }
    out << Cli::tr("Wrote the return package %1, answering %2, to %3.")
               .arg(manifest->packageId, manifest->answers, QFileInfo(path).absoluteFilePath())
        << Qt::endl;
    return ExitCode::Ok;
}

QString text(const QJsonValue& v)
{
    return v.isArray() ? QString::number(v.toArray().size()) : v.toString().simplified().left(80);
}

void printChange(const Merge::RecordChange& c, const Merge::RecordSet& records, QTextStream& out)
{
    const QString label = records.contains(c.uuid) ? Records::label(records[c.uuid]) : c.uuid;
    out << "  " << c.kind << " " << c.uuid << " (" << label << "): " << c.reason << "\n";
    for (const auto& f : c.fields) {
        if (f.outcome == Merge::FieldOutcome::Conflict || f.outcome == Merge::FieldOutcome::Refused)
            out << "    " << f.field << ": " << Cli::tr("sent") << " \"" << text(f.base) << "\", " << Cli::tr("here")
                << " \"" << text(f.mine) << "\", " << Cli::tr("theirs") << " \"" << text(f.theirs) << "\"\n";
    }
}

int importPackage(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.size() < 2)
        return ExitCode::Usage;
    const auto o = options(args, 2, {}, { QStringLiteral("dry-run") });
    if (!o)
        return ExitCode::Usage;
    QString error;
    // The package is verified before the database is even opened.
    const auto package = Exchange::read(args[1], &error);
    if (!package) {
        err << Cli::tr("The package was refused: %1").arg(error) << Qt::endl;
        return ExitCode::Failed;
    }
    auto db = openDb(args[0], err);
    if (!db)
        return ExitCode::Failed;
    const auto preview = Exchange::preview(*db, *package, &error);
    if (!preview) {
        err << Cli::tr("The package was refused: %1").arg(error) << Qt::endl;
        return ExitCode::Failed;
    }
    const Merge::Counts& n = preview->merge.counts;
    out << Cli::tr("Package %1 from %2: %3 new, %4 changed, %5 changed on both sides, %6 conflicts, %7 removed, %8 "
                   "refused.")
               .arg(package->manifest.packageId, preview->unitName)
               .arg(n.added)
               .arg(n.changed)
               .arg(n.parallel)
               .arg(n.conflicts)
               .arg(n.removed)
               .arg(n.refused)
        << "\n";
    for (const auto& w : preview->warnings)
        out << Cli::tr("Warning: %1").arg(w) << "\n";
    for (const auto& c : preview->merge.records) {
        if (c.outcome == Merge::RecordOutcome::Parallel)
            out << Cli::tr("Both sides changed this (merged): %1 %2").arg(c.kind, c.uuid) << "\n";
    }
    QList<Merge::RecordChange> conflicts, refusals;
    for (const auto& c : preview->merge.records) {
        if (c.outcome == Merge::RecordOutcome::Conflict)
            conflicts << c;
        else if (c.outcome == Merge::RecordOutcome::Refused || c.hasRefusedField())
            refusals << c;
    }
    if (!conflicts.isEmpty())
        out << Cli::tr("Conflicts:") << "\n";
    for (const auto& c : conflicts)
        printChange(c, preview->mine, out);
    if (!refusals.isEmpty())
        out << Cli::tr("Refused:") << "\n";
    for (const auto& c : refusals)
        printChange(c, preview->mine, out);
    if (o->contains(QStringLiteral("dry-run"))) {
        out << Cli::tr("Dry run: nothing was written.") << Qt::endl;
        return conflicts.isEmpty() ? ExitCode::Ok : kConflictsLeftOpen;
    }
    const auto outcome = Exchange::apply(*db, *preview, {}, &error);
    if (!outcome) {
        err << error << Qt::endl;
        return ExitCode::Failed;
    }
    out << outcome->message << Qt::endl;
    return outcome->openConflicts.isEmpty() ? ExitCode::Ok : kConflictsLeftOpen;
}

int showPackage(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.size() != 1)
        return ExitCode::Usage;
    QString error;
    const auto p = Exchange::read(args[0], &error);
    if (!p) {
        err << error << Qt::endl;
        return ExitCode::Failed;
    }
    const Manifest& m = p->manifest;
    out << Cli::tr("Package:") << " " << m.packageId << " (" << PackageFile::kindCode(m.kind) << ", "
        << Cli::tr("format %1").arg(m.formatVersion) << ")\n";
    if (!m.answers.isEmpty())
        out << Cli::tr("Answers:") << " " << m.answers << "\n";
    out << Cli::tr("Sender:") << " " << m.replicaId << ", " << Cli::tr("number %1").arg(m.sequence)
        << (m.priorPackageId.isEmpty() ? QString() : Cli::tr(", after %1").arg(m.priorPackageId)) << "\n";
    out << Cli::tr("Made:") << " " << m.createdAt.toString(Qt::ISODate) << " " << Cli::tr("(the sender's clock)")
        << "\n";
    out << Cli::tr("Analysis:") << " " << m.unitName
        << (m.unitCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.unitCode)) << ", " << m.organizerName
        << "\n";
    for (const auto& f : m.files)
        out << "  " << f.name << "  " << f.size << "  sha256:" << f.sha256 << "\n";
    QMap<QString, int> kinds;
    for (const auto& r : p->payload)
        ++kinds[r.kind];
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        out << "  " << it.key() << ": " << it.value() << "\n";
    out.flush();
    return ExitCode::Ok;
}

} // namespace

QList<Command> packageCommands()
{
    const QString name = QStringLiteral("package");
    return {
        { name, QStringLiteral("export DB --collaboration ID --analysis UNIT_CODE|organizer --out FILE"),
          Cli::tr("Exchange packages with principals: export, open, return, import, show."),
          [](const QStringList& args, QTextStream& out, QTextStream& err) {
              const QString sub = args.value(0);
              const QStringList rest = args.mid(1);
              if (sub == QLatin1String("export"))
                  return exportPackage(rest, out, err);
              if (sub == QLatin1String("open"))
                  return openPackage(rest, out, err);
              if (sub == QLatin1String("return"))
                  return returnPackage(rest, out, err);
              if (sub == QLatin1String("import"))
                  return importPackage(rest, out, err);
              if (sub == QLatin1String("show"))
                  return showPackage(rest, out, err);
              err << Cli::tr("package open FILE NEW.db | package return DB --out FILE | package import DB FILE "
                             "[--dry-run] | package show FILE")
                  << Qt::endl;
              return ExitCode::Usage;
          } },
    };
}
