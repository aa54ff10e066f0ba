#include "Versions.h"

namespace Migrations {

namespace {

// Every record that can leave this computer (in an exchange package, later to a team
// server) and come back: aggregate roots and the child rows something points at. Rows
// whose identity is a key inside their owner (answers by question, results by indicator
// and year, budget lines by year, pupils' themes and quotes by position, link rows by
// their pair) are carried as that key under the owner's uuid and get none of their own.
const char* const kWithUuid[] = {
    "organizer",
    "school_unit",
    "collaboration",
    "meeting",
    "meeting_participant",
    "decision",
    "action_item",
    "analysis",
    "analysis_participant",
    "evidence",
    "pupil_voice",
    "cause",
    "problem",
    "development_area",
    "action_plan",
    "intervention",
    "intervention_goal",
    "intervention_indicator",
    "agreement",
    "agreement_section",
    "agreement_report_date",
    "agreement_signatory",
    "agreement_intervention",
};

// The rows above that had no updated_at before version 6 (the roots had one from the start).
const char* const kWithoutUpdatedAt[] = {
    "school_unit",
    "meeting_participant",
    "decision",
    "action_item",
    "analysis_participant",
    "evidence",
    "pupil_voice",
    "cause",
    "problem",
    "development_area",
    "intervention",
    "intervention_goal",
    "intervention_indicator",
    "agreement_section",
    "agreement_report_date",
    "agreement_signatory",
    "agreement_intervention",
};

/** The frozen records' update triggers on rows that get a uuid: the backfill must pass them. */
QStringList frozenUpdateTriggers()
{
    QStringList triggers { analysisFrozenUpdate(), agreementFrozenUpdate() };
    for (const char* table : kAnalysisChildren) {
        if (QLatin1String(table) != QLatin1String("analysis_answer")
            && QLatin1String(table) != QLatin1String("analysis_result"))
            triggers << frozenTrigger(frozenWithAnalysis(QLatin1String(table)), FrozenOperation::Update);
    }
    for (const char* table :
         { "agreement_section", "agreement_report_date", "agreement_signatory", "agreement_intervention" })
        triggers << frozenTrigger(frozenWithAgreement(QLatin1String(table)), FrozenOperation::Update);
    return triggers;
}

QString triggerName(const QString& createTrigger)
{
    return createTrigger.section(QLatin1Char(' '), 2, 2);
}

} // namespace

// A version 4 uuid from SQLite's randomness, lowercase as QUuid writes it: only the
// backfill of rows made before a version (6, 7) uses it; new rows get theirs from core.
QString randomUuidSql()
{
    return QStringLiteral(
        "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
        "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");
}

QStringList identityTriggers(const QString& table)
{
    return {
        QStringLiteral("CREATE UNIQUE INDEX %1_uuid ON %1(uuid)").arg(table),
        QStringLiteral("CREATE TRIGGER %1_uuid_insert BEFORE INSERT ON %1 WHEN NEW.uuid IS NULL OR NEW.uuid = '' "
                       "BEGIN SELECT RAISE(ABORT, 'every record needs a uuid'); END")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_uuid_update BEFORE UPDATE OF uuid ON %1 WHEN NEW.uuid IS NOT OLD.uuid "
                       "BEGIN SELECT RAISE(ABORT, 'the uuid of a record never changes'); END")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_tombstone AFTER DELETE ON %1 "
                       "BEGIN INSERT INTO tombstone(table_name, uuid) VALUES ('%1', OLD.uuid); END")
            .arg(table),
    };
}

// Version 6: identity, time and deletion, so records can leave this computer and come back.
// Every record above gets a uuid, made once and never changed (the database refuses a
// missing, repeated or altered one), and an updated_at; a removed record leaves a
// tombstone, written by the database itself, cascades included, and stamped by the store
// with the clock's time and the user. Rows of established analyses and signed agreements
// are records too: their update triggers step aside for the backfill, inside this one
// transaction, and come back unchanged.
QStringList version6()
{
    QStringList all {
        QStringLiteral(R"(CREATE TABLE tombstone(
        id INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        uuid TEXT NOT NULL,
        deleted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        deleted_by TEXT))"),
        QStringLiteral("CREATE INDEX tombstone_uuid ON tombstone(uuid)"),
    };
    // Version 5 gained agreement_signed_pdf after its first files were made (commit f0359bc): a
    // file from between says version 5 and lacks it. Made here when missing, with its guards.
    all << QStringLiteral(R"(CREATE TABLE IF NOT EXISTS agreement_signed_pdf(
        agreement_id INTEGER PRIMARY KEY REFERENCES agreement(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL))");
    for (QString trigger : frozenTriggers(frozenWithAgreement(QStringLiteral("agreement_signed_pdf"))))
        all << trigger.replace(QStringLiteral("CREATE TRIGGER "), QStringLiteral("CREATE TRIGGER IF NOT EXISTS "));
    const QStringList frozen = frozenUpdateTriggers();
    for (const QString& trigger : frozen)
        all << QStringLiteral("DROP TRIGGER %1").arg(triggerName(trigger));
    for (const char* t : kWithUuid) {
        const QString table = QLatin1String(t);
        all << QStringLiteral("ALTER TABLE %1 ADD COLUMN uuid TEXT").arg(table)
            << QStringLiteral("UPDATE %1 SET uuid = %2").arg(table, randomUuidSql());
        all += identityTriggers(table);
    }
    for (const char* t : kWithoutUpdatedAt) {
        all << QStringLiteral("ALTER TABLE %1 ADD COLUMN updated_at TEXT").arg(QLatin1String(t))
            << QStringLiteral("UPDATE %1 SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')").arg(QLatin1String(t));
    }
    all += frozen;
    return all;
}

} // namespace Migrations
