#pragma once

#include "Validation.h"

#include <QStringList>

/**
 * The government assignment the collaborations run under. Kept as data so a
 * successor programme (Riktade insatser, 2024) needs no code change.
 */
struct Programme
{
    qint64 id = 0;
    QString name;
    QStringList assignmentNumbers; ///< e.g. U2015/03357/S
    int durationMonths = 36;
    int minGroupSize = 5; ///< smallest group whose voices may be summarised

    FieldErrors validate() const;
    bool operator==(const Programme&) const = default;

    /** "Samverkan för bästa skola" with its three assignments: the default. */
    static Programme samverkanForBastaSkola();
};
