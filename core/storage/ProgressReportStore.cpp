#include "ProgressReportStore.h"

#include "ChildRows.h"
#include "Database.h"
#include "ReadOnly.h"
#include "Sql.h"
#include "Tombstones.h"
#include "core/Clock.h"

#include <QHash>
#include <QSqlQuery>

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReportStore)
};

const QString kColumns
    = QStringLiteral("id, collaboration_id, agreement_id, number, version, state, due_date, submitted_on, approved_on, "
                     "current_page, next_steps, created_at, updated_at, uuid");

QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

std::optional<double> number(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant numberOrNull(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant statusOrNull(const std::optional<IndicatorStatus>& s)
{
    return s ? QVariant(IndicatorFollowUp::Statuses.code(*s)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<IndicatorStatus> status(const QVariant& v)
{
    bool ok = false;
    const IndicatorStatus s = IndicatorFollowUp::Statuses.fromCode(v.toString(), &ok);
    return ok ? std::optional<IndicatorStatus>(s) : std::nullopt;
}

ProgressReport fromRow(const QSqlQuery& q)
{
    ProgressReport r;
    r.id = q.value(0).toLongLong();
    r.collaborationId = q.value(1).toLongLong();
    r.agreementId = q.value(2).toLongLong();
    r.number = q.value(3).toInt();
    r.version = q.value(4).toInt();
    r.state = ProgressReport::States.fromCode(q.value(5).toString());
    r.due = date(q.value(6));
    r.submittedOn = date(q.value(7));
    r.approvedOn = date(q.value(8));
    r.currentPage = q.value(9).toString();
    r.nextSteps = q.value(10).toString();
    r.createdAt = Sql::sqliteTimestamp(q.value(11));
    r.updatedAt = Sql::sqliteTimestamp(q.value(12));
    r.uuid = q.value(13).toString();
    return r;
}

QString frozenMessage()
{
    return StoreText::tr("The progress report is submitted and can no longer be changed. Make a new version of it to "
                         "correct it.");
}

} // namespace

ProgressReportStore::ProgressReportStore(const Database& db)
    : m_db(db.connection())
{
}

QList<ProgressReportSummary> ProgressReportStore::list(qint64 collaborationId, QString* error) const
{
    QList<ProgressReportSummary> result;
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, agreement_id, number, version, state, due_date, submitted_on, "
                                  "approved_on, updated_at FROM progress_report WHERE collaboration_id = ? "
                                  "ORDER BY number, version"),
                   { collaborationId }, error))
        return result;
    while (q.next()) {
        ProgressReportSummary s;
        s.id = q.value(0).toLongLong();
        s.agreementId = q.value(1).toLongLong();
        s.number = q.value(2).toInt();
        s.version = q.value(3).toInt();
        s.state = ProgressReport::States.fromCode(q.value(4).toString());
        s.due = date(q.value(5));
        s.submittedOn = date(q.value(6));
        s.approvedOn = date(q.value(7));
        s.updatedAt = Sql::sqliteTimestamp(q.value(8));
        result.append(s);
    }
    return result;
}

std::optional<ProgressReport> ProgressReportStore::load(qint64 id, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM progress_report WHERE id = ?").arg(kColumns), { id }, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = StoreText::tr("There is no progress report with id %1.").arg(id);
        return std::nullopt;
    }
    ProgressReport r = fromRow(q);
    if (!loadChildren(r, error))
        return std::nullopt;
    return r;
}

std::optional<ProgressReport> ProgressReportStore::newest(qint64 collaborationId, int number, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id FROM progress_report WHERE collaboration_id = ? AND number = ? "
                                  "ORDER BY version DESC LIMIT 1"),
                   { collaborationId, number }, error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    return load(q.value(0).toLongLong(), error);
}

QList<ProgressReport> ProgressReportStore::loadAll(qint64 collaborationId, QString* error) const
{
    QList<ProgressReport> reports;
    for (const auto& s : list(collaborationId, error)) {
        auto r = load(s.id, error);
        if (!r)
            return {};
        reports.append(std::move(*r));
    }
    return reports;
}

