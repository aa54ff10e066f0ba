#include "FollowUpCases.h"

#include "Cases.h"
#include "core/Clock.h"
#include "core/followup/IndicatorFollowUp.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/FinalReportStore.h"
#include "core/storage/MeasurementStore.h"
#include "core/storage/ProgressReportStore.h"
#include "core/storage/ReadOnly.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

struct FollowUpText
{
    Q_DECLARE_TR_FUNCTIONS(Cases)
};

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString period(const QDate& start, const QDate& end)
{
    const auto d
        = [](const QDate& date) { return date.isValid() ? date.toString(Qt::ISODate) : FollowUpText::tr("(no date)"); };
    return QStringLiteral("%1 – %2").arg(d(start), d(end));
}

qint64 total(const QList<BudgetLine>& budget)
{
    qint64 sum = 0;
    for (const auto& line : budget)
        sum += line.amountSek;
    return sum;
}

QString goalsOf(const Intervention& i)
{
    QStringList goals;
    for (const auto& g : i.goals)
        goals << g.text.trimmed();
    return goals.join(QLatin1Char('\n'));
}

bool sameDeviation(const Deviation& a, const Deviation& b)
{
    return a.kind == b.kind && a.agreedInterventionUuid == b.agreedInterventionUuid
        && (!a.agreedInterventionUuid.isEmpty() || a.planInterventionId == b.planInterventionId);
}

} // namespace

