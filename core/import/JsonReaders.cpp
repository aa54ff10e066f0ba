#include "JsonReaders.h"

#include "ReaderSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Import {

namespace {

Position positionOf(const QByteArray& bytes, qint64 offset)
{
    Position p;
    p.offset = offset;
    p.line = 1;
    qint64 lineStart = 0;
    const qint64 end = qBound<qint64>(0, offset, bytes.size());
    for (qint64 i = 0; i < end; ++i) {
        if (bytes[i] == '\n') {
            ++p.line;
            lineStart = i + 1;
        }
    }
    p.column = int(end - lineStart) + 1;
    return p;
}

/** A v2 detail response ({meta, data: {schoolUnitCode, attributes}, included}). */
bool isRegistryDetail(const QJsonObject& o)
{
    const QJsonObject data = o.value(QLatin1String("data")).toObject();
    return data.contains(QLatin1String("schoolUnitCode")) && data.value(QLatin1String("attributes")).isObject();
}

void readDetail(const QJsonObject& response, int record, ImportFile* file)
{
    ReaderSupport::RecordCheck check { 0, record, &file->refusals };
    const QJsonObject data = response.value(QLatin1String("data")).toObject();
    const QJsonObject a = data.value(QLatin1String("attributes")).toObject();
    UnitRecord unit;
    unit.record = record;
    check.schoolUnitCode(QStringLiteral("schoolUnitCode"), ReaderSupport::string(data, QLatin1String("schoolUnitCode")),
                         &unit.code);
    check.requiredName(QStringLiteral("displayName"), ReaderSupport::string(a, QLatin1String("displayName")),
                       &unit.name);
    const QString status = ReaderSupport::string(a, QLatin1String("status"));
    if (!status.isEmpty()) {
        unit.status = ReaderSupport::unitStatus(status);
        if (!unit.status)
            check.refuse(QStringLiteral("status"), status,
                         RegistryReader::tr("status \"%1\" is not one of AKTIV, VILANDE, UPPHORT, PLANERAD. "
                                            "Download the file again from Skolenhetsregistret.")
                             .arg(status));
    }
    const QString kommun = ReaderSupport::string(a, QLatin1String("municipalityCode"));
    if (!kommun.isEmpty())
        check.municipalityCode(QStringLiteral("municipalityCode"), kommun, &unit.municipalityCode);
    for (const QJsonValue& t : a.value(QLatin1String("schoolTypes")).toArray())
        ReaderSupport::addForm(t.toString(), &unit.forms, &unit.formsAsWritten);
    const QJsonArray addresses = a.value(QLatin1String("addresses")).toArray();
    QJsonObject chosen;
    for (const QJsonValue& v : addresses) {
        if (v.toObject().value(QLatin1String("type")).toString() == QLatin1String("BESOKSADRESS")) {
            chosen = v.toObject();
            break;
        }
    }
    if (chosen.isEmpty() && !addresses.isEmpty())
        chosen = addresses.first().toObject();
    unit.visitingAddress.street = ReaderSupport::string(chosen, QLatin1String("streetAddress"));
    unit.visitingAddress.postalCode
        = ReaderSupport::postalCode(ReaderSupport::string(chosen, QLatin1String("postalCode")));
    unit.visitingAddress.locality = ReaderSupport::string(chosen, QLatin1String("locality"));
    unit.principal = ReaderSupport::string(a, QLatin1String("headMaster"));
    unit.email = ReaderSupport::string(a, QLatin1String("email"));
    unit.phone = ReaderSupport::string(a, QLatin1String("phoneNumber"));
    unit.web = ReaderSupport::string(a, QLatin1String("url"));

    // `included` is one object in the specification; accept a JSON:API array as well.
    QJsonValue included = response.value(QLatin1String("included"));
    if (included.isArray())
        included = included.toArray().isEmpty() ? QJsonValue() : included.toArray().first();
    OrganizerRecord organizer;
    organizer.record = record;
    if (included.isObject()) {
        const QJsonObject inc = included.toObject();
        const QJsonObject ia = inc.value(QLatin1String("attributes")).toObject();
        check.organisationNumber(QStringLiteral("organizationNumber"),
                                 ReaderSupport::string(inc, QLatin1String("organizationNumber")),
                                 &organizer.organisationNumber);
        check.requiredName(QStringLiteral("included.displayName"),
                           ReaderSupport::string(ia, QLatin1String("displayName")), &organizer.name);
        organizer.typeAsWritten = ReaderSupport::string(ia, QLatin1String("organizerType"));
        organizer.type = ReaderSupport::organizerType(organizer.typeAsWritten);
        unit.organisationNumber = organizer.organisationNumber;
    } else {
        unit.incomplete = true; // no huvudman named: never invent one
    }
    if (check.refused())
        return;
    if (!organizer.organisationNumber.isEmpty())
        ReaderSupport::addOrganizer(&file->organizers, organizer);
    file->units.append(unit);
}

void readList(const QJsonArray& rows, ImportFile* file)
{
    int record = 0;
    for (const QJsonValue& v : rows) {
        ++record;
        const QJsonObject o = v.toObject();
        ReaderSupport::RecordCheck check { 0, record, &file->refusals };
        UnitRecord unit;
        unit.record = record;
        unit.incomplete = true;
        // v2 names them schoolUnitCode/name; the retired v1 Skolenhetskod/Skolenhetsnamn
        const bool v1 = o.contains(QLatin1String("Skolenhetskod"));
        check.schoolUnitCode(v1 ? QStringLiteral("Skolenhetskod") : QStringLiteral("schoolUnitCode"),
                             ReaderSupport::string(o, QLatin1String(v1 ? "Skolenhetskod" : "schoolUnitCode")),
                             &unit.code);
        check.requiredName(v1 ? QStringLiteral("Skolenhetsnamn") : QStringLiteral("name"),
                           ReaderSupport::string(o, QLatin1String(v1 ? "Skolenhetsnamn" : "name")), &unit.name);
        const QString status = ReaderSupport::string(o, QLatin1String(v1 ? "Status" : "status"));
        if (!status.isEmpty()) {
            unit.status = ReaderSupport::unitStatus(status);
            if (!unit.status)
                check.refuse(QStringLiteral("status"), status,
                             RegistryReader::tr("status \"%1\" is not one of AKTIV, VILANDE, UPPHORT, PLANERAD. "
                                                "Download the file again from Skolenhetsregistret.")
                                 .arg(status));
        }
        if (v1) {
            const QString kommun = ReaderSupport::string(o, QLatin1String("Kommunkod"));
            if (!kommun.isEmpty())
                check.municipalityCode(QStringLiteral("Kommunkod"), kommun, &unit.municipalityCode);
        }
        if (!check.refused())
            file->units.append(unit);
    }
}

QJsonArray listRows(const QJsonDocument& document)
{
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("Skolenheter")).isArray())
        return root.value(QLatin1String("Skolenheter")).toArray();
    const QJsonValue rows = root.value(QLatin1String("data")).toObject().value(QLatin1String("attributes"));
    return rows.toArray();
}

} // namespace

