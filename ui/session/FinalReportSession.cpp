#include "FinalReportSession.h"

#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "core/storage/FinalReportStore.h"
#include "core/storage/ProgressReportStore.h"
#include "core/storage/ReadOnly.h"

FinalReportSession::FinalReportSession(Database& db, qint64 id, QObject* parent)
    : EditSession(db, MergeId::FinalReportField, parent)
{
    auto report = FinalReportStore(db).load(id, &m_error);
    if (!report)
        return;
    const auto agreement = AgreementStore(db).load(report->agreementId, &m_error);
    if (!agreement)
        return;
    const QList<ProgressReport> reports = ProgressReportStore(db).loadAll(report->collaborationId, &m_error);
    if (!m_error.isEmpty())
        return;
    report->assemble(*agreement, reports);
    setLoaded(std::move(*report));
}

bool FinalReportSession::write(FinalReport& value, QString* error)
{
    return FinalReportStore(m_db).saveDraft(value, error);
}

void FinalReportSession::keepOnUndo(FinalReport& value) const
{
    value.currentPage = m_value.currentPage;
    value.state = m_value.state;
    value.submittedOn = m_value.submittedOn;
    value.approvedOn = m_value.approvedOn;
    value.createdAt = m_value.createdAt;
    value.updatedAt = m_value.updatedAt;
    value.history = m_value.history;
    value.deviations = m_value.deviations;
}

QString FinalReportSession::refusal() const
{
    if (m_value.isFrozen())
        return tr("The final report is submitted and cannot change. A correction is a new version.");
    if (m_closed)
        return tr("The collaboration is closed: its final report can be read, printed and saved, not changed. Reopen "
                  "the collaboration (with a reason) to change it.");
    return QString();
}

bool FinalReportSession::setCurrentPage(const QString& pageId)
{
    if (m_value.currentPage == pageId || !refusal().isEmpty())
        return true;
    // No setCurrentPage in the store: the page is saved with the draft, outside the undo stack.
    FinalReport next = m_value;
    next.currentPage = pageId;
    QString error;
    if (!FinalReportStore(m_db).saveDraft(next, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_value.currentPage = pageId;
    m_value.updatedAt = next.updatedAt;
    return true;
}

bool FinalReportSession::submit(const QDate& on, QString* error)
{
    if (const QString why = refusal(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    FinalReport next = m_value;
    if (!FinalReportStore(m_db).submit(next, on, error))
        return false;
    m_undo.clear();
    m_value = next;
    Q_EMIT reloaded();
    Q_EMIT statusChanged();
    return true;
}
