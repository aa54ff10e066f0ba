#include "PlanSession.h"

#include "SnapshotCommand.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/SchoolUnitStore.h"

QList<int> PlanSessionContext::years() const
{
    QList<int> result;
    if (!periodStart.isValid() || !periodEnd.isValid())
        return result;
    for (int y = periodStart.year(); y <= periodEnd.year(); ++y)
        result << y;
    return result;
}

QString PlanSessionContext::areaTitle(qint64 areaId) const
{
    for (const auto& a : analysis.areas) {
        if (a.id == areaId)
            return a.title;
    }
    return QString();
}

QString PlanSessionContext::unitName(qint64 unitId) const
{
    for (const auto& [id, name] : units) {
        if (id == unitId)
            return name;
    }
    return QString();
}

PlanSession::PlanSession(Database& db, qint64 collaborationId, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    auto plan = PlanStore(db).load(collaborationId, &m_error);
    if (!plan) {
        if (m_error.isEmpty())
            m_error = tr("The collaboration has no action plan yet.");
        return;
    }
    m_plan = *plan;
    auto analysis = AnalysisStore(db).load(m_plan.analysisId, &m_error);
    if (!analysis)
        return;
    m_context.analysis = *analysis;
    if (auto tmpl = AnalysisTemplate::builtIn(analysis->templateId, analysis->templateVersion)) {
        for (const auto& page : tmpl->pages)
            m_context.statistics += page.indicators;
    }
    m_error.clear();
    const auto collaboration = CollaborationStore(db).load(collaborationId, &m_error);
    if (!collaboration)
        return;
    m_context.periodStart = collaboration->startDate;
    m_context.periodEnd = collaboration->plannedEndDate;
    for (qint64 unitId : collaboration->unitIds) {
        if (const auto unit = SchoolUnitStore(db).load(unitId, &m_error))
            m_context.units.append({ unitId, unit->name });
    }
    if (const auto organizer = OrganizerStore(db).load(collaboration->organizerId, &m_error))
        m_context.organizerName = organizer->name;
    m_valid = m_error.isEmpty();
}

bool PlanSession::apply(const ActionPlan& value)
{
    // Undo restores the content; where the wizard stands is not part of it.
    ActionPlan copy = value;
    copy.currentPage = m_plan.currentPage;
    QString error;
    if (!PlanStore(m_db).save(copy, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_plan = copy;
    Q_EMIT reloaded();
    Q_EMIT saved();
    return true;
}

bool PlanSession::change(const ActionPlan& after, const QString& text, const QString& mergeKey)
{
    if (after == m_plan)
        return true;
    const ActionPlan before = m_plan;
    ActionPlan toSave = after;
    toSave.currentPage = m_plan.currentPage;
    QString error;
    if (!PlanStore(m_db).save(toSave, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_plan = toSave;
    m_undo.push(new SnapshotCommand<ActionPlan>(
        text, before, toSave, [this](const ActionPlan& p) { apply(p); }, MergeId::PlanField, mergeKey));
    Q_EMIT saved();
    return true;
}

bool PlanSession::setCurrentPage(const QString& pageId)
{
    if (m_plan.currentPage == pageId)
        return true;
    QString error;
    if (!PlanStore(m_db).setCurrentPage(m_plan.id, pageId, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_plan.currentPage = pageId;
    return true;
}
