#include "FollowUp.h"

#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QSqlQuery>
#include <QVariantList>

namespace NationalDataDetail {

bool holdClosed(Database& db, QList<qint64>* closed, QString* error)
{
    QSqlQuery q(db.connection());
    if (!Sql::exec(q, QStringLiteral("SELECT id FROM collaboration WHERE status = 'avslutad' ORDER BY id"), error))
        return false;
    while (q.next())
        closed->append(q.value(0).toLongLong());
    return Sql::exec(q, QStringLiteral("UPDATE collaboration SET status = 'aktiv' WHERE status = 'avslutad'"), error);
}

bool closeAgain(Database& db, const QList<qint64>& closed, QString* error)
{
    Sql::Transaction tx(db.connection());
    QSqlQuery q(db.connection());
    QSqlQuery insert(db.connection());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO status_change(uuid, updated_at, collaboration_id, from_status, to_status, decided_on, "
            "recorded_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
        if (error)
            *error = Sql::describe(insert.lastError());
        return false;
    }
    const QString now = Clock::timestamp();
    const auto record = [&](const QVariantList& values) {
        for (const QVariant& v : values)
            insert.addBindValue(v);
        return Sql::execPrepared(insert, error);
    };
    const QVariant none(QMetaType(QMetaType::QString));
    if (!Sql::exec(q,
                   QStringLiteral("SELECT c.id, c.status, c.start_date, c.status_reason, (SELECT max(changed_on) FROM "
                                  "phase_change WHERE collaboration_id = c.id) FROM collaboration c ORDER BY c.id"),
                   error))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const bool isClosed = closed.contains(id);
        const QString status = q.value(1).toString();
        if (!record({ Sql::newUuid(), now, id, none, status, q.value(2), now, isClosed ? none : q.value(3) }))
            return false;
        if (isClosed
            && !record({ Sql::newUuid(), now, id, QStringLiteral("aktiv"), QStringLiteral("avslutad"), q.value(4), now,
                         q.value(3) }))
            return false;
    }
    for (qint64 id : closed) {
        if (!Sql::exec(q, QStringLiteral("UPDATE collaboration SET status = 'avslutad' WHERE id = ?"), { id }, error))
            return false;
    }
    return tx.commit(error);
}

} // namespace NationalDataDetail
