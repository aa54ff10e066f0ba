#include "Phase.h"

#include <QCoreApplication>

namespace Phases {

QString name(int phase)
{
    const auto tr = [](const char* s) { return QCoreApplication::translate("Phases", s); };
    switch (phase) {
    case 1:
        return tr("Selection");
    case 2:
        return tr("First dialogue");
    case 3:
        return tr("Current-state analysis");
    case 4:
        return tr("Action plan and agreement");
    case 5:
        return tr("Implementation");
    case 6:
        return tr("Follow-up and phase-out");
    }
    return QString();
}

QString description(int phase)
{
    const auto tr = [](const char* s) { return QCoreApplication::translate("Phases", s); };
    switch (phase) {
    case 1:
        return tr("Skolverket selects the organizer from the inspectorate's list.");
    case 2:
        return tr("A first meeting; the board accepts and the first agreement is signed.");
    case 3:
        return tr("Results, evidence and pupils' voices are analysed to find problems and their causes.");
    case 4:
        return tr("Interventions are planned and the agreement on them is signed.");
    case 5:
        return tr("The interventions are carried out and progress reports handed in.");
    case 6:
        return tr("The final report is handed in and the cooperation ends.");
    }
    return QString();
}

} // namespace Phases
