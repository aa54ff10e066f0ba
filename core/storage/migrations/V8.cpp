#include "Versions.h"

namespace Migrations {

// Version 8: open data in. Every statistic keeps where it came from: the import (file, its SHA-256,
// when), the period as the file writes it, the value as written, what kind of value it is (an
// exact number, "cirka N", ".", "..", "~100", "*") and the number where there is one. Unit-level
// values stay in unit_statistic (version 2, written by the generator too: import_id NULL there);
// kommun-level and country-level ("Riket", area_code '00') values go to area_statistic. The import
// log says what each import changed (import_change: the rows' values before it), so that an import
// can be undone as a whole. Units and organizers made from a file that does not say everything
// about them (a Sök statistik row names no address) are flagged incomplete.
QStringList version8()
{
    QStringList all {
        QStringLiteral(R"(CREATE TABLE import_run(
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        kind TEXT NOT NULL,
        title TEXT,
        period TEXT,
        imported_at TEXT NOT NULL,
        imported_by TEXT,
        new_count INTEGER NOT NULL DEFAULT 0,
        changed_count INTEGER NOT NULL DEFAULT 0,
        unchanged_count INTEGER NOT NULL DEFAULT 0,
        refused_count INTEGER NOT NULL DEFAULT 0,
        summary TEXT,
        undone_at TEXT,
        uuid TEXT,
        updated_at TEXT))"),
        QStringLiteral("CREATE INDEX import_run_sha256 ON import_run(sha256)"),
        // One row per record an import changed or made, with its values before (NULL: the import
        // made it) and after, as JSON objects of column → value. Statistics an import made are
        // not listed: their import_id says it.
        QStringLiteral(R"(CREATE TABLE import_change(
        import_id INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        table_name TEXT NOT NULL CHECK (table_name IN ('organizer', 'school_unit', 'unit_statistic', 'area_statistic')),
        row_key TEXT NOT NULL,
        before TEXT,
        after TEXT,
        PRIMARY KEY (import_id, seq)) WITHOUT ROWID)"),
        QStringLiteral("ALTER TABLE unit_statistic ADD COLUMN written TEXT"),
        // StatisticValue::markerCode: '' for an exact number.
        QStringLiteral(
            "ALTER TABLE unit_statistic ADD COLUMN marker_kind TEXT CHECK (marker_kind IS NULL OR marker_kind "
            "IN ('', 'missing', 'suppressed', 'nearly_all', 'approximate', 'excluded', 'unknown'))"),
        QStringLiteral("ALTER TABLE unit_statistic ADD COLUMN import_id INTEGER REFERENCES import_run(id)"),
        // What the generator wrote before version 8: the written form from value and marker.
        QStringLiteral(R"(UPDATE unit_statistic SET
        written = coalesce(marker, replace(CASE WHEN value = CAST(value AS INTEGER) AND indicator = 'totalNumberOfPupils'
                                                THEN CAST(CAST(value AS INTEGER) AS TEXT) ELSE printf('%.1f', value) END, '.', ',')),
        marker_kind = CASE WHEN marker IS NULL THEN '' WHEN marker = '.' THEN 'missing' WHEN marker = '..' THEN 'suppressed'
                    WHEN marker LIKE '~%' THEN 'nearly_all' WHEN marker LIKE 'cirka%' THEN 'approximate' ELSE 'unknown' END)"),
        QStringLiteral(R"(CREATE TABLE area_statistic(
        area_code TEXT NOT NULL CHECK (area_code = '00' OR area_code GLOB '[0-9][0-9][0-9][0-9]'),
        breakdown TEXT NOT NULL DEFAULT '',
        indicator TEXT NOT NULL,
        period TEXT NOT NULL CHECK (trim(period) <> ''),
        value REAL,
        marker TEXT,
        written TEXT NOT NULL,
        marker_kind TEXT NOT NULL CHECK (marker_kind IN ('', 'missing', 'suppressed', 'nearly_all', 'approximate',
                                                         'excluded', 'unknown')),
        import_id INTEGER REFERENCES import_run(id),
        PRIMARY KEY (area_code, indicator, breakdown, period)) WITHOUT ROWID)"),
        QStringLiteral(
            "ALTER TABLE organizer ADD COLUMN incomplete INTEGER NOT NULL DEFAULT 0 CHECK (incomplete IN (0, 1))"),
        QStringLiteral(
            "ALTER TABLE school_unit ADD COLUMN incomplete INTEGER NOT NULL DEFAULT 0 CHECK (incomplete IN (0, 1))"),
    };
    all += identityTriggers(QStringLiteral("import_run"));
    return all;
}

} // namespace Migrations
