#include "AnalysisSession.h"

#include "SnapshotCommand.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/SchoolUnitStore.h"

AnalysisSession::AnalysisSession(Database& db, qint64 id, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    auto analysis = AnalysisStore(db).load(id, &m_error);
    if (!analysis)
        return;
    m_analysis = *analysis;
    auto tmpl = AnalysisTemplate::builtIn(m_analysis.templateId, m_analysis.templateVersion, &m_error);
    if (!tmpl)
        return;
    m_template = *tmpl;
    m_error.clear();
    const auto collaboration = CollaborationStore(db).load(m_analysis.collaborationId, &m_error);
    if (!collaboration)
        return;
    for (const auto& p : CollaborationStore(db).programmes(&m_error)) {
        if (p.id == collaboration->programmeId)
            m_minGroupSize = p.minGroupSize;
    }
    if (m_analysis.unitId > 0) {
        if (const auto unit = SchoolUnitStore(db).load(m_analysis.unitId, &m_error))
            m_levelName = unit->name;
    } else if (const auto organizer = OrganizerStore(db).load(collaboration->organizerId, &m_error)) {
        m_levelName = organizer->name;
    }
    m_valid = m_error.isEmpty();
}

bool AnalysisSession::apply(const Analysis& value)
{
    // Undo restores the content; where the wizard stands and the status are not part of it.
    Analysis copy = value;
    copy.currentPage = m_analysis.currentPage;
    copy.status = m_analysis.status;
    copy.statusBy = m_analysis.statusBy;
    copy.statusAt = m_analysis.statusAt;
    QString error;
    if (!AnalysisStore(m_db).save(copy, m_minGroupSize, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_analysis = copy;
    Q_EMIT reloaded();
    Q_EMIT saved();
    return true;
}

bool AnalysisSession::change(const Analysis& after, const QString& text, const QString& mergeKey)
{
    if (after == m_analysis)
        return true;
    if (m_analysis.isReadOnly()) {
        Q_EMIT saveFailed(tr("The analysis is established and cannot be changed. Make a new version to change it."));
        return false;
    }
    const Analysis before = m_analysis;
    Analysis toSave = after;
    QString error;
    if (!AnalysisStore(m_db).save(toSave, m_minGroupSize, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_analysis = toSave;
    m_undo.push(new SnapshotCommand<Analysis>(
        text, before, toSave, [this](const Analysis& a) { apply(a); }, MergeId::AnalysisField, mergeKey));
    Q_EMIT saved();
    return true;
}

bool AnalysisSession::setCurrentPage(const QString& pageId)
{
    if (m_analysis.currentPage == pageId || m_analysis.isReadOnly())
        return true;
    QString error;
    if (!AnalysisStore(m_db).setCurrentPage(m_analysis.id, pageId, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_analysis.currentPage = pageId;
    return true;
}

bool AnalysisSession::setStatus(AnalysisStatus status, const QString& who, QString* error)
{
    Analysis changed = m_analysis;
    if (!AnalysisStore(m_db).setStatus(changed, status, who, m_minGroupSize, error))
        return false;
    m_analysis = changed;
    // Steps before an established analysis would write to a record that may no longer change.
    if (m_analysis.isReadOnly())
        m_undo.clear();
    Q_EMIT statusChanged();
    return true;
}

bool AnalysisSession::startNewVersion(QString* error)
{
    auto next = AnalysisStore(m_db).newVersion(m_analysis, error);
    if (!next)
        return false;
    m_analysis = *next;
    m_undo.clear();
    Q_EMIT statusChanged();
    Q_EMIT reloaded();
    return true;
}
