// Exchange::preview and Exchange::apply: a return package merged into the process leader's database.
#include "Exchange.h"

#include "Ledger.h"
#include "Records.h"

#include "core/Clock.h"
#include "core/cases/Cases.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct ApplyText
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

/** The receiver's records now: the analysis with uuid `analysisUuid` and the context the package names. */
bool loadMine(const Database& db, const QString& analysisUuid, const Merge::RecordSet& base, qint64* analysisId,
              Analysis* analysis, Merge::RecordSet* mine, QString* unitName, QString* error)
{
    QSqlQuery q(db.connection());
    if (!Sql::exec(q, QStringLiteral("SELECT id, collaboration_id FROM analysis WHERE uuid = ?"), { analysisUuid },
                   error))
        return false;
    if (!q.next())
        return fail(error,
                    ApplyText::tr("The package's analysis is not in this database (it was removed, or the "
                                  "package was made for another database); nothing was written."));
    *analysisId = q.value(0).toLongLong();
    const qint64 collaborationId = q.value(1).toLongLong();
    auto a = AnalysisStore(db).load(*analysisId, error);
    auto c = a ? Cases::load(db, collaborationId, {}, error) : std::nullopt;
    if (!c)
        return false;
    *analysis = *a;
    const SchoolUnit* unit = a->unitId > 0 ? c->unit(a->unitId) : nullptr;
    *unitName = unit ? unit->name : c->organizer.name;
    *mine = Records::fromAnalysis(*a, unit ? unit->uuid : QString());
    // The context as this side holds it, only as far as the package carried it.
    for (const auto& r : Records::fromContext(c->organizer, c->organizerUnits, c->collaboration)) {
        if (base.contains(r.uuid))
            mine->insert(r.uuid, r);
    }
    return true;
}

} // namespace