namespace Cases {

std::optional<Agreement> signedInterventionsAgreement(const Database& db, qint64 collaborationId, QString* error)
{
    QString reason;
    const QList<AgreementSummary> agreements = AgreementStore(db).list(collaborationId, &reason);
    if (!reason.isEmpty()) {
        fail(error, reason);
        return std::nullopt;
    }
    QHash<qint64, AgreementSummary> byId;
    for (const auto& a : agreements)
        byId.insert(a.id, a);
    const auto rootKind = [&](AgreementSummary a) {
        for (int guard = 0; a.kind == AgreementKind::Amendment && byId.contains(a.amendsId) && guard < 100; ++guard)
            a = byId.value(a.amendsId);
        return a.kind;
    };
    for (auto it = agreements.crbegin(); it != agreements.crend(); ++it) {
        if (it->status == AgreementStatus::Signed && rootKind(*it) == AgreementKind::Interventions)
            return AgreementStore(db).load(it->id, error);
    }
    fail(error,
         FollowUpText::tr("The collaboration has no signed ÖK 2 yet. Progress reports follow the signed "
                          "agreement on the interventions."));
    return std::nullopt;
}

QList<ScheduledReport> reportSchedule(const Database& db, qint64 collaborationId, const QDate& today, QString* error)
{
    QList<ScheduledReport> schedule;
    const auto agreement = signedInterventionsAgreement(db, collaborationId, error);
    if (!agreement)
        return schedule;
    QString reason;
    const QList<ProgressReportSummary> reports = ProgressReportStore(db).list(collaborationId, &reason);
    if (!reason.isEmpty()) {
        fail(error, reason);
        return schedule;
    }
    for (qsizetype i = 0; i < agreement->reportDates.size(); ++i) {
        ScheduledReport s;
        s.number = int(i + 1);
        s.due = agreement->reportDates[i].due;
        s.label = agreement->reportDates[i].label;
        for (const auto& r : reports) {
            if (r.number == s.number && r.version > s.version) {
                s.version = r.version;
                s.reportId = r.id;
                s.state = r.state;
            }
        }
        const bool open = s.state == ProgressReportState::NotStarted || s.state == ProgressReportState::Draft;
        s.overdue = open && s.due.isValid() && s.due < today;
        s.dueSoon = open && s.due.isValid() && s.due >= today && today.daysTo(s.due) <= DueSoonDays;
        schedule.append(s);
    }
    return schedule;
}

QList<Deviation> proposedDeviations(const Agreement& agreement, const ActionPlan& plan)
{
    QList<Deviation> deviations;
    const auto propose = [&](DeviationKind kind, const AgreedIntervention* agreed, const Intervention* planned,
                             const QString& description) {
        Deviation d;
        d.kind = kind;
        d.agreedInterventionUuid = agreed ? agreed->uuid : QString();
        d.planInterventionId = planned ? planned->id : (agreed ? agreed->sourceInterventionId : 0);
        d.interventionTitle = agreed ? agreed->title : planned->title.trimmed();
        d.description = description;
        d.proposed = true;
        deviations.append(d);
    };
    QSet<qint64> agreedSources;
    for (const auto& agreed : agreement.interventions) {
        agreedSources.insert(agreed.sourceInterventionId);
        const Intervention* planned = plan.intervention(agreed.sourceInterventionId);
        if (!planned || planned->status == InterventionStatus::Cancelled) {
            propose(DeviationKind::Dropped, &agreed, planned,
                    planned ? FollowUpText::tr("The intervention is cancelled in the action plan.")
                            : FollowUpText::tr("The intervention is no longer in the action plan."));
            continue;
        }
        if (planned->title.trimmed() != agreed.title || planned->description.trimmed() != agreed.description
            || goalsOf(*planned) != agreed.goals)
            propose(DeviationKind::Changed, &agreed, planned,
                    FollowUpText::tr("The title, description or goals in the action plan differ from the agreement."));
        if (planned->start != agreed.start || planned->end != agreed.end)
            propose(DeviationKind::Schedule, &agreed, planned,
                    FollowUpText::tr("Agreed %1, now planned %2.")
                        .arg(period(agreed.start, agreed.end), period(planned->start, planned->end)));
        if (planned->budget != agreed.budget)
            propose(DeviationKind::Budget, &agreed, planned,
                    FollowUpText::tr("Agreed %1, now planned %2.")
                        .arg(Money::format(total(agreed.budget)), Money::format(total(planned->budget))));
    }
    for (const auto& planned : plan.interventions) {
        if (!agreedSources.contains(planned.id))
            propose(DeviationKind::Added, nullptr, &planned,
                    FollowUpText::tr("The intervention was added to the action plan after the agreement was signed."));
    }
    return deviations;
}

std::optional<ProgressReport> draftProgressReport(const Database& db, qint64 collaborationId, int number,
                                                  QString* error)
{
    if (ReadOnly::refuseIfClosed(db.connection(), collaborationId, error))
        return std::nullopt;
    const auto agreement = signedInterventionsAgreement(db, collaborationId, error);
    if (!agreement)
        return std::nullopt;
    if (number < 1 || number > agreement->reportDates.size()) {
        fail(error,
             FollowUpText::tr("The signed ÖK 2 has %1 progress reports; there is no number %2.")
                 .arg(agreement->reportDates.size())
                 .arg(number));
        return std::nullopt;
    }
    const ProgressReportStore reports(db);
    QString reason;
    const QList<ProgressReportSummary> existing = reports.list(collaborationId, &reason);
    if (!reason.isEmpty()) {
        fail(error, reason);
        return std::nullopt;
    }
    if (std::any_of(existing.cbegin(), existing.cend(),
                    [number](const ProgressReportSummary& s) { return s.number == number; })) {
        fail(error,
             FollowUpText::tr("Progress report %1 already exists: open it, or make a new version of it once "
                              "it is submitted.")
                 .arg(number));
        return std::nullopt;
    }
    CaseOptions options;
    options.plan = true;
    const auto c = load(db, collaborationId, options, error);
    if (!c)
        return std::nullopt;

    ProgressReport r;
    r.collaborationId = collaborationId;
    r.agreementId = agreement->id;
    r.number = number;
    r.due = agreement->reportDates[number - 1].due;
    for (const auto& agreed : agreement->interventions) {
        InterventionReview review;
        review.agreedInterventionId = agreed.id;
        review.agreedInterventionUuid = agreed.uuid;
        review.areaTitle = agreed.areaTitle;
        review.title = agreed.title;
        review.problems = agreed.problems;
        review.causes = agreed.causes;
        review.expectedEffects = agreed.expectedEffects;
        for (const QString& goal : agreed.goalList())
            review.goals.append({ 0, goal, QString(), QString() });
        r.interventions.append(review);
    }

    // The newest value of every indicator of the agreed interventions up to the due date: what the report covers.
    const MeasurementStore measurements(db);
    const QDate until = r.due.isValid() ? r.due : Clock::currentDate();
    if (c->plan) {
        for (const auto& agreed : agreement->interventions) {
            const Intervention* planned = c->plan->intervention(agreed.sourceInterventionId);
            if (!planned)
                continue;
            for (const auto& indicator : planned->indicators) {
                IndicatorReading reading;
                reading.agreedInterventionUuid = agreed.uuid;
                reading.indicatorId = indicator.id;
                reading.indicatorUuid = indicator.uuid;
                reading.name = indicator.name;
                reading.unit = indicator.unit;
                reading.direction = indicator.direction;
                reading.baseline = indicator.baseline;
                reading.target = indicator.target;
                reading.targetYear = indicator.targetYear;
                const auto newest = measurements.newest(indicator.id, until, &reason);
                if (!reason.isEmpty()) {
                    fail(error, reason);
                    return std::nullopt;
                }
                if (newest) {
                    reading.measurementId = newest->id;
                    reading.value = newest->value;
                    reading.measuredOn = newest->effectiveDate();
                    reading.assessment = IndicatorFollowUp::assess(indicator, agreement->periodStart, newest->value,
                                                                   reading.measuredOn);
                }
                r.indicators.append(reading);
            }
        }
        r.deviations = proposedDeviations(*agreement, *c->plan);
    }
    // An explanation given before for the same deviation is offered again.
    if (number > 1) {
        const auto previous = reports.newest(collaborationId, number - 1, &reason);
        if (previous) {
            for (auto& d : r.deviations) {
                for (const auto& old : previous->deviations) {
                    if (sameDeviation(d, old) && d.explanation.isEmpty())
                        d.explanation = old.explanation;
                }
            }
        }
    }
    return r;
}

bool submitProgressReport(const Database& db, ProgressReport& report, const QDate& on, QString* error)
{
    if (ReadOnly::refuseIfClosed(db.connection(), report.collaborationId, error))
        return false;
    return ProgressReportStore(db).submit(report, on, error);
}

std::optional<ProgressReport> newProgressReportVersion(const Database& db, qint64 reportId, QString* error)
{
    ProgressReportStore store(db);
    const auto old = store.load(reportId, error);
    if (!old || ReadOnly::refuseIfClosed(db.connection(), old->collaborationId, error))
        return std::nullopt;
    return store.newVersion(reportId, error);
}

std::optional<FinalReport> loadFinalReport(const Database& db, qint64 collaborationId, QString* error)
{
    auto report = FinalReportStore(db).newest(collaborationId, error);
    if (!report)
        return std::nullopt;
    const auto agreement = AgreementStore(db).load(report->agreementId, error);
    if (!agreement)
        return std::nullopt;
    QString reason;
    const QList<ProgressReport> reports = ProgressReportStore(db).loadAll(collaborationId, &reason);
    if (!reason.isEmpty()) {
        fail(error, reason);
        return std::nullopt;
    }
    report->assemble(*agreement, reports);
    return report;
}

std::optional<FinalReport> draftFinalReport(const Database& db, qint64 collaborationId, QString* error)
{
    QString reason;
    if (auto stored = loadFinalReport(db, collaborationId, &reason))
        return stored;
    if (!reason.isEmpty()) {
        fail(error, reason);
        return std::nullopt;
    }
    if (ReadOnly::refuseIfClosed(db.connection(), collaborationId, error))
        return std::nullopt;
    const auto agreement = signedInterventionsAgreement(db, collaborationId, error);
    if (!agreement)
        return std::nullopt;
    const QList<ProgressReport> reports = ProgressReportStore(db).loadAll(collaborationId, &reason);
    if (!reason.isEmpty()) {
        fail(error, reason);
        return std::nullopt;
    }
    FinalReport r;
    r.collaborationId = collaborationId;
    r.agreementId = agreement->id;
    r.due = agreement->finalReportDate;
    r.assemble(*agreement, reports);
    return r;
}

bool endCollaboration(const Database& db, qint64 collaborationId, const QDate& decidedOn, const QString& reason,
                      QString* error)
{
    if (reason.trimmed().isEmpty())
        return fail(error,
                    FollowUpText::tr("Give the reason for ending the collaboration: it is kept with phase 6's "
                                     "decision."));
    if (!decidedOn.isValid())
        return fail(error, FollowUpText::tr("Give the date of the decision to end the collaboration."));
    CollaborationStore store(db);
    auto c = store.load(collaborationId, error);
    if (!c)
        return false;
    if (c->isReadOnly())
        return fail(error, FollowUpText::tr("The collaboration is already closed."));
    Sql::Transaction tx(db.connection());
    if (c->phase != Phases::Last) {
        c->changePhase(Phases::Last, decidedOn, FollowUpText::tr("Decision to end the collaboration"));
        if (!store.save(*c, error))
            return false;
    }
    return store.changeStatus(collaborationId, CollaborationStatus::Closed, decidedOn, reason, error)
        && tx.commit(error);
}

bool reopenCollaboration(const Database& db, qint64 collaborationId, const QString& reason, const QDate& decidedOn,
                         QString* error, CollaborationStatus to)
{
    if (reason.trimmed().isEmpty())
        return fail(error,
                    FollowUpText::tr("Give the reason for reopening the collaboration: it is kept in its "
                                     "status history."));
    CollaborationStore store(db);
    const auto c = store.load(collaborationId, error);
    if (!c)
        return false;
    if (!c->isReadOnly())
        return fail(error, FollowUpText::tr("The collaboration is not closed."));
    if (to == CollaborationStatus::Closed)
        return fail(error, FollowUpText::tr("Choose the status the collaboration reopens to."));
    return store.changeStatus(collaborationId, to, decidedOn.isValid() ? decidedOn : Clock::currentDate(), reason,
                              error);
}

} // namespace Cases
