#include "SchoolUnit.h"

#include <QCoreApplication>

FieldErrors SchoolUnit::validate() const
{
    const auto tr = [](const char* s) { return QCoreApplication::translate("SchoolUnit", s); };
    FieldErrors errors;
    if (const auto c = Validation::requiredText(name, tr("The name")); !c.ok)
        errors.append({ QStringLiteral("name"), c.error });
    if (const auto c = Validation::schoolUnitCode(code); !c.ok)
        errors.append({ QStringLiteral("code"), c.error });
    if (organizerId <= 0)
        errors.append({ QStringLiteral("organizerId"), tr("Choose the organizer that runs the unit.") });
    if (forms.isEmpty())
        errors.append({ QStringLiteral("forms"), tr("Choose at least one school form.") });
    if (!municipalityCode.isEmpty()) {
        if (const auto c = Validation::municipalityCode(municipalityCode); !c.ok)
            errors.append({ QStringLiteral("municipalityCode"), c.error });
    }
    if (const auto c = Validation::postalCode(visitingAddress.postalCode); !c.ok)
        errors.append({ QStringLiteral("postalCode"), c.error });
    if (pupilCount && (*pupilCount < 0 || *pupilCount > 100000))
        errors.append({ QStringLiteral("pupilCount"), tr("The number of pupils must be between 0 and 100 000.") });
    return errors;
}

const CodeTable<UnitStatus, 4> SchoolUnit::Statuses {
    "SchoolUnit",
    { {
        { UnitStatus::Active, "aktiv", QT_TRANSLATE_NOOP("SchoolUnit", "Active") },
        { UnitStatus::Dormant, "vilande", QT_TRANSLATE_NOOP("SchoolUnit", "Dormant") },
        { UnitStatus::Closed, "upphord", QT_TRANSLATE_NOOP("SchoolUnit", "Closed") },
        { UnitStatus::Planned, "planerad", QT_TRANSLATE_NOOP("SchoolUnit", "Planned") },
    } }
};
