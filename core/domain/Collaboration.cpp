#include "Collaboration.h"

#include <QCoreApplication>

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("Collaboration", s);
}
} // namespace

FieldErrors Collaboration::validate() const
{
    FieldErrors errors;
    if (organizerId <= 0)
        errors.append({ QStringLiteral("organizerId"), tr("Choose the organizer.") });
    if (programmeId <= 0)
        errors.append({ QStringLiteral("programmeId"), tr("Choose the programme.") });
    if (!startDate.isValid())
        errors.append({ QStringLiteral("startDate"), tr("Enter the start date.") });
    if (plannedEndDate.isValid() && startDate.isValid() && plannedEndDate <= startDate)
        errors.append({ QStringLiteral("plannedEndDate"), tr("The planned end must come after the start.") });
    if (phase < Phases::First || phase > Phases::Last)
        errors.append({ QStringLiteral("phase"), tr("The phase must be between 1 and 6.") });
    if (status != CollaborationStatus::Active && statusReason.trimmed().isEmpty())
        errors.append({ QStringLiteral("statusReason"),
                        tr("Give a reason when a collaboration is paused, declined or closed.") });
    for (const auto& c : dialogueTeam)
        errors.append(c.validate());
    for (const auto& c : organizerContacts)
        errors.append(c.validate());
    return errors;
}

QDate Collaboration::phaseDate(int p) const
{
    for (auto it = phaseHistory.crbegin(); it != phaseHistory.crend(); ++it) {
        if (it->phase == p)
            return it->date;
    }
    return QDate();
}

void Collaboration::changePhase(int newPhase, const QDate& date, const QString& note)
{
    if (newPhase == phase && !phaseHistory.isEmpty())
        return;
    phase = newPhase;
    phaseHistory.append({ newPhase, date, note });
}

QDate Collaboration::plannedEndFor(const QDate& start, int durationMonths)
{
    if (!start.isValid())
        return QDate();
    return start.addMonths(durationMonths).addDays(-1);
}

const CodeTable<CollaborationStatus, 4> Collaboration::Statuses {
    "Collaboration",
    { {
        { CollaborationStatus::Active, "aktiv", QT_TRANSLATE_NOOP("Collaboration", "Active") },
        { CollaborationStatus::Paused, "pausad", QT_TRANSLATE_NOOP("Collaboration", "Paused") },
        { CollaborationStatus::Declined, "avbojd", QT_TRANSLATE_NOOP("Collaboration", "Declined") },
        { CollaborationStatus::Closed, "avslutad", QT_TRANSLATE_NOOP("Collaboration", "Closed") },
    } }
};