bool ProgressReportStore::loadChildren(ProgressReport& r, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, agreed_intervention_id, agreed_intervention_uuid, area_title, title, "
                                  "problems, causes, expected_effects, goals_not_reached, rating, rating_reason, "
                                  "next_steps, uuid FROM progress_report_intervention WHERE progress_report_id = ? "
                                  "ORDER BY position"),
                   { r.id }, error))
        return false;
    QHash<qint64, qsizetype> byId;
    while (q.next()) {
        InterventionReview i;
        i.id = q.value(0).toLongLong();
        i.agreedInterventionId = q.value(1).toLongLong();
        i.agreedInterventionUuid = q.value(2).toString();
        i.areaTitle = q.value(3).toString();
        i.title = q.value(4).toString();
        i.problems = q.value(5).toString();
        i.causes = q.value(6).toString();
        i.expectedEffects = q.value(7).toString();
        i.goalsNotReached = q.value(8).toString();
        bool ok = false;
        const InterventionRating rating = ProgressReport::Ratings.fromCode(q.value(9).toString(), &ok);
        if (ok)
            i.rating = rating;
        i.ratingReason = q.value(10).toString();
        i.nextSteps = q.value(11).toString();
        i.uuid = q.value(12).toString();
        byId.insert(i.id, r.interventions.size());
        r.interventions.append(i);
    }
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, review_id, goal, improvements, uuid FROM progress_report_goal "
                                  "WHERE progress_report_id = ? ORDER BY review_id, position"),
                   { r.id }, error))
        return false;
    while (q.next()) {
        const auto at = byId.find(q.value(1).toLongLong());
        if (at != byId.end())
            r.interventions[*at].goals.append(
                { q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString() });
    }
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, agreed_intervention_uuid, indicator_id, indicator_uuid, name, unit, "
                                  "direction, baseline, target, target_year, measurement_id, value, measured_on, "
                                  "expected, shortfall, computed_status, chosen_status, override_reason, comment, uuid "
                                  "FROM progress_report_indicator WHERE progress_report_id = ? ORDER BY position"),
                   { r.id }, error))
        return false;
    while (q.next()) {
        IndicatorReading i;
        i.id = q.value(0).toLongLong();
        i.agreedInterventionUuid = q.value(1).toString();
        i.indicatorId = q.value(2).toLongLong();
        i.indicatorUuid = q.value(3).toString();
        i.name = q.value(4).toString();
        i.unit = q.value(5).toString();
        i.direction = ActionPlan::Directions.fromCode(q.value(6).toString());
        i.baseline = number(q.value(7));
        i.target = number(q.value(8));
        i.targetYear = q.value(9).toInt();
        i.measurementId = q.value(10).toLongLong();
        i.value = number(q.value(11));
        i.measuredOn = date(q.value(12));
        i.assessment.expected = number(q.value(13));
        i.assessment.shortfall = number(q.value(14));
        i.assessment.computed = status(q.value(15));
        i.assessment.chosen = status(q.value(16));
        i.assessment.overrideReason = q.value(17).toString();
        i.comment = q.value(18).toString();
        i.uuid = q.value(19).toString();
        r.indicators.append(i);
    }
    if (!Sql::exec(
            q,
            QStringLiteral("SELECT id, kind, agreed_intervention_uuid, plan_intervention_id, intervention_title, "
                           "description, proposed, confirmed, explanation, uuid FROM progress_report_deviation "
                           "WHERE progress_report_id = ? ORDER BY position"),
            { r.id }, error))
        return false;
    while (q.next()) {
        Deviation d;
        d.id = q.value(0).toLongLong();
        d.kind = ProgressReport::DeviationKinds.fromCode(q.value(1).toString());
        d.agreedInterventionUuid = q.value(2).toString();
        d.planInterventionId = q.value(3).toLongLong();
        d.interventionTitle = q.value(4).toString();
        d.description = q.value(5).toString();
        d.proposed = q.value(6).toBool();
        d.confirmed = q.value(7).toBool();
        d.explanation = q.value(8).toString();
        d.uuid = q.value(9).toString();
        r.deviations.append(d);
    }
    return true;
}

