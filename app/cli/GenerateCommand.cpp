// skoldialog-cli generate: national-scale data for benchmarks and tests.
#include "Command.h"

#include "core/generate/NationalData.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace {

int generate(QStringList args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty())
        return ExitCode::Usage;
    const QString path = args.takeFirst();
    NationalData::Scale scale = NationalData::Scale::National;
    quint64 seed = 1;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (args.isEmpty())
            return ExitCode::Usage;
        const QString value = args.takeFirst();
        if (option == QLatin1String("--scale")) {
            const auto parsed = NationalData::parseScale(value);
            if (!parsed) {
                err << Cli::tr("Unknown scale %1: use national or small.").arg(value) << Qt::endl;
                return ExitCode::Usage;
            }
            scale = *parsed;
        } else if (option == QLatin1String("--seed")) {
            bool ok = false;
            seed = value.toULongLong(&ok);
            if (!ok) {
                err << Cli::tr("The seed must be a whole number, not %1.").arg(value) << Qt::endl;
                return ExitCode::Usage;
            }
        } else {
            return ExitCode::Usage;
        }
    }

    const auto state = Database::inspect(path).state;
    if (state != DatabaseInspection::State::Missing && state != DatabaseInspection::State::Empty) {
        err << Cli::tr("%1 already exists; choose a new file name or remove the file first.").arg(path) << Qt::endl;
        return ExitCode::Failed;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto db = Database::open(path, &error, Database::Options { false });
    if (!db) {
        err << error << Qt::endl;
        return ExitCode::Failed;
    }
    NationalData::Counts counts;
    const auto progress = [&](const QString& step) { out << "  " << step << "…" << Qt::endl; };
    if (!NationalData::generate(*db, scale, seed, &counts, &error, progress)) {
        err << Cli::tr("The data could not be generated: %1").arg(error) << Qt::endl;
        return ExitCode::Failed;
    }
    out << Cli::tr("Generated %1 in %2 s: %3 organizers, %4 school units, %5 collaborations, %6 meetings, "
                   "%7 statistics values, %8 analyses, %9 action plans.")
               .arg(db->path())
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(counts.organizers)
               .arg(counts.units)
               .arg(counts.collaborations)
               .arg(counts.meetings)
               .arg(counts.statistics)
               .arg(counts.analyses)
               .arg(counts.plans)
        << Qt::endl;
    out << Cli::tr("… and %1 agreements (ÖK 1 sent for signing, ÖK 2 drafts from the plans).").arg(counts.agreements)
        << Qt::endl;
    out << Cli::tr("… and %1 progress reports with %2 measurements for the collaborations in phase 5 and 6 (their ÖK 2 "
                   "signed).")
               .arg(counts.progressReports)
               .arg(counts.measurements)
        << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

QList<Command> generateCommands()
{
    return {
        { QStringLiteral("generate"), QStringLiteral("DB [--scale national|small] [--seed N]"),
          Cli::tr("Create a database with deterministic national-scale data (benchmarks, tests)."),
          [](const QStringList& a, QTextStream& out, QTextStream& err) { return generate(a, out, err); },
          true }, // it prints the signed ÖK 2s of phases 5 and 6 (their PDF is kept)
    };
}
