#include "Command.h"

#include "core/demo/DemoData.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

int createDatabase(const QString& path, bool withDemo, QTextStream& out, QTextStream& err)
{
    const auto state = Database::inspect(path).state;
    if (state != DatabaseInspection::State::Missing && state != DatabaseInspection::State::Empty) {
        err << Cli::tr("%1 already exists; choose a new file name or remove the file first.").arg(path) << Qt::endl;
        return ExitCode::Failed;
    }
    QString error;
    auto db = Database::open(path, &error, Database::Options { false });
    if (!db) {
        err << error << Qt::endl;
        return ExitCode::Failed;
    }
    if (withDemo && !DemoData::populateAll(*db, &error)) {
        err << Cli::tr("The demo data could not be written: %1").arg(error) << Qt::endl;
        return ExitCode::Failed;
    }
    out << (withDemo ? Cli::tr("Created the demo database %1.") : Cli::tr("Created the empty database %1."))
               .arg(db->path())
        << Qt::endl;
    return ExitCode::Ok;
}

int check(const QString& path, QTextStream& out, QTextStream& err)
{
    using S = DatabaseInspection::State;
    const DatabaseInspection inspection = Database::inspect(path);
    switch (inspection.state) {
    case S::Sound:
        out << Cli::tr("%1 is sound: integrity ok, schema version %2.").arg(path).arg(inspection.schemaVersion)
            << Qt::endl;
        return ExitCode::Ok;
    case S::Outdated:
        out << Cli::tr("%1 is sound: integrity ok, schema version %2; it will be upgraded when opened.")
                   .arg(path)
                   .arg(inspection.schemaVersion)
            << Qt::endl;
        return ExitCode::Ok;
    case S::Missing:
        err << Cli::tr("%1 does not exist.").arg(path) << Qt::endl;
        return ExitCode::Failed;
    case S::Empty:
        err << Cli::tr("%1 is empty: it holds no Skoldialog database yet.").arg(path) << Qt::endl;
        return ExitCode::Failed;
    default:
        err << inspection.message << Qt::endl;
        if (const QString backup = Backups::newest(path); !backup.isEmpty())
            err << Cli::tr("The newest backup is %1.").arg(backup) << Qt::endl;
        return ExitCode::Failed;
    }
}

int backup(const QString& path, const QString& outPath, QTextStream& out, QTextStream& err)
{
    const DatabaseInspection inspection = Database::inspect(path);
    if (inspection.state != DatabaseInspection::State::Sound
        && inspection.state != DatabaseInspection::State::Outdated) {
        err << (inspection.message.isEmpty() ? Cli::tr("%1 holds no Skoldialog database.").arg(path)
                                             : inspection.message)
            << Qt::endl;
        return ExitCode::Failed;
    }
    QString error;
    if (!Backups::copyTo(path, outPath, &error)) {
        err << Cli::tr("The backup failed: %1").arg(error) << Qt::endl;
        return ExitCode::Failed;
    }
    out << Cli::tr("Wrote a backup of %1 to %2.").arg(path, QFileInfo(outPath).absoluteFilePath()) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

QList<Command> databaseCommands()
{
    return {
        { QStringLiteral("init"), QStringLiteral("DB"), Cli::tr("Create an empty database."),
          [](const QStringList& a, QTextStream& out, QTextStream& err) {
              return a.size() == 1 ? createDatabase(a[0], false, out, err) : ExitCode::Usage;
          } },
        { QStringLiteral("demo"), QStringLiteral("DB"), Cli::tr("Create a database with a realistic fictional case."),
          [](const QStringList& a, QTextStream& out, QTextStream& err) {
              return a.size() == 1 ? createDatabase(a[0], true, out, err) : ExitCode::Usage;
          },
          true },
        { QStringLiteral("check"), QStringLiteral("DB"), Cli::tr("Check a database's integrity and schema version."),
          [](const QStringList& a, QTextStream& out, QTextStream& err) {
              return a.size() == 1 ? check(a[0], out, err) : ExitCode::Usage;
          } },
        { QStringLiteral("backup"), QStringLiteral("DB OUT"), Cli::tr("Write a consistent copy of a database to OUT."),
          [](const QStringList& a, QTextStream& out, QTextStream& err) {
              return a.size() == 2 ? backup(a[0], a[1], out, err) : ExitCode::Usage;
          } },
    };
}
