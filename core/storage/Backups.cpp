#include "Backups.h"

#include "Sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("Backups", s);
}

QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

namespace Backups {

QString folderFor(const QString& dbPath)
{
    const QFileInfo info(dbPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QStringList list(const QString& dbPath)
{
    const QFileInfo info(dbPath);
    QDir dir(folderFor(dbPath));
    QStringList files = dir.entryList({info.completeBaseName() + QStringLiteral("-*.db")}, QDir::Files, QDir::Name);
    std::reverse(files.begin(), files.end()); // the names sort by time
    for (auto& f : files)
        f = dir.filePath(f);
    return files;
}

QString newest(const QString& dbPath)
{
    const QStringList all = list(dbPath);
    return all.isEmpty() ? QString() : all.first();
}

bool copyTo(const QString& dbPath, const QString& outPath, QString* error)
{
    if (QFileInfo::exists(outPath)) {
        if (error)
            *error = tr("%1 already exists; choose another name.").arg(outPath);
        return false;
    }
    const QString partial = outPath + QStringLiteral(".partial");
    QFile::remove(partial);

    static QAtomicInt counter;
    const QString name = QStringLiteral("skoldialog-backup-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            if (error)
                *error = Sql::describe(db.lastError());
        } else {
            QSqlQuery q(db);
            ok = Sql::exec(q, QStringLiteral("VACUUM INTO ") + quoted(partial), error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    if (ok) {
        QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ok = QFile::rename(partial, outPath);
        if (!ok && error)
            *error = tr("The finished backup could not be renamed to %1. Check that you may write in that folder.").arg(outPath);
    }
    if (!ok)
        QFile::remove(partial);
    return ok;
}

QString create(const QString& dbPath, QString* error)
{
    const QString folder = folderFor(dbPath);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("The backup folder %1 cannot be created. Check that you may write in the database's folder.").arg(folder);
        return QString();
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString out = QDir(folder).filePath(QFileInfo(dbPath).completeBaseName() + QLatin1Char('-') + stamp
                                              + QStringLiteral(".db"));
    if (!copyTo(dbPath, out, error))
        return QString();
    const QStringList all = list(dbPath);
    for (qsizetype i = Kept; i < all.size(); ++i)
        QFile::remove(all[i]);
    return out;
}

bool restore(const QString& dbPath, const QString& backupPath, QString* movedAside, QString* error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = dbPath + QStringLiteral(".damaged-") + stamp;
    if (movedAside)
        movedAside->clear();
    if (QFileInfo::exists(dbPath)) {
        if (!QFile::rename(dbPath, aside)) {
            if (error)
                *error = tr("The damaged file %1 could not be moved aside; nothing was changed.").arg(dbPath);
            return false;
        }
        for (const char* suffix : {"-wal", "-shm"}) {
            const QString companion = dbPath + QLatin1String(suffix);
            if (QFileInfo::exists(companion))
                QFile::rename(companion, aside + QLatin1String(suffix));
        }
        if (movedAside)
            *movedAside = aside;
    }
    const QString partial = dbPath + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial) || !QFile::rename(partial, dbPath)) {
        QFile::remove(partial);
        if (error)
            *error = tr("The backup %1 could not be copied into place; the damaged file is kept as %2.")
                         .arg(backupPath, aside);
        return false;
    }
    QFile::setPermissions(dbPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace Backups
