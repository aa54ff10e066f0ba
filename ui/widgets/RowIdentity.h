#pragma once

#include <QList>
#include <QSet>

/**
 * Gives the rows built from a table the ids and uuids of what is stored: a row loaded
 * from the store carries its id past the shown columns; a row added since takes, in
 * order, the ids of stored rows no row claims (it was saved under them while on screen).
 * So an autosave updates rows in place instead of removing and re-adding them (each
 * removal would leave a tombstone and a new uuid).
 */
template<typename T> void carryIdentity(QList<T>& built, const QList<T>& stored)
{
    QSet<qint64> claimed;
    for (const auto& b : built) {
        if (b.id > 0)
            claimed.insert(b.id);
    }
    QList<const T*> unclaimed;
    for (const auto& s : stored) {
        if (!claimed.contains(s.id))
            unclaimed << &s;
    }
    qsizetype next = 0;
    for (auto& b : built) {
        if (b.id == 0 && next < unclaimed.size())
            b.id = unclaimed[next++]->id;
        for (const auto& s : stored) {
            if (s.id == b.id)
                b.uuid = s.uuid;
        }
    }
}
