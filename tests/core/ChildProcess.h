#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

/**
 * tests/tools/db_writer started in `mode` ("hold" or "write") on a database file,
 * waited for until it has opened the file and said "ready". Killed when destroyed.
 */
class DbWriter
{
public:
    DbWriter(const QString& mode, const QString& databasePath);
    ~DbWriter();
    DbWriter(const DbWriter&) = delete;
    DbWriter& operator=(const DbWriter&) = delete;

    qint64 pid() const { return m_process.processId(); }

    /** Waits until it has printed a line starting with `prefix` (10 s at most; fails the test otherwise). */
    void waitForLine(const QString& prefix);
    /** Lets it run for `ms` milliseconds; fails the test if it stops by itself. */
    void runFor(int ms);
    /** SIGKILL, and wait until the process is gone (reaped). */
    void kill();
    /** The complete lines it printed so far. */
    QStringList lines();

private:
    void collect();

    QProcess m_process;
    QByteArray m_out;
};

/** What a finished skoldialog-cli run left. */
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs skoldialog-cli with `args` in English (LC_ALL=en_US.UTF-8), waiting for it to finish. */
CliRun runCli(const QStringList& args);
