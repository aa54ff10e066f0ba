#pragma once

#include "CodeTable.h"
#include "Contact.h"
#include "SchoolForm.h"

#include <optional>

/** Skolenhet or förskoleenhet. */
enum class UnitStatus { Active, Dormant, Closed, Planned };

struct SchoolUnit
{
    qint64 id = 0;
    QString code; ///< skolenhetskod, 8 digits
    QString name;
    qint64 organizerId = 0;
    QList<SchoolForm> forms;
    UnitStatus status = UnitStatus::Active;
    QString municipalityCode;
    Address visitingAddress;
    QString principal; ///< rektor or förskolechef
    std::optional<int> pupilCount;

    FieldErrors validate() const;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const SchoolUnit&) const = default;

    /** Database codes and labels of the UnitStatus values. */
    static const CodeTable<UnitStatus, 4> Statuses;
};
