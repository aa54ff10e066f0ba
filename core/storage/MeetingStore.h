#pragma once

#include "core/domain/Meeting.h"

#include <QSqlDatabase>

#include <optional>

class Database;

/** Meetings with their participants, decisions and action items. */
class MeetingStore
{
public:
    explicit MeetingStore(const Database& db);

    /** A collaboration's meetings, complete, newest first. */
    QList<Meeting> list(qint64 collaborationId, QString* error = nullptr) const;
    std::optional<Meeting> load(qint64 id, QString* error = nullptr) const;

    /** Validates, then inserts or updates the meeting and all its rows in one transaction. */
    bool save(Meeting& meeting, QString* error);
    bool remove(qint64 id, QString* error);

private:
    bool loadRows(Meeting& meeting, QString* error) const;

    QSqlDatabase m_db;
};
