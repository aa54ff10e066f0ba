#pragma once

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

/** What a look at a file found, before anything is written to it. */
struct DatabaseInspection
{
    enum class State {
        Missing,     ///< no file yet: a new database will be made
        Empty,       ///< a zero-length file: likewise
        Sound,       ///< a Skoldialog database this build can open
        Outdated,    ///< sound, but an older schema that opening will upgrade
        Newer,       ///< written by a newer Skoldialog
        Foreign,     ///< an SQLite file of some other program
        NotDatabase, ///< not an SQLite file at all
        Corrupt,     ///< an SQLite file that fails quick_check
        Unreadable,  ///< cannot be read (permissions, a folder, I/O)
    };
    State state = State::Missing;
    int schemaVersion = 0;
    QString message; ///< for the user, empty when sound
};

/** How Database::open treats the file. */
struct DatabaseOpenOptions
{
    bool backupOnOpen = true; ///< take a backup beside the file; the GUI does it after showing the window
};

/**
 * One open Skoldialog database file: locked against a second instance, in WAL
 * mode with synchronous=FULL and foreign keys on, and migrated to the latest schema.
 */
class Database
{
public:
    enum class Failure { None, Locked, Newer, NotDatabase, Corrupt, Foreign, Io };
    using Options = DatabaseOpenOptions;

    /** Opens (or creates) `path`. On failure returns null and says why in `error` and `failure`. */
    static std::unique_ptr<Database> open(const QString& path, QString* error, Failure* failure = nullptr,
                                          Options options = {});
    static std::unique_ptr<Database> open(const QString& path, QString* error, Options options)
    {
        return open(path, error, nullptr, options);
    }

    /** Looks at `path` without changing it: integrity, schema version, whose file it is. */
    static DatabaseInspection inspect(const QString& path);

    /** AppDataLocation/skoldialog.db. */
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int schemaVersion() const;

private:
    Database() = default;

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
};
