#include "PlanSession.h"

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
    : EditSession(db, MergeId::PlanField, parent)
{
    auto plan = PlanStore(db).load(collaborationId, &m_error);
    if (!plan) {
        if (m_error.isEmpty())
            m_error = tr("The collaboration has no action plan yet.");
        return;
    }
    auto analysis = AnalysisStore(db).load(plan->analysisId, &m_error);
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
    if (m_error.isEmpty())
        setLoaded(*plan);
}

bool PlanSession::write(ActionPlan& value, QString* error)
{
    return PlanStore(m_db).save(value, error);
}

void PlanSession::keepOnUndo(ActionPlan& value) const
{
    // Undo restores the content; where the wizard stands is not part of it.
    value.currentPage = m_value.currentPage;
}

bool PlanSession::setCurrentPage(const QString& pageId)
{
    if (m_value.currentPage == pageId)
        return true;
    QString error;
    if (!PlanStore(m_db).setCurrentPage(m_value.id, pageId, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_value.currentPage = pageId;
    return true;
}
