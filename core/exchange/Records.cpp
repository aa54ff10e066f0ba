#include "Records.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

using Merge::Record;
using Merge::RecordSet;

QJsonArray uuidsOf(const QList<qint64>& ids, const QHash<qint64, QString>& uuidById)
{
    QJsonArray a;
    for (qint64 id : ids) {
        if (uuidById.contains(id))
            a.append(uuidById.value(id));
    }
    return a;
}

template<typename T> QJsonArray orderOf(const QList<T>& items)
{
    QJsonArray a;
    for (const auto& i : items)
        a.append(i.uuid);
    return a;
}

QString text(const Record& r, const char* field)
{
    return r.fields.value(QLatin1String(field)).toString();
}

QStringList list(const Record& r, const char* field)
{
    QStringList l;
    for (const auto& v : r.fields.value(QLatin1String(field)).toArray())
        l << v.toString();
    return l;
}

void insert(RecordSet& set, const QString& kind, const QString& uuid, const QJsonObject& fields)
{
    set.insert(uuid, Record { kind, uuid, fields });
}

} // namespace

namespace Records {

QStringList analysisKinds()
{
    return { QStringLiteral("analysis"), QStringLiteral("participant"), QStringLiteral("evidence"),
             QStringLiteral("voice"),    QStringLiteral("cause"),       QStringLiteral("problem"),
             QStringLiteral("area") };
}

QStringList contextKinds()
{
    return { QStringLiteral("organizer"), QStringLiteral("unit"), QStringLiteral("collaboration") };
}

RecordSet fromAnalysis(const Analysis& a, const QString& unitUuid)
{
    RecordSet set;
    QHash<qint64, QString> causeUuid, evidenceUuid, problemUuid;
    for (const auto& c : a.causes)
        causeUuid.insert(c.id, c.uuid);
    for (const auto& e : a.evidence)
        evidenceUuid.insert(e.id, e.uuid);
    for (const auto& p : a.problems)
        problemUuid.insert(p.id, p.uuid);
    QJsonObject root { { QStringLiteral("kind"), Analysis::Kinds.code(a.kind) },
                       { QStringLiteral("template"), a.templateId },
                       { QStringLiteral("templateVersion"), QString::number(a.templateVersion) },
                       { QStringLiteral("version"), QString::number(a.version) },
                       { QStringLiteral("status"), Analysis::Statuses.code(a.status) },
                       { QStringLiteral("unit"), unitUuid },
                       { QStringLiteral("summary"), a.summary },
                       { QStringLiteral("order:participants"), orderOf(a.participants) },
                       { QStringLiteral("order:evidence"), orderOf(a.evidence) },
                       { QStringLiteral("order:voices"), orderOf(a.voices) },
                       { QStringLiteral("order:causes"), orderOf(a.causes) },
                       { QStringLiteral("order:problems"), orderOf(a.problems) },
                       { QStringLiteral("order:areas"), orderOf(a.areas) } };
    for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            root.insert(QStringLiteral("answer:") + it.key(), it.value());
    }
    for (const auto& r : a.results) {
        if (!r.value && r.marker.trimmed().isEmpty())
            continue;
        const QString value = r.value ? QString::number(*r.value, 'g', 15) : QString();
        root.insert(QStringLiteral("result:%1:%2").arg(r.indicator, r.period), value + QLatin1Char('|') + r.marker);
    }
    insert(set, QStringLiteral("analysis"), a.uuid, root);
    for (const auto& p : a.participants)
        insert(set, QStringLiteral("participant"), p.uuid,
               { { QStringLiteral("name"), p.name },
                 { QStringLiteral("role"), p.role },
                 { QStringLiteral("organisation"), p.organisation } });
    for (const auto& e : a.evidence)
        insert(set, QStringLiteral("evidence"), e.uuid,
               { { QStringLiteral("kind"), e.kind },
                 { QStringLiteral("title"), e.title },
                 { QStringLiteral("summary"), e.summary },
                 { QStringLiteral("date"), e.date.isValid() ? e.date.toString(Qt::ISODate) : QString() } });
    for (const auto& v : a.voices) {
        QJsonArray themes, quotes;
        for (const auto& t : v.themes)
            themes.append(QJsonArray { t.text, t.count });
        for (const auto& q : v.quotes)
            quotes.append(q);
        // Themes and quotes travel as one text each: they have no identity of their own.
        insert(
            set, QStringLiteral("voice"), v.uuid,
            { { QStringLiteral("method"), v.method },
              { QStringLiteral("group"), v.group },
              { QStringLiteral("groupSize"), QString::number(v.groupSize) },
              { QStringLiteral("summary"), v.summary },
              { QStringLiteral("themes"), QString::fromUtf8(QJsonDocument(themes).toJson(QJsonDocument::Compact)) },
              { QStringLiteral("quotes"), QString::fromUtf8(QJsonDocument(quotes).toJson(QJsonDocument::Compact)) } });
    }
    for (const auto& c : a.causes)
        insert(set, QStringLiteral("cause"), c.uuid,
               { { QStringLiteral("area"), Analysis::CauseAreas.code(c.area) },
                 { QStringLiteral("level"), Analysis::DecisionLevels.code(c.level) },
                 { QStringLiteral("description"), c.description } });
    for (const auto& p : a.problems)
        insert(set, QStringLiteral("problem"), p.uuid,
               { { QStringLiteral("description"), p.description },
                 { QStringLiteral("causes"), uuidsOf(p.causeIds, causeUuid) },
                 { QStringLiteral("evidence"), uuidsOf(p.evidenceIds, evidenceUuid) } });
    for (const auto& d : a.areas)
        insert(set, QStringLiteral("area"), d.uuid,
               { { QStringLiteral("title"), d.title },
                 { QStringLiteral("description"), d.description },
                 { QStringLiteral("problems"), uuidsOf(d.problemIds, problemUuid) } });
    return set;
}

