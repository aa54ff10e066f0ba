#pragma once

#include "EditSession.h"
#include "core/analysis/Analysis.h"
#include "core/analysis/AnalysisTemplate.h"
#include "core/plan/ActionPlan.h"

/** What every page of the plan wizard shows besides the plan: read from the analysis and the collaboration. */
struct PlanSessionContext
{
    Analysis analysis;
    QDate periodStart;
    QDate periodEnd;
    QList<std::pair<qint64, QString>> units; ///< units in scope: id, name
    QList<TemplateIndicator> statistics; ///< the template's indicators, for linking an indicator
    QString organizerName;

    /** The calendar years the collaboration runs through. */
    QList<int> years() const;
    QString areaTitle(qint64 areaId) const;
    QString unitName(qint64 unitId) const;
};

/**
 * One open action plan with the analysis it plans from and the wizard's undo stack.
 * Every change is saved first and then recorded as a snapshot of the whole plan, so
 * undo writes the earlier plan back to the database.
 */
class PlanSession : public EditSession<ActionPlan>
{
    Q_OBJECT

public:
    /** Loads the plan of collaboration `collaborationId`; check isValid() and errorString(). */
    PlanSession(Database& db, qint64 collaborationId, QObject* parent = nullptr);

    const ActionPlan& plan() const { return m_value; }
    const PlanSessionContext& context() const { return m_context; }

    /** Remembers the page to resume on. */
    bool setCurrentPage(const QString& pageId);

protected:
    bool write(ActionPlan& value, QString* error) override;
    void keepOnUndo(ActionPlan& value) const override;

private:
    PlanSessionContext m_context;
};
