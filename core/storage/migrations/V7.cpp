#include "Versions.h"

namespace Migrations {

namespace {

const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%S', 'now')");

QString frozenRootUpdate(const QString& table, const QString& message, const QStringList& unchanged)
{
    QStringList same;
    for (const QString& c : unchanged)
        same << QStringLiteral("NEW.%1 IS OLD.%1").arg(c);
    // The one change left to a submitted report: inlämnad → godkänd, with its date.
    return QStringLiteral(
               "CREATE TRIGGER %1_frozen_update BEFORE UPDATE ON %1 WHEN OLD.state IN ('inlamnad', 'godkand') "
               "AND NOT (OLD.state = 'inlamnad' AND NEW.state = 'godkand' AND NEW.approved_on IS NOT NULL "
               "AND %2) BEGIN SELECT RAISE(ABORT, '%3'); END")
        .arg(table, same.join(QStringLiteral(" AND ")), message);
}

QString frozenRootDelete(const QString& table, const QString& message)
{
    return QStringLiteral("CREATE TRIGGER %1_frozen_delete BEFORE DELETE ON %1 WHEN OLD.state IN ('inlamnad', "
                          "'godkand') BEGIN SELECT RAISE(ABORT, '%2'); END")
        .arg(table, message);
}

const QString kProgressFrozen = QStringLiteral("the progress report is submitted and cannot change");
const QString kFinalFrozen = QStringLiteral("the final report is submitted and cannot change");

} // namespace

const char* const kProgressReportRows[4] = { "progress_report_intervention", "progress_report_goal",
                                             "progress_report_indicator", "progress_report_deviation" };

FrozenRule frozenWithProgressReport(const QString& table)
{
    return { table,
             QStringLiteral("(SELECT state FROM progress_report WHERE id = %1.progress_report_id) IN ('inlamnad', "
                            "'godkand')"),
             kProgressFrozen };
}

FrozenRule frozenWithFinalReport(const QString& table)
{
    return { table,
             QStringLiteral("(SELECT state FROM final_report WHERE id = %1.final_report_id) IN ('inlamnad', "
                            "'godkand')"),
             kFinalFrozen };
}

// Version 7: genomförande och uppföljning.
//
// - The agreed intervention carries a), b) and f) as agreed (problems, causes, expected
//   effects), copied from the plan when the ÖK 2 is drafted, as c) (goals) already was. For
//   agreements made before this version they are backfilled here from the plan intervention
//   each was copied from (source_intervention_id), as the plan reads now: the plan is the only
//   record of them there is, and until now it was the text people copied by hand. Where that
//   intervention is gone they stay empty, and the report shows them as not recorded. The
//   signed agreements' update trigger on agreement_intervention steps aside for this one
//   statement, inside this transaction, and comes back unchanged.
// - Indicators get a direction and yearly milestones ("2025:45;2026:50"), and measurements.
// - Delredovisningar and the slutredovisning: frozen once submitted (inlämnad, godkänd), rows
//   and all; the one change left is inlämnad → godkänd. A correction is a new row, version + 1.
// - The status history: every change of a collaboration's status, append-only; each
//   collaboration starts with one entry for the status it has now.
QStringList version7()
{
    QStringList all;
    const QString interventionUpdate
        = frozenTrigger(frozenWithAgreement(QStringLiteral("agreement_intervention")), FrozenOperation::Update);
    all << QStringLiteral("ALTER TABLE agreement_intervention ADD COLUMN problems TEXT")
        << QStringLiteral("ALTER TABLE agreement_intervention ADD COLUMN causes TEXT")
        << QStringLiteral("ALTER TABLE agreement_intervention ADD COLUMN expected_effects TEXT")
        << QStringLiteral("DROP TRIGGER agreement_intervention_frozen_update")
        << QStringLiteral(R"(UPDATE agreement_intervention SET
        problems = (SELECT group_concat(description, char(10)) FROM (SELECT p.description FROM intervention_problem ip
            JOIN problem p ON p.id = ip.problem_id WHERE ip.intervention_id = agreement_intervention.source_intervention_id
            ORDER BY p.position)),
        causes = (SELECT group_concat(description, char(10)) FROM (SELECT c.description FROM intervention_cause ic
            JOIN cause c ON c.id = ic.cause_id WHERE ic.intervention_id = agreement_intervention.source_intervention_id
            ORDER BY c.position)),
        expected_effects = (SELECT nullif(trim(expected_effects), '') FROM intervention
            WHERE id = agreement_intervention.source_intervention_id))")
        << interventionUpdate;

    all << QStringLiteral("ALTER TABLE intervention_indicator ADD COLUMN direction TEXT NOT NULL DEFAULT "
                          "'hogre_battre' CHECK (direction IN ('hogre_battre', 'lagre_battre', 'hall_over', "
                          "'hall_under'))")
        << QStringLiteral("ALTER TABLE intervention_indicator ADD COLUMN milestones TEXT");

    all << QStringLiteral(R"(CREATE TABLE indicator_measurement(
        id INTEGER PRIMARY KEY,
        uuid TEXT,
        updated_at TEXT NOT NULL,
        indicator_id INTEGER NOT NULL REFERENCES intervention_indicator(id) ON DELETE CASCADE,
        value REAL NOT NULL,
        measured_on TEXT,
        school_year TEXT,
        source TEXT NOT NULL CHECK (source IN ('inskriven', 'statistik')),
        source_text TEXT,
        statistic_key TEXT,
        comment TEXT,
        CHECK (measured_on IS NOT NULL OR school_year IS NOT NULL),
        CHECK (source <> 'statistik' OR statistic_key IS NOT NULL)))")
        << QStringLiteral("CREATE INDEX indicator_measurement_indicator ON indicator_measurement(indicator_id)");