bool parseJson(const QByteArray& bytes, QJsonDocument* document, FileError* error)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QJsonParseError e;
    *document = QJsonDocument::fromJson(data, &e);
    if (e.error == QJsonParseError::NoError)
        return true;
    const qint64 offset = e.offset + (data.size() == bytes.size() ? 0 : 3);
    error->position = positionOf(bytes, offset);
    error->message = RegistryReader::tr("The file is not valid JSON: line %1, column %2 (byte %3): %4. The file may "
                                        "be cut short or damaged: download it again.")
                         .arg(error->position.line)
                         .arg(error->position.column)
                         .arg(offset)
                         .arg(e.errorString());
    return false;
}

FileKind RegistryReader::recognise(const QJsonDocument& document)
{
    if (document.isArray()) {
        const QJsonArray a = document.array();
        return !a.isEmpty() && a.first().isObject() && isRegistryDetail(a.first().toObject()) ? FileKind::RegistryUnits
                                                                                              : FileKind::Unknown;
    }
    const QJsonObject root = document.object();
    if (isRegistryDetail(root))
        return FileKind::RegistryUnits;
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    if (data.value(QLatin1String("attributes")).isArray()
        && data.value(QLatin1String("type")).toString() == QLatin1String("schoolunit"))
        return FileKind::RegistryUnitList;
    if (root.value(QLatin1String("Skolenheter")).isArray())
        return FileKind::RegistryUnitList;
    return FileKind::Unknown;
}

void RegistryReader::read(const QJsonDocument& document, ImportFile* file)
{
    file->recognition.kind = recognise(document);
    file->recognition.encoding = TextEncoding::Utf8;
    switch (file->recognition.kind) {
    case FileKind::RegistryUnits:
        if (document.isArray()) {
            int record = 0;
            for (const QJsonValue& v : document.array()) {
                ++record;
                if (isRegistryDetail(v.toObject()))
                    readDetail(v.toObject(), record, file);
                else
                    file->refusals.append({ 0, record, QString(), QString(),
                                            tr("this element is not a school unit of Skolenhetsregistret "
                                               "(no data.schoolUnitCode): download the units again.") });
            }
        } else {
            readDetail(document.object(), 1, file);
        }
        break;
    case FileKind::RegistryUnitList:
        readList(listRows(document), file);
        break;
    default:
        break;
    }
}

} // namespace Import
