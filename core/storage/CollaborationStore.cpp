#include "CollaborationStore.h"

#include "ContactRows.h"
#include "Database.h"
#include "ReadOnly.h"
#include "Sql.h"
#include "Tombstones.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("CollaborationStore", s);
}

const QString kContactTable = QStringLiteral("collaboration_contact");

/** The longest reason the status history keeps (DfE's 500 characters). */
constexpr int kMaxReason = 500;

bool recordStatusChange(QSqlDatabase db, qint64 collaborationId, std::optional<CollaborationStatus> from,
                        CollaborationStatus to, const QDate& decidedOn, const QString& reason, QString* error)
{
    QSqlQuery q(db);
    const QString now = Clock::timestamp();
    return Sql::exec(q,
                     QStringLiteral("INSERT INTO status_change(uuid, updated_at, collaboration_id, from_status, "
                                    "to_status, decided_on, recorded_at, recorded_by, reason) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     { Sql::newUuid(), now, collaborationId,
                       from ? QVariant(Collaboration::Statuses.code(*from)) : QVariant(QMetaType(QMetaType::QString)),
                       Collaboration::Statuses.code(to),
                       Sql::dateOrNull(decidedOn.isValid() ? decidedOn : Clock::currentDate()), now,
                       Sql::textOrNull(Tombstones::currentUser()), Sql::textOrNull(reason.trimmed().left(kMaxReason)) },
                     error);
}

std::optional<CollaborationStatus> storedStatus(QSqlDatabase db, qint64 id, QString* error)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT status FROM collaboration WHERE id = ?"), { id }, error) || !q.next())
        return std::nullopt;
    return Collaboration::Statuses.fromCode(q.value(0).toString());
}
const QString kTeamOwner = QStringLiteral("collaboration_id = ? AND side = ?");

} // namespace

CollaborationStore::CollaborationStore(const Database& db)
    : m_db(db.connection())
{
}

QList<CollaborationSummary> CollaborationStore::list(QString* error) const
{
    QList<CollaborationSummary> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT c.id, o.name, o.organisation_number, c.diary_number, p.name, c.phase, c.status, c.start_date, "
        "c.planned_end_date, (SELECT group_concat(name, char(31)) FROM (SELECT u.name FROM collaboration_unit cu "
        "JOIN school_unit u ON u.id = cu.school_unit_id WHERE cu.collaboration_id = c.id ORDER BY u.name)) "
        "FROM collaboration c JOIN organizer o ON o.id = c.organizer_id JOIN programme p ON p.id = c.programme_id "
        "ORDER BY o.name COLLATE NOCASE, c.start_date");
    if (!Sql::exec(q, sql, error))
        return result;
    while (q.next()) {
        CollaborationSummary s;
        s.id = q.value(0).toLongLong();
        s.organizerName = q.value(1).toString();
        s.organisationNumber = q.value(2).toString();
        s.diaryNumber = q.value(3).toString();
        s.programmeName = q.value(4).toString();
        s.phase = q.value(5).toInt();
        s.status = Collaboration::Statuses.fromCode(q.value(6).toString());
        s.startDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        s.plannedEndDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        s.unitNames = q.value(9).toString().split(QChar(31), Qt::SkipEmptyParts);
        result.append(s);
    }
    return result;
}

QList<PhaseChange> CollaborationStore::phaseHistory(qint64 id, QString* error) const
{
    QList<PhaseChange> history;
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT phase, changed_on, note FROM phase_change WHERE collaboration_id = ? "
                                  "ORDER BY id"),
                   { id }, error))
        return history;
    while (q.next())
        history.append(
            { q.value(0).toInt(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString() });
    return history;
}

