#include "Migrations.h"

#include "Sql.h"
#include "migrations/Versions.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("Migrations", s);
}

} // namespace

namespace Migrations {

const QList<Migration>& all()
{
    static const QList<Migration> migrations {
        { 1, version1() }, { 2, version2() }, { 3, version3() }, { 4, version4() },
        { 5, version5() }, { 6, version6() }, { 7, version7() },
    };
    return migrations;
}

int latestVersion()
{
    return all().back().version;
}

bool migrate(QSqlDatabase db, QString* error, int target)
{
    if (target < 0)
        target = latestVersion();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("PRAGMA user_version"), error) || !q.next())
        return false;
    const int current = q.value(0).toInt();
    if (current > latestVersion()) {
        if (error)
            *error = tr("This database was written by a newer version of Skoldialog (schema version %1; this version "
                        "reads up to %2). Install the newer Skoldialog to open it. The file has not been changed.")
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }
    for (const auto& m : all()) {
        if (m.version <= current || m.version > target)
            continue;
        Sql::Transaction tx(db);
        for (const QString& statement : m.statements) {
            if (!Sql::exec(q, statement, error)) {
                if (error)
                    *error = tr("Updating the database to version %1 failed: %2").arg(m.version).arg(*error);
                return false;
            }
        }
        if (!Sql::exec(q, QStringLiteral("PRAGMA user_version = %1").arg(m.version), error)
            || !Sql::exec(q, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error))
            return false;
        if (!tx.commit(error))
            return false;
    }
    return true;
}

} // namespace Migrations
