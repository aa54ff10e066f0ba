#include "Database.h"

#include "Backups.h"
#include "Migrations.h"
#include "Sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("Database", s);
}

/**
 * True when nobody holds the lock file `lockPath` although it exists: its owner died
 * (killed, or the laptop lost power) at any moment, even while writing the file, or
 * its process id now belongs to another program. QLockFile's owner keeps an flock()
 * on the file as long as it lives; the kernel drops it when the process ends, so this
 * answer does not depend on the pid and host written inside.
 */
bool lockHolderIsGone(const QString& lockPath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // gone already, or unreadable: let tryLock decide
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd); // also releases our probe's lock
    return free;
#else
    Q_UNUSED(lockPath);
    return false;
#endif
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("skoldialog-%1").arg(counter.fetchAndAddRelaxed(1));
}

/** Runs `body` with a connection of its own to `path`, then removes the connection. */
template<typename F>
auto withConnection(const QString& path, bool readOnly, F body)
{
    const QString name = nextConnectionName();
    auto result = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        auto r = body(db);
        db.close();
        return r;
    }();
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool hasSqliteHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Database::Failure failureFor(DatabaseInspection::State state)
{
    using S = DatabaseInspection::State;
    switch (state) {
    case S::Newer: return Database::Failure::Newer;
    case S::Foreign: return Database::Failure::Foreign;
    case S::NotDatabase: return Database::Failure::NotDatabase;
    case S::Corrupt: return Database::Failure::Corrupt;
    case S::Unreadable: return Database::Failure::Io;
    default: return Database::Failure::None;
    }
}

} // namespace

DatabaseInspection Database::inspect(const QString& path, Check check)
{
    using S = DatabaseInspection::State;
    const QFileInfo info(path);
    if (!info.exists())
        return {S::Missing, 0, QString()};
    if (info.isDir() || !info.isReadable())
        return {S::Unreadable, 0,
                tr("The file %1 cannot be read. Check that it is a file and that you may read it.").arg(path)};
    if (info.size() == 0)
        return {S::Empty, 0, QString()};
    if (!hasSqliteHeader(path))
        return {S::NotDatabase, 0,
                tr("The file %1 is not a Skoldialog database (it is not an SQLite file at all). Choose another file, "
                   "or open the newest backup.")
                    .arg(path)};

    return withConnection(path, true, [&](QSqlDatabase& db) -> DatabaseInspection {
        const QString damaged = tr("The database %1 is damaged and cannot be opened safely. Open the newest backup; "
                                   "the damaged file is left as it is.")
                                    .arg(path);
        if (!db.open())
            return {S::Corrupt, 0, damaged};
        QSqlQuery q(db);
        if (check == Check::Full
            && (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
                || q.value(0).toString() != QLatin1String("ok")))
            return {S::Corrupt, 0, damaged};
        q.finish();
        if (!q.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                   "(SELECT user_version FROM pragma_user_version), "
                                   "(SELECT count(*) FROM sqlite_schema)"))
            || !q.next())
            return {S::Corrupt, 0, damaged};
        const int appId = q.value(0).toInt();
        const int version = q.value(1).toInt();
        const int objects = q.value(2).toInt();
        if (appId != Migrations::ApplicationId) {
            if (appId == 0 && version == 0 && objects == 0)
                return {S::Empty, 0, QString()};
            return {S::Foreign, version,
                    tr("The file %1 is a database of another program, not of Skoldialog. Choose another file.")
                        .arg(path)};
        }
        if (version > Migrations::latestVersion())
            return {S::Newer, version,
                    tr("The database %1 was written by a newer version of Skoldialog (schema version %2; this version "
                       "reads up to %3). Install the newer Skoldialog to open it. The file has not been changed.")
                        .arg(path)
                        .arg(version)
                        .arg(Migrations::latestVersion())};
        return {version < Migrations::latestVersion() ? S::Outdated : S::Sound, version, QString()};
    });
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("skoldialog.db"));
}

std::unique_ptr<Database> Database::openExisting(const QString& path, QString* error)
{
    // A look at the file's size, not a second full inspection: open() checks the rest.
    const QFileInfo file(path);
    if (!file.isFile() || file.size() == 0) {
        if (error)
            *error = QCoreApplication::translate("Database", "%1 does not exist. Give the path of a Skoldialog "
                                                             "database, or make one with init or demo.")
                         .arg(path);
        return nullptr;
    }
    return open(path, error, Options { false });
}

std::unique_ptr<Database> Database::open(const QString& rawPath, QString* error, Failure* failure, Options options)
{
    const auto fail = [&](Failure kind, const QString& message) {
        if (failure)
            *failure = kind;
        if (error)
            *error = message;
        return std::unique_ptr<Database>();
    };
    if (failure)
        *failure = Failure::None;

    const QString path = QFileInfo(rawPath).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(Failure::Io, tr("The folder %1 cannot be created. Choose a folder you may write in.").arg(QFileInfo(path).absolutePath()));

    // The lock comes first, so that a second instance never even inspects a file being written.
    const QString lockPath = path + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // stale only when its process is gone, however long it was held
    bool locked = lock->tryLock(0);
    if (!locked && lock->error() == QLockFile::LockFailedError && lockHolderIsGone(lockPath)) {
        QFile::remove(lockPath);
        locked = lock->tryLock(0);
    }
    if (!locked) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            return fail(Failure::Locked, tr("The database %1 is already open in Skoldialog on the computer %3 (process %2). "
                                            "Close it there first, or open another file.")
                                             .arg(path)
                                             .arg(pid)
                                             .arg(host));
        }
        return fail(Failure::Io, tr("The database %1 cannot be locked: the folder may be read-only. "
                                    "Move the file to a folder you can write to.")
                                     .arg(path));
    }

    const bool large = QFileInfo(path).size() > options.fullCheckLimitBytes;
    const DatabaseInspection inspection = inspect(path, large ? Check::Structure : Check::Full);
    if (const Failure f = failureFor(inspection.state); f != Failure::None)
        return fail(f, inspection.message);

    // An upgrade rewrites the schema: keep the old file first, whatever the caller asked.
    if (inspection.state == DatabaseInspection::State::Outdated || (options.backupOnOpen && inspection.state == DatabaseInspection::State::Sound)) {
        QString backupError;
        if (Backups::create(path, &backupError).isEmpty() && inspection.state == DatabaseInspection::State::Outdated)
            return fail(Failure::Io, tr("Before upgrading, a backup must be made, and that failed: %1").arg(backupError));
    }

    std::unique_ptr<Database> database(new Database);
    database->m_path = path;
    database->m_connectionName = nextConnectionName();
    database->m_lock = std::move(lock);
    database->m_integrityDeferred = large;

    // SQLite gives the -wal and -shm files the mode of the database file: make it private before the first write.
    if (inspection.state == DatabaseInspection::State::Missing) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(Failure::Io, tr("The database %1 cannot be created: %2").arg(path, file.errorString()));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(Failure::Io, tr("The database %1 cannot be opened: %2").arg(path, db.lastError().text()));

    QString sqlError;
    QSqlQuery q(db);
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (!Sql::exec(q, QString::fromLatin1(pragma), &sqlError))
            return fail(Failure::Io, sqlError);
    }
    q.finish();
    if (!Migrations::migrate(db, &sqlError))
        return fail(Failure::Io, sqlError);
    return database;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}
