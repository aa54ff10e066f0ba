#include "Migrations.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

// Version 1: programme, organizers and units, collaborations and meetings.
constexpr const char* kVersion1[] = {
    R"(CREATE TABLE programme(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        assignment_numbers TEXT NOT NULL DEFAULT '[]',  -- JSON array of text
        duration_months INTEGER NOT NULL DEFAULT 36 CHECK (duration_months BETWEEN 1 AND 120),
        min_group_size INTEGER NOT NULL DEFAULT 5 CHECK (min_group_size >= 1),
        is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))))",

    R"(CREATE TABLE organizer(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        organisation_number TEXT NOT NULL UNIQUE CHECK (organisation_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
        type TEXT NOT NULL CHECK (type IN ('kommunal', 'enskild', 'statlig', 'region')),
        municipality_code TEXT NOT NULL CHECK (municipality_code GLOB '[0-9][0-9][0-9][0-9]'),
        street_address TEXT,
        postal_code TEXT,
        locality TEXT,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))))",

    R"(CREATE TABLE organizer_contact(
        id INTEGER PRIMARY KEY,
        organizer_id INTEGER NOT NULL REFERENCES organizer(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT, organisation TEXT, email TEXT, phone TEXT))",
    "CREATE INDEX organizer_contact_organizer ON organizer_contact(organizer_id)",

    R"(CREATE TABLE school_unit(
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        organizer_id INTEGER NOT NULL REFERENCES organizer(id) ON DELETE RESTRICT,
        status TEXT NOT NULL DEFAULT 'aktiv' CHECK (status IN ('aktiv', 'vilande', 'upphord', 'planerad')),
        municipality_code TEXT CHECK (municipality_code IS NULL OR municipality_code GLOB '[0-9][0-9][0-9][0-9]'),
        street_address TEXT,
        postal_code TEXT,
        locality TEXT,
        principal TEXT,
        pupil_count INTEGER CHECK (pupil_count IS NULL OR pupil_count >= 0)))",
    "CREATE INDEX school_unit_organizer ON school_unit(organizer_id)",

    R"(CREATE TABLE school_unit_form(
        school_unit_id INTEGER NOT NULL REFERENCES school_unit(id) ON DELETE CASCADE,
        school_form TEXT NOT NULL CHECK (school_form IN ('forskola', 'forskoleklass', 'fritidshem', 'grundskola',
            'anpassad_grundskola', 'specialskola', 'sameskola', 'gymnasieskola', 'anpassad_gymnasieskola')),
        PRIMARY KEY (school_unit_id, school_form)) WITHOUT ROWID)",

    R"(CREATE TABLE collaboration(
        id INTEGER PRIMARY KEY,
        organizer_id INTEGER NOT NULL REFERENCES organizer(id) ON DELETE RESTRICT,
        programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
        diary_number TEXT,
        start_date TEXT NOT NULL,
        planned_end_date TEXT,
        phase INTEGER NOT NULL DEFAULT 1 CHECK (phase BETWEEN 1 AND 6),
        status TEXT NOT NULL DEFAULT 'aktiv' CHECK (status IN ('aktiv', 'pausad', 'avbojd', 'avslutad')),
        status_reason TEXT,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))))",
    "CREATE INDEX collaboration_organizer ON collaboration(organizer_id)",

    // The history is appended to, never rewritten: an undone change is a new entry.
    R"(CREATE TABLE phase_change(
        id INTEGER PRIMARY KEY,
        collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 6),
        changed_on TEXT NOT NULL,
        note TEXT,
        recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))))",
    "CREATE INDEX phase_change_collaboration ON phase_change(collaboration_id)",

    R"(CREATE TABLE collaboration_unit(
        collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        school_unit_id INTEGER NOT NULL REFERENCES school_unit(id) ON DELETE RESTRICT,
        PRIMARY KEY (collaboration_id, school_unit_id)) WITHOUT ROWID)",
    "CREATE INDEX collaboration_unit_unit ON collaboration_unit(school_unit_id)",

    // side: 'team' is Skolverket's dialogue team, 'organizer' the organizer's people.
    R"(CREATE TABLE collaboration_contact(
        id INTEGER PRIMARY KEY,
        collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        side TEXT NOT NULL CHECK (side IN ('team', 'organizer')),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT, organisation TEXT, email TEXT, phone TEXT))",
    "CREATE INDEX collaboration_contact_collaboration ON collaboration_contact(collaboration_id)",

    R"(CREATE TABLE meeting(
        id INTEGER PRIMARY KEY,
        collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        starts_at TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL DEFAULT 120,
        place TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('forsta_mote', 'dialogmote', 'gemensam_traff', 'uppfoljning')),
        agenda TEXT,
        notes TEXT,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))))",
    "CREATE INDEX meeting_collaboration ON meeting(collaboration_id, starts_at)",

    R"(CREATE TABLE meeting_participant(
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT,
        organisation TEXT))",
    "CREATE INDEX meeting_participant_meeting ON meeting_participant(meeting_id)",

    R"(CREATE TABLE decision(
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL))",
    "CREATE INDEX decision_meeting ON decision(meeting_id)",

    R"(CREATE TABLE action_item(
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        owner TEXT,
        due_date TEXT,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))))",
    "CREATE INDEX action_item_meeting ON action_item(meeting_id)",

    R"(INSERT INTO programme(name, assignment_numbers, duration_months, min_group_size, is_default)
       VALUES ('Samverkan för bästa skola', '["U2015/03357/S","U2017/00301/S","U2019/03786/S"]', 36, 5, 1))",
};

