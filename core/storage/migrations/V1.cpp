#include "Versions.h"

namespace Migrations {

// Version 1: programme, organizers and units, collaborations and meetings.
QStringList version1()
{
    static const char* const statements[] = {
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
    return toList(statements);
}

} // namespace Migrations