std::optional<Collaboration> CollaborationStore::load(qint64 id, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT organizer_id, programme_id, diary_number, start_date, planned_end_date, "
                                  "phase, status, status_reason, uuid FROM collaboration WHERE id = ?"),
                   { id }, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = tr("The collaboration no longer exists.");
        return std::nullopt;
    }
    Collaboration c;
    c.id = id;
    c.organizerId = q.value(0).toLongLong();
    c.programmeId = q.value(1).toLongLong();
    c.diaryNumber = q.value(2).toString();
    c.startDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.plannedEndDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.phase = q.value(5).toInt();
    c.status = Collaboration::Statuses.fromCode(q.value(6).toString());
    c.statusReason = q.value(7).toString();
    c.uuid = q.value(8).toString();
    c.phaseHistory = phaseHistory(id, error);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT cu.school_unit_id FROM collaboration_unit cu JOIN school_unit u "
                                  "ON u.id = cu.school_unit_id WHERE cu.collaboration_id = ? ORDER BY u.name"),
                   { id }, error))
        return std::nullopt;
    while (q.next())
        c.unitIds.append(q.value(0).toLongLong());
    c.dialogueTeam = ContactRows::read(m_db, kContactTable, kTeamOwner, { id, QStringLiteral("team") }, error);
    c.organizerContacts
        = ContactRows::read(m_db, kContactTable, kTeamOwner, { id, QStringLiteral("organizer") }, error);
    return c;
}