    all << QStringLiteral(R"(CREATE TABLE progress_report(
        id INTEGER PRIMARY KEY,
        uuid TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        agreement_id INTEGER NOT NULL REFERENCES agreement(id),
        number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        state TEXT NOT NULL DEFAULT 'utkast' CHECK (state IN ('utkast', 'inlamnad', 'godkand')),
        due_date TEXT,
        submitted_on TEXT,
        approved_on TEXT,
        current_page TEXT,
        next_steps TEXT,
        UNIQUE (collaboration_id, number, version),
        CHECK (state = 'utkast' OR submitted_on IS NOT NULL),
        CHECK (state <> 'godkand' OR approved_on IS NOT NULL)))")
        << QStringLiteral("CREATE INDEX progress_report_agreement ON progress_report(agreement_id)")
        << QStringLiteral(R"(CREATE TABLE progress_report_intervention(
        id INTEGER PRIMARY KEY,
        uuid TEXT,
        updated_at TEXT NOT NULL,
        progress_report_id INTEGER NOT NULL REFERENCES progress_report(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        agreed_intervention_id INTEGER,
        agreed_intervention_uuid TEXT NOT NULL,
        area_title TEXT NOT NULL,
        title TEXT NOT NULL,
        problems TEXT,
        causes TEXT,
        expected_effects TEXT,
        goals_not_reached TEXT,
        rating TEXT CHECK (rating IS NULL OR rating IN ('enligt_plan', 'risk', 'avviker')),
        rating_reason TEXT,
        next_steps TEXT))")
        << QStringLiteral("CREATE INDEX progress_report_intervention_report ON "
                          "progress_report_intervention(progress_report_id, position)")
        << QStringLiteral(R"(CREATE TABLE progress_report_goal(
        id INTEGER PRIMARY KEY,
        uuid TEXT,
        updated_at TEXT NOT NULL,
        review_id INTEGER NOT NULL REFERENCES progress_report_intervention(id) ON DELETE CASCADE,
        progress_report_id INTEGER NOT NULL REFERENCES progress_report(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        goal TEXT NOT NULL,
        improvements TEXT))")
        << QStringLiteral("CREATE INDEX progress_report_goal_review ON progress_report_goal(review_id, position)")
        << QStringLiteral("CREATE INDEX progress_report_goal_report ON progress_report_goal(progress_report_id)")
        << QStringLiteral(R"(CREATE TABLE progress_report_indicator(
        id INTEGER PRIMARY KEY,
        uuid TEXT,
        updated_at TEXT NOT NULL,
        progress_report_id INTEGER NOT NULL REFERENCES progress_report(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        agreed_intervention_uuid TEXT,
        indicator_id INTEGER,
        indicator_uuid TEXT,
        name TEXT NOT NULL,
        unit TEXT,
        direction TEXT NOT NULL CHECK (direction IN ('hogre_battre', 'lagre_battre', 'hall_over', 'hall_under')),
        baseline REAL,
        target REAL,
        target_year INTEGER,
        measurement_id INTEGER,
        value REAL,
        measured_on TEXT,
        expected REAL,
        shortfall REAL,
        computed_status TEXT CHECK (computed_status IS NULL OR computed_status IN ('pa_vag', 'risk', 'avviker')),
        chosen_status TEXT CHECK (chosen_status IS NULL OR chosen_status IN ('pa_vag', 'risk', 'avviker')),
        override_reason TEXT,
        comment TEXT))")
        << QStringLiteral("CREATE INDEX progress_report_indicator_report ON "
                          "progress_report_indicator(progress_report_id, position)")
        << QStringLiteral(R"(CREATE TABLE progress_report_deviation(
        id INTEGER PRIMARY KEY,
        uuid TEXT,
        updated_at TEXT NOT NULL,
        progress_report_id INTEGER NOT NULL REFERENCES progress_report(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('andrad', 'struken', 'tillkommen', 'budget', 'tidplan')),
        agreed_intervention_uuid TEXT,
        plan_intervention_id INTEGER,
        intervention_title TEXT NOT NULL,
        description TEXT,
        proposed INTEGER NOT NULL DEFAULT 0 CHECK (proposed IN (0, 1)),
        confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),
        explanation TEXT))")
        << QStringLiteral("CREATE INDEX progress_report_deviation_report ON "
                          "progress_report_deviation(progress_report_id, position)");

    all << QStringLiteral(R"(CREATE TABLE final_report(
        id INTEGER PRIMARY KEY,
        uuid TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        agreement_id INTEGER NOT NULL REFERENCES agreement(id),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        state TEXT NOT NULL DEFAULT 'utkast' CHECK (state IN ('utkast', 'inlamnad', 'godkand')),
        due_date TEXT,
        submitted_on TEXT,
        approved_on TEXT,
        current_page TEXT,
        synthesis TEXT,
        UNIQUE (collaboration_id, version),
        CHECK (state = 'utkast' OR submitted_on IS NOT NULL),
        CHECK (state <> 'godkand' OR approved_on IS NOT NULL)))")
        << QStringLiteral("CREATE INDEX final_report_agreement ON final_report(agreement_id)")
        << QStringLiteral(R"(CREATE TABLE final_report_area(
        id INTEGER PRIMARY KEY,
        uuid TEXT,
        updated_at TEXT NOT NULL,
        final_report_id INTEGER NOT NULL REFERENCES final_report(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        area_title TEXT NOT NULL,
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('natt', 'delvis', 'inte_natt', 'inte_genomfort')),
        reason TEXT,
        continuation TEXT))")
        << QStringLiteral("CREATE INDEX final_report_area_report ON final_report_area(final_report_id, position)");

    all << QStringLiteral(R"(CREATE TABLE status_change(
        id INTEGER PRIMARY KEY,
        uuid TEXT,
        updated_at TEXT NOT NULL,
        collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        from_status TEXT CHECK (from_status IS NULL OR from_status IN ('aktiv', 'pausad', 'avbojd', 'avslutad')),
        to_status TEXT NOT NULL CHECK (to_status IN ('aktiv', 'pausad', 'avbojd', 'avslutad')),
        decided_on TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT,
        reason TEXT CHECK (reason IS NULL OR length(reason) <= 500)))")
        << QStringLiteral("CREATE INDEX status_change_collaboration ON status_change(collaboration_id, id)")
        // Append-only: what was decided stays as it was written.
        << QStringLiteral("CREATE TRIGGER status_change_no_update BEFORE UPDATE ON status_change BEGIN "
                          "SELECT RAISE(ABORT, 'the status history is kept as it was written'); END")
        << QStringLiteral(
               "INSERT INTO status_change(uuid, updated_at, collaboration_id, from_status, to_status, decided_on, "
               "recorded_at, recorded_by, reason) SELECT %1, %2, c.id, NULL, c.status, coalesce((SELECT "
               "max(changed_on) FROM phase_change WHERE collaboration_id = c.id), c.start_date), %2, NULL, "
               "substr(nullif(trim(c.status_reason), ''), 1, 500) FROM collaboration c ORDER BY c.id")
               .arg(randomUuidSql(), kNow);

    for (const char* t : { "indicator_measurement", "progress_report", "progress_report_intervention",
                           "progress_report_goal", "progress_report_indicator", "progress_report_deviation",
                           "final_report", "final_report_area", "status_change" })
        all += identityTriggers(QLatin1String(t));

    all << frozenRootUpdate(QStringLiteral("progress_report"), kProgressFrozen,
                            { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("created_at"),
                              QStringLiteral("collaboration_id"), QStringLiteral("agreement_id"),
                              QStringLiteral("number"), QStringLiteral("version"), QStringLiteral("due_date"),
                              QStringLiteral("submitted_on"), QStringLiteral("current_page"),
                              QStringLiteral("next_steps") })
        << frozenRootDelete(QStringLiteral("progress_report"), kProgressFrozen);
    for (const char* table : kProgressReportRows)
        all += frozenTriggers(frozenWithProgressReport(QLatin1String(table)));
    all << frozenRootUpdate(QStringLiteral("final_report"), kFinalFrozen,
                            { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("created_at"),
                              QStringLiteral("collaboration_id"), QStringLiteral("agreement_id"),
                              QStringLiteral("version"), QStringLiteral("due_date"), QStringLiteral("submitted_on"),
                              QStringLiteral("current_page"), QStringLiteral("synthesis") })
        << frozenRootDelete(QStringLiteral("final_report"), kFinalFrozen);
    all += frozenTriggers(frozenWithFinalReport(QStringLiteral("final_report_area")));
    return all;
}

} // namespace Migrations
