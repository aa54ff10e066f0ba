#include "PlanSession.h"

#include "core/cases/Cases.h"
#include "core/storage/Database.h"
#include "core/storage/PlanStore.h"

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
    CaseOptions options;
    options.plan = true;
    auto c = Cases::load(db, collaborationId, options, &m_error);
    if (!c)
        return;
    if (!c->plan) {
        m_error = tr("The collaboration has no action plan yet.");
        return;
    }
    m_context.analysis = *c->analysis;
    if (auto tmpl = AnalysisTemplate::builtIn(c->analysis->templateId, c->analysis->templateVersion)) {
        for (const auto& page : tmpl->pages)
            m_context.statistics += page.indicators;
    }
    m_context.periodStart = c->collaboration.startDate;
    m_context.periodEnd = c->collaboration.plannedEndDate;
    for (const auto& unit : c->unitsInScope())
        m_context.units.append({ unit.id, unit.name });
    m_context.organizerName = c->organizer.name;
    setLoaded(std::move(*c->plan));
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
    if (m_value.currentPage == pageId || m_closed)
        return true;
    QString error;
    if (!PlanStore(m_db).setCurrentPage(m_value.id, pageId, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_value.currentPage = pageId;
    return true;
}
