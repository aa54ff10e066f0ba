#include "EditSession.h"

EditSessionBase::EditSessionBase(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
}
