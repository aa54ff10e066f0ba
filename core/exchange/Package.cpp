#include "Package.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include <zip.h>

#include <memory>

namespace {

struct PackageText
{
    Q_DECLARE_TR_FUNCTIONS(Package)
};

const QString kManifest = QStringLiteral("manifest.json");
const QString kPayload = QStringLiteral("payload.json");
const QString kBase = QStringLiteral("base.json");
const QString kTemplate = QStringLiteral("template.json");
const QString kSummary = QStringLiteral("summary.html");

QString zipError(zip_error_t* e)
{
    return QString::fromUtf8(zip_error_strerror(e));
}

bool isUuid(const QString& s)
{
    return !QUuid::fromString(s).isNull() && s.size() == 36;
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const auto& s : list)
        a.append(s);
    return a;
}

QStringList toList(const QJsonValue& v)
{
    QStringList l;
    for (const auto& s : v.toArray())
        l << s.toString();
    return l;
}

QByteArray manifestJson(const Manifest& m)
{
    QJsonArray files;
    for (const auto& f : m.files)
        files.append(QJsonObject { { QStringLiteral("name"), f.name },
                                   { QStringLiteral("size"), f.size },
                                   { QStringLiteral("sha256"), f.sha256 } });
    const QJsonObject o {
        { QStringLiteral("format"), QLatin1String(PackageFile::kFormatName) },
        { QStringLiteral("formatVersion"), m.formatVersion },
        { QStringLiteral("package"), m.packageId },
        { QStringLiteral("kind"), PackageFile::kindCode(m.kind) },
        { QStringLiteral("answers"), m.answers },
        { QStringLiteral("replica"), m.replicaId },
        { QStringLiteral("sequence"), m.sequence },
        { QStringLiteral("prior"), m.priorPackageId },
        { QStringLiteral("createdAt"), m.createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("collaboration"), m.collaborationUuid },
        { QStringLiteral("analysis"), m.analysisUuid },
        { QStringLiteral("unitCode"), m.unitCode },
        { QStringLiteral("unitName"), m.unitName },
        { QStringLiteral("organizerName"), m.organizerName },
        { QStringLiteral("scope"),
          QJsonObject { { QStringLiteral("editableKinds"), toArray(m.editableKinds) },
                        { QStringLiteral("readOnlyFields"), toArray(m.readOnlyFields) },
                        { QStringLiteral("mayRemoveSent"), m.mayRemoveSent } } },
        { QStringLiteral("files"), files },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

std::optional<Manifest> parseManifest(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QStringLiteral("format")).toString() != QLatin1String(PackageFile::kFormatName)) {
        fail(error, PackageText::tr("The file is not a Skoldialog package: its manifest.json is not one."));
        return std::nullopt;
    }
    Manifest m;
    m.formatVersion = o.value(QStringLiteral("formatVersion")).toInt();
    if (m.formatVersion > PackageFile::kFormatVersion) {
        fail(error,
             PackageText::tr("The package was made by a newer Skoldialog (package format %1; this one reads "
                             "up to %2). Install the newer Skoldialog to open it.")
                 .arg(m.formatVersion)
                 .arg(PackageFile::kFormatVersion));
        return std::nullopt;
    }
    m.packageId = o.value(QStringLiteral("package")).toString();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    m.kind = kind == QLatin1String("return") ? PackageKind::Return : PackageKind::Outgoing;
    m.answers = o.value(QStringLiteral("answers")).toString();
    m.replicaId = o.value(QStringLiteral("replica")).toString();
    m.sequence = o.value(QStringLiteral("sequence")).toInt();
    m.priorPackageId = o.value(QStringLiteral("prior")).toString();
    m.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    m.createdAt.setTimeSpec(Qt::UTC);
    m.collaborationUuid = o.value(QStringLiteral("collaboration")).toString();
    m.analysisUuid = o.value(QStringLiteral("analysis")).toString();
    m.unitCode = o.value(QStringLiteral("unitCode")).toString();
    m.unitName = o.value(QStringLiteral("unitName")).toString();
    m.organizerName = o.value(QStringLiteral("organizerName")).toString();
    const QJsonObject scope = o.value(QStringLiteral("scope")).toObject();
    m.editableKinds = toList(scope.value(QStringLiteral("editableKinds")));
    m.readOnlyFields = toList(scope.value(QStringLiteral("readOnlyFields")));
    m.mayRemoveSent = scope.value(QStringLiteral("mayRemoveSent")).toBool();
    for (const auto& f : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject fo = f.toObject();
        m.files.append({ fo.value(QStringLiteral("name")).toString(),
                         qint64(fo.value(QStringLiteral("size")).toDouble(-1)),
                         fo.value(QStringLiteral("sha256")).toString() });
    }
    const bool valid = m.formatVersion >= 1 && isUuid(m.packageId)
        && (kind == QLatin1String("outgoing") || kind == QLatin1String("return"))
        && (m.kind == PackageKind::Outgoing || isUuid(m.answers)) && isUuid(m.replicaId) && m.sequence >= 1
        && (m.priorPackageId.isEmpty() || isUuid(m.priorPackageId)) && m.createdAt.isValid()
        && isUuid(m.collaborationUuid) && isUuid(m.analysisUuid) && !m.files.isEmpty();
    if (!valid) {
        fail(error,
             PackageText::tr("The package's manifest.json lacks a field or has one in the wrong form; the "
                             "package is damaged. Ask the sender for a new one."));
        return std::nullopt;
    }
    return m;
}

