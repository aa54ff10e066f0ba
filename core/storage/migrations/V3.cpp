#include "Versions.h"

namespace Migrations {

// An established (fastställd) analysis is a record: the database refuses to change it.
const char* const kAnalysisChildren[8]
    = { "analysis_participant", "analysis_answer", "analysis_result", "evidence",
        "pupil_voice",          "cause",           "problem",         "development_area" };

FrozenRule frozenWithAnalysis(const QString& table)
{
    return { table, QStringLiteral("(SELECT status FROM analysis WHERE id = %1.analysis_id) = 'faststalld'"),
             QStringLiteral("the analysis is established and cannot change") };
}

QString analysisFrozenUpdate()
{
    return QStringLiteral(
        R"(CREATE TRIGGER analysis_frozen_update BEFORE UPDATE ON analysis WHEN OLD.status = 'faststalld'
       BEGIN SELECT RAISE(ABORT, 'the analysis is established and cannot change'); END)");
}

// Version 3: nulägesanalys. Children keep their ids across saves, so later plans can point at them.
QStringList version3()
{
    static const char* const tables[] = {
        R"(CREATE TABLE analysis(
        id INTEGER PRIMARY KEY,
        collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        school_unit_id INTEGER REFERENCES school_unit(id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('skola', 'forskola')),
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL CHECK (template_version >= 1),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        previous_id INTEGER REFERENCES analysis(id) ON DELETE RESTRICT,
        status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'klar', 'faststalld')),
        status_by TEXT,
        status_at TEXT,
        current_page TEXT,
        summary TEXT,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))))",
        "CREATE INDEX analysis_collaboration ON analysis(collaboration_id, school_unit_id, version)",
    };
    static const char* const rest[] = {
        R"(CREATE TRIGGER analysis_frozen_delete BEFORE DELETE ON analysis WHEN OLD.status = 'faststalld'
       BEGIN SELECT RAISE(ABORT, 'the analysis is established and cannot change'); END)",

        R"(CREATE TABLE analysis_participant(
        id INTEGER PRIMARY KEY,
        analysis_id INTEGER NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL, role TEXT, organisation TEXT))",
        R"(CREATE TABLE analysis_answer(
        analysis_id INTEGER NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (analysis_id, question_id)) WITHOUT ROWID)",
        R"(CREATE TABLE analysis_result(
        analysis_id INTEGER NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,
        indicator TEXT NOT NULL,
        period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
        value REAL,
        marker TEXT,
        PRIMARY KEY (analysis_id, indicator, period)) WITHOUT ROWID)",
        R"(CREATE TABLE evidence(
        id INTEGER PRIMARY KEY,
        analysis_id INTEGER NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT,
        date TEXT))",
        "CREATE INDEX evidence_analysis ON evidence(analysis_id)",
        R"(CREATE TABLE pupil_voice(
        id INTEGER PRIMARY KEY,
        analysis_id INTEGER NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        method TEXT NOT NULL,
        group_label TEXT,
        group_size INTEGER NOT NULL CHECK (group_size >= 1),
        summary TEXT))",
        "CREATE INDEX pupil_voice_analysis ON pupil_voice(analysis_id)",
        R"(CREATE TABLE pupil_voice_theme(
        pupil_voice_id INTEGER NOT NULL REFERENCES pupil_voice(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
        PRIMARY KEY (pupil_voice_id, position)) WITHOUT ROWID)",
        R"(CREATE TABLE pupil_voice_quote(
        pupil_voice_id INTEGER NOT NULL REFERENCES pupil_voice(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (pupil_voice_id, position)) WITHOUT ROWID)",
        R"(CREATE TABLE cause(
        id INTEGER PRIMARY KEY,
        analysis_id INTEGER NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        area TEXT NOT NULL CHECK (area IN ('organisation', 'undervisning', 'uppfoljning')),
        level TEXT NOT NULL CHECK (level IN ('huvudman', 'rektor', 'undervisning')),
        description TEXT NOT NULL))",
        "CREATE INDEX cause_analysis ON cause(analysis_id)",
        R"(CREATE TABLE problem(
        id INTEGER PRIMARY KEY,
        analysis_id INTEGER NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        description TEXT NOT NULL))",
        "CREATE INDEX problem_analysis ON problem(analysis_id)",
        R"(CREATE TABLE problem_cause(
        problem_id INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
        cause_id INTEGER NOT NULL REFERENCES cause(id) ON DELETE CASCADE,
        PRIMARY KEY (problem_id, cause_id)) WITHOUT ROWID)",
        "CREATE INDEX problem_cause_cause ON problem_cause(cause_id)",
        R"(CREATE TABLE problem_evidence(
        problem_id INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
        evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
        PRIMARY KEY (problem_id, evidence_id)) WITHOUT ROWID)",
        "CREATE INDEX problem_evidence_evidence ON problem_evidence(evidence_id)",
        R"(CREATE TABLE development_area(
        id INTEGER PRIMARY KEY,
        analysis_id INTEGER NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT))",
        "CREATE INDEX development_area_analysis ON development_area(analysis_id)",
        R"(CREATE TABLE development_area_problem(
        development_area_id INTEGER NOT NULL REFERENCES development_area(id) ON DELETE CASCADE,
        problem_id INTEGER NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
        PRIMARY KEY (development_area_id, problem_id)) WITHOUT ROWID)",
        "CREATE INDEX development_area_problem_problem ON development_area_problem(problem_id)",
    };
    QStringList all = toList(tables);
    all << analysisFrozenUpdate();
    all += toList(rest);
    for (const char* table : kAnalysisChildren)
        all += frozenTriggers(frozenWithAnalysis(QLatin1String(table)));
    return all;
}

} // namespace Migrations
