#include "ChildProcess.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

DbWriter::DbWriter(const QString& mode, const QString& databasePath)
{
    m_process.setProgram(QStringLiteral(SKOLDIALOG_DB_WRITER));
    m_process.setArguments({ mode, databasePath });
    m_process.start();
    INFO(SKOLDIALOG_DB_WRITER);
    REQUIRE(m_process.waitForStarted(10000));
    const QDeadlineTimer deadline(10000);
    while (!m_out.startsWith("ready\n")) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
            INFO("db_writer did not get ready: " << m_process.readAllStandardError().toStdString());
            FAIL();
        }
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        collect();
    }
}

DbWriter::~DbWriter()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void DbWriter::waitForLine(const QString& prefix)
{
    const QDeadlineTimer deadline(10000);
    const auto printed = [&] {
        for (const QString& line : lines()) {
            if (line.startsWith(prefix))
                return true;
        }
        return false;
    };
    while (!printed()) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
            INFO("db_writer did not print " << prefix.toStdString() << ": "
                                            << m_process.readAllStandardError().toStdString());
            FAIL();
        }
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
}

void DbWriter::runFor(int ms)
{
    const bool stopped = m_process.waitForFinished(ms);
    INFO("db_writer stopped by itself: " << m_process.readAllStandardError().toStdString());
    REQUIRE_FALSE(stopped);
}

void DbWriter::kill()
{
    m_process.kill();
    REQUIRE(m_process.waitForFinished(10000));
    CHECK(m_process.exitStatus() == QProcess::CrashExit);
    collect();
}

QStringList DbWriter::lines()
{
    collect();
    // A line cut off by the kill has no newline yet: leave it out.
    const QByteArray complete = m_out.left(m_out.lastIndexOf('\n') + 1);
    return QString::fromUtf8(complete).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void DbWriter::collect()
{
    m_out += m_process.readAllStandardOutput();
}

CliRun runCli(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SKOLDIALOG_CLI), args);
    INFO(SKOLDIALOG_CLI << " " << args.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}
