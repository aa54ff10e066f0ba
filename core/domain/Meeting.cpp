#include "Meeting.h"

#include <QCoreApplication>

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("Meeting", s);
}
} // namespace

FieldErrors Meeting::validate() const
{
    FieldErrors errors;
    if (collaborationId <= 0)
        errors.append({ QStringLiteral("collaborationId"), tr("The meeting must belong to a collaboration.") });
    if (!start.isValid())
        errors.append({ QStringLiteral("start"), tr("Enter the date and time of the meeting.") });
    if (durationMinutes < 0 || durationMinutes > 24 * 60)
        errors.append({ QStringLiteral("durationMinutes"), tr("The length must be between 0 and 24 hours.") });
    for (int i = 0; i < participants.size(); ++i) {
        if (participants[i].name.trimmed().isEmpty())
            errors.append({ QStringLiteral("participants"), tr("Participant %1 has no name.").arg(i + 1) });
    }
    for (int i = 0; i < decisions.size(); ++i) {
        if (decisions[i].text.trimmed().isEmpty())
            errors.append({ QStringLiteral("decisions"), tr("Decision %1 has no text.").arg(i + 1) });
    }
    for (int i = 0; i < actionItems.size(); ++i) {
        if (actionItems[i].text.trimmed().isEmpty())
            errors.append({ QStringLiteral("actionItems"), tr("Action item %1 has no text.").arg(i + 1) });
    }
    return errors;
}

const CodeTable<MeetingKind, 4> Meeting::Kinds {
    "Meeting",
    { {
        { MeetingKind::FirstMeeting, "forsta_mote", QT_TRANSLATE_NOOP("Meeting", "First meeting") },
        { MeetingKind::Dialogue, "dialogmote", QT_TRANSLATE_NOOP("Meeting", "Dialogue meeting") },
        { MeetingKind::JointGathering, "gemensam_traff", QT_TRANSLATE_NOOP("Meeting", "Joint gathering") },
        { MeetingKind::FollowUp, "uppfoljning", QT_TRANSLATE_NOOP("Meeting", "Follow-up") },
    } }
};