// Version 2: statistics per school unit, one value per indicator and school year ('2020/21').
// value is NULL when the source had none; marker keeps what the source wrote (".", "..", "~100", "cirka 1110").
constexpr const char* kVersion2[] = {
    R"(CREATE TABLE unit_statistic(
        school_unit_id INTEGER NOT NULL REFERENCES school_unit(id) ON DELETE CASCADE,
        indicator TEXT NOT NULL,
        period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
        value REAL,
        marker TEXT,
        PRIMARY KEY (school_unit_id, indicator, period)) WITHOUT ROWID)",
};

// An established (fastställd) analysis is a record: the database refuses to change it.
#define SKOLDIALOG_FROZEN_WITH_ANALYSIS(table)                                                                        \
    "CREATE TRIGGER " table "_frozen_insert BEFORE INSERT ON " table                                                   \
    " WHEN (SELECT status FROM analysis WHERE id = NEW.analysis_id) = 'faststalld'"                                   \
    " BEGIN SELECT RAISE(ABORT, 'the analysis is established and cannot change'); END",                               \
        "CREATE TRIGGER " table "_frozen_update BEFORE UPDATE ON " table                                               \
        " WHEN (SELECT status FROM analysis WHERE id = OLD.analysis_id) = 'faststalld'"                               \
        " BEGIN SELECT RAISE(ABORT, 'the analysis is established and cannot change'); END",                           \
        "CREATE TRIGGER " table "_frozen_delete BEFORE DELETE ON " table                                               \
        " WHEN (SELECT status FROM analysis WHERE id = OLD.analysis_id) = 'faststalld'"                               \
        " BEGIN SELECT RAISE(ABORT, 'the analysis is established and cannot change'); END"

// Version 3: nulägesanalys. Children keep their ids across saves, so later plans can point at them.
constexpr const char* kVersion3[] = {
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
    R"(CREATE TRIGGER analysis_frozen_update BEFORE UPDATE ON analysis WHEN OLD.status = 'faststalld'
       BEGIN SELECT RAISE(ABORT, 'the analysis is established and cannot change'); END)",
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

    SKOLDIALOG_FROZEN_WITH_ANALYSIS("analysis_participant"),
    SKOLDIALOG_FROZEN_WITH_ANALYSIS("analysis_answer"),
    SKOLDIALOG_FROZEN_WITH_ANALYSIS("analysis_result"),
    SKOLDIALOG_FROZEN_WITH_ANALYSIS("evidence"),
    SKOLDIALOG_FROZEN_WITH_ANALYSIS("pupil_voice"),
    SKOLDIALOG_FROZEN_WITH_ANALYSIS("cause"),
    SKOLDIALOG_FROZEN_WITH_ANALYSIS("problem"),
    SKOLDIALOG_FROZEN_WITH_ANALYSIS("development_area"),
};
#undef SKOLDIALOG_FROZEN_WITH_ANALYSIS

