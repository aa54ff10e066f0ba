#include "AnalysisSession.h"

#include "core/cases/Cases.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"

AnalysisSession::AnalysisSession(Database& db, qint64 id, QObject* parent)
    : EditSession(db, MergeId::AnalysisField, parent)
{
    auto analysis = AnalysisStore(db).load(id, &m_error);
    if (!analysis)
        return;
    auto tmpl = AnalysisTemplate::builtIn(analysis->templateId, analysis->templateVersion, &m_error);
    if (!tmpl)
        return;
    m_template = *tmpl;
    m_error.clear();
    const auto c = Cases::load(db, analysis->collaborationId, {}, &m_error);
    if (!c)
        return;
    m_minGroupSize = c->programme.minGroupSize;
    m_levelName = analysis->unitId > 0 ? c->unitName(analysis->unitId) : c->organizer.name;
    if (m_error.isEmpty())
        setLoaded(*analysis);
}

bool AnalysisSession::write(Analysis& value, QString* error)
{
    return AnalysisStore(m_db).save(value, m_minGroupSize, error);
}

void AnalysisSession::keepOnUndo(Analysis& value) const
{
    // Undo restores the content; where the wizard stands and the status are not part of it.
    value.currentPage = m_value.currentPage;
    value.status = m_value.status;
    value.statusBy = m_value.statusBy;
    value.statusAt = m_value.statusAt;
}

QString AnalysisSession::refusal() const
{
    if (m_value.isReadOnly())
        return tr("The analysis is established and cannot be changed. Make a new version to change it.");
    return QString();
}

bool AnalysisSession::changeRemoving(const Analysis& after, const QString& text, const PlanLinks& links)
{
    if (links.isEmpty())
        return change(after, text);
    const int minGroupSize = m_minGroupSize;
    Database& db = m_db;
    return changeWith(
        after, text, QString(),
        [&db, minGroupSize, links](Analysis& a, QString* error) {
            return AnalysisStore(db).save(a, minGroupSize, links, PlanLinks(), error);
        },
        [&db, minGroupSize, links](Analysis& a, QString* error) {
            return AnalysisStore(db).save(a, minGroupSize, PlanLinks(), links, error);
        });
}

bool AnalysisSession::setCurrentPage(const QString& pageId)
{
    if (m_value.currentPage == pageId || m_value.isReadOnly() || m_closed)
        return true;
    QString error;
    if (!AnalysisStore(m_db).setCurrentPage(m_value.id, pageId, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_value.currentPage = pageId;
    return true;
}

bool AnalysisSession::setStatus(AnalysisStatus status, const QString& who, QString* error)
{
    Analysis changed = m_value;
    if (!AnalysisStore(m_db).setStatus(changed, status, who, m_minGroupSize, error))
        return false;
    m_value = changed;
    // Steps before an established analysis would write to a record that may no longer change.
    if (m_value.isReadOnly())
        m_undo.clear();
    Q_EMIT statusChanged();
    return true;
}

bool AnalysisSession::startNewVersion(QString* error)
{
    auto next = AnalysisStore(m_db).newVersion(m_value, error);
    if (!next)
        return false;
    m_value = *next;
    m_undo.clear();
    Q_EMIT statusChanged();
    Q_EMIT reloaded();
    return true;
}
