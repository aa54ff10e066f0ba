#include "DocumentTestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <catch2/catch.hpp>

QString flat(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString toolOutput(const QString& program, const QStringList& args, const char* package)
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        WARN(program.toStdString() << " is not installed (" << package << "): the file's content is not checked");
        return QString();
    }
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString poppler(const QString& tool, const QStringList& args)
{
    return toolOutput(tool, args, "poppler-utils");
}

std::tuple<int, QString, QString> runSwedishCli(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SKOLDIALOG_CLI), args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}