// Version 4: åtgärdsplan. An intervention points at the analysis's development area,
// problems and causes; those references have no ON DELETE action, so removing what an
// intervention uses is refused at the end of the statement (and a whole collaboration
// still goes at once). Money is whole kronor, stored as INTEGER and checked to be one.
constexpr const char* kVersion4[] = {
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

// Agreements are records: once signed ('undertecknad') or replaced ('ersatt') the database
// refuses every change to them and their rows; the one transition left is undertecknad →
// ersatt, with nothing else changing, when an amendment of them is signed.
#define SKOLDIALOG_FROZEN_WITH_AGREEMENT(table, owner)                                                                \
    "CREATE TRIGGER " table "_frozen_insert BEFORE INSERT ON " table                                                   \
    " WHEN (SELECT status FROM agreement WHERE id = " owner("NEW") ") IN ('undertecknad', 'ersatt')"                  \
    " BEGIN SELECT RAISE(ABORT, 'the agreement is signed and cannot change'); END",                                   \
        "CREATE TRIGGER " table "_frozen_update BEFORE UPDATE ON " table                                               \
        " WHEN (SELECT status FROM agreement WHERE id = " owner("OLD") ") IN ('undertecknad', 'ersatt')"              \
        " BEGIN SELECT RAISE(ABORT, 'the agreement is signed and cannot change'); END",                               \
        "CREATE TRIGGER " table "_frozen_delete BEFORE DELETE ON " table                                               \
        " WHEN (SELECT status FROM agreement WHERE id = " owner("OLD") ") IN ('undertecknad', 'ersatt')"              \
        " BEGIN SELECT RAISE(ABORT, 'the agreement is signed and cannot change'); END"
#define SKOLDIALOG_AGREEMENT_OF_ROW(row) row ".agreement_id"
#define SKOLDIALOG_AGREEMENT_OF_BUDGET(row)                                                                           \
    "(SELECT agreement_id FROM agreement_intervention WHERE id = " row ".agreement_intervention_id)"

// Version 5: överenskommelser (ÖK 1, ÖK 2, tillägg). Skolverket's party details are
// settings of the programme; an agreement copies both parties and the plan's interventions
// (text, not references), so neither a later edit of the organizer nor of the plan alters
// what was signed. Default clause wording is versioned data in resources/agreements.
constexpr const char* kVersion5[] = {
    R"(CREATE TABLE programme_party(
        programme_id INTEGER PRIMARY KEY REFERENCES programme(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        short_name TEXT NOT NULL CHECK (trim(short_name) <> ''),
        street_address TEXT,
        postal_code TEXT,
        locality TEXT,
        telephone TEXT,
        organisation_number TEXT NOT NULL CHECK (organisation_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]')))",
    R"(INSERT INTO programme_party(programme_id, name, short_name, street_address, postal_code, locality, telephone,
           organisation_number)
       SELECT id, 'Statens skolverk', 'Skolverket', 'Box 4002', '171 04', 'Solna', '08-527 332 00 (vx)', '202100-4185'
       FROM programme)",
    R"(CREATE TRIGGER programme_party_default AFTER INSERT ON programme BEGIN
         INSERT INTO programme_party(programme_id, name, short_name, street_address, postal_code, locality, telephone,
             organisation_number)
         VALUES (NEW.id, 'Statens skolverk', 'Skolverket', 'Box 4002', '171 04', 'Solna', '08-527 332 00 (vx)',
             '202100-4185');
       END)",

    R"(CREATE TABLE agreement(
        id INTEGER PRIMARY KEY,
        collaboration_id INTEGER NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('ok1', 'ok2', 'tillagg')),
        amends_id INTEGER REFERENCES agreement(id),
        status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'skickad', 'undertecknad', 'ersatt')),
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        programme_name TEXT NOT NULL,
        agency_name TEXT NOT NULL,
        agency_short_name TEXT NOT NULL,
        agency_address TEXT,
        agency_telephone TEXT,
        agency_organisation_number TEXT NOT NULL,
        agency_diary_number TEXT,
        organizer_name TEXT NOT NULL,
        organizer_short_name TEXT NOT NULL,
        organizer_address TEXT,
        organizer_organisation_number TEXT NOT NULL,
        organizer_diary_number TEXT,
        period_start TEXT,
        period_end TEXT,
        final_report_date TEXT,
        agency_signed_on TEXT,
        organizer_signed_on TEXT,
        sent_at TEXT,
        pdf_sha256 TEXT CHECK (pdf_sha256 IS NULL OR (length(pdf_sha256) = 64 AND pdf_sha256 NOT GLOB '*[^0-9a-f]*')),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        CHECK ((kind = 'tillagg') = (amends_id IS NOT NULL)),
        CHECK (period_start IS NULL OR period_end IS NULL OR period_start <= period_end),
        CHECK (status NOT IN ('undertecknad', 'ersatt')
               OR (pdf_sha256 IS NOT NULL AND agency_signed_on IS NOT NULL AND organizer_signed_on IS NOT NULL))))",
    "CREATE INDEX agreement_collaboration ON agreement(collaboration_id, kind)",
    "CREATE INDEX agreement_amends ON agreement(amends_id)",
    R"(CREATE TRIGGER agreement_frozen_update BEFORE UPDATE ON agreement
       WHEN OLD.status IN ('undertecknad', 'ersatt') AND NOT (OLD.status = 'undertecknad' AND NEW.status = 'ersatt'
           AND NEW.id IS OLD.id AND NEW.collaboration_id IS OLD.collaboration_id AND NEW.kind IS OLD.kind
           AND NEW.amends_id IS OLD.amends_id AND NEW.title IS OLD.title AND NEW.programme_name IS OLD.programme_name
           AND NEW.agency_name IS OLD.agency_name AND NEW.agency_short_name IS OLD.agency_short_name
           AND NEW.agency_address IS OLD.agency_address AND NEW.agency_telephone IS OLD.agency_telephone
           AND NEW.agency_organisation_number IS OLD.agency_organisation_number
           AND NEW.agency_diary_number IS OLD.agency_diary_number AND NEW.organizer_name IS OLD.organizer_name
           AND NEW.organizer_short_name IS OLD.organizer_short_name AND NEW.organizer_address IS OLD.organizer_address
           AND NEW.organizer_organisation_number IS OLD.organizer_organisation_number
           AND NEW.organizer_diary_number IS OLD.organizer_diary_number AND NEW.period_start IS OLD.period_start
           AND NEW.period_end IS OLD.period_end AND NEW.final_report_date IS OLD.final_report_date
           AND NEW.agency_signed_on IS OLD.agency_signed_on AND NEW.organizer_signed_on IS OLD.organizer_signed_on
           AND NEW.sent_at IS OLD.sent_at AND NEW.pdf_sha256 IS OLD.pdf_sha256 AND NEW.created_at IS OLD.created_at)
       BEGIN SELECT RAISE(ABORT, 'the agreement is signed and cannot change'); END)",
    // A signed agreement is an official record: nothing removes it, not even removing its collaboration.
    R"(CREATE TRIGGER agreement_frozen_delete BEFORE DELETE ON agreement WHEN OLD.status IN ('undertecknad', 'ersatt')
       BEGIN SELECT RAISE(ABORT, 'the agreement is signed and cannot change'); END)",
    // Only a signed agreement is amended, and only a signed amendment replaces it.
    R"(CREATE TRIGGER agreement_amends_signed BEFORE INSERT ON agreement WHEN NEW.amends_id IS NOT NULL
           AND (SELECT status FROM agreement WHERE id = NEW.amends_id) IS NOT 'undertecknad'
       BEGIN SELECT RAISE(ABORT, 'only a signed agreement can be amended'); END)",

    R"(CREATE TABLE agreement_section(
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        key TEXT NOT NULL,
        heading TEXT NOT NULL CHECK (trim(heading) <> ''),
        body TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX agreement_section_agreement ON agreement_section(agreement_id, position)",
    R"(CREATE TABLE agreement_report_date(
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        due_date TEXT NOT NULL,
        label TEXT))",
    "CREATE INDEX agreement_report_date_agreement ON agreement_report_date(agreement_id)",
    R"(CREATE TABLE agreement_signatory(
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        party TEXT NOT NULL CHECK (party IN ('skolverket', 'huvudman')),
        name TEXT NOT NULL,
        title TEXT,
        place TEXT))",
    "CREATE INDEX agreement_signatory_agreement ON agreement_signatory(agreement_id)",
    // A copy of the plan's intervention; source_intervention_id is a plain number (no reference), so
    // the plan may change or go while the signed agreement keeps what it said.
    R"(CREATE TABLE agreement_intervention(
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        source_intervention_id INTEGER,
        area_title TEXT NOT NULL,
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        description TEXT,
        goals TEXT,
        responsible TEXT,
        provider TEXT,
        funding_mode TEXT NOT NULL CHECK (funding_mode IN ('generella_insatser', 'extern_samordning', 'skraddarsydd',
            'egen_insats')),
        funding_form TEXT NOT NULL CHECK (funding_form IN ('utbildningstjanst', 'bidrag')),
        start_date TEXT,
        end_date TEXT))",
    "CREATE INDEX agreement_intervention_agreement ON agreement_intervention(agreement_id, position)",
    R"(CREATE TABLE agreement_budget(
        agreement_intervention_id INTEGER NOT NULL REFERENCES agreement_intervention(id) ON DELETE CASCADE,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        amount_sek INTEGER NOT NULL CHECK (typeof(amount_sek) = 'integer' AND amount_sek BETWEEN 0 AND 1000000000000),
        PRIMARY KEY (agreement_intervention_id, year)) WITHOUT ROWID)",
    // The scanned signed copy, apart so that listing agreements never reads it.
    R"(CREATE TABLE agreement_scan(
        agreement_id INTEGER PRIMARY KEY REFERENCES agreement(id) ON DELETE CASCADE,
        file_name TEXT,
        bytes BLOB NOT NULL))",
    // The PDF as it was printed for signing, byte for byte: the archive's copy, whose SHA-256 is
    // agreement.pdf_sha256. A reprint gives the same text but not the same bytes (a PDF carries
    // its creation time), so this is what is handed out once an agreement is signed.
    R"(CREATE TABLE agreement_signed_pdf(
        agreement_id INTEGER PRIMARY KEY REFERENCES agreement(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL))",

    SKOLDIALOG_FROZEN_WITH_AGREEMENT("agreement_section", SKOLDIALOG_AGREEMENT_OF_ROW),
    SKOLDIALOG_FROZEN_WITH_AGREEMENT("agreement_report_date", SKOLDIALOG_AGREEMENT_OF_ROW),
    SKOLDIALOG_FROZEN_WITH_AGREEMENT("agreement_signatory", SKOLDIALOG_AGREEMENT_OF_ROW),
    SKOLDIALOG_FROZEN_WITH_AGREEMENT("agreement_intervention", SKOLDIALOG_AGREEMENT_OF_ROW),
    SKOLDIALOG_FROZEN_WITH_AGREEMENT("agreement_budget", SKOLDIALOG_AGREEMENT_OF_BUDGET),
    SKOLDIALOG_FROZEN_WITH_AGREEMENT("agreement_scan", SKOLDIALOG_AGREEMENT_OF_ROW),
    SKOLDIALOG_FROZEN_WITH_AGREEMENT("agreement_signed_pdf", SKOLDIALOG_AGREEMENT_OF_ROW),
};
#undef SKOLDIALOG_FROZEN_WITH_AGREEMENT
#undef SKOLDIALOG_AGREEMENT_OF_ROW
#undef SKOLDIALOG_AGREEMENT_OF_BUDGET

