#include "Case.h"

QList<SchoolUnit> Case::unitsInScope() const
{
    QList<SchoolUnit> result;
    for (qint64 id : collaboration.unitIds) {
        if (const SchoolUnit* u = unit(id))
            result.append(*u);
    }
    return result;
}

const SchoolUnit* Case::unit(qint64 id) const
{
    for (const auto& u : organizerUnits) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

QString Case::unitName(qint64 id) const
{
    const SchoolUnit* u = unit(id);
    return u ? u->name : QString();
}

QList<int> Case::years() const
{
    QList<int> result;
    const QDate start = collaboration.startDate;
    const QDate end = collaboration.plannedEndDate;
    if (!start.isValid() || !end.isValid())
        return result;
    for (int y = start.year(); y <= end.year(); ++y)
        result << y;
    return result;
}
