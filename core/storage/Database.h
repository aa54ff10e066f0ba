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
    /**
     * Files up to this size get the full PRAGMA quick_check before they open. A larger
     * one (a national-scale file: 240 MB takes a second) gets a structural check, and
     * the full check is left to the caller, who runs it after the window is shown.
     */
    qint64 fullCheckLimitBytes = 64 * 1024 * 1024;
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

    /**
     * Opens a file that must already hold a database (what the CLI's commands read):
     * a missing or empty file is refused with a message instead of becoming a new,
     * empty database. Everything else is open()'s, with the backup on open off.
     */
    static std::unique_ptr<Database> openExisting(const QString& path, QString* error);

    /** How much of the file inspect() reads. */
    enum class Check {
        Full,      ///< PRAGMA quick_check: every page
        Structure, ///< the header, the schema and the pragmas: what opening needs
    };

    /** Looks at `path` without changing it: integrity, schema version, whose file it is. */
    static DatabaseInspection inspect(const QString& path, Check check = Check::Full);

    /** AppDataLocation/skoldialog.db. */
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int schemaVersion() const;
    /** True when opening checked the structure only: run inspect(path(), Check::Full) soon. */
    bool integrityCheckDeferred() const { return m_integrityDeferred; }

private:
    Database() = default;

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    bool m_integrityDeferred = false;
};