namespace Exchange {

std::optional<Preview> preview(const Database& db, const Package& package, QString* error)
{
    const Manifest& m = package.manifest;
    if (m.kind != PackageKind::Return) {
        fail(error,
             ApplyText::tr("This is an outgoing package: a principal opens it as a database of their own "
                           "(Öppna paket). Only a return package is taken in here."));
        return std::nullopt;
    }
    QSqlQuery q(db.connection());
    if (!Sql::exec(q, QStringLiteral("SELECT 1 FROM collaboration WHERE uuid = ?"), { m.collaborationUuid }, error))
        return std::nullopt;
    if (!q.next()) {
        fail(error,
             ApplyText::tr("The package belongs to a collaboration this database does not hold (%1); it was "
                           "made for another database. Nothing was written.")
                 .arg(m.organizerName));
        return std::nullopt;
    }
    auto ledger = Ledger::load(db.path(), error);
    if (!ledger)
        return std::nullopt;
    const LedgerEntry* sent = ledger->find(m.answers, true);
    if (!sent || sent->kind != QLatin1String("outgoing")) {
        fail(error,
             ApplyText::tr("The package answers a package this database did not send; it was made for another "
                           "database. Nothing was written."));
        return std::nullopt;
    }
    if (sent->payloadSha256 != PackageFile::sha256(package.baseJson) || sent->analysisUuid != m.analysisUuid) {
        fail(error,
             ApplyText::tr("The package's base.json is not what was sent in the package it answers; it was "
                           "changed. Nothing was written."));
        return std::nullopt;
    }
    Preview p;
    p.package = package;
    p.analysisUuid = m.analysisUuid;
    p.alreadyImported = ledger->find(m.packageId, false) != nullptr;
    Analysis analysis;
    if (!loadMine(db, m.analysisUuid, package.base, &p.analysisId, &analysis, &p.mine, &p.unitName, error))
        return std::nullopt;
    // The scope is the one this side sent (its own rules), never what the package claims.
    Merge::Rules rules;
    for (const auto& kind : Records::contextKinds())
        rules.readOnlyKinds.insert(kind);
    for (const char* field : { "kind", "template", "templateVersion", "version", "status", "unit" })
        rules.readOnlyFields.insert(QStringLiteral("analysis/") + QLatin1String(field));
    rules.mayRemoveBaseRecords = false;
    const QStringList analysisKinds = Records::analysisKinds();
    if (analysis.isReadOnly()) {
        rules.frozen = true;
        rules.frozenReason = ApplyText::tr("The analysis is established here; a package never changes it. Make a new "
                                           "version and send that.");
        const bool same = PackageFile::sha256(Merge::canonical(Records::only(p.mine, analysisKinds)))
            == PackageFile::sha256(Merge::canonical(Records::only(package.payload, analysisKinds)));
        p.warnings << (same ? ApplyText::tr("The analysis is established here and the package holds the same content "
                                            "(SHA-256): nothing to take in.")
                            : ApplyText::tr("The analysis is established here and the package's content differs "
                                            "(SHA-256): its changes are refused."));
    }
    QSet<QString> removals(package.removals.cbegin(), package.removals.cend());
    p.merge = Merge::merge(package.base, p.mine, package.payload, removals, rules);
    const QString clock = clockWarning(m.createdAt, Clock::currentDateTimeUtc());
    if (!clock.isEmpty())
        p.warnings << clock;
    if (p.alreadyImported)
        p.warnings << ApplyText::tr("This package was taken in before; taking it in again changes nothing.");
    // The same outgoing package opened twice (a second computer, a second copy) answers twice.
    for (const auto& e : ledger->entries) {
        if (!e.sent && e.answers == m.answers && e.packageId != m.packageId) {
            p.warnings << ApplyText::tr("Another return package (%1) already answered the same package: it was "
                                        "opened twice, on two computers or as two copies. Both are merged against "
                                        "what was sent; check the result.")
                              .arg(e.packageId);
            break;
        }
    }
    return p;
}

namespace {

QString resolutionKey(const QString& uuid, const QString& field)
{
    return uuid + QLatin1Char('/') + field;
}

/** The checks after writing: every record, every link and every foreign key where it should be. */
bool sane(const Database& db, qint64 analysisId, const Merge::RecordSet& expected, QString* error)
{
    auto reloaded = AnalysisStore(db).load(analysisId, error);
    if (!reloaded)
        return false;
    const Merge::RecordSet written = Records::fromAnalysis(*reloaded, QString());
    const QStringList kinds = Records::analysisKinds();
    for (const auto& kind : kinds) {
        int want = 0, have = 0;
        for (const auto& r : expected)
            want += r.kind == kind;
        for (const auto& r : written)
            have += r.kind == kind;
        if (want != have)
            return fail(error,
                        ApplyText::tr("After applying, the analysis holds %1 records of kind %2 instead of %3.")
                            .arg(have)
                            .arg(kind)
                            .arg(want));
    }
    for (const auto& r : written) {
        for (const char* name : { "causes", "evidence", "problems" }) {
            const QString set = QLatin1String(name);
            if (r.fields.value(set).toArray().size() != expected.value(r.uuid).fields.value(set).toArray().size())
                return fail(error, ApplyText::tr("After applying, the links of %1 are not as merged.").arg(r.uuid));
        }
    }
    QSqlQuery q(db.connection());
    if (!Sql::exec(q, QStringLiteral("PRAGMA foreign_key_check"), error))
        return false;
    if (q.next())
        return fail(error,
                    ApplyText::tr("After applying, a reference points nowhere (%1).").arg(q.value(0).toString()));
    return true;
}

} // namespace

std::optional<Outcome> apply(const Database& db, const Preview& preview, const QList<Resolution>& resolutions,
                             QString* error)
{
    Outcome outcome;
    outcome.counts = preview.merge.counts;
    Merge::RecordSet merged = preview.merge.merged;
    QSet<QString> resolved;
    for (const auto& r : resolutions) {
        const Merge::RecordChange* change = nullptr;
        for (const auto& c : preview.merge.records) {
            if (c.uuid == r.uuid && c.outcome == Merge::RecordOutcome::Conflict)
                change = &c;
        }
        if (!change)
            continue;
        if (r.field.isEmpty()) { // a removal against an edit
            if (r.choice == Resolution::Choice::Theirs && change->removedInPackage)
                merged.remove(r.uuid);
            else if (r.choice == Resolution::Choice::Theirs && change->removedHere)
                merged.insert(r.uuid, preview.package.payload.value(r.uuid));
            resolved.insert(resolutionKey(r.uuid, QString()));
            continue;
        }
        for (const auto& f : change->fields) {
            if (f.field != r.field || f.outcome != Merge::FieldOutcome::Conflict || !merged.contains(r.uuid))
                continue;
            merged[r.uuid].fields.insert(f.field,
                                         r.choice == Resolution::Choice::Theirs     ? f.theirs
                                             : r.choice == Resolution::Choice::Mine ? f.mine
                                                                                    : r.value);
            resolved.insert(resolutionKey(r.uuid, r.field));
        }
    }
    int writes = 0;
    for (const auto& c : preview.merge.records) {
        bool open = false;
        if (c.outcome == Merge::RecordOutcome::Conflict) {
            if (c.removedHere || c.removedInPackage) {
                open = !resolved.contains(resolutionKey(c.uuid, QString()));
            } else {
                for (const auto& f : c.fields)
                    open = open
                        || (f.outcome == Merge::FieldOutcome::Conflict
                            && !resolved.contains(resolutionKey(c.uuid, f.field)));
            }
        }
        if (open)
            outcome.openConflicts.append(c);
        if (c.outcome == Merge::RecordOutcome::Refused || c.hasRefusedField())
            outcome.refusals.append(c);
        const bool writesSomething = c.outcome == Merge::RecordOutcome::New
            || c.outcome == Merge::RecordOutcome::Changed || c.outcome == Merge::RecordOutcome::Parallel
            || c.outcome == Merge::RecordOutcome::Removed || (c.outcome == Merge::RecordOutcome::Conflict && !open)
            || (c.outcome == Merge::RecordOutcome::Conflict
                && std::any_of(c.fields.cbegin(), c.fields.cend(), [](const Merge::FieldChange& f) {
                       return f.outcome == Merge::FieldOutcome::Theirs || f.outcome == Merge::FieldOutcome::Both;
                   }));
        writes += writesSomething;
    }
    outcome.applied = writes;
    outcome.nothingChanged = writes == 0;
    auto ledger = Ledger::load(db.path(), error);
    if (!ledger)
        return std::nullopt;
    if (writes > 0) {
        Sql::Transaction tx(db.connection());
        // What the preview compared against must still be what is here.
        qint64 analysisId = 0;
        Analysis analysis;
        Merge::RecordSet now;
        QString unitName;
        if (!loadMine(db, preview.analysisUuid, preview.package.base, &analysisId, &analysis, &now, &unitName, error))
            return std::nullopt;
        if (now != preview.mine) {
            fail(error,
                 ApplyText::tr("The analysis changed here after the preview was made; make the preview again. "
                               "Nothing was written."));
            return std::nullopt;
        }
        auto c = Cases::load(db, analysis.collaborationId, {}, error);
        if (!c)
            return std::nullopt;
        const Merge::RecordSet records = Records::only(merged, Records::analysisKinds());
        bool pending = false;
        AnalysisStore store(db);
        Analysis next = Records::toAnalysis(records, preview.analysisUuid, analysis, &pending);
        if (!store.save(next, c->programme.minGroupSize, error))
            return std::nullopt;
        if (pending) {
            next = Records::toAnalysis(records, preview.analysisUuid, next, &pending);
            if (!store.save(next, c->programme.minGroupSize, error))
                return std::nullopt;
        }
        QString reason;
        if (!sane(db, analysisId, records, &reason)) {
            fail(error,
                 ApplyText::tr("The package was not applied: %1 Everything was rolled back; the database is as "
                               "it was.")
                     .arg(reason));
            return std::nullopt;
        }
        if (!tx.commit(error))
            return std::nullopt;
    }
    // Marked received only after everything was verified and written.
    const Manifest& m = preview.package.manifest;
    if (!ledger->find(m.packageId, false)) {
        ledger->entries.append({ m.packageId, false, PackageFile::kindCode(m.kind), m.sequence, m.priorPackageId,
                                 m.answers, m.collaborationUuid, m.analysisUuid,
                                 PackageFile::sha256(preview.package.payloadJson), Clock::currentDateTimeUtc() });
        if (!ledger->save(db.path(), error))
            return std::nullopt;
    }
    outcome.message = outcome.nothingChanged && outcome.openConflicts.isEmpty() && outcome.refusals.isEmpty()
        ? ApplyText::tr("Nothing to change: everything in the package is already here.")
        : ApplyText::tr("%n change(s) applied", nullptr, writes) + QStringLiteral(", ")
            + ApplyText::tr("%n wait(s) for your decision", nullptr, int(outcome.openConflicts.size()))
            + QStringLiteral(", ") + ApplyText::tr("%n refused", nullptr, int(outcome.refusals.size()))
            + QLatin1Char('.');
    return outcome;
}

QByteArray summaryHtml(const Manifest& m, const Merge::RecordSet& records)
{
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "</head><body>\n")
                       .arg(esc(ApplyText::tr("Nulägesanalys: %1").arg(m.unitName)));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(ApplyText::tr("Nulägesanalys: %1").arg(m.unitName)));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(m.kind == PackageKind::Outgoing
                             ? ApplyText::tr("A package from the process leader to %1 (%2), made %3.")
                                   .arg(m.unitName, m.organizerName, m.createdAt.toString(Qt::ISODate))
                             : ApplyText::tr("A return package from %1 (%2), made %3.")
                                   .arg(m.unitName, m.organizerName, m.createdAt.toString(Qt::ISODate))));
    html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(ApplyText::tr("What it holds")));
    const QList<std::pair<QString, QString>> kinds {
        { QStringLiteral("evidence"), ApplyText::tr("Evidence") },
        { QStringLiteral("voice"), ApplyText::tr("Pupils' voices") },
        { QStringLiteral("cause"), ApplyText::tr("Causes") },
        { QStringLiteral("problem"), ApplyText::tr("Problems") },
        { QStringLiteral("area"), ApplyText::tr("Development areas") },
    };
    for (const auto& [kind, name] : kinds) {
        QStringList items;
        for (const auto& r : records) {
            if (r.kind == kind)
                items << QStringLiteral("<li>%1</li>").arg(esc(Records::label(r)));
        }
        html += QStringLiteral("<li>%1: %2<ul>%3</ul></li>\n")
                    .arg(esc(name))
                    .arg(items.size())
                    .arg(items.join(QString()));
    }
    html += QStringLiteral("</ul>\n<h2>%1</h2>\n<p>%2</p>\n<p>%3</p>\n")
                .arg(esc(ApplyText::tr("What the principal may change")),
                     esc(ApplyText::tr("The analysis: its answers, results, evidence, pupils' voices, causes, problems "
                                       "and development areas. New rows may be added.")),
                     esc(ApplyText::tr("Read only: the organizer, the units and the collaboration, and the analysis's "
                                       "status, template and version. Rows the process leader sent are not removed "
                                       "through a package.")));
    html += QStringLiteral("<p><small>%1</small></p>\n</body></html>\n")
                .arg(esc(ApplyText::tr("Package %1, number %2 of this exchange.").arg(m.packageId).arg(m.sequence)));
    return html.toUtf8();
}

} // namespace Exchange