bool ProgressReportStore::refuseFrozen(qint64 id, QString* error) const
{
    if (id <= 0)
        return false;
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT state FROM progress_report WHERE id = ?"), { id }, error))
        return true;
    if (q.next() && q.value(0).toString() != QLatin1String("utkast")) {
        if (error)
            *error = frozenMessage();
        return true;
    }
    return false;
}

bool ProgressReportStore::saveDraft(ProgressReport& r, QString* error)
{
    if (r.isFrozen() || refuseFrozen(r.id, error)) {
        if (error)
            *error = frozenMessage();
        return false;
    }
    if (ReadOnly::refuseIfClosed(m_db, r.collaborationId, error))
        return false;
    if (const FieldErrors errors = r.validate(); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString now = Clock::timestamp();
    const bool isNew = r.id == 0;
    const QString uuid = Sql::uuidOr(r.uuid);
    const QVariantList values { r.collaborationId,
                                r.agreementId,
                                r.number,
                                r.version,
                                QStringLiteral("utkast"),
                                Sql::dateOrNull(r.due),
                                Sql::textOrNull(r.currentPage),
                                Sql::textOrNull(r.nextSteps) };
    if (isNew) {
        if (!Sql::exec(q,
                       QStringLiteral("INSERT INTO progress_report(collaboration_id, agreement_id, number, version, "
                                      "state, due_date, current_page, next_steps, uuid, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       values + QVariantList { uuid, now, now }, error))
            return false;
        r.id = q.lastInsertId().toLongLong();
    } else if (!Sql::exec(
                   q,
                   QStringLiteral("UPDATE progress_report SET collaboration_id = ?, agreement_id = ?, number = ?, "
                                  "version = ?, state = ?, due_date = ?, current_page = ?, next_steps = ?, "
                                  "updated_at = ? WHERE id = ?"),
                   values + QVariantList { now, r.id }, error)) {
        return false;
    }
    ProgressReport written = r;
    written.uuid = uuid;
    written.state = ProgressReportState::Draft;
    if (!writeChildren(written, error) || !tx.commit(error)) {
        if (isNew)
            r.id = 0; // rolled back: the id was never committed
        return false;
    }
    written.updatedAt = Sql::sqliteTimestamp(now);
    if (isNew)
        written.createdAt = written.updatedAt;
    r = written;
    return true;
}

bool ProgressReportStore::writeChildren(ProgressReport& r, QString* error)
{
    const QString owner = QStringLiteral("progress_report_id");
    if (!ChildRows::sync<InterventionReview>(
            m_db, QStringLiteral("progress_report_intervention"), owner, r.id, r.interventions,
            { QStringLiteral("agreed_intervention_id"), QStringLiteral("agreed_intervention_uuid"),
              QStringLiteral("area_title"), QStringLiteral("title"), QStringLiteral("problems"),
              QStringLiteral("causes"), QStringLiteral("expected_effects"), QStringLiteral("goals_not_reached"),
              QStringLiteral("rating"), QStringLiteral("rating_reason"), QStringLiteral("next_steps") },
            [](const InterventionReview& i) {
                return QVariantList { ChildRows::idOrNull(i.agreedInterventionId),
                                      i.agreedInterventionUuid,
                                      i.areaTitle,
                                      i.title,
                                      Sql::textOrNull(i.problems),
                                      Sql::textOrNull(i.causes),
                                      Sql::textOrNull(i.expectedEffects),
                                      Sql::textOrNull(i.goalsNotReached),
                                      i.rating ? QVariant(ProgressReport::Ratings.code(*i.rating))
                                               : QVariant(QMetaType(QMetaType::QString)),
                                      Sql::textOrNull(i.ratingReason),
                                      Sql::textOrNull(i.nextSteps) };
            },
            error))
        return false;
    const qint64 reportId = r.id;
    for (auto& i : r.interventions) {
        if (!ChildRows::sync<GoalReview>(
                m_db, QStringLiteral("progress_report_goal"), QStringLiteral("review_id"), i.id, i.goals,
                { QStringLiteral("progress_report_id"), QStringLiteral("goal"), QStringLiteral("improvements") },
                [reportId](const GoalReview& g) {
                    return QVariantList { reportId, g.goal, Sql::textOrNull(g.improvements) };
                },
                error))
            return false;
    }
    return ChildRows::sync<IndicatorReading>(
               m_db, QStringLiteral("progress_report_indicator"), owner, r.id, r.indicators,
               { QStringLiteral("agreed_intervention_uuid"), QStringLiteral("indicator_id"),
                 QStringLiteral("indicator_uuid"), QStringLiteral("name"), QStringLiteral("unit"),
                 QStringLiteral("direction"), QStringLiteral("baseline"), QStringLiteral("target"),
                 QStringLiteral("target_year"), QStringLiteral("measurement_id"), QStringLiteral("value"),
                 QStringLiteral("measured_on"), QStringLiteral("expected"), QStringLiteral("shortfall"),
                 QStringLiteral("computed_status"), QStringLiteral("chosen_status"), QStringLiteral("override_reason"),
                 QStringLiteral("comment") },
               [](const IndicatorReading& i) {
                   return QVariantList { Sql::textOrNull(i.agreedInterventionUuid),
                                         ChildRows::idOrNull(i.indicatorId),
                                         Sql::textOrNull(i.indicatorUuid),
                                         i.name,
                                         Sql::textOrNull(i.unit),
                                         ActionPlan::Directions.code(i.direction),
                                         numberOrNull(i.baseline),
                                         numberOrNull(i.target),
                                         i.targetYear > 0 ? QVariant(i.targetYear)
                                                          : QVariant(QMetaType(QMetaType::Int)),
                                         ChildRows::idOrNull(i.measurementId),
                                         numberOrNull(i.value),
                                         Sql::dateOrNull(i.measuredOn),
                                         numberOrNull(i.assessment.expected),
                                         numberOrNull(i.assessment.shortfall),
                                         statusOrNull(i.assessment.computed),
                                         statusOrNull(i.assessment.chosen),
                                         Sql::textOrNull(i.assessment.overrideReason),
                                         Sql::textOrNull(i.comment) };
               },
               error)
        && ChildRows::sync<Deviation>(
               m_db, QStringLiteral("progress_report_deviation"), owner, r.id, r.deviations,
               { QStringLiteral("kind"), QStringLiteral("agreed_intervention_uuid"),
                 QStringLiteral("plan_intervention_id"), QStringLiteral("intervention_title"),
                 QStringLiteral("description"), QStringLiteral("proposed"), QStringLiteral("confirmed"),
                 QStringLiteral("explanation") },
               [](const Deviation& d) {
                   return QVariantList { ProgressReport::DeviationKinds.code(d.kind),
                                         Sql::textOrNull(d.agreedInterventionUuid),
                                         ChildRows::idOrNull(d.planInterventionId),
                                         d.interventionTitle,
                                         Sql::textOrNull(d.description),
                                         d.proposed ? 1 : 0,
                                         d.confirmed ? 1 : 0,
                                         Sql::textOrNull(d.explanation) };
               },
               error);
}

bool ProgressReportStore::setCurrentPage(qint64 reportId, const QString& page, QString* error)
{
    if (refuseFrozen(reportId, error))
        return false;
    QSqlQuery q(m_db);
    return Sql::exec(q, QStringLiteral("UPDATE progress_report SET current_page = ? WHERE id = ?"),
                     { Sql::textOrNull(page), reportId }, error);
}

bool ProgressReportStore::remove(qint64 id, QString* error)
{
    if (refuseFrozen(id, error))
        return false;
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT collaboration_id FROM progress_report WHERE id = ?"), { id }, error))
        return false;
    if (q.next() && ReadOnly::refuseIfClosed(m_db, q.value(0).toLongLong(), error))
        return false;
    return Tombstones::remove(m_db, QStringLiteral("DELETE FROM progress_report WHERE id = ?"), { id }, error);
}

bool ProgressReportStore::submit(ProgressReport& r, const QDate& on, QString* error)
{
    if (const FieldErrors errors = r.validateForSubmission(); !errors.isEmpty()) {
        if (error)
            *error = StoreText::tr("The progress report cannot be submitted yet:\n%1").arg(joinErrors(errors));
        return false;
    }
    if (!on.isValid()) {
        if (error)
            *error = StoreText::tr("Give the date the report is submitted.");
        return false;
    }
    Sql::Transaction tx(m_db);
    ProgressReport submitted = r;
    if (!saveDraft(submitted, error))
        return false;
    QSqlQuery q(m_db);
    const QString now = Clock::timestamp();
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE progress_report SET state = 'inlamnad', submitted_on = ?, updated_at = ? "
                                  "WHERE id = ?"),
                   { Sql::dateOrNull(on), now, submitted.id }, error)
        || !tx.commit(error))
        return false;
    submitted.state = ProgressReportState::Submitted;
    submitted.submittedOn = on;
    submitted.updatedAt = Sql::sqliteTimestamp(now);
    r = submitted;
    return true;
}

bool ProgressReportStore::approve(ProgressReport& r, const QDate& on, QString* error)
{
    if (ReadOnly::refuseIfClosed(m_db, r.collaborationId, error))
        return false;
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT state FROM progress_report WHERE id = ?"), { r.id }, error))
        return false;
    if (!q.next() || q.value(0).toString() != QLatin1String("inlamnad") || !on.isValid()) {
        if (error)
            *error = StoreText::tr("Only a submitted progress report can be approved, on a given date.");
        return false;
    }
    const QString now = Clock::timestamp();
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE progress_report SET state = 'godkand', approved_on = ?, updated_at = ? "
                                  "WHERE id = ?"),
                   { Sql::dateOrNull(on), now, r.id }, error))
        return false;
    r.state = ProgressReportState::Approved;
    r.approvedOn = on;
    r.updatedAt = Sql::sqliteTimestamp(now);
    return true;
}

