#pragma once

#include "Merge.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

/**
 * One exchange package: a zip file (docs/exchange/FORMAT.md) holding manifest.json, the
 * records as JSON (payload.json, and in a return package base.json, the outgoing
 * package's payload byte for byte), the analysis template and a readable summary.html.
 * Reading verifies everything before anything is used: the zip's own checks, the format
 * and its version, every part's size and SHA-256, no part missing and none extra.
 */
enum class PackageKind { Outgoing, Return };

struct PackageFileEntry
{
    QString name;
    qint64 size = 0;
    QString sha256; ///< lowercase hex
};

struct Manifest
{
    int formatVersion = 0;
    QString packageId; ///< a uuid, new for every package
    PackageKind kind = PackageKind::Outgoing;
    QString answers; ///< a return package: the outgoing package it answers
    QString replicaId; ///< the sending database's id (its ledger, docs/exchange/FORMAT.md)
    int sequence = 1; ///< counts the packages of this exchange (one analysis), both directions
    QString priorPackageId; ///< the package before this one in the exchange; empty for the first
    QDateTime createdAt; ///< the sender's clock, UTC: shown, never decided by
    QString collaborationUuid;
    QString analysisUuid;
    QString unitCode; ///< empty at organizer level
    QString unitName; ///< the unit's or the organizer's name, for display
    QString organizerName;
    /** Scope: the kinds the receiver may change, and the fields of them it may not. */
    QStringList editableKinds;
    QStringList readOnlyFields; ///< "kind/field"
    bool mayRemoveSent = false; ///< may the receiver remove records that were sent?
    QList<PackageFileEntry> files;
};

struct Package
{
    Manifest manifest;
    QByteArray payloadJson;
    QByteArray baseJson; ///< a return package only
    QByteArray templateJson;
    QByteArray summaryHtml;
    Merge::RecordSet payload; ///< parsed from payloadJson
    Merge::RecordSet base; ///< parsed from baseJson; for an outgoing package the payload itself
    QList<QString> removals; ///< uuids of records the sender removed (tombstones), from payload.json
};

namespace PackageFile {

constexpr int kFormatVersion = 1;
constexpr const char* kFormatName = "skoldialog-package";
constexpr const char* kSuffix = ".skoldialog";
/** The most a package may hold unpacked; larger is refused before it is read. */
constexpr qint64 kMaxUnpacked = 64 * 1024 * 1024;

/** Writes `package` (its JSON parts and summary) to `path`, atomically; fills in the manifest's files. */
bool write(Package package, const QString& path, QString* error);

/** Reads and verifies the package at `path`; nothing is written anywhere. */
std::optional<Package> read(const QString& path, QString* error);
/** The same, from bytes in memory (the fuzzer's entry). */
std::optional<Package> readBytes(const QByteArray& bytes, QString* error);

/** The records and tombstones of payload.json / base.json; false with the reason when malformed. */
bool parseRecords(const QByteArray& json, Merge::RecordSet* records, QList<QString>* removals, QString* error);
QByteArray recordsJson(const Merge::RecordSet& records, const QList<QString>& removals);

QString sha256(const QByteArray& bytes);

/** "Strandängsskolan-nulägesanalys-2026-12-01.skoldialog", with characters a file name cannot hold replaced. */
QString fileName(const QString& unitName, const QDate& date);

QString kindCode(PackageKind kind);

} // namespace PackageFile