RecordSet fromContext(const Organizer& o, const QList<SchoolUnit>& units, const Collaboration& c)
{
    RecordSet set;
    insert(set, QStringLiteral("organizer"), o.uuid,
           { { QStringLiteral("name"), o.name },
             { QStringLiteral("organisationNumber"), o.organisationNumber },
             { QStringLiteral("type"), Organizer::Types.code(o.type) },
             { QStringLiteral("municipalityCode"), o.municipalityCode } });
    QJsonArray inScope;
    for (const auto& u : units) {
        QJsonArray forms;
        for (SchoolForm f : u.forms)
            forms.append(SchoolForms::code(f));
        insert(set, QStringLiteral("unit"), u.uuid,
               { { QStringLiteral("code"), u.code },
                 { QStringLiteral("name"), u.name },
                 { QStringLiteral("forms"), QString::fromUtf8(QJsonDocument(forms).toJson(QJsonDocument::Compact)) },
                 { QStringLiteral("status"), SchoolUnit::Statuses.code(u.status) },
                 { QStringLiteral("municipalityCode"), u.municipalityCode },
                 { QStringLiteral("principal"), u.principal } });
        if (c.unitIds.contains(u.id))
            inScope.append(u.uuid);
    }
    insert(set, QStringLiteral("collaboration"), c.uuid,
           { { QStringLiteral("diaryNumber"), c.diaryNumber },
             { QStringLiteral("startDate"), c.startDate.toString(Qt::ISODate) },
             { QStringLiteral("plannedEndDate"), c.plannedEndDate.toString(Qt::ISODate) },
             { QStringLiteral("phase"), QString::number(c.phase) },
             { QStringLiteral("status"), Collaboration::Statuses.code(c.status) },
             { QStringLiteral("units"), inScope } });
    return set;
}

RecordSet only(const RecordSet& records, const QStringList& kinds)
{
    RecordSet result;
    for (const auto& r : records) {
        if (kinds.contains(r.kind))
            result.insert(r.uuid, r);
    }
    return result;
}

const Record* first(const RecordSet& records, const QString& kind)
{
    for (const auto& r : records) {
        if (r.kind == kind)
            return &r;
    }
    return nullptr;
}

namespace {

/** The records of `kind` in the order `order` gives, then any it does not name, by uuid. */
QList<const Record*> ordered(const RecordSet& records, const QString& kind, const QStringList& order)
{
    QList<const Record*> result;
    for (const auto& uuid : order) {
        const auto it = records.constFind(uuid);
        if (it != records.cend() && it->kind == kind)
            result << &*it;
    }
    for (const auto& r : records) {
        if (r.kind == kind && !order.contains(r.uuid))
            result << &r;
    }
    return result;
}

template<typename T> qint64 idOf(const QList<T>& items, const QString& uuid)
{
    for (const auto& i : items) {
        if (i.uuid == uuid)
            return i.id;
    }
    return 0;
}

QList<qint64> idsOf(const QStringList& uuids, const QHash<QString, qint64>& ids, bool* pending)
{
    QList<qint64> result;
    for (const auto& u : uuids) {
        const qint64 id = ids.value(u);
        if (id > 0)
            result << id;
        else
            *pending = true;
    }
    return result;
}

} // namespace

