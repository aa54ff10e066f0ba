#include "ReadOnly.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReadOnly)
};

} // namespace

namespace ReadOnly {

QString message()
{
    return Text::tr("The collaboration is closed (avslutad) and is kept as it was: nothing in it can change. Reopen it "
                    "with a reason to change it.");
}

bool isClosed(QSqlDatabase db, qint64 collaborationId, QString* error)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT status FROM collaboration WHERE id = ?"), { collaborationId }, error))
        return false;
    return q.next() && q.value(0).toString() == QLatin1String("avslutad");
}

bool refuseIfClosed(QSqlDatabase db, qint64 collaborationId, QString* error)
{
    QString reason;
    const bool closed = isClosed(db, collaborationId, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return true;
    }
    if (closed && error)
        *error = message();
    return closed;
}

} // namespace ReadOnly
