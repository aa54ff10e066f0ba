#include "Tombstones.h"

#include "Sql.h"
#include "core/Clock.h"

#include <QSqlQuery>

namespace Tombstones {

QString currentUser()
{
    for (const char* name : { "USER", "USERNAME", "LOGNAME" }) {
        const QString user = qEnvironmentVariable(name).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QString();
}

bool lastId(QSqlDatabase db, qint64* id, QString* error)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM tombstone"), error) || !q.next())
        return false;
    *id = q.value(0).toLongLong();
    return true;
}

bool stamp(QSqlDatabase db, qint64 sinceId, QString* error)
{
    QSqlQuery q(db);
    return Sql::exec(q, QStringLiteral("UPDATE tombstone SET deleted_at = ?, deleted_by = ? WHERE id > ?"),
                     { Clock::timestamp(), Sql::textOrNull(currentUser()), sinceId }, error);
}

bool remove(QSqlDatabase db, const QString& sql, const QVariantList& values, QString* error)
{
    qint64 since = 0;
    QSqlQuery q(db);
    return lastId(db, &since, error) && Sql::exec(q, sql, values, error) && stamp(db, since, error);
}

} // namespace Tombstones
