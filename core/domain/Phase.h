#pragma once

#include <QDate>
#include <QList>
#include <QString>

/** The six steps of the programme, 1 to 6. */
namespace Phases {

constexpr int First = 1;
constexpr int Last = 6;

/** Short name for the stepper, e.g. "Nulägesanalys". */
QString name(int phase);
/** One sentence on what happens in the phase. */
QString description(int phase);

} // namespace Phases

/** One entry of a collaboration's phase history: it entered `phase` on `date`. */
struct PhaseChange
{
    int phase = Phases::First;
    QDate date;
    QString note;
    bool operator==(const PhaseChange&) const = default;
};
