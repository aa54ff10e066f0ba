#include "Exchange.h"

#include "Ledger.h"
#include "Records.h"

#include "core/Clock.h"
#include "core/analysis/AnalysisTemplate.h"
#include "core/cases/Cases.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/ProgrammeStore.h"
#include "core/storage/SchoolUnitStore.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

struct ExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

/** The template's own file, byte for byte, so the principal's Skoldialog needs no copy of it. */
QByteArray templateJson(const QString& id, int version)
{
    const QDir dir(QStringLiteral(":/templates"));
    for (const auto& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        const auto t = AnalysisTemplate::fromJson(bytes, name, nullptr);
        if (t && t->id == id && t->version == version)
            return bytes;
    }
    return {};
}

const QStringList kReadOnlyAnalysisFields {
    QStringLiteral("analysis/kind"),    QStringLiteral("analysis/template"), QStringLiteral("analysis/templateVersion"),
    QStringLiteral("analysis/version"), QStringLiteral("analysis/status"),   QStringLiteral("analysis/unit")
};

QString packagePath(const QString& databasePath)
{
    return Ledger::folder(databasePath) + QStringLiteral("/opened.skoldialog");
}

} // namespace

namespace Exchange {

std::optional<Package> read(const QString& path, QString* error)
{
    return PackageFile::read(path, error);
}

bool mayChange(const Package& opened, const QString& kind, const QString& field)
{
    if (!opened.manifest.editableKinds.contains(kind))
        return false;
    return field.isEmpty() || !opened.manifest.readOnlyFields.contains(kind + QLatin1Char('/') + field);
}

QString clockWarning(const QDateTime& sentAt, const QDateTime& now, const QDateTime& notBefore)
{
    const qint64 ahead = now.secsTo(sentAt);
    if (ahead > 5 * 60)
        return ExchangeText::tr("The sender's clock seems to be %1 minutes ahead of this computer's. Times in the "
                                "package are shown as the sender gave them; nothing is decided by them.")
            .arg(ahead / 60);
    if (notBefore.isValid() && sentAt.secsTo(notBefore) > 5 * 60)
        return ExchangeText::tr("The package says it was made %1 minutes before the package it answers: one of the "
                                "clocks is off. Nothing is decided by them.")
            .arg(sentAt.secsTo(notBefore) / 60);
    return {};
}

std::optional<Manifest> writeOutgoing(const Database& db, qint64 collaborationId, qint64 unitId, const QString& path,
                                      QString* error)
{
    auto c = Cases::load(db, collaborationId, {}, error);
    if (!c)
        return std::nullopt;
    if (unitId > 0 && !c->collaboration.unitIds.contains(unitId)) {
        fail(error,
             ExchangeText::tr("The unit is not in the collaboration's scope; add it to the collaboration first."));
        return std::nullopt;
    }
    QString reason;
    auto analysis = AnalysisStore(db).current(collaborationId, unitId, &reason);
    if (!analysis && !reason.isEmpty()) {
        fail(error, reason);
        return std::nullopt;
    }
    if (!analysis) {
        analysis = Cases::startAnalysis(db, collaborationId, unitId, error);
        if (!analysis)
            return std::nullopt;
    }
    if (analysis->isReadOnly()) {
        fail(error,
             ExchangeText::tr("The analysis is established and can no longer be filled in. Make a new version "
                              "of it first, then send that."));
        return std::nullopt;
    }
    const SchoolUnit* unit = unitId > 0 ? c->unit(unitId) : nullptr;
    const QList<SchoolUnit> units = unit ? QList<SchoolUnit> { *unit } : c->unitsInScope();
    Merge::RecordSet records = Records::fromAnalysis(*analysis, unit ? unit->uuid : QString());
    records.insert(Records::fromContext(c->organizer, units, c->collaboration));
    auto ledger = Ledger::load(db.path(), error);
    if (!ledger)
        return std::nullopt;
    Package p;
    Manifest& m = p.manifest;
    m.formatVersion = PackageFile::kFormatVersion;
    m.packageId = Sql::newUuid();
    m.kind = PackageKind::Outgoing;
    m.replicaId = ledger->replicaId;
    const LedgerEntry* last = ledger->last(analysis->uuid);
    m.sequence = last ? last->sequence + 1 : 1;
    m.priorPackageId = last ? last->packageId : QString();
    m.createdAt = Clock::currentDateTimeUtc();
    m.collaborationUuid = c->collaboration.uuid;
    m.analysisUuid = analysis->uuid;
    m.unitCode = unit ? unit->code : QString();
    m.unitName = unit ? unit->name : c->organizer.name;
    m.organizerName = c->organizer.name;
    m.editableKinds = Records::analysisKinds();
    m.readOnlyFields = kReadOnlyAnalysisFields;
    m.mayRemoveSent = false;
    p.payloadJson = PackageFile::recordsJson(records, {});
    p.templateJson = templateJson(analysis->templateId, analysis->templateVersion);
    p.summaryHtml = summaryHtml(m, records);
    if (p.templateJson.isEmpty()) {
        fail(error,
             ExchangeText::tr("The analysis's template (%1, version %2) is not in this Skoldialog.")
                 .arg(analysis->templateId)
                 .arg(analysis->templateVersion));
        return std::nullopt;
    }
    if (!PackageFile::write(p, path, error))
        return std::nullopt;
    ledger->entries.append({ m.packageId,
                             true,
                             PackageFile::kindCode(m.kind),
                             m.sequence,
                             m.priorPackageId,
                             {},
                             m.collaborationUuid,
                             m.analysisUuid,
                             PackageFile::sha256(p.payloadJson),
                             m.createdAt });
    if (!ledger->save(db.path(), error)) {
        QFile::remove(path); // a package the ledger does not know could never be taken back
        return std::nullopt;
    }
    return m;
}

namespace {

bool fillDatabase(const Database& db, const Package& package, QString* error)
{
    Organizer organizer;
    QList<SchoolUnit> units;
    Collaboration collaboration;
    QStringList inScope;
    QString where;
    if (!Records::toContext(package.payload, &organizer, &units, &collaboration, &inScope, &where))
        return fail(error, ExchangeText::tr("The package lacks its context (%1).").arg(where));
    const QList<Programme> programmes = ProgrammeStore(db).list(error);
    if (programmes.isEmpty())
        return false;
    Sql::Transaction tx(db.connection());
    if (!OrganizerStore(db).save(organizer, error))
        return false;
    QHash<QString, qint64> unitIds;
    for (auto& u : units) {
        u.organizerId = organizer.id;
        if (!SchoolUnitStore(db).save(u, error))
            return false;
        unitIds.insert(u.uuid, u.id);
    }
    collaboration.organizerId = organizer.id;
    collaboration.programmeId = programmes.first().id;
    for (const auto& uuid : inScope)
        collaboration.unitIds << unitIds.value(uuid);
    if (!CollaborationStore(db).save(collaboration, error))
        return false;
    const Merge::Record& root = package.payload[package.manifest.analysisUuid];
    Analysis a;
    a.collaborationId = collaboration.id;
    a.unitId = unitIds.value(root.fields.value(QStringLiteral("unit")).toString());
    a.kind = Analysis::Kinds.fromCode(root.fields.value(QStringLiteral("kind")).toString());
    a.templateId = root.fields.value(QStringLiteral("template")).toString();
    a.templateVersion = root.fields.value(QStringLiteral("templateVersion")).toString().toInt();
    a.version = root.fields.value(QStringLiteral("version")).toString().toInt();
    a.status = Analysis::Statuses.fromCode(root.fields.value(QStringLiteral("status")).toString());
    bool pending = false;
    const int minGroupSize = programmes.first().minGroupSize;
    a = Records::toAnalysis(package.payload, package.manifest.analysisUuid, a, &pending);
    AnalysisStore store(db);
    if (!store.save(a, minGroupSize, error))
        return false;
    if (pending) {
        a = Records::toAnalysis(package.payload, package.manifest.analysisUuid, a, &pending);
        if (!store.save(a, minGroupSize, error))
            return false;
    }
    return tx.commit(error);
}

} // namespace

bool openAsDatabase(const Package& package, const QString& newDatabasePath, QString* error)
{
    if (package.manifest.kind != PackageKind::Outgoing)
        return fail(error,
                    ExchangeText::tr("This is a return package; it is taken in with Ta emot paket, not opened."));
    if (QFileInfo(newDatabasePath).exists() && QFileInfo(newDatabasePath).size() > 0)
        return fail(
            error,
            ExchangeText::tr("%1 already exists; choose a new file for the package's database.").arg(newDatabasePath));
    QString reason;
    {
        Database::Options options;
        options.backupOnOpen = false;
        auto db = Database::open(newDatabasePath, &reason, options);
        if (db && fillDatabase(*db, package, &reason)) {
            Ledger ledger;
            ledger.replicaId = Sql::newUuid();
            const Manifest& m = package.manifest;
            ledger.entries.append({ m.packageId,
                                    false,
                                    PackageFile::kindCode(m.kind),
                                    m.sequence,
                                    m.priorPackageId,
                                    {},
                                    m.collaborationUuid,
                                    m.analysisUuid,
                                    PackageFile::sha256(package.payloadJson),
                                    Clock::currentDateTimeUtc() });
            if (QDir().mkpath(Ledger::folder(newDatabasePath)) && ledger.save(newDatabasePath, &reason)) {
                // The package itself is kept as it came, rewritten from its verified parts.
                if (PackageFile::write(package, packagePath(newDatabasePath), &reason))
                    return true;
            }
        }
    }
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(newDatabasePath + suffix);
    QDir(Ledger::folder(newDatabasePath)).removeRecursively();
    return fail(error, ExchangeText::tr("The package could not be opened as a database: %1").arg(reason));
}

std::optional<Package> openedPackage(const QString& databasePath, QString* error)
{
    if (!QFileInfo::exists(packagePath(databasePath))) {
        fail(error, ExchangeText::tr("This database was not made from a package, so there is nothing to send back."));
        return std::nullopt;
    }
    return PackageFile::read(packagePath(databasePath), error);
}

std::optional<Manifest> writeReturn(const Database& db, const QString& path, QString* error)
{
    auto opened = openedPackage(db.path(), error);
    if (!opened)
        return std::nullopt;
    auto ledger = Ledger::load(db.path(), error);
    if (!ledger)
        return std::nullopt;
    QSqlQuery q(db.connection());
    if (!Sql::exec(q, QStringLiteral("SELECT id, collaboration_id FROM analysis WHERE uuid = ?"),
                   { opened->manifest.analysisUuid }, error))
        return std::nullopt;
    if (!q.next()) {
        fail(error, ExchangeText::tr("The package's analysis is no longer in this database."));
        return std::nullopt;
    }
    const qint64 collaborationId = q.value(1).toLongLong();
    auto analysis = AnalysisStore(db).load(q.value(0).toLongLong(), error);
    auto c = analysis ? Cases::load(db, collaborationId, {}, error) : std::nullopt;
    if (!c)
        return std::nullopt;
    const SchoolUnit* unit = analysis->unitId > 0 ? c->unit(analysis->unitId) : nullptr;
    Merge::RecordSet records = Records::fromAnalysis(*analysis, unit ? unit->uuid : QString());
    records.insert(
        Records::fromContext(c->organizer, unit ? QList<SchoolUnit> { *unit } : c->unitsInScope(), c->collaboration));
    // What was sent and is gone here travels as a removal, if the database holds its tombstone.
    QList<QString> removals;
    for (const auto& r : opened->payload) {
        if (records.contains(r.uuid))
            continue;
        if (!Sql::exec(q, QStringLiteral("SELECT 1 FROM tombstone WHERE uuid = ? LIMIT 1"), { r.uuid }, error))
            return std::nullopt;
        if (q.next())
            removals << r.uuid;
    }
    Package p;
    Manifest& m = p.manifest;
    m = opened->manifest;
    m.packageId = Sql::newUuid();
    m.kind = PackageKind::Return;
    m.answers = opened->manifest.packageId;
    m.replicaId = ledger->replicaId;
    const LedgerEntry* last = ledger->last(m.analysisUuid);
    m.sequence = (last ? last->sequence : opened->manifest.sequence) + 1;
    m.priorPackageId = last ? last->packageId : opened->manifest.packageId;
    m.createdAt = Clock::currentDateTimeUtc();
    p.payloadJson = PackageFile::recordsJson(records, removals);
    p.baseJson = opened->payloadJson;
    p.templateJson = opened->templateJson;
    p.summaryHtml = summaryHtml(m, records);
    if (!PackageFile::write(p, path, error))
        return std::nullopt;
    ledger->entries.append({ m.packageId, true, PackageFile::kindCode(m.kind), m.sequence, m.priorPackageId, m.answers,
                             m.collaborationUuid, m.analysisUuid, PackageFile::sha256(p.payloadJson), m.createdAt });
    if (!ledger->save(db.path(), error))
        return std::nullopt;
    return m;
}

} // namespace Exchange
