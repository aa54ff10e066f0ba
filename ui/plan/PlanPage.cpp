#include "PlanPage.h"

#include <QVBoxLayout>

PlanPage::PlanPage(const QString& id, const QString& title, const QString& help, const PlanSessionContext& context,
                   QWidget* parent)
    : WizardPage<ActionPlan>(parent)
    , m_context(context)
    , m_id(id)
    , m_title(title)
    , m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("page:") + id);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    addHeading(layout, title, help);
    m_body->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body, 1);
}
