#include "MeetingStore.h"

#include "ChildRows.h"
#include "Database.h"
#include "ReadOnly.h"
#include "Sql.h"
#include "Tombstones.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

const QString kMeetingColumns
    = QStringLiteral("id, collaboration_id, starts_at, duration_minutes, place, kind, agenda, notes, uuid");

Meeting fromRow(const QSqlQuery& q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.collaborationId = q.value(1).toLongLong();
    m.start = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    m.durationMinutes = q.value(3).toInt();
    m.place = q.value(4).toString();
    m.kind = Meeting::Kinds.fromCode(q.value(5).toString());
    m.agenda = q.value(6).toString();
    m.notes = q.value(7).toString();
    m.uuid = q.value(8).toString();
    return m;
}

} // namespace

MeetingStore::MeetingStore(const Database& db)
    : m_db(db.connection())
{
}

bool MeetingStore::loadRows(Meeting& m, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT name, role, organisation, id, uuid FROM meeting_participant "
                                  "WHERE meeting_id = ? ORDER BY position"),
                   { m.id }, error))
        return false;
    while (q.next())
        m.participants.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toLongLong(), q.value(4).toString() });
    if (!Sql::exec(q, QStringLiteral("SELECT text, id, uuid FROM decision WHERE meeting_id = ? ORDER BY position"),
                   { m.id }, error))
        return false;
    while (q.next())
        m.decisions.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString() });
    if (!Sql::exec(q,
                   QStringLiteral("SELECT text, owner, due_date, done, id, uuid FROM action_item WHERE meeting_id = ? "
                                  "ORDER BY position"),
                   { m.id }, error))
        return false;
    while (q.next())
        m.actionItems.append({ q.value(0).toString(), q.value(1).toString(),
                               QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toBool(),
                               q.value(4).toLongLong(), q.value(5).toString() });
    return true;
}

QList<Meeting> MeetingStore::list(qint64 collaborationId, QString* error) const
{
    QList<Meeting> result;
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT %1 FROM meeting WHERE collaboration_id = ? ORDER BY starts_at DESC, id DESC")
                       .arg(kMeetingColumns),
                   { collaborationId }, error))
        return result;
    while (q.next())
        result.append(fromRow(q));
    for (auto& m : result) {
        if (!loadRows(m, error))
            return {};
    }
    return result;
}

std::optional<Meeting> MeetingStore::load(qint64 id, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM meeting WHERE id = ?").arg(kMeetingColumns), { id }, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = QCoreApplication::translate("MeetingStore", "The meeting no longer exists.");
        return std::nullopt;
    }
    Meeting m = fromRow(q);
    if (!loadRows(m, error))
        return std::nullopt;
    return m;
}

bool MeetingStore::save(Meeting& meeting, QString* error)
{
    if (ReadOnly::refuseIfClosed(m_db, meeting.collaborationId, error))
        return false;
    if (const FieldErrors errors = meeting.validate(); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    // Work on a copy: ids and uuids handed out in a transaction that rolls back must not stick.
    Meeting m = meeting;
    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString uuid = Sql::uuidOr(m.uuid);
    const QVariantList values { m.collaborationId,           m.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                                m.durationMinutes,           Sql::textOrNull(m.place),
                                Meeting::Kinds.code(m.kind), Sql::textOrNull(m.agenda),
                                Sql::textOrNull(m.notes),    uuid,
                                Clock::timestamp() };
    // An upsert, so that a meeting removed and brought back by undo keeps its id and uuid.
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO meeting(id, collaboration_id, starts_at, duration_minutes, place, "
                                  "kind, agenda, notes, uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT(id) DO UPDATE SET collaboration_id = excluded.collaboration_id, "
                                  "starts_at = excluded.starts_at, duration_minutes = excluded.duration_minutes, "
                                  "place = excluded.place, kind = excluded.kind, agenda = excluded.agenda, "
                                  "notes = excluded.notes, updated_at = excluded.updated_at"),
                   QVariantList { ChildRows::idOrNull(m.id) } + values, error))
        return false;
    if (m.id == 0) {
        m.id = q.lastInsertId().toLongLong();
        m.uuid = uuid;
    } else if (m.uuid.isEmpty()) {
        if (!Sql::exec(q, QStringLiteral("SELECT uuid FROM meeting WHERE id = ?"), { m.id }, error) || !q.next())
            return false;
        m.uuid = q.value(0).toString();
    }
    const QString owner = QStringLiteral("meeting_id");
    const bool ok
        = ChildRows::sync<Participant>(
              m_db, QStringLiteral("meeting_participant"), owner, m.id, m.participants,
              { QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("organisation") },
              [](const Participant& p) {
                  return QVariantList { p.name.trimmed(), Sql::textOrNull(p.role), Sql::textOrNull(p.organisation) };
              },
              error)
        && ChildRows::sync<Decision>(
              m_db, QStringLiteral("decision"), owner, m.id, m.decisions, { QStringLiteral("text") },
              [](const Decision& d) { return QVariantList { d.text }; }, error)
        && ChildRows::sync<ActionItem>(
              m_db, QStringLiteral("action_item"), owner, m.id, m.actionItems,
              { QStringLiteral("text"), QStringLiteral("owner"), QStringLiteral("due_date"), QStringLiteral("done") },
              [](const ActionItem& a) {
                  return QVariantList { a.text.trimmed(), Sql::textOrNull(a.owner), Sql::dateOrNull(a.dueDate),
                                        a.done ? 1 : 0 };
              },
              error)
        && tx.commit(error);
    if (ok)
        meeting = m;
    return ok;
}

bool MeetingStore::remove(qint64 id, QString* error)
{
    Sql::Transaction tx(m_db);
    return Tombstones::remove(m_db, QStringLiteral("DELETE FROM meeting WHERE id = ?"), { id }, error)
        && tx.commit(error);
}
