#pragma once

#include <QSqlDatabase>
#include <QString>

/**
 * A collaboration that is avslutad is read-only as a whole (schema v7): the stores and the
 * use cases ask here before they write, and refuse with one message that says what to do.
 */
namespace ReadOnly {

/** True when collaboration `collaborationId` is avslutad. */
bool isClosed(QSqlDatabase db, qint64 collaborationId, QString* error = nullptr);

/** True (and `error` set to message()) when the collaboration is avslutad, or its status cannot be read. */
bool refuseIfClosed(QSqlDatabase db, qint64 collaborationId, QString* error);

/** "The collaboration is closed (avslutad) …: reopen it with a reason to change it." */
QString message();

} // namespace ReadOnly
