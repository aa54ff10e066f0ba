#include "RemovalRule.h"

#include <algorithm>

namespace {

template<typename T> QList<T> removed(const QList<T>& before, const QList<T>& after)
{
    QList<T> gone;
    for (const auto& item : before) {
        if (item.id == 0)
            continue;
        const bool kept = std::any_of(after.cbegin(), after.cend(), [&](const T& a) { return a.id == item.id; });
        if (!kept)
            gone << item;
    }
    return gone;
}

} // namespace

namespace Cases {

RemovalImpact impactOfRemoving(const Analysis& before, const Analysis& after, const ActionPlan& plan)
{
    RemovalImpact impact;
    for (const auto& area : removed(before.areas, after.areas)) {
        if (const QStringList users = plan.usersOfArea(area.id); !users.isEmpty())
            impact.refusedAreas.append({ area.id, area.title, users });
    }
    for (const auto& p : removed(before.problems, after.problems)) {
        if (const QStringList users = plan.usersOfProblem(p.id); !users.isEmpty())
            impact.problemsInUse.append({ p.id, p.description, users });
    }
    for (const auto& c : removed(before.causes, after.causes)) {
        if (const QStringList users = plan.usersOfCause(c.id); !users.isEmpty())
            impact.causesInUse.append({ c.id, c.description, users });
    }
    for (const auto& i : plan.interventions) {
        for (const auto& p : impact.problemsInUse) {
            if (i.problemIds.contains(p.id))
                impact.linksToDrop.problems.append({ i.id, p.id });
        }
        for (const auto& c : impact.causesInUse) {
            if (i.causeIds.contains(c.id))
                impact.linksToDrop.causes.append({ i.id, c.id });
        }
    }
    return impact;
}

bool removesAnyPlannable(const Analysis& before, const Analysis& after)
{
    return !removed(before.areas, after.areas).isEmpty() || !removed(before.problems, after.problems).isEmpty()
        || !removed(before.causes, after.causes).isEmpty();
}

} // namespace Cases
