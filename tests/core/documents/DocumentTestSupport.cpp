#include "DocumentTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
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

QString odtText(const QString& path)
{
    const QString xml
        = toolOutput(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("content.xml") }, "unzip");
    if (xml.isNull())
        return xml;
    QString text = xml;
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return flat(text);
}

void keepFile(const QString& path, const QString& name)
{
    const QString dir = qEnvironmentVariable("SKOLDIALOG_TEST_IMAGES");
    if (dir.isEmpty())
        return;
    QFile::remove(dir + QLatin1Char('/') + name);
    QFile::copy(path, dir + QLatin1Char('/') + name);
}
