#include "Contact.h"

#include <QCoreApplication>

FieldErrors Contact::validate() const
{
    FieldErrors errors;
    if (const auto c = Validation::requiredText(name, QCoreApplication::translate("Contact", "The name")); !c.ok)
        errors.append({ QStringLiteral("name"), c.error });
    if (const auto c = Validation::email(email); !c.ok)
        errors.append({ QStringLiteral("email"), c.error });
    return errors;
}

QString Address::oneLine() const
{
    QStringList parts;
    if (!street.trimmed().isEmpty())
        parts << street.trimmed();
    const QString place = QStringList { postalCode.trimmed(), locality.trimmed() }.join(QLatin1Char(' ')).trimmed();
    if (!place.isEmpty())
        parts << place;
    return parts.join(QStringLiteral(", "));
}