std::optional<ProgressReport> ProgressReportStore::newVersion(qint64 submittedId, QString* error)
{
    auto old = load(submittedId, error);
    if (!old)
        return std::nullopt;
    if (!old->isFrozen()) {
        if (error)
            *error = StoreText::tr("The report is still a draft: change it directly instead of making a new version.");
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT max(version) FROM progress_report WHERE collaboration_id = ? AND number = ?"),
                   { old->collaborationId, old->number }, error)
        || !q.next())
        return std::nullopt;
    if (q.value(0).toInt() > old->version) {
        if (error)
            *error = StoreText::tr("There already is a newer version of this report (version %1): correct that one.")
                         .arg(q.value(0).toInt());
        return std::nullopt;
    }
    ProgressReport copy = *old;
    copy.id = 0;
    copy.uuid.clear();
    copy.version = old->version + 1;
    copy.state = ProgressReportState::Draft;
    copy.submittedOn = QDate();
    copy.approvedOn = QDate();
    for (auto& i : copy.interventions) {
        i.id = 0;
        i.uuid.clear();
        for (auto& g : i.goals) {
            g.id = 0;
            g.uuid.clear();
        }
    }
    for (auto& i : copy.indicators) {
        i.id = 0;
        i.uuid.clear();
    }
    for (auto& d : copy.deviations) {
        d.id = 0;
        d.uuid.clear();
    }
    if (!saveDraft(copy, error))
        return std::nullopt;
    return copy;
}