struct ZipCloser
{
    void operator()(zip_t* z) const { zip_discard(z); }
};

} // namespace

namespace PackageFile {

QString kindCode(PackageKind kind)
{
    return kind == PackageKind::Return ? QStringLiteral("return") : QStringLiteral("outgoing");
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString fileName(const QString& unitName, const QDate& date)
{
    QString name = unitName.simplified();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    return QStringLiteral("%1-nulägesanalys-%2%3").arg(name, date.toString(Qt::ISODate), QLatin1String(kSuffix));
}

QByteArray recordsJson(const Merge::RecordSet& records, const QList<QString>& removals)
{
    QJsonArray list;
    for (const auto& r : records)
        list.append(QJsonObject { { QStringLiteral("kind"), r.kind },
                                  { QStringLiteral("uuid"), r.uuid },
                                  { QStringLiteral("fields"), r.fields } });
    return QJsonDocument(
               QJsonObject { { QStringLiteral("records"), list }, { QStringLiteral("removed"), toArray(removals) } })
        .toJson(QJsonDocument::Indented);
}

bool parseRecords(const QByteArray& json, Merge::RecordSet* records, QList<QString>* removals, QString* error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("records")).isArray())
        return fail(error, QStringLiteral("records"));
    records->clear();
    for (const auto& v : doc.object().value(QStringLiteral("records")).toArray()) {
        const QJsonObject o = v.toObject();
        Merge::Record r { o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("uuid")).toString(),
                          o.value(QStringLiteral("fields")).toObject() };
        if (r.kind.isEmpty() || !isUuid(r.uuid) || records->contains(r.uuid))
            return fail(error, r.uuid);
        for (auto it = r.fields.constBegin(); it != r.fields.constEnd(); ++it) {
            if (!it.value().isString() && !it.value().isArray())
                return fail(error, it.key());
        }
        records->insert(r.uuid, r);
    }
    if (removals)
        *removals = toList(doc.object().value(QStringLiteral("removed")));
    return true;
}

bool write(Package p, const QString& path, QString* error)
{
    QList<std::pair<QString, QByteArray>> parts { { kPayload, p.payloadJson } };
    if (p.manifest.kind == PackageKind::Return)
        parts.append({ kBase, p.baseJson });
    parts.append({ kTemplate, p.templateJson });
    parts.append({ kSummary, p.summaryHtml });
    p.manifest.files.clear();
    for (const auto& [name, bytes] : parts)
        p.manifest.files.append({ name, bytes.size(), sha256(bytes) });
    parts.prepend({ kManifest, manifestJson(p.manifest) });

    // The zip is made in memory, then written through QSaveFile: a package is whole or absent.
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &ze);
    zip_t* zip = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &ze) : nullptr;
    if (!zip) {
        if (buffer)
            zip_source_free(buffer);
        return fail(error, PackageText::tr("The package could not be made: %1").arg(zipError(&ze)));
    }
    zip_source_keep(buffer);
    for (const auto& [name, bytes] : parts) {
        zip_source_t* s = zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        const zip_int64_t index = s ? zip_file_add(zip, name.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (s)
                zip_source_free(s);
            const QString reason = QString::fromUtf8(zip_strerror(zip));
            zip_discard(zip);
            zip_source_free(buffer);
            return fail(error, PackageText::tr("The package could not be made: %1").arg(reason));
        }
        zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
        zip_file_set_mtime(zip, zip_uint64_t(index), time_t(p.manifest.createdAt.toSecsSinceEpoch()), 0);
    }
    if (zip_close(zip) < 0) {
        const QString reason = QString::fromUtf8(zip_strerror(zip));
        zip_discard(zip);
        zip_source_free(buffer);
        return fail(error, PackageText::tr("The package could not be made: %1").arg(reason));
    }
    QByteArray bytes;
    if (zip_source_open(buffer) == 0) {
        char chunk[65536];
        zip_int64_t n;
        while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
            bytes.append(chunk, qsizetype(n));
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(error, PackageText::tr("The package could not be written to %1: %2").arg(path, file.errorString()));
    return true;
}

std::optional<Package> read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, PackageText::tr("The package %1 cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > kMaxUnpacked) {
        fail(error, PackageText::tr("The file %1 is too large to be a Skoldialog package.").arg(path));
        return std::nullopt;
    }
    return readBytes(file.readAll(), error);
}

