#include "ProgressReportSession.h"

#include "core/cases/Cases.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "core/storage/ProgressReportStore.h"
#include "core/storage/ReadOnly.h"

ProgressReportSession::ProgressReportSession(Database& db, qint64 id, QObject* parent)
    : EditSession(db, MergeId::ProgressReportField, parent)
{
    auto report = ProgressReportStore(db).load(id, &m_error);
    if (!report)
        return;
    if (const auto agreement = AgreementStore(db).load(report->agreementId, &m_error)) {
        m_baselineDate = agreement->periodStart;
        m_organizerName = agreement->organizer.name;
    } else {
        return;
    }
    CaseOptions options;
    options.plan = true;
    if (auto c = Cases::load(db, report->collaborationId, options, &m_error); c && c->plan) {
        for (const auto& i : c->plan->interventions) {
            for (const auto& ind : i.indicators)
                m_indicators.insert(ind.uuid, ind);
        }
    }
    m_error.clear();
    setLoaded(std::move(*report));
}

Indicator ProgressReportSession::indicatorFor(const IndicatorReading& reading) const
{
    Indicator i = m_indicators.value(reading.indicatorUuid);
    // The report's copies count: the indicator as it was when the report was written.
    i.name = reading.name;
    i.unit = reading.unit;
    i.direction = reading.direction;
    i.baseline = reading.baseline;
    i.target = reading.target;
    i.targetYear = reading.targetYear;
    return i;
}

bool ProgressReportSession::write(ProgressReport& value, QString* error)
{
    return ProgressReportStore(m_db).saveDraft(value, error);
}

void ProgressReportSession::keepOnUndo(ProgressReport& value) const
{
    // Undo restores the content; where the wizard stands and the report's state are not part of it.
    value.currentPage = m_value.currentPage;
    value.state = m_value.state;
    value.submittedOn = m_value.submittedOn;
    value.approvedOn = m_value.approvedOn;
    value.createdAt = m_value.createdAt;
    value.updatedAt = m_value.updatedAt;
}

QString ProgressReportSession::refusal() const
{
    if (m_closed)
        return tr("The collaboration is closed: its reports can be read, printed and saved, not changed. Reopen the "
                  "collaboration (with a reason) to change them.");
    if (m_value.isFrozen())
        return tr("This report is submitted and cannot change. A correction is a new version: choose “New version” "
                  "on the Follow-up tab.");
    return QString();
}

bool ProgressReportSession::setCurrentPage(const QString& pageId)
{
    if (m_value.currentPage == pageId || !refusal().isEmpty())
        return true;
    QString error;
    if (!ProgressReportStore(m_db).setCurrentPage(m_value.id, pageId, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_value.currentPage = pageId;
    return true;
}

bool ProgressReportSession::submit(const QDate& on, QString* error)
{
    if (const QString why = refusal(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    ProgressReport next = m_value;
    if (!ProgressReportStore(m_db).submit(next, on, error))
        return false;
    m_undo.clear();
    m_value = next;
    Q_EMIT reloaded();
    Q_EMIT statusChanged();
    return true;
}

bool ProgressReportSession::reload(QString* error)
{
    const auto loaded = ProgressReportStore(m_db).load(m_value.id, error);
    if (!loaded)
        return false;
    m_value = *loaded;
    readClosed(m_value.collaborationId);
    if (m_value.isFrozen() || m_closed)
        m_undo.clear();
    Q_EMIT reloaded();
    return true;
}
