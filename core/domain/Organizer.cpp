#include "Organizer.h"

#include <QCoreApplication>

FieldErrors Organizer::validate() const
{
    FieldErrors errors;
    const auto tr = [](const char* s) { return QCoreApplication::translate("Organizer", s); };
    if (const auto c = Validation::requiredText(name, tr("The name")); !c.ok)
        errors.append({ QStringLiteral("name"), c.error });
    if (const auto c = Validation::organisationNumber(organisationNumber); !c.ok)
        errors.append({ QStringLiteral("organisationNumber"), c.error });
    if (const auto c = Validation::municipalityCode(municipalityCode); !c.ok)
        errors.append({ QStringLiteral("municipalityCode"), c.error });
    if (const auto c = Validation::postalCode(postalAddress.postalCode); !c.ok)
        errors.append({ QStringLiteral("postalCode"), c.error });
    for (const auto& contact : contacts)
        errors.append(contact.validate());
    return errors;
}

const CodeTable<OrganizerType, 4> Organizer::Types {
    "Organizer",
    { {
        { OrganizerType::Municipal, "kommunal", QT_TRANSLATE_NOOP("Organizer", "Municipal") },
        { OrganizerType::Independent, "enskild", QT_TRANSLATE_NOOP("Organizer", "Independent") },
        { OrganizerType::State, "statlig", QT_TRANSLATE_NOOP("Organizer", "State") },
        { OrganizerType::Region, "region", QT_TRANSLATE_NOOP("Organizer", "Region") },
    } }
};