std::optional<Package> readBytes(const QByteArray& bytes, QString* error)
{
    const QString notPackage = PackageText::tr("The file is not a Skoldialog package, or it is damaged or cut short "
                                               "(%1). Ask the sender to send it again.");
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &ze);
    std::unique_ptr<zip_t, ZipCloser> zip(source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &ze)
                                                 : nullptr);
    if (!zip) {
        if (source)
            zip_source_free(source);
        fail(error, notPackage.arg(zipError(&ze)));
        zip_error_fini(&ze);
        return std::nullopt;
    }
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count < 1 || count > 16) {
        fail(error, PackageText::tr("The file is not a Skoldialog package: it holds %1 parts.").arg(count));
        return std::nullopt;
    }
    QMap<QString, QByteArray> parts;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip.get(), zip_uint64_t(i), 0, &st) < 0 || !(st.valid & ZIP_STAT_SIZE)
            || !(st.valid & ZIP_STAT_NAME)) {
            fail(error, notPackage.arg(QString::fromUtf8(zip_strerror(zip.get()))));
            return std::nullopt;
        }
        const QString name = QString::fromUtf8(st.name);
        total += qint64(st.size);
        if (st.size > zip_uint64_t(kMaxUnpacked) || total > kMaxUnpacked) {
            fail(error, PackageText::tr("The package's part %1 is too large; the package is refused.").arg(name));
            return std::nullopt;
        }
        zip_file_t* f = zip_fopen_index(zip.get(), zip_uint64_t(i), 0);
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t n = f ? zip_fread(f, data.data(), st.size) : -1;
        // Reading to the end lets libzip compare the CRC-32 of what came out.
        char extra;
        const bool atEnd = f && n == zip_int64_t(st.size) && zip_fread(f, &extra, 1) == 0;
        const QString reason = f ? QString::fromUtf8(zip_file_strerror(f)) : QString::fromUtf8(zip_strerror(zip.get()));
        if (f)
            zip_fclose(f);
        if (!atEnd) {
            fail(error,
                 PackageText::tr("The package's part %1 is damaged (%2); nothing was read from it.").arg(name, reason));
            return std::nullopt;
        }
        if (parts.contains(name)) {
            fail(error, PackageText::tr("The package holds the part %1 twice; it is refused.").arg(name));
            return std::nullopt;
        }
        parts.insert(name, data);
    }
    if (!parts.contains(kManifest)) {
        fail(error, PackageText::tr("The file is not a Skoldialog package: it has no manifest.json."));
        return std::nullopt;
    }
    auto manifest = parseManifest(parts.value(kManifest), error);
    if (!manifest)
        return std::nullopt;
    QStringList expected { kPayload, kTemplate, kSummary };
    if (manifest->kind == PackageKind::Return)
        expected << kBase;
    QStringList listed;
    for (const auto& f : manifest->files) {
        listed << f.name;
        if (!parts.contains(f.name)) {
            fail(error, PackageText::tr("The package lacks its part %1; it is incomplete.").arg(f.name));
            return std::nullopt;
        }
        const QByteArray& data = parts.value(f.name);
        if (data.size() != f.size || sha256(data) != f.sha256) {
            fail(error,
                 PackageText::tr("The package's part %1 does not match its checksum (SHA-256): it was changed "
                                 "or damaged after it was made. Ask the sender to send it again.")
                     .arg(f.name));
            return std::nullopt;
        }
    }
    for (const auto& name : parts.keys()) {
        if (name != kManifest && !listed.contains(name)) {
            fail(error,
                 PackageText::tr("The package holds a part its manifest does not list (%1); it is refused.").arg(name));
            return std::nullopt;
        }
    }
    for (const auto& name : expected) {
        if (!listed.contains(name)) {
            fail(error, PackageText::tr("The package lacks its part %1; it is incomplete.").arg(name));
            return std::nullopt;
        }
    }
    Package p;
    p.manifest = *manifest;
    p.payloadJson = parts.value(kPayload);
    p.baseJson = parts.value(kBase);
    p.templateJson = parts.value(kTemplate);
    p.summaryHtml = parts.value(kSummary);
    QString where;
    if (!parseRecords(p.payloadJson, &p.payload, &p.removals, &where)) {
        fail(error, PackageText::tr("The package's part %1 is not in the expected form (at %2).").arg(kPayload, where));
        return std::nullopt;
    }
    if (manifest->kind == PackageKind::Return) {
        if (!parseRecords(p.baseJson, &p.base, nullptr, &where)) {
            fail(error,
                 PackageText::tr("The package's part %1 is not in the expected form (at %2).").arg(kBase, where));
            return std::nullopt;
        }
    } else {
        p.base = p.payload;
    }
    const auto root = p.payload.constFind(manifest->analysisUuid);
    if (root == p.payload.cend() || root->kind != QLatin1String("analysis")
        || !p.base.contains(manifest->analysisUuid)) {
        fail(error,
             PackageText::tr("The package's part %1 does not hold the analysis its manifest names.").arg(kPayload));
        return std::nullopt;
    }
    return p;
}

} // namespace PackageFile
