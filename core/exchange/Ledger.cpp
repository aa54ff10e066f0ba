#include "Ledger.h"

#include "core/Clock.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

struct LedgerText
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
};

} // namespace

QString Ledger::folder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral("-exchange");
}

std::optional<Ledger> Ledger::load(const QString& databasePath, QString* error)
{
    Ledger ledger;
    QFile file(folder(databasePath) + QStringLiteral("/ledger.json"));
    if (!file.exists()) {
        ledger.replicaId = Sql::newUuid();
        return ledger;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = LedgerText::tr("The package ledger %1 cannot be read: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    ledger.replicaId = o.value(QStringLiteral("replica")).toString();
    if (ledger.replicaId.isEmpty()) {
        if (error)
            *error = LedgerText::tr("The package ledger %1 is damaged; move it aside to start a new one.")
                         .arg(file.fileName());
        return std::nullopt;
    }
    for (const auto& v : o.value(QStringLiteral("packages")).toArray()) {
        const QJsonObject e = v.toObject();
        ledger.entries.append(
            { e.value(QStringLiteral("package")).toString(),
              e.value(QStringLiteral("direction")).toString() == QLatin1String("sent"),
              e.value(QStringLiteral("kind")).toString(), e.value(QStringLiteral("sequence")).toInt(),
              e.value(QStringLiteral("prior")).toString(), e.value(QStringLiteral("answers")).toString(),
              e.value(QStringLiteral("collaboration")).toString(), e.value(QStringLiteral("analysis")).toString(),
              e.value(QStringLiteral("payloadSha256")).toString(),
              QDateTime::fromString(e.value(QStringLiteral("at")).toString(), Qt::ISODate) });
    }
    return ledger;
}

bool Ledger::save(const QString& databasePath, QString* error) const
{
    QJsonArray packages;
    for (const auto& e : entries)
        packages.append(
            QJsonObject { { QStringLiteral("package"), e.packageId },
                          { QStringLiteral("direction"), e.sent ? QStringLiteral("sent") : QStringLiteral("received") },
                          { QStringLiteral("kind"), e.kind },
                          { QStringLiteral("sequence"), e.sequence },
                          { QStringLiteral("prior"), e.priorPackageId },
                          { QStringLiteral("answers"), e.answers },
                          { QStringLiteral("collaboration"), e.collaborationUuid },
                          { QStringLiteral("analysis"), e.analysisUuid },
                          { QStringLiteral("payloadSha256"), e.payloadSha256 },
                          { QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate) } });
    const QString dir = folder(databasePath);
    QSaveFile file(dir + QStringLiteral("/ledger.json"));
    const QByteArray bytes = QJsonDocument(QJsonObject { { QStringLiteral("replica"), replicaId },
                                                         { QStringLiteral("packages"), packages } })
                                 .toJson(QJsonDocument::Indented);
    if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        if (error)
            *error = LedgerText::tr("The package ledger %1 could not be written: %2")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

const LedgerEntry* Ledger::find(const QString& packageId, bool sent) const
{
    for (const auto& e : entries) {
        if (e.packageId == packageId && e.sent == sent)
            return &e;
    }
    return nullptr;
}

const LedgerEntry* Ledger::last(const QString& analysisUuid) const
{
    const LedgerEntry* best = nullptr;
    for (const auto& e : entries) {
        if (e.analysisUuid == analysisUuid && (!best || e.sequence > best->sequence))
            best = &e;
    }
    return best;
}
