#pragma once

#include "CodeTable.h"
#include "Contact.h"

#include <QList>

/** Huvudman: the body that runs schools, municipal or private. */
enum class OrganizerType { Municipal, Independent, State, Region };

struct Organizer
{
    qint64 id = 0;
    QString name;
    QString organisationNumber; ///< NNNNNN-NNNN
    OrganizerType type = OrganizerType::Municipal;
    QString municipalityCode; ///< 4 digits
    Address postalAddress;
    QList<Contact> contacts;

    /** Checks every field; normalises nothing. */
    FieldErrors validate() const;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Organizer&) const = default;

    /** Database codes and labels of the OrganizerType values. */
    static const CodeTable<OrganizerType, 4> Types;
};