constexpr Migration kMigrations[] = {
    {1, kVersion1},
    {2, kVersion2},
    {3, kVersion3},
    {4, kVersion4},
    {5, kVersion5},
};

QString tr(const char* s)
{
    return QCoreApplication::translate("Migrations", s);
}

} // namespace

namespace Migrations {

std::span<const Migration> all()
{
    return kMigrations;
}

int latestVersion()
{
    return all().back().version;
}

bool migrate(QSqlDatabase db, QString* error, int target)
{
    if (target < 0)
        target = latestVersion();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("PRAGMA user_version"), error) || !q.next())
        return false;
    const int current = q.value(0).toInt();
    if (current > latestVersion()) {
        if (error)
            *error = tr("This database was written by a newer version of Skoldialog (schema version %1; this version "
                        "reads up to %2). Install the newer Skoldialog to open it. The file has not been changed.")
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }
    for (const auto& m : all()) {
        if (m.version <= current || m.version > target)
            continue;
        Sql::Transaction tx(db);
        for (const char* statement : m.statements) {
            if (!Sql::exec(q, QString::fromUtf8(statement), error)) {
                if (error)
                    *error = tr("Updating the database to version %1 failed: %2").arg(m.version).arg(*error);
                return false;
            }
        }
        if (!Sql::exec(q, QStringLiteral("PRAGMA user_version = %1").arg(m.version), error)
            || !Sql::exec(q, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error))
            return false;
        if (!tx.commit(error))
            return false;
    }
    return true;
}

} // namespace Migrations
