#pragma once

#include "ui/session/PlanSession.h"
#include "ui/wizard/WizardPage.h"

class QVBoxLayout;

/**
 * One page of the plan wizard. It shows part of a plan and writes what is on screen
 * back into one; the wizard decides when to save.
 */
class PlanPage : public WizardPage<ActionPlan>
{
    Q_OBJECT

public:
    PlanPage(const QString& id, const QString& title, const QString& help, const PlanSessionContext& context,
             QWidget* parent = nullptr);

    QString pageId() const { return m_id; }
    QString title() const { return m_title; }

    /** The intervention the page is on (0: none), shared between the pages. */
    virtual qint64 currentInterventionId() const { return 0; }
    virtual void selectIntervention(qint64 id) { Q_UNUSED(id); }
    /** Selects the first intervention of an area, or the area itself. */
    virtual void selectArea(qint64 areaId) { Q_UNUSED(areaId); }

protected:
    /** The page's own layout, below its title and help text. */
    QVBoxLayout* body() const { return m_body; }

    const PlanSessionContext& m_context;

private:
    QString m_id;
    QString m_title;
    QVBoxLayout* m_body;
};
