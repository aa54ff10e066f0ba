#pragma once

#include "Validation.h"

#include <QString>

/** A person with a role: an organizer's contact, or a member of the dialogue team. */
struct Contact
{
    qint64 id = 0;
    QString name;
    QString role;
    QString organisation;
    QString email;
    QString phone;

    FieldErrors validate() const;
    bool operator==(const Contact&) const = default;
};

/** A postal or visiting address. */
struct Address
{
    QString street;
    QString postalCode;
    QString locality;

    /** "Box 4002, 171 04 Solna", leaving out the parts that are empty. */
    QString oneLine() const;
    bool operator==(const Address&) const = default;
};
