#include "PlanLinkGuard.h"

#include "core/cases/RemovalRule.h"
#include "core/storage/PlanStore.h"
#include "ui/widgets/MessageBox.h"

#include <QCoreApplication>

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

QString shortText(const QString& text)
{
    const QString s = text.simplified();
    return s.size() > 80 ? s.left(78) + QStringLiteral("…") : s;
}

} // namespace

bool PlanLinkGuard::confirmRemovals(Database& db, const Analysis& before, const Analysis& after, QWidget* parent,
                                    QString* refusal, PlanLinks* unlinked)
{
    if (!Cases::removesAnyPlannable(before, after))
        return true;
    QString error;
    const auto plan = PlanStore(db).planUsing(before.id, &error);
    if (!plan) {
        if (!error.isEmpty() && refusal)
            *refusal = error;
        return error.isEmpty();
    }
    const RemovalImpact impact = Cases::impactOfRemoving(before, after, *plan);
    if (impact.isRefused()) {
        const ItemInUse& area = impact.refusedAreas.first();
        if (refusal)
            *refusal
                = GuardText::tr("The development area “%1” cannot be removed: the intervention(s) %2 in the action "
                                "plan belong to it. Move them to another area or remove them in the action plan "
                                "first.",
                                nullptr, static_cast<int>(area.interventions.size()))
                      .arg(area.text, quoted(area.interventions));
        return false;
    }
    if (!impact.needsConsent())
        return true;
    QStringList questions;
    for (const auto& p : impact.problemsInUse)
        questions << GuardText::tr("The problem “%1” is used by the intervention(s) %2 in the action plan.", nullptr,
                                   static_cast<int>(p.interventions.size()))
                         .arg(shortText(p.text), quoted(p.interventions));
    for (const auto& c : impact.causesInUse)
        questions << GuardText::tr("The cause “%1” is used by the intervention(s) %2 in the action plan.", nullptr,
                                   static_cast<int>(c.interventions.size()))
                         .arg(shortText(c.text), quoted(c.interventions));
    questions << GuardText::tr("Remove it anyway? The link in the plan is removed too.");
    const auto answer
        = MessageBox::question(parent, GuardText::tr("Used in the action plan"), questions.join(QStringLiteral("\n\n")),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    if (unlinked)
        *unlinked = impact.linksToDrop;
    return true;
}
