#include "Versions.h"

namespace Migrations {

// Version 4: åtgärdsplan. An intervention points at the analysis's development area,
// problems and causes; those references have no ON DELETE action, so removing what an
// intervention uses is refused at the end of the statement (and a whole collaboration
// still goes at once). Money is whole kronor, stored as INTEGER and checked to be one.
QStringList version4()
{
    static const char* const statements[] = {
        R"(CREATE TABLE action_plan(
        id INTEGER PRIMARY KEY,
        collaboration_id INTEGER NOT NULL UNIQUE REFERENCES collaboration(id) ON DELETE CASCADE,
        analysis_id INTEGER NOT NULL REFERENCES analysis(id),
        current_page TEXT,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))))",
        "CREATE INDEX action_plan_analysis ON action_plan(analysis_id)",
        R"(CREATE TABLE intervention(
        id INTEGER PRIMARY KEY,
        action_plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
        development_area_id INTEGER NOT NULL REFERENCES development_area(id),
        position INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        description TEXT,
        level TEXT NOT NULL CHECK (level IN ('huvudman', 'enhet')),
        category TEXT NOT NULL CHECK (category IN ('systematiskt_kvalitetsarbete', 'pedagogiskt_ledarskap',
            'undervisningens_kvalitet', 'elevhalsa', 'sprakutvecklande_arbetssatt', 'kollegialt_larande',
            'struktur_organisation', 'trygghet_studiero', 'annat')),
        expected_effects TEXT,
        responsible TEXT,
        provider TEXT NOT NULL CHECK (provider IN ('skolverket', 'larosate', 'extern_aktor', 'huvudman')),
        provider_name TEXT,
        funding_mode TEXT NOT NULL CHECK (funding_mode IN ('generella_insatser', 'extern_samordning', 'skraddarsydd',
            'egen_insats')),
        funding_form TEXT NOT NULL CHECK (funding_form IN ('utbildningstjanst', 'bidrag')),
        start_date TEXT,
        end_date TEXT,
        grounds TEXT,
        status TEXT NOT NULL DEFAULT 'planerad' CHECK (status IN ('planerad', 'pagar', 'genomford', 'avbruten')),
        CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)))",
        "CREATE INDEX intervention_plan ON intervention(action_plan_id, position)",
        "CREATE INDEX intervention_area ON intervention(development_area_id)",
        R"(CREATE TABLE intervention_unit(
        intervention_id INTEGER NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
        school_unit_id INTEGER NOT NULL REFERENCES school_unit(id),
        PRIMARY KEY (intervention_id, school_unit_id)) WITHOUT ROWID)",
        "CREATE INDEX intervention_unit_unit ON intervention_unit(school_unit_id)",
        R"(CREATE TABLE intervention_problem(
        intervention_id INTEGER NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
        problem_id INTEGER NOT NULL REFERENCES problem(id),
        PRIMARY KEY (intervention_id, problem_id)) WITHOUT ROWID)",
        "CREATE INDEX intervention_problem_problem ON intervention_problem(problem_id)",
        R"(CREATE TABLE intervention_cause(
        intervention_id INTEGER NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
        cause_id INTEGER NOT NULL REFERENCES cause(id),
        PRIMARY KEY (intervention_id, cause_id)) WITHOUT ROWID)",
        "CREATE INDEX intervention_cause_cause ON intervention_cause(cause_id)",
        R"(CREATE TABLE intervention_goal(
        id INTEGER PRIMARY KEY,
        intervention_id INTEGER NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL))",
        "CREATE INDEX intervention_goal_intervention ON intervention_goal(intervention_id)",
        R"(CREATE TABLE intervention_indicator(
        id INTEGER PRIMARY KEY,
        intervention_id INTEGER NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        statistic TEXT,
        unit TEXT,
        baseline REAL,
        target REAL,
        target_year INTEGER CHECK (target_year IS NULL OR target_year BETWEEN 2000 AND 2100)))",
        "CREATE INDEX intervention_indicator_intervention ON intervention_indicator(intervention_id)",
        R"(CREATE TABLE intervention_budget(
        intervention_id INTEGER NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        amount_sek INTEGER NOT NULL CHECK (typeof(amount_sek) = 'integer' AND amount_sek BETWEEN 0 AND 1000000000000),
        PRIMARY KEY (intervention_id, year)) WITHOUT ROWID)",
    };
    return toList(statements);
}

} // namespace Migrations
