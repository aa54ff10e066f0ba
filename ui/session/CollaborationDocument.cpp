#include "CollaborationDocument.h"

#include "core/cases/Cases.h"
#include "core/cases/FollowUpCases.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingStore.h"
#include "core/storage/ReadOnly.h"

#include <QTime>

namespace {

/** An added or removed meeting: `present` says whether it exists. */
struct MeetingPresence
{
    Meeting meeting;
    bool present = false;
    bool operator==(const MeetingPresence&) const = default;
};

} // namespace

CollaborationDocument::CollaborationDocument(Database& db, qint64 id, QObject* parent)
    : EditSession(db, MergeId::CollaborationField, parent)
{
    auto c = Cases::load(db, id, {}, &m_error);
    if (!c)
        return;
    m_organizer = std::move(c->organizer);
    m_units = std::move(c->organizerUnits);
    m_programmeName = c->programme.name;
    m_meetings = MeetingStore(db).list(id, &m_error);
    if (m_error.isEmpty())
        m_statusHistory = CollaborationStore(db).statusHistory(id, &m_error);
    if (m_error.isEmpty())
        setLoaded(std::move(c->collaboration));
    // Undo and redo replace the collaboration as a change does: the views listen to one signal.
    connect(this, &EditSessionBase::reloaded, this, &CollaborationDocument::collaborationChanged);
}

const Meeting* CollaborationDocument::meeting(qint64 id) const
{
    for (const auto& m : m_meetings) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

bool CollaborationDocument::write(Collaboration& value, QString* error)
{
    return CollaborationStore(m_db).save(value, error);
}

void CollaborationDocument::keepOnUndo(Collaboration& value) const
{
    // The history on disk only grows: start from what is stored, and the store records
    // a phase that differs from its last entry (an undone change) as a new entry.
    value.phaseHistory = m_value.phaseHistory;
}

QString CollaborationDocument::refusal() const
{
    return m_value.isReadOnly() ? ReadOnly::message() : QString();
}

bool CollaborationDocument::reloadCollaboration(QString* error)
{
    const auto c = CollaborationStore(m_db).load(m_value.id, error);
    if (!c)
        return false;
    m_value = *c;
    m_statusHistory = CollaborationStore(m_db).statusHistory(m_value.id, error);
    // Every step before would write to a collaboration whose status has moved under it.
    m_undo.clear();
    Q_EMIT collaborationChanged();
    return true;
}

bool CollaborationDocument::endCollaboration(const QDate& decidedOn, const QString& reason, QString* error)
{
    if (!Cases::endCollaboration(m_db, m_value.id, decidedOn, reason, error))
        return false;
    return reloadCollaboration(error);
}

bool CollaborationDocument::reopenCollaboration(const QDate& decidedOn, const QString& reason, QString* error)
{
    if (!Cases::reopenCollaboration(m_db, m_value.id, reason, decidedOn, error))
        return false;
    return reloadCollaboration(error);
}

bool CollaborationDocument::changeCollaboration(const Collaboration& after, const QString& text,
                                                const QString& mergeKey)
{
    if (after == m_value)
        return true;
    const bool statusMoves = after.status != m_value.status;
    if (!change(after, text, mergeKey))
        return false;
    if (statusMoves) // the store wrote the change into the history
        m_statusHistory = CollaborationStore(m_db).statusHistory(m_value.id);
    Q_EMIT collaborationChanged();
    return true;
}

bool CollaborationDocument::applyMeeting(const Meeting& value)
{
    Meeting copy = value;
    QString error;
    if (!MeetingStore(m_db).save(copy, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    for (auto& m : m_meetings) {
        if (m.id == copy.id)
            m = copy;
    }
    Q_EMIT meetingChanged(copy.id);
    Q_EMIT saved();
    return true;
}

bool CollaborationDocument::changeMeeting(const Meeting& after, const QString& text, const QString& mergeKey)
{
    const Meeting* current = meeting(after.id);
    if (!current)
        return false;
    if (*current == after)
        return true;
    const Meeting before = *current;
    if (!applyMeeting(after))
        return false;
    // The step keeps the meeting as stored, with the ids and uuids the store gave its new rows, so a
    // redo after an undo brings those rows back as the same records, not as new ones.
    const Meeting stored = *meeting(after.id);
    m_undo.push(new SnapshotCommand<Meeting>(
        text, before, stored, [this](const Meeting& m) { return applyMeeting(m); }, MergeId::MeetingField,
        mergeKey.isEmpty() ? QString() : QString::number(after.id) + QLatin1Char('/') + mergeKey));
    return true;
}

bool CollaborationDocument::applyMeetingPresence(Meeting& value, bool present)
{
    QString error;
    MeetingStore store(m_db);
    if (present) {
        if (!store.save(value, &error)) {
            Q_EMIT saveFailed(error);
            return false;
        }
        m_meetings.append(value);
        std::sort(m_meetings.begin(), m_meetings.end(),
                  [](const Meeting& a, const Meeting& b) { return a.start > b.start; });
    } else {
        if (!store.remove(value.id, &error)) {
            Q_EMIT saveFailed(error);
            return false;
        }
        m_meetings.removeIf([&](const Meeting& m) { return m.id == value.id; });
    }
    Q_EMIT meetingsChanged();
    Q_EMIT saved();
    return true;
}

qint64 CollaborationDocument::addMeeting()
{
    Meeting m;
    m.collaborationId = m_value.id;
    m.kind = m_meetings.isEmpty() ? MeetingKind::FirstMeeting : MeetingKind::Dialogue;
    m.start = QDateTime(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0));
    if (!applyMeetingPresence(m, true))
        return 0;
    // Redo inserts the meeting again under the id it was given now.
    m_undo.push(new SnapshotCommand<MeetingPresence>(tr("Add meeting"), MeetingPresence { m, false },
                                                     MeetingPresence { m, true }, [this](const MeetingPresence& p) {
                                                         Meeting copy = p.meeting;
                                                         return applyMeetingPresence(copy, p.present);
                                                     }));
    return m.id;
}

bool CollaborationDocument::removeMeeting(qint64 id)
{
    const Meeting* current = meeting(id);
    if (!current)
        return false;
    Meeting before = *current;
    if (!applyMeetingPresence(before, false))
        return false;
    m_undo.push(new SnapshotCommand<MeetingPresence>(tr("Remove meeting"), MeetingPresence { before, true },
                                                     MeetingPresence { before, false },
                                                     [this](const MeetingPresence& p) {
                                                         Meeting copy = p.meeting;
                                                         return applyMeetingPresence(copy, p.present);
                                                     }));
    return true;
}
