#include "JsonReaders.h"

#include "ReaderSupport.h"

#include "core/domain/Validation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Import {

namespace {

/** The body of a {status, message, body} envelope; a bare body is accepted too. */
QJsonObject bodyOf(const QJsonObject& response)
{
    const QJsonValue body = response.value(QLatin1String("body"));
    return body.isObject() ? body.toObject() : response;
}

FileKind kindOfBody(const QJsonObject& body)
{
    if (body.contains(QLatin1String("schoolUnit")))
        return FileKind::PlannedStatistics;
    if (body.contains(QLatin1String("code")) && body.contains(QLatin1String("name"))
        && (body.contains(QLatin1String("organisationRegistryNumber")) || body.contains(QLatin1String("contactInfo"))))
        return FileKind::PlannedUnits;
    const QJsonObject embedded = body.value(QLatin1String("_embedded")).toObject();
    if (embedded.contains(QLatin1String("listedSchoolUnits")) || embedded.contains(QLatin1String("compactSchoolUnits")))
        return FileKind::PlannedUnitList;
    return FileKind::Unknown;
}

/** A period as v4 writes one: "2024/25", "VT24"/"HT23" (gy tests) or "2024" (gy admission). */
bool validPeriod(const QString& p)
{
    if (Validation::schoolYear(p).ok)
        return true;
    if (p.size() != 4)
        return false;
    const bool term = p.startsWith(QLatin1String("VT")) || p.startsWith(QLatin1String("HT"));
    for (qsizetype i = term ? 2 : 0; i < 4; ++i) {
        if (p[i] < QLatin1Char('0') || p[i] > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString schoolFormOf(const QJsonObject& body)
{
    const QString self = body.value(QLatin1String("_links"))
                             .toObject()
                             .value(QLatin1String("self"))
                             .toObject()
                             .value(QLatin1String("href"))
                             .toString();
    const qsizetype at = self.lastIndexOf(QLatin1String("/statistics/"));
    if (at >= 0) {
        QString form = self.mid(at + 12);
        const qsizetype end = form.indexOf(QLatin1Char('/'));
        return end < 0 ? form : form.left(end);
    }
    return body.contains(QLatin1String("programMetrics")) ? QStringLiteral("gy") : QStringLiteral("gr");
}

/** Every indicator array of `metrics` becomes StatisticRecords; a bad entry is refused alone. */
void readIndicators(const QJsonObject& metrics, const StatisticRecord& base, ImportFile* file)
{
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        if (!it.value().isArray() || it.key() == QLatin1String("programMetrics"))
            continue;
        for (const QJsonValue& e : it.value().toArray()) {
            const QJsonObject entry = e.toObject();
            const QJsonValue value = entry.value(QLatin1String("value"));
            const QString valueType = entry.value(QLatin1String("valueType")).toString();
            const QJsonValue period = entry.value(QLatin1String("timePeriod"));
            const QString text = value.isString() ? value.toString() : QString();
            const QString field = it.key();
            const auto refuse = [&](const QString& reason) {
                file->refusals.append({ 0, base.record, field, text, reason });
            };
            if (!value.isString() && !value.isNull() && !value.isUndefined()) {
                refuse(PlannedEducationReader::tr("%1: the value is not text as Skolverket writes it. Download the "
                                                  "statistics again.")
                           .arg(field));
                continue;
            }
            StatisticRecord r = base;
            r.indicator = field;
            r.period = period.isString() ? period.toString() : QString();
            if (!r.period.isEmpty() && !validPeriod(r.period)) {
                refuse(PlannedEducationReader::tr("%1: the period \"%2\" is not a school year such as 2024/25. "
                                                  "Download the statistics again.")
                           .arg(field, r.period));
                continue;
            }
            const auto v = StatisticValue::fromApi(text, !value.isString(), valueType);
            if (!v) {
                refuse(PlannedEducationReader::tr("%1 %2: \"%3\" is not a number, though its type says one "
                                                  "exists (%4). Download the statistics again.")
                           .arg(field, r.period, text, valueType));
                continue;
            }
            if (r.period.isEmpty() && v->marker != StatisticValue::Marker::Missing) {
                refuse(PlannedEducationReader::tr("%1: a value without a period. Download the statistics again.")
                           .arg(field));
                continue;
            }
            r.value = *v;
            file->statistics.append(std::move(r));
        }
    }
}

void readStatistics(const QJsonObject& body, int record, ImportFile* file)
{
    ReaderSupport::RecordCheck check { 0, record, &file->refusals };
    StatisticRecord base;
    base.record = record;
    if (!check.schoolUnitCode(QStringLiteral("schoolUnit"), ReaderSupport::string(body, QLatin1String("schoolUnit")),
                              &base.schoolUnitCode))
        return;
    base.schoolForm = schoolFormOf(body);
    if (file->recognition.schoolForm.isEmpty())
        file->recognition.schoolForm = base.schoolForm;
    readIndicators(body, base, file);
    for (const QJsonValue& p : body.value(QLatin1String("programMetrics")).toArray()) {
        StatisticRecord programme = base;
        programme.programme = ReaderSupport::string(p.toObject(), QLatin1String("programCode"));
        readIndicators(p.toObject(), programme, file);
    }
}

void readUnit(const QJsonObject& body, int record, ImportFile* file)
{
    ReaderSupport::RecordCheck check { 0, record, &file->refusals };
    UnitRecord unit;
    unit.record = record;
    check.schoolUnitCode(QStringLiteral("code"), ReaderSupport::string(body, QLatin1String("code")), &unit.code);
    check.requiredName(QStringLiteral("name"), ReaderSupport::string(body, QLatin1String("name")), &unit.name);
    const QString kommun = ReaderSupport::string(body, QLatin1String("geographicalAreaCode"));
    if (!kommun.isEmpty())
        check.municipalityCode(QStringLiteral("geographicalAreaCode"), kommun, &unit.municipalityCode);
    for (const QJsonValue& t : body.value(QLatin1String("typeOfSchooling")).toArray())
        ReaderSupport::addForm(t.toObject().value(QLatin1String("code")).toString(), &unit.forms, &unit.formsAsWritten);
    const QJsonObject contact = body.value(QLatin1String("contactInfo")).toObject();
    unit.email = ReaderSupport::string(contact, QLatin1String("email"));
    unit.web = ReaderSupport::string(contact, QLatin1String("web"));
    unit.phone = ReaderSupport::string(contact, QLatin1String("telephone"));
    const QJsonArray addresses = contact.value(QLatin1String("addresses")).toArray();
    QJsonObject chosen;
    for (const QJsonValue& v : addresses) {
        if (v.toObject().value(QLatin1String("type")).toString() == QLatin1String("VISITING_ADDRESS")) {
            chosen = v.toObject();
            break;
        }
    }
    if (chosen.isEmpty() && !addresses.isEmpty())
        chosen = addresses.first().toObject();
    unit.visitingAddress.street = ReaderSupport::string(chosen, QLatin1String("street"));
    unit.visitingAddress.postalCode
        = ReaderSupport::postalCode(ReaderSupport::string(chosen, QLatin1String("zipCode")));
    unit.visitingAddress.locality = ReaderSupport::string(chosen, QLatin1String("city"));

    const QString orgnr = ReaderSupport::string(body, QLatin1String("organisationRegistryNumber"));
    OrganizerRecord organizer;
    organizer.record = record;
    if (orgnr.isEmpty()) {
        unit.incomplete = true;
    } else {
        check.organisationNumber(QStringLiteral("organisationRegistryNumber"), orgnr, &organizer.organisationNumber);
        check.requiredName(QStringLiteral("corporationName"),
                           ReaderSupport::string(body, QLatin1String("corporationName")), &organizer.name);
        organizer.typeAsWritten = ReaderSupport::string(body, QLatin1String("principalOrganizerType"));
        organizer.type = ReaderSupport::organizerType(organizer.typeAsWritten);
        unit.organisationNumber = organizer.organisationNumber;
    }
    if (check.refused())
        return;
    if (!unit.incomplete)
        ReaderSupport::addOrganizer(&file->organizers, organizer);
    file->units.append(unit);
}

void readListPage(const QJsonObject& body, int* record, ImportFile* file)
{
    const QJsonObject embedded = body.value(QLatin1String("_embedded")).toObject();
    const bool compact = embedded.contains(QLatin1String("compactSchoolUnits"));
    const QJsonArray rows
        = embedded.value(QLatin1String(compact ? "compactSchoolUnits" : "listedSchoolUnits")).toArray();
    for (const QJsonValue& v : rows) {
        ++*record;
        const QJsonObject o = v.toObject();
        ReaderSupport::RecordCheck check { 0, *record, &file->refusals };
        UnitRecord unit;
        unit.record = *record;
        unit.incomplete = true; // no huvudman in a list row
        const QLatin1String codeKey(compact ? "schoolUnitCode" : "code");
        const QLatin1String nameKey(compact ? "schoolUnitName" : "name");
        check.schoolUnitCode(codeKey, ReaderSupport::string(o, codeKey), &unit.code);
        check.requiredName(nameKey, ReaderSupport::string(o, nameKey), &unit.name);
        const QString kommun = ReaderSupport::string(o, QLatin1String("geographicalAreaCode"));
        if (!kommun.isEmpty())
            check.municipalityCode(QStringLiteral("geographicalAreaCode"), kommun, &unit.municipalityCode);
        for (const QJsonValue& t : o.value(QLatin1String("typeOfSchooling")).toArray())
            ReaderSupport::addForm(t.toObject().value(QLatin1String("code")).toString(), &unit.forms,
                                   &unit.formsAsWritten);
        if (!check.refused())
            file->units.append(unit);
    }
}

} // namespace

FileKind PlannedEducationReader::recognise(const QJsonDocument& document)
{
    const QJsonObject first = document.isArray() ? document.array().first().toObject() : document.object();
    if (!document.isArray() && !first.value(QLatin1String("body")).isObject()
        && !first.contains(QLatin1String("schoolUnit")))
        return FileKind::Unknown; // a bare body only when it is unmistakably statistics
    return kindOfBody(bodyOf(first));
}

void PlannedEducationReader::read(const QJsonDocument& document, ImportFile* file)
{
    file->recognition.kind = recognise(document);
    file->recognition.encoding = TextEncoding::Utf8;
    QList<QJsonObject> responses;
    if (document.isArray()) {
        for (const QJsonValue& v : document.array())
            responses.append(v.toObject());
    } else {
        responses.append(document.object());
    }
    int record = 0;
    int listRecord = 0;
    for (const QJsonObject& response : responses) {
        ++record;
        const QString status = ReaderSupport::string(response, QLatin1String("status"));
        if (response.contains(QLatin1String("body")) && status != QLatin1String("OK")
            && status != QLatin1String("200 OK")) {
            file->refusals.append({ 0, record, QStringLiteral("status"), status,
                                    tr("the response says \"%1\" (%2), not OK: it holds no data. Download it again.")
                                        .arg(status, ReaderSupport::string(response, QLatin1String("message"))) });
            continue;
        }
        const QJsonObject body = bodyOf(response);
        const FileKind kind = kindOfBody(body);
        if (kind != file->recognition.kind) {
            file->refusals.append({ 0, record, QString(), QString(),
                                    tr("this response is not of the same kind as the first one in the file. Save "
                                       "each kind of response in a file of its own.") });
            continue;
        }
        switch (kind) {
        case FileKind::PlannedStatistics:
            readStatistics(body, record, file);
            break;
        case FileKind::PlannedUnits:
            readUnit(body, record, file);
            break;
        case FileKind::PlannedUnitList:
            readListPage(body, &listRecord, file);
            break;
        default:
            break;
        }
    }
}

} // namespace Import
