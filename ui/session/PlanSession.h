#pragma once

#include "core/analysis/Analysis.h"
#include "core/analysis/AnalysisTemplate.h"
#include "core/plan/ActionPlan.h"

#include <QObject>
#include <QUndoStack>

class Database;

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
class PlanSession : public QObject
{
    Q_OBJECT

public:
    /** Loads the plan of collaboration `collaborationId`; check isValid() and errorString(). */
    PlanSession(Database& db, qint64 collaborationId, QObject* parent = nullptr);

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }

    Database& database() const { return m_db; }
    const ActionPlan& plan() const { return m_plan; }
    const PlanSessionContext& context() const { return m_context; }
    QUndoStack* undoStack() { return &m_undo; }

    /** Saves `after` and records it as `text`; typing in one field (same mergeKey) merges into one step. */
    bool change(const ActionPlan& after, const QString& text, const QString& mergeKey = QString());
    /** Remembers the page to resume on. */
    bool setCurrentPage(const QString& pageId);

Q_SIGNALS:
    /** The plan was replaced from outside the pages: undo, redo. */
    void reloaded();
    void saved();
    void saveFailed(const QString& message);

private:
    bool apply(const ActionPlan& value);

    Database& m_db;
    bool m_valid = false;
    QString m_error;
    ActionPlan m_plan;
    PlanSessionContext m_context;
    QUndoStack m_undo;
};
