#include "PlanStore.h"

#include "AnalysisStore.h"
#include "ChildRows.h"
#include "Database.h"
#include "ReadOnly.h"
#include "Sql.h"
#include "Tombstones.h"
#include "core/Clock.h"
#include "core/followup/IndicatorFollowUp.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)
};

const QString kInterventionColumns = QStringLiteral(
    "i.id, i.development_area_id, i.title, i.description, i.level, i.category, i.expected_effects, i.responsible, "
    "i.provider, i.provider_name, i.funding_mode, i.funding_form, i.start_date, i.end_date, i.grounds, i.status, "
    "i.uuid");

QVariant numberOrNull(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> optionalNumber(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

PlanStore::PlanStore(const Database& db)
    : m_database(&db)
    , m_db(db.connection())
{
}

std::optional<ActionPlan> PlanStore::load(qint64 collaborationId, QString* error) const
{
    return loadWhere(QStringLiteral("collaboration_id"), collaborationId, error);
}

std::optional<ActionPlan> PlanStore::planUsing(qint64 analysisId, QString* error) const
{
    return loadWhere(QStringLiteral("analysis_id"), analysisId, error);
}

std::optional<ActionPlan> PlanStore::loadWhere(const QString& where, qint64 value, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(
            q,
            QStringLiteral("SELECT id, collaboration_id, analysis_id, current_page, updated_at, uuid FROM action_plan "
                           "WHERE %1 = ?")
                .arg(where),
            { value }, error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    ActionPlan plan;
    plan.id = q.value(0).toLongLong();
    plan.collaborationId = q.value(1).toLongLong();
    plan.analysisId = q.value(2).toLongLong();
    plan.currentPage = q.value(3).toString();
    plan.updatedAt = Sql::sqliteTimestamp(q.value(4));
    plan.uuid = q.value(5).toString();
    if (!loadInterventions(plan, error))
        return std::nullopt;
    return plan;
}

bool PlanStore::loadInterventions(ActionPlan& plan, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(
            q,
            QStringLiteral("SELECT %1 FROM intervention i JOIN development_area a ON a.id = i.development_area_id "
                           "WHERE i.action_plan_id = ? ORDER BY a.position, i.position")
                .arg(kInterventionColumns),
            { plan.id }, error))
        return false;
    while (q.next()) {
        Intervention i;
        i.id = q.value(0).toLongLong();
        i.areaId = q.value(1).toLongLong();
        i.title = q.value(2).toString();
        i.description = q.value(3).toString();
        i.level = ActionPlan::Levels.fromCode(q.value(4).toString());
        i.category = ActionPlan::Categories.fromCode(q.value(5).toString());
        i.expectedEffects = q.value(6).toString();
        i.responsible = q.value(7).toString();
        i.provider = ActionPlan::Providers.fromCode(q.value(8).toString());
        i.providerName = q.value(9).toString();
        i.fundingMode = ActionPlan::FundingModes.fromCode(q.value(10).toString());
        i.fundingForm = ActionPlan::FundingForms.fromCode(q.value(11).toString());
        i.start = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        i.end = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        i.grounds = q.value(14).toString();
        i.status = ActionPlan::Statuses.fromCode(q.value(15).toString());
        i.uuid = q.value(16).toString();
        plan.interventions.append(i);
    }
    QSqlQuery c(m_db);
    // readIds reports only through its message: a local one, so a stale message the caller passed in means nothing.
    QString failure;
    for (auto& i : plan.interventions) {
        i.unitIds = ChildRows::readIds(
            m_db, QStringLiteral("SELECT school_unit_id FROM intervention_unit WHERE intervention_id = ? ORDER BY 1"),
            i.id, &failure);
        i.problemIds
            = ChildRows::readIds(m_db,
                                 QStringLiteral("SELECT ip.problem_id FROM intervention_problem ip JOIN problem p "
                                                "ON p.id = ip.problem_id WHERE ip.intervention_id = ? "
                                                "ORDER BY p.position"),
                                 i.id, &failure);
        i.causeIds = ChildRows::readIds(m_db,
                                        QStringLiteral("SELECT ic.cause_id FROM intervention_cause ic JOIN cause c "
                                                       "ON c.id = ic.cause_id WHERE ic.intervention_id = ? "
                                                       "ORDER BY c.position"),
                                        i.id, &failure);
        if (!Sql::exec(c,
                       QStringLiteral(
                           "SELECT id, text, uuid FROM intervention_goal WHERE intervention_id = ? ORDER BY position"),
                       { i.id }, error))
            return false;
        while (c.next())
            i.goals.append({ c.value(0).toLongLong(), c.value(1).toString(), c.value(2).toString() });
        if (!Sql::exec(
                c,
                QStringLiteral(
                    "SELECT id, name, statistic, unit, baseline, target, target_year, uuid, "
                    "direction, milestones FROM intervention_indicator WHERE intervention_id = ? ORDER BY position"),
                { i.id }, error))
            return false;
        while (c.next()) {
            Indicator ind;
            ind.id = c.value(0).toLongLong();
            ind.name = c.value(1).toString();
            ind.statistic = c.value(2).toString();
            ind.unit = c.value(3).toString();
            ind.baseline = optionalNumber(c.value(4));
            ind.target = optionalNumber(c.value(5));
            ind.targetYear = c.value(6).toInt();
            ind.uuid = c.value(7).toString();
            ind.direction = ActionPlan::Directions.fromCode(c.value(8).toString());
            ind.milestones = IndicatorFollowUp::decodeMilestones(c.value(9).toString());
            i.indicators.append(ind);
        }
        if (!Sql::exec(c,
                       QStringLiteral("SELECT year, amount_sek FROM intervention_budget WHERE intervention_id = ? "
                                      "ORDER BY year"),
                       { i.id }, error))
            return false;
        while (c.next())
            i.budget.append({ c.value(0).toInt(), c.value(1).toLongLong() });
    }
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

std::optional<ActionPlan> PlanStore::create(qint64 collaborationId, QString* error)
{
    QString loadError;
    if (auto existing = load(collaborationId, &loadError))
        return existing;
    if (!loadError.isEmpty()) {
        if (error)
            *error = loadError;
        return std::nullopt;
    }
    const auto analysis = AnalysisStore(*m_database).current(collaborationId, 0, &loadError);
    QString refusal;
    if (!analysis)
        refusal = loadError.isEmpty() ? StoreText::tr("The collaboration has no analysis at organizer level yet. The "
                                                      "action plan starts from its development areas: make the "
                                                      "analysis first.")
                                      : loadError;
    else if (analysis->status == AnalysisStatus::Draft)
        refusal = StoreText::tr("The analysis is still a draft. Mark it as done (or establish it) before the action "
                                "plan is made from it.");
    else if (analysis->areas.isEmpty())
        refusal = StoreText::tr("The analysis has no development area to plan for.");
    if (!refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO action_plan(collaboration_id, analysis_id, uuid, updated_at) "
                                  "VALUES (?, ?, ?, ?)"),
                   { collaborationId, analysis->id, Sql::newUuid(), Clock::timestamp() }, error))
        return std::nullopt;
    return load(collaborationId, error);
}

bool PlanStore::save(ActionPlan& plan, QString* error)
{
    if (ReadOnly::refuseIfClosed(m_db, plan.collaborationId, error))
        return false;
    // Every autosave validates: read only what a plan may point at (the ids of the analysis's areas,
    // problems and causes), not the whole analysis with its results and voices.
    QString readError;
    const auto idsIn = [&](const char* table) {
        return ChildRows::readIds(m_db,
                                  QStringLiteral("SELECT id FROM %1 WHERE analysis_id = ?").arg(QLatin1String(table)),
                                  plan.analysisId, &readError);
    };
    Analysis analysis;
    for (qint64 id : idsIn("development_area"))
        analysis.areas.append({ id, {}, {}, {} });
    for (qint64 id : idsIn("problem"))
        analysis.problems.append({ id, {}, {}, {} });
    for (qint64 id : idsIn("cause"))
        analysis.causes.append({ id, {}, {}, {} });
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    QList<qint64> units;
    {
        QSqlQuery q(m_db);
        if (!Sql::exec(q, QStringLiteral("SELECT school_unit_id FROM collaboration_unit WHERE collaboration_id = ?"),
                       { plan.collaborationId }, error))
            return false;
        while (q.next())
            units << q.value(0).toLongLong();
    }
    const FieldErrors errors = plan.validate(analysis, units);
    if (!errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QDateTime now = Clock::currentDateTimeUtc();
    const QString stamp = Clock::timestamp();
    ActionPlan written = plan;
    if (written.id == 0) {
        written.uuid = Sql::uuidOr(written.uuid);
        if (!Sql::exec(q,
                       QStringLiteral("INSERT INTO action_plan(collaboration_id, analysis_id, current_page, uuid, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?)"),
                       { written.collaborationId, written.analysisId, Sql::textOrNull(written.currentPage),
                         written.uuid, stamp },
                       error))
            return false;
        written.id = q.lastInsertId().toLongLong();
    } else if (!Sql::exec(q,
                          QStringLiteral("UPDATE action_plan SET analysis_id = ?, current_page = ?, updated_at = ? "
                                         "WHERE id = ?"),
                          { written.analysisId, Sql::textOrNull(written.currentPage), stamp, written.id }, error)) {
        return false;
    }
    if (!writeInterventions(written, error) || !tx.commit(error))
        return false;
    plan = written;
    plan.updatedAt = now;
    return true;
}

bool PlanStore::writeInterventions(ActionPlan& plan, QString* error)
{
    const bool ok = ChildRows::sync<Intervention>(
        m_db, QStringLiteral("intervention"), QStringLiteral("action_plan_id"), plan.id, plan.interventions,
        { QStringLiteral("development_area_id"), QStringLiteral("title"), QStringLiteral("description"),
          QStringLiteral("level"), QStringLiteral("category"), QStringLiteral("expected_effects"),
          QStringLiteral("responsible"), QStringLiteral("provider"), QStringLiteral("provider_name"),
          QStringLiteral("funding_mode"), QStringLiteral("funding_form"), QStringLiteral("start_date"),
          QStringLiteral("end_date"), QStringLiteral("grounds"), QStringLiteral("status") },
        [](const Intervention& i) {
            return QVariantList { i.areaId,
                                  i.title.trimmed(),
                                  Sql::textOrNull(i.description),
                                  ActionPlan::Levels.code(i.level),
                                  ActionPlan::Categories.code(i.category),
                                  Sql::textOrNull(i.expectedEffects),
                                  Sql::textOrNull(i.responsible),
                                  ActionPlan::Providers.code(i.provider),
                                  Sql::textOrNull(i.providerName),
                                  ActionPlan::FundingModes.code(i.fundingMode),
                                  ActionPlan::FundingForms.code(i.fundingForm),
                                  Sql::dateOrNull(i.start),
                                  Sql::dateOrNull(i.end),
                                  Sql::textOrNull(i.grounds),
                                  ActionPlan::Statuses.code(i.status) };
        },
        error);
    if (!ok)
        return false;
    QList<std::pair<qint64, QList<qint64>>> units, problems, causes;
    for (auto& i : plan.interventions) {
        units.append({ i.id, i.level == InterventionLevel::Units ? i.unitIds : QList<qint64> {} });
        problems.append({ i.id, i.problemIds });
        causes.append({ i.id, i.causeIds });
        if (!ChildRows::sync<Goal>(
                m_db, QStringLiteral("intervention_goal"), QStringLiteral("intervention_id"), i.id, i.goals,
                { QStringLiteral("text") }, [](const Goal& g) { return QVariantList { g.text.trimmed() }; }, error)
            || !ChildRows::sync<Indicator>(
                m_db, QStringLiteral("intervention_indicator"), QStringLiteral("intervention_id"), i.id, i.indicators,
                { QStringLiteral("name"), QStringLiteral("statistic"), QStringLiteral("unit"),
                  QStringLiteral("baseline"), QStringLiteral("target"), QStringLiteral("target_year"),
                  QStringLiteral("direction"), QStringLiteral("milestones") },
                [](const Indicator& ind) {
                    return QVariantList { ind.name.trimmed(),
                                          Sql::textOrNull(ind.statistic),
                                          Sql::textOrNull(ind.unit),
                                          numberOrNull(ind.baseline),
                                          numberOrNull(ind.target),
                                          ind.targetYear > 0 ? QVariant(ind.targetYear)
                                                             : QVariant(QMetaType(QMetaType::Int)),
                                          ActionPlan::Directions.code(ind.direction),
                                          Sql::textOrNull(IndicatorFollowUp::encodeMilestones(ind.milestones)) };
                },
                error))
            return false;
        QSqlQuery q(m_db);
        if (!Sql::exec(q, QStringLiteral("DELETE FROM intervention_budget WHERE intervention_id = ?"), { i.id }, error))
            return false;
        for (const auto& line : i.budget) {
            if (!Sql::exec(q,
                           QStringLiteral("INSERT INTO intervention_budget(intervention_id, year, amount_sek) "
                                          "VALUES (?, ?, ?)"),
                           { i.id, line.year, line.amountSek }, error))
                return false;
        }
    }
    return ChildRows::replaceLinks(m_db, QStringLiteral("intervention_unit"), QStringLiteral("intervention_id"),
                                   QStringLiteral("school_unit_id"), units, error)
        && ChildRows::replaceLinks(m_db, QStringLiteral("intervention_problem"), QStringLiteral("intervention_id"),
                                   QStringLiteral("problem_id"), problems, error)
        && ChildRows::replaceLinks(m_db, QStringLiteral("intervention_cause"), QStringLiteral("intervention_id"),
                                   QStringLiteral("cause_id"), causes, error);
}

bool PlanStore::setCurrentPage(qint64 planId, const QString& page, QString* error)
{
    QSqlQuery q(m_db);
    return Sql::exec(q, QStringLiteral("UPDATE action_plan SET current_page = ? WHERE id = ?"),
                     { Sql::textOrNull(page), planId }, error);
}

bool PlanStore::unlinkProblem(qint64 problemId, QString* error)
{
    QSqlQuery q(m_db);
    return Sql::exec(q, QStringLiteral("DELETE FROM intervention_problem WHERE problem_id = ?"), { problemId }, error);
}

bool PlanStore::unlinkCause(qint64 causeId, QString* error)
{
    QSqlQuery q(m_db);
    return Sql::exec(q, QStringLiteral("DELETE FROM intervention_cause WHERE cause_id = ?"), { causeId }, error);
}

bool PlanStore::linkProblem(qint64 interventionId, qint64 problemId, QString* error)
{
    QSqlQuery q(m_db);
    return Sql::exec(
        q, QStringLiteral("INSERT OR IGNORE INTO intervention_problem(intervention_id, problem_id) VALUES (?, ?)"),
        { interventionId, problemId }, error);
}

bool PlanStore::linkCause(qint64 interventionId, qint64 causeId, QString* error)
{
    QSqlQuery q(m_db);
    return Sql::exec(
        q, QStringLiteral("INSERT OR IGNORE INTO intervention_cause(intervention_id, cause_id) VALUES (?, ?)"),
        { interventionId, causeId }, error);
}

bool PlanStore::remove(qint64 planId, QString* error)
{
    return Tombstones::remove(m_db, QStringLiteral("DELETE FROM action_plan WHERE id = ?"), { planId }, error);
}
