#include "Programme.h"

#include <QCoreApplication>

FieldErrors Programme::validate() const
{
    FieldErrors errors;
    if (const auto c = Validation::requiredText(name, QCoreApplication::translate("Programme", "The name")); !c.ok)
        errors.append({ QStringLiteral("name"), c.error });
    if (durationMonths < 1 || durationMonths > 120)
        errors.append({ QStringLiteral("durationMonths"),
                        QCoreApplication::translate("Programme", "The duration must be between 1 and 120 months.") });
    if (minGroupSize < 1)
        errors.append({ QStringLiteral("minGroupSize"),
                        QCoreApplication::translate("Programme", "The minimum group size must be at least 1.") });
    return errors;
}

Programme Programme::samverkanForBastaSkola()
{
    Programme p;
    p.name = QStringLiteral("Samverkan för bästa skola");
    p.assignmentNumbers
        = { QStringLiteral("U2015/03357/S"), QStringLiteral("U2017/00301/S"), QStringLiteral("U2019/03786/S") };
    p.durationMonths = 36;
    p.minGroupSize = 5;
    return p;
}
