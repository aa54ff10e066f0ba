#include "MeetingStore.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

const QString kMeetingColumns =
    QStringLiteral("id, collaboration_id, starts_at, duration_minutes, place, kind, agenda, notes");

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
    if (!Sql::exec(q, QStringLiteral("SELECT name, role, organisation FROM meeting_participant WHERE meeting_id = ? "
                                     "ORDER BY position"),
                   {m.id}, error))
        return false;
    while (q.next())
        m.participants.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!Sql::exec(q, QStringLiteral("SELECT text FROM decision WHERE meeting_id = ? ORDER BY position"), {m.id}, error))
        return false;
    while (q.next())
        m.decisions.append({q.value(0).toString()});
    if (!Sql::exec(q, QStringLiteral("SELECT text, owner, due_date, done FROM action_item WHERE meeting_id = ? "
                                     "ORDER BY position"),
                   {m.id}, error))
        return false;
    while (q.next())
        m.actionItems.append({q.value(0).toString(), q.value(1).toString(),
                              QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toBool()});
    return true;
}

QList<Meeting> MeetingStore::list(qint64 collaborationId, QString* error) const
{
    QList<Meeting> result;
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT %1 FROM meeting WHERE collaboration_id = ? ORDER BY starts_at DESC, id DESC")
                       .arg(kMeetingColumns),
                   {collaborationId}, error))
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
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM meeting WHERE id = ?").arg(kMeetingColumns), {id}, error))
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

bool MeetingStore::save(Meeting& m, QString* error)
{
    if (const FieldErrors errors = m.validate(); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QVariantList values{m.collaborationId,
                              m.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                              m.durationMinutes,
                              Sql::textOrNull(m.place),
                              Meeting::Kinds.code(m.kind),
                              Sql::textOrNull(m.agenda),
                              Sql::textOrNull(m.notes)};
    // An upsert, so that a meeting removed and brought back by undo keeps its id.
    bool ok = Sql::exec(q,
                        QStringLiteral("INSERT INTO meeting(id, collaboration_id, starts_at, duration_minutes, place, "
                                       "kind, agenda, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT(id) DO UPDATE SET collaboration_id = excluded.collaboration_id, "
                                       "starts_at = excluded.starts_at, duration_minutes = excluded.duration_minutes, "
                                       "place = excluded.place, kind = excluded.kind, agenda = excluded.agenda, "
                                       "notes = excluded.notes, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')"),
                        QVariantList{m.id > 0 ? QVariant(m.id) : QVariant(QMetaType(QMetaType::LongLong))} + values,
                        error);
    const qint64 id = ok ? (m.id > 0 ? m.id : q.lastInsertId().toLongLong()) : 0;
    const qint64 originalId = m.id;
    m.id = id;
    for (const char* table : {"meeting_participant", "decision", "action_item"}) {
        ok = ok
            && Sql::exec(q, QStringLiteral("DELETE FROM %1 WHERE meeting_id = ?").arg(QLatin1String(table)), {m.id},
                         error);
    }
    for (qsizetype i = 0; ok && i < m.participants.size(); ++i) {
        const auto& p = m.participants[i];
        ok = Sql::exec(q, QStringLiteral("INSERT INTO meeting_participant(meeting_id, position, name, role, "
                                         "organisation) VALUES (?, ?, ?, ?, ?)"),
                       {m.id, i, p.name.trimmed(), Sql::textOrNull(p.role), Sql::textOrNull(p.organisation)}, error);
    }
    for (qsizetype i = 0; ok && i < m.decisions.size(); ++i) {
        ok = Sql::exec(q, QStringLiteral("INSERT INTO decision(meeting_id, position, text) VALUES (?, ?, ?)"),
                       {m.id, i, m.decisions[i].text}, error);
    }
    for (qsizetype i = 0; ok && i < m.actionItems.size(); ++i) {
        const auto& a = m.actionItems[i];
        ok = Sql::exec(q, QStringLiteral("INSERT INTO action_item(meeting_id, position, text, owner, due_date, done) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"),
                       {m.id, i, a.text.trimmed(), Sql::textOrNull(a.owner), Sql::dateOrNull(a.dueDate), a.done ? 1 : 0},
                       error);
    }
    ok = ok && tx.commit(error);
    if (!ok)
        m.id = originalId;
    return ok;
}

bool MeetingStore::remove(qint64 id, QString* error)
{
    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    return Sql::exec(q, QStringLiteral("DELETE FROM meeting WHERE id = ?"), {id}, error) && tx.commit(error);
}
