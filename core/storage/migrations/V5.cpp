#include "Versions.h"

namespace Migrations {

// Agreements are records: once signed ('undertecknad') or replaced ('ersatt') the database
// refuses every change to them and their rows; the one transition left is undertecknad →
// ersatt, with nothing else changing, when an amendment of them is signed.
const char* const kAgreementRows[7]
    = { "agreement_section", "agreement_report_date", "agreement_signatory", "agreement_intervention",
        "agreement_budget",  "agreement_scan",        "agreement_signed_pdf" };

FrozenRule frozenWithAgreement(const QString& table)
{
    // The budget rows belong to an agreement through their intervention.
    const QString agreementOf = table == QLatin1String("agreement_budget")
        ? QStringLiteral("(SELECT agreement_id FROM agreement_intervention WHERE id = %1.agreement_intervention_id)")
        : QStringLiteral("%1.agreement_id");
    return { table,
             QStringLiteral("(SELECT status FROM agreement WHERE id = ") + agreementOf
                 + QStringLiteral(") IN ('undertecknad', 'ersatt')"),
             QStringLiteral("the agreement is signed and cannot change") };
}

QString agreementFrozenUpdate()
{
    return QString::fromUtf8(
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
       BEGIN SELECT RAISE(ABORT, 'the agreement is signed and cannot change'); END)");
}

// Version 5: överenskommelser (ÖK 1, ÖK 2, tillägg). Skolverket's party details are
// settings of the programme; an agreement copies both parties and the plan's interventions
// (text, not references), so neither a later edit of the organizer nor of the plan alters
// what was signed. Default clause wording is versioned data in resources/agreements.
QStringList version5()
{
    static const char* const before[] = {
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
    };
    static const char* const after[] = {
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
    };
    QStringList all = toList(before);
    all << agreementFrozenUpdate();
    all += toList(after);
    for (const char* table : kAgreementRows)
        all += frozenTriggers(frozenWithAgreement(QLatin1String(table)));
    return all;
}

} // namespace Migrations