Analysis toAnalysis(const RecordSet& records, const QString& analysisUuid, Analysis into, bool* linksPending)
{
    bool pending = false;
    const Analysis old = into;
    const Record root = records.value(analysisUuid);
    into.uuid = analysisUuid;
    into.summary = text(root, "summary");
    into.answers.clear();
    into.results.clear();
    for (auto it = root.fields.constBegin(); it != root.fields.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("answer:"))) {
            if (!it.value().toString().isEmpty())
                into.answers.insert(it.key().mid(7), it.value().toString());
        } else if (it.key().startsWith(QLatin1String("result:"))) {
            const QStringList key = it.key().split(QLatin1Char(':'));
            const QString v = it.value().toString();
            const qsizetype bar = v.indexOf(QLatin1Char('|'));
            if (key.size() < 3 || bar < 0)
                continue;
            bool ok = false;
            const double value = v.left(bar).toDouble(&ok);
            into.results.append({ key[1], key.mid(2).join(QLatin1Char(':')),
                                  ok ? std::optional<double>(value) : std::nullopt, v.mid(bar + 1) });
        }
    }
    auto order = [&](const char* name) { return list(root, name); };
    into.participants.clear();
    for (const Record* r : ordered(records, QStringLiteral("participant"), order("order:participants")))
        into.participants.append(
            { text(*r, "name"), text(*r, "role"), text(*r, "organisation"), idOf(old.participants, r->uuid), r->uuid });
    into.evidence.clear();
    for (const Record* r : ordered(records, QStringLiteral("evidence"), order("order:evidence")))
        into.evidence.append({ idOf(old.evidence, r->uuid), text(*r, "kind"), text(*r, "title"), text(*r, "summary"),
                               QDate::fromString(text(*r, "date"), Qt::ISODate), r->uuid });
    into.voices.clear();
    for (const Record* r : ordered(records, QStringLiteral("voice"), order("order:voices"))) {
        PupilVoice v;
        v.id = idOf(old.voices, r->uuid);
        v.uuid = r->uuid;
        v.method = text(*r, "method");
        v.group = text(*r, "group");
        v.groupSize = text(*r, "groupSize").toInt();
        v.summary = text(*r, "summary");
        for (const auto& t : QJsonDocument::fromJson(text(*r, "themes").toUtf8()).array())
            v.themes.append({ t.toArray().at(0).toString(), t.toArray().at(1).toInt() });
        for (const auto& q : QJsonDocument::fromJson(text(*r, "quotes").toUtf8()).array())
            v.quotes << q.toString();
        into.voices.append(v);
    }
    into.causes.clear();
    for (const Record* r : ordered(records, QStringLiteral("cause"), order("order:causes")))
        into.causes.append({ idOf(old.causes, r->uuid), Analysis::CauseAreas.fromCode(text(*r, "area")),
                             Analysis::DecisionLevels.fromCode(text(*r, "level")), text(*r, "description"), r->uuid });
    QHash<QString, qint64> causeIds, evidenceIds, problemIds;
    for (const auto& c : into.causes)
        causeIds.insert(c.uuid, c.id);
    for (const auto& e : into.evidence)
        evidenceIds.insert(e.uuid, e.id);
    into.problems.clear();
    for (const Record* r : ordered(records, QStringLiteral("problem"), order("order:problems"))) {
        into.problems.append({ idOf(old.problems, r->uuid), text(*r, "description"),
                               idsOf(list(*r, "causes"), causeIds, &pending),
                               idsOf(list(*r, "evidence"), evidenceIds, &pending), r->uuid });
        problemIds.insert(r->uuid, into.problems.last().id);
    }
    into.areas.clear();
    for (const Record* r : ordered(records, QStringLiteral("area"), order("order:areas")))
        into.areas.append({ idOf(old.areas, r->uuid), text(*r, "title"), text(*r, "description"),
                            idsOf(list(*r, "problems"), problemIds, &pending), r->uuid });
    if (linksPending)
        *linksPending = pending;
    return into;
}

bool toContext(const RecordSet& records, Organizer* organizer, QList<SchoolUnit>* units, Collaboration* collaboration,
               QStringList* unitUuidsInScope, QString* error)
{
    const Record* o = first(records, QStringLiteral("organizer"));
    const Record* c = first(records, QStringLiteral("collaboration"));
    if (!o || !c) {
        if (error)
            *error = QStringLiteral("organizer/collaboration");
        return false;
    }
    *organizer = {};
    organizer->uuid = o->uuid;
    organizer->name = text(*o, "name");
    organizer->organisationNumber = text(*o, "organisationNumber");
    organizer->type = Organizer::Types.fromCode(text(*o, "type"));
    organizer->municipalityCode = text(*o, "municipalityCode");
    units->clear();
    for (const auto& r : records) {
        if (r.kind != QLatin1String("unit"))
            continue;
        SchoolUnit u;
        u.uuid = r.uuid;
        u.code = text(r, "code");
        u.name = text(r, "name");
        for (const auto& f : QJsonDocument::fromJson(text(r, "forms").toUtf8()).array()) {
            if (const auto form = SchoolForms::parse(f.toString()))
                u.forms << *form;
        }
        u.status = SchoolUnit::Statuses.fromCode(text(r, "status"));
        u.municipalityCode = text(r, "municipalityCode");
        u.principal = text(r, "principal");
        units->append(u);
    }
    *collaboration = {};
    collaboration->uuid = c->uuid;
    collaboration->diaryNumber = text(*c, "diaryNumber");
    collaboration->startDate = QDate::fromString(text(*c, "startDate"), Qt::ISODate);
    collaboration->plannedEndDate = QDate::fromString(text(*c, "plannedEndDate"), Qt::ISODate);
    collaboration->phase = text(*c, "phase").toInt();
    collaboration->status = Collaboration::Statuses.fromCode(text(*c, "status"));
    *unitUuidsInScope = list(*c, "units");
    return true;
}

QString label(const Record& r)
{
    for (const char* field : { "description", "title", "name", "summary", "group" }) {
        const QString t = text(r, field).simplified();
        if (!t.isEmpty())
            return t.size() > 60 ? t.left(57) + QStringLiteral("…") : t;
    }
    return r.uuid;
}

} // namespace Records