bool CollaborationStore::save(Collaboration& c, QString* error)
{
    if (const FieldErrors errors = c.validate(); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    // Avslutad: read-only as a whole; the one change left is leaving that status, with a reason.
    const std::optional<CollaborationStatus> before
        = c.id > 0 ? storedStatus(m_db, c.id, error) : std::optional<CollaborationStatus>();
    if (before == CollaborationStatus::Closed
        && (c.status == CollaborationStatus::Closed || c.statusReason.trimmed().isEmpty())) {
        if (error)
            *error = ReadOnly::message();
        return false;
    }
    const QVariantList values { c.organizerId,
                                c.programmeId,
                                Sql::textOrNull(c.diaryNumber),
                                Sql::dateOrNull(c.startDate),
                                Sql::dateOrNull(c.plannedEndDate),
                                c.phase,
                                Collaboration::Statuses.code(c.status),
                                Sql::textOrNull(c.statusReason) };
    const bool isNew = c.id == 0;
    const QString uuid = Sql::uuidOr(c.uuid);
    const QString now = Clock::timestamp();
    const auto failed = [&] {
        if (isNew)
            c.id = 0; // rolled back: the id was never committed
        return false;
    };
    bool ok;
    if (isNew) {
        ok = Sql::exec(q,
                       QStringLiteral("INSERT INTO collaboration(organizer_id, programme_id, diary_number, start_date, "
                                      "planned_end_date, phase, status, status_reason, uuid, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       values + QVariantList { uuid, now }, error);
        if (ok)
            c.id = q.lastInsertId().toLongLong();
    } else {
        ok = Sql::exec(q,
                       QStringLiteral("UPDATE collaboration SET organizer_id = ?, programme_id = ?, diary_number = ?, "
                                      "start_date = ?, planned_end_date = ?, phase = ?, status = ?, status_reason = ?, "
                                      "updated_at = ? WHERE id = ?"),
                       values + QVariantList { now, c.id }, error);
    }
    if (!ok)
        return false;

    if ((isNew || (before && *before != c.status))
        && !recordStatusChange(m_db, c.id, before, c.status, Clock::currentDate(), c.statusReason, error))
        return failed();

    const QList<PhaseChange> stored = phaseHistory(c.id, error);
    QList<PhaseChange> added = c.phaseHistory.mid(stored.size());
    const int lastPhase = !added.isEmpty() ? added.last().phase : (!stored.isEmpty() ? stored.last().phase : 0);
    if (lastPhase != c.phase)
        added.append({ c.phase, Clock::currentDate(), QString() });
    for (const auto& change : added) {
        if (!Sql::exec(
                q,
                QStringLiteral("INSERT INTO phase_change(collaboration_id, phase, changed_on, note, recorded_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                { c.id, change.phase, Sql::dateOrNull(change.date.isValid() ? change.date : Clock::currentDate()),
                  Sql::textOrNull(change.note), now },
                error))
            return failed();
    }

    ok = Sql::exec(q, QStringLiteral("DELETE FROM collaboration_unit WHERE collaboration_id = ?"), { c.id }, error);
    for (qint64 unitId : c.unitIds) {
        ok = ok
            && Sql::exec(q,
                         QStringLiteral("INSERT OR IGNORE INTO collaboration_unit(collaboration_id, school_unit_id) "
                                        "VALUES (?, ?)"),
                         { c.id, unitId }, error);
    }
    const QStringList owner { QStringLiteral("collaboration_id"), QStringLiteral("side") };
    ok = ok
        && ContactRows::replace(m_db, kContactTable, kTeamOwner, { c.id, QStringLiteral("team") }, owner,
                                c.dialogueTeam, error)
        && ContactRows::replace(m_db, kContactTable, kTeamOwner, { c.id, QStringLiteral("organizer") }, owner,
                                c.organizerContacts, error)
        && tx.commit(error);
    if (!ok)
        return failed();
    c.phaseHistory = phaseHistory(c.id, error);
    if (isNew)
        c.uuid = uuid;
    return true;
}

bool CollaborationStore::remove(qint64 id, QString* error)
{
    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    // Signed agreements are official records; the database refuses to remove them in any case.
    if (!Sql::exec(q,
                   QStringLiteral("SELECT count(*) FROM agreement WHERE collaboration_id = ? "
                                  "AND status IN ('undertecknad', 'ersatt')"),
                   { id }, error)
        || !q.next())
        return false;
    if (q.value(0).toInt() > 0) {
        if (error)
            *error = tr("The collaboration has signed agreements. They are official records and are kept, "
                        "so the collaboration cannot be removed; end it with the status Avslutad instead.");
        return false;
    }
    return Tombstones::remove(m_db, QStringLiteral("DELETE FROM collaboration WHERE id = ?"), { id }, error)
        && tx.commit(error);
}

QList<StatusChange> CollaborationStore::statusHistory(qint64 id, QString* error) const
{
    QList<StatusChange> history;
    QSqlQuery q(m_db);
    if (!Sql::exec(
            q,
            QStringLiteral("SELECT id, from_status, to_status, decided_on, recorded_at, recorded_by, reason, uuid "
                           "FROM status_change WHERE collaboration_id = ? ORDER BY id"),
            { id }, error))
        return history;
    while (q.next()) {
        StatusChange s;
        s.id = q.value(0).toLongLong();
        s.collaborationId = id;
        if (!q.value(1).isNull())
            s.from = Collaboration::Statuses.fromCode(q.value(1).toString());
        s.to = Collaboration::Statuses.fromCode(q.value(2).toString());
        s.decidedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        s.recordedAt = Sql::sqliteTimestamp(q.value(4));
        s.recordedBy = q.value(5).toString();
        s.reason = q.value(6).toString();
        s.uuid = q.value(7).toString();
        history.append(s);
    }
    return history;
}

bool CollaborationStore::changeStatus(qint64 id, CollaborationStatus to, const QDate& decidedOn, const QString& reason,
                                      QString* error, Collaboration* collaboration)
{
    if (reason.trimmed().size() > kMaxReason) {
        if (error)
            *error = tr("The reason is longer than %1 characters. Shorten it.").arg(kMaxReason);
        return false;
    }
    Sql::Transaction tx(m_db);
    QString reading;
    const std::optional<CollaborationStatus> from = storedStatus(m_db, id, &reading);
    if (!from) {
        if (error)
            *error = reading.isEmpty() ? tr("The collaboration no longer exists.") : reading;
        return false;
    }
    if (*from == to) {
        if (error)
            *error = tr("The collaboration already has the status %1.").arg(Collaboration::Statuses.label(to));
        return false;
    }
    if (*from == CollaborationStatus::Closed && reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Give the reason for reopening the collaboration: it is kept in its status history.");
        return false;
    }
    QSqlQuery q(m_db);
    if (!Sql::exec(
            q, QStringLiteral("UPDATE collaboration SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?"),
            { Collaboration::Statuses.code(to), Sql::textOrNull(reason), Clock::timestamp(), id }, error)
        || !recordStatusChange(m_db, id, from, to, decidedOn, reason, error) || !tx.commit(error))
        return false;
    if (collaboration) {
        auto reloaded = load(id, error);
        if (!reloaded)
            return false;
        *collaboration = std::move(*reloaded);
    }
    return true;
}
