#include "EditSession.h"

#include "core/storage/Database.h"
#include "core/storage/ReadOnly.h"

EditSessionBase::EditSessionBase(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}

void EditSessionBase::readClosed(qint64 collaborationId)
{
    m_closed = collaborationId > 0 && ReadOnly::isClosed(m_db.connection(), collaborationId);
}

QString EditSessionBase::refusalOrClosed(const QString& refusal) const
{
    if (!refusal.isEmpty() || !m_closed)
        return refusal;
    return ReadOnly::message();
}
