#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/**
 * The packages a database sent and received, and its replica id: until schema V9 gives
 * them tables (docs/exchange/FORMAT.md, "next: schema V9"), a JSON file in a folder
 * beside the database, `<file>-exchange/ledger.json`, written atomically after the
 * database's own transaction has committed. A principal's database made from a package
 * also keeps that package there, byte for byte (`opened.skoldialog`): its base and scope.
 */
struct LedgerEntry
{
    QString packageId;
    bool sent = false; ///< sent from here; otherwise received and applied here
    QString kind; ///< "outgoing" or "return"
    int sequence = 0;
    QString priorPackageId;
    QString answers;
    QString collaborationUuid;
    QString analysisUuid;
    QString payloadSha256; ///< what was sent: a return package's base must be exactly this
    QDateTime at;
};

struct Ledger
{
    QString replicaId;
    QList<LedgerEntry> entries;

    /** The folder beside `databasePath` that holds the ledger and the opened package. */
    static QString folder(const QString& databasePath);
    /** The ledger of `databasePath`; a new, empty one with a new replica id when there is none yet. */
    static std::optional<Ledger> load(const QString& databasePath, QString* error);
    bool save(const QString& databasePath, QString* error) const;

    const LedgerEntry* find(const QString& packageId, bool sent) const;
    /** The newest entry (highest sequence) of the exchange about analysis `analysisUuid`, either direction. */
    const LedgerEntry* last(const QString& analysisUuid) const;
};
