#include "PlanLinkGuard.h"

#include "core/storage/PlanStore.h"
#include "ui/widgets/MessageBox.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct GuardText
{
    Q_DECLARE_TR_FUNCTIONS(PlanLinkGuard)
};

QString quoted(const QStringList& titles)
{
    QStringList q;
    for (const auto& t : titles)
        q << QStringLiteral("“%1”").arg(t);
    return q.join(QStringLiteral(", "));
}

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

QString shortText(const QString& text)
{
    const QString s = text.simplified();
    return s.size() > 80 ? s.left(78) + QStringLiteral("…") : s;
}

} // namespace

bool PlanLinkGuard::confirmRemovals(Database& db, const Analysis& before, const Analysis& after, QWidget* parent,
                                    QString* refusal, PlanLinks* unlinked)
{
    const auto goneAreas = removed(before.areas, after.areas);
    const auto goneProblems = removed(before.problems, after.problems);
    const auto goneCauses = removed(before.causes, after.causes);
    if (goneAreas.isEmpty() && goneProblems.isEmpty() && goneCauses.isEmpty())
        return true;
    QString error;
    PlanStore plans(db);
    const auto plan = plans.planUsing(before.id, &error);
    if (!plan) {
        if (!error.isEmpty() && refusal)
            *refusal = error;
        return error.isEmpty();
    }
    for (const auto& area : goneAreas) {
        const QStringList users = plan->usersOfArea(area.id);
        if (users.isEmpty())
            continue;
        if (refusal)
            *refusal
                = GuardText::tr("The development area “%1” cannot be removed: the intervention(s) %2 in the action "
                                "plan belong to it. Move them to another area or remove them in the action plan "
                                "first.",
                                nullptr, static_cast<int>(users.size()))
                      .arg(area.title, quoted(users));
        return false;
    }
    QStringList questions;
    QList<qint64> problems, causes;
    for (const auto& p : goneProblems) {
        const QStringList users = plan->usersOfProblem(p.id);
        if (users.isEmpty())
            continue;
        problems << p.id;
        questions << GuardText::tr("The problem “%1” is used by the intervention(s) %2 in the action plan.", nullptr,
                                   static_cast<int>(users.size()))
                         .arg(shortText(p.description), quoted(users));
    }
    for (const auto& c : goneCauses) {
        const QStringList users = plan->usersOfCause(c.id);
        if (users.isEmpty())
            continue;
        causes << c.id;
        questions << GuardText::tr("The cause “%1” is used by the intervention(s) %2 in the action plan.", nullptr,
                                   static_cast<int>(users.size()))
                         .arg(shortText(c.description), quoted(users));
    }
    if (questions.isEmpty())
        return true;
    questions << GuardText::tr("Remove it anyway? The link in the plan is removed too.");
    const auto answer
        = MessageBox::question(parent, GuardText::tr("Used in the action plan"), questions.join(QStringLiteral("\n\n")),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    for (const auto& i : plan->interventions) {
        for (qint64 id : problems) {
            if (i.problemIds.contains(id) && unlinked)
                unlinked->problems.append({ i.id, id });
        }
        for (qint64 id : causes) {
            if (i.causeIds.contains(id) && unlinked)
                unlinked->causes.append({ i.id, id });
        }
    }
    for (qint64 id : problems) {
        if (!plans.unlinkProblem(id, &error)) {
            if (refusal)
                *refusal = GuardText::tr("The link in the action plan could not be removed: %1").arg(error);
            return false;
        }
    }
    for (qint64 id : causes) {
        if (!plans.unlinkCause(id, &error)) {
            if (refusal)
                *refusal = GuardText::tr("The link in the action plan could not be removed: %1").arg(error);
            return false;
        }
    }
    return true;
}
