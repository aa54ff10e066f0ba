#pragma once

#include "CodeTable.h"
#include "Validation.h"

#include <QDateTime>
#include <QList>

enum class MeetingKind { FirstMeeting, Dialogue, JointGathering, FollowUp };

struct Participant
{
    QString name;
    QString role;
    QString organisation;
    qint64 id = 0; ///< last, so that {name, role, …} initialisers stay as they were
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Participant&) const = default;
};

struct Decision
{
    QString text;
    qint64 id = 0; ///< last, so that {name, role, …} initialisers stay as they were
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Decision&) const = default;
};

struct ActionItem
{
    QString text;
    QString owner;
    QDate dueDate;
    bool done = false;
    qint64 id = 0; ///< last, so that {name, role, …} initialisers stay as they were
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const ActionItem&) const = default;
};

/** Dialogmöte and the other meetings of a collaboration. */
struct Meeting
{
    qint64 id = 0;
    qint64 collaborationId = 0;
    QDateTime start; ///< local time, minutes precision
    int durationMinutes = 120;
    QString place;
    MeetingKind kind = MeetingKind::Dialogue;
    QString agenda;
    QString notes;
    QList<Participant> participants;
    QList<Decision> decisions;
    QList<ActionItem> actionItems;

    FieldErrors validate() const;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Meeting&) const = default;

    /** Database codes and labels of the MeetingKind values. */
    static const CodeTable<MeetingKind, 4> Kinds;
};
