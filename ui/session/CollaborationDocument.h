#pragma once

#include "EditSession.h"
#include "core/domain/Collaboration.h"
#include "core/domain/Meeting.h"
#include "core/domain/Organizer.h"
#include "core/domain/SchoolUnit.h"

/**
 * One open collaboration: its data, the meetings, and the one undo stack.
 * Every change is written to the database when it is made (autosave); the
 * stack records it so it can be undone, which writes the earlier value back.
 */
class CollaborationDocument : public EditSession<Collaboration>
{
    Q_OBJECT

public:
    /** Loads collaboration `id`; check isValid() and errorString(). */
    CollaborationDocument(Database& db, qint64 id, QObject* parent = nullptr);

    const Collaboration& collaboration() const { return m_value; }
    const Organizer& organizer() const { return m_organizer; }
    /** The organizer's units, whether or not they are in scope. */
    const QList<SchoolUnit>& organizerUnits() const { return m_units; }
    const QList<Meeting>& meetings() const { return m_meetings; }
    const Meeting* meeting(qint64 id) const;
    QString programmeName() const { return m_programmeName; }

    /** Saves `after` as the collaboration and records it as `text` on the stack. */
    bool changeCollaboration(const Collaboration& after, const QString& text, const QString& mergeKey = QString());
    /** Saves `after` over the meeting with its id. */
    bool changeMeeting(const Meeting& after, const QString& text, const QString& mergeKey = QString());
    /** A new meeting of the given kind dated now; returns its id, or 0 on failure. */
    qint64 addMeeting();
    bool removeMeeting(qint64 id);

    /** The dated status history (who, when, from, to, why), oldest first. */
    const QList<StatusChange>& statusHistory() const { return m_statusHistory; }
    /**
     * Records phase 6's decision to end (Cases::endCollaboration) and reloads: avslutad, and
     * read-only as a whole. Not a step to undo: the stack is cleared.
     */
    bool endCollaboration(const QDate& decidedOn, const QString& reason, QString* error);
    /** Reopens an ended collaboration with a reason (Cases::reopenCollaboration) and reloads. */
    bool reopenCollaboration(const QDate& decidedOn, const QString& reason, QString* error);
    /** Avslutad: nothing of it can change until it is reopened. */
    bool isReadOnly() const { return m_value.isReadOnly(); }

Q_SIGNALS:
    void collaborationChanged();
    void meetingsChanged();
    void meetingChanged(qint64 id);

protected:
    bool write(Collaboration& value, QString* error) override;
    void keepOnUndo(Collaboration& value) const override;
    QString refusal() const override;

private:
    bool applyMeeting(const Meeting& value);
    bool applyMeetingPresence(Meeting& value, bool present);
    bool reloadCollaboration(QString* error);

    Organizer m_organizer;
    QList<SchoolUnit> m_units;
    QList<Meeting> m_meetings;
    QString m_programmeName;
    QList<StatusChange> m_statusHistory;
};
