#include "ImportTestSupport.h"

#include "core/import/ImportService.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace ImportFixtures {

namespace {

QString data(const QString& relative)
{
    return QDir(QStringLiteral(SKOLDIALOG_TEST_DATA "/skolverket")).filePath(relative);
}

} // namespace

QString nationalExport()
{
    return data(QStringLiteral("exports/Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 Skolenhet.csv"));
}

QString kommunReport(const QString& name)
{
    return data(QStringLiteral("exports/") + name);
}

QString statisticsResponse(const QString& code)
{
    return data(QStringLiteral("planned-educations-v4/statistics-gr/%1.json").arg(code));
}

QString statisticsFolder(const QTemporaryDir& dir, int count, QStringList* codes)
{
    QFile csv(nationalExport());
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    const QDir responses(data(QStringLiteral("planned-educations-v4/statistics-gr")));
    const QString folder = dir.filePath(QStringLiteral("statistik"));
    REQUIRE(QDir().mkpath(folder));
    int known = 0;
    bool unknown = false;
    for (const QString& name : responses.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        const QString code = name.left(8);
        const bool inExport = text.contains(QLatin1Char(';') + code + QLatin1Char(';'));
        if ((inExport && known < count) || (!inExport && !unknown)) {
            REQUIRE(QFile::copy(responses.filePath(name), QDir(folder).filePath(name)));
            if (inExport) {
                ++known;
                if (codes)
                    codes->append(code);
            } else {
                unknown = true;
            }
        }
        if (known == count && unknown)
            break;
    }
    REQUIRE(known == count);
    return folder;
}

qint64 recodeDemoUnit(Database& db, const QString& demoCode, const QString& code, const QString& municipality)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE school_unit SET code = ?, municipality_code = ? WHERE code = ?")));
    q.addBindValue(code);
    q.addBindValue(municipality);
    q.addBindValue(demoCode);
    REQUIRE(q.exec());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM school_unit WHERE code = '%1'").arg(code)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void importThroughService(Database& db, const QStringList& paths)
{
    QString error;
    Import::Service service(db);
    const Import::Plan plan = service.plan(paths, &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    const Import::ApplyResult result = service.apply(plan);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace ImportFixtures
