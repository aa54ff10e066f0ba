// Import::Service::apply: a plan written in one transaction, with the log of what it changed.
#include "ImportService.h"

#include "ImportRows.h"

#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Tombstones.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Import {

namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

/** Each organizer's kommun: the kommun of its first unit in the file that names one (one pass, not one per organizer).
 */
QHash<QString, QString> kommunByOrganizer(const FilePlan& fp)
{
    QHash<QString, QString> kommun;
    for (const UnitRecord& u : fp.units) {
        if (!u.municipalityCode.isEmpty() && !kommun.contains(u.organisationNumber))
            kommun.insert(u.organisationNumber, u.municipalityCode);
    }
    return kommun;
}

/** The writes of one apply: the open transaction's state and the log rows. */
class Writer
{
public:
    Writer(QSqlDatabase db, const Progress& progress, qint64 total)
        : m_db(db)
        , m_statistics(db)
        , m_rows(db)
        , m_progress(progress)
        , m_total(total)
    {
    }

    bool load(QString* error)
    {
        if (!Rows::loadOrganizers(m_db, &m_organizers, error) || !Rows::loadUnits(m_db, &m_units, error))
            return false;
        if (m_change.prepare(QStringLiteral("INSERT INTO import_change(import_id, seq, table_name, row_key, before, "
                                            "after) VALUES (?, ?, ?, ?, ?, ?)")))
            return true;
        if (error)
            *error = Sql::describe(m_change.lastError());
        return false;
    }

    bool file(const FilePlan& fp, qint64* importId, bool* cancelled, QString* error)
    {
        QSqlQuery q(m_db);
        const Counts c = fp.counts();
        if (!Sql::exec(q,
                       QStringLiteral("INSERT INTO import_run(file_name, sha256, kind, title, period, imported_at, "
                                      "imported_by, new_count, changed_count, unchanged_count, refused_count, summary, "
                                      "uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       { fp.fileName, fp.sha256, Names::kind(fp.file.recognition.kind),
                         Sql::textOrNull(fp.file.recognition.title), Sql::textOrNull(fp.file.recognition.schoolYear),
                         Clock::timestamp(), Tombstones::currentUser(), c.newRecords, c.changed, c.unchanged, c.refused,
                         Service::summaryText(fp), Sql::newUuid(), Clock::timestamp() },
                       error))
            return false;
        m_import = q.lastInsertId().toLongLong();
        *importId = m_import;
        m_seq = 0;
        m_kommun = kommunByOrganizer(fp);
        for (const Entry& e : fp.entries) {
            if (e.outcome != Outcome::New && e.outcome != Outcome::Changed)
                continue;
            bool ok = true;
            switch (e.target) {
            case Target::Organizer:
                ok = organizer(fp.organizers[e.index], error);
                break;
            case Target::Unit:
                ok = unit(fp.units[e.index], error);
                break;
            case Target::Statistic:
                ok = statistic(fp.statistics[size_t(e.index)], e.outcome, error);
                break;
            case Target::Record:
                break;
            }
            if (!ok)
                return false;
            if ((++m_done & 0x7ff) == 0 && m_progress && !m_progress(m_done, m_total)) {
                *cancelled = true;
                return false;
            }
        }
        return true;
    }

private:
    bool change(const QString& table, const QString& key, const QVariant& before, const QString& after, QString* error)
    {
        const QVariantList values { m_import, m_seq++, table, key, before, after };
        for (int i = 0; i < values.size(); ++i)
            m_change.bindValue(i, values[i]);
        return Sql::execPrepared(m_change, error);
    }

    bool organizer(const OrganizerRecord& o, QString* error)
    {
        auto it = m_organizers.find(o.organisationNumber);
        const bool isNew = it == m_organizers.end();
        const Rows::OrganizerRow before = isNew ? Rows::OrganizerRow() : *it;
        Rows::OrganizerRow after = Rows::merged(before, o, isNew ? m_kommun.value(o.organisationNumber) : QString());
        if (!isNew && after == before)
            return true;
        if (!m_rows.organizer(after, o.organisationNumber, error))
            return false;
        m_organizers.insert(o.organisationNumber, after);
        return change(QStringLiteral("organizer"), QString::number(after.id),
                      isNew ? QVariant(QMetaType(QMetaType::QString)) : QVariant(json(before.toJson())),
                      json(after.toJson()), error);
    }

    bool unit(const UnitRecord& u, QString* error)
    {
        auto it = m_units.find(u.code);
        const bool isNew = it == m_units.end();
        const Rows::UnitRow before = isNew ? Rows::UnitRow() : *it;
        const qint64 organizerId = m_organizers.value(u.organisationNumber).id;
        Rows::UnitRow after = Rows::merged(before, u, organizerId);
        if (after.organizerId <= 0) {
            if (error)
                *error
                    = Texts::tr("The organizer %1 of the school unit %2 is missing.").arg(u.organisationNumber, u.code);
            return false;
        }
        if (!isNew && after == before)
            return true;
        if (!m_rows.unit(after, u.code, error))
            return false;
        m_units.insert(u.code, after);
        return change(QStringLiteral("school_unit"), QString::number(after.id),
                      isNew ? QVariant(QMetaType(QMetaType::QString)) : QVariant(json(before.toJson())),
                      json(after.toJson()), error);
    }

    bool statistic(const StatisticItem& item, Outcome outcome, QString* error)
    {
        Statistic s;
        s.scope = item.scope;
        if (item.scope == StatisticScope::Unit) {
            s.schoolUnitId = m_units.value(item.code).id;
            if (s.schoolUnitId <= 0) {
                if (error)
                    *error = Texts::tr("The school unit %1 is missing.").arg(item.code);
                return false;
            }
        } else {
            s.areaCode = item.code;
        }
        s.breakdown = item.breakdown;
        s.indicator = item.indicator;
        s.period = item.period;
        s.value = item.value;
        s.importId = m_import;
        if (outcome == Outcome::Changed) {
            // Its values before, so that undo can give them back.
            const auto stored = StatisticStore(m_db).find(s, error);
            if (stored) {
                const QJsonObject before {
                    { QStringLiteral("written"), stored->value.text },
                    { QStringLiteral("marker_kind"),
                      StatisticValue::markerCode(stored->value.marker).append(QLatin1String("")) },
                    { QStringLiteral("import_id"), stored->importId > 0 ? QJsonValue(stored->importId) : QJsonValue() }
                };
                const QString table = s.scope == StatisticScope::Unit ? QStringLiteral("unit_statistic")
                                                                      : QStringLiteral("area_statistic");
                const QJsonArray key { int(s.scope),
                                       s.scope == StatisticScope::Unit ? QJsonValue(s.schoolUnitId)
                                                                       : QJsonValue(s.areaCode),
                                       s.indicator, s.breakdown, s.period };
                if (!change(table, json(key), json(before), QString(), error))
                    return false;
            }
        }
        return m_statistics.put(s, error);
    }

    QSqlDatabase m_db;
    StatisticStore::Writer m_statistics;
    Rows::Writes m_rows;
    QHash<QString, QString> m_kommun; ///< the file's organizers' kommun, by organisationsnummer
    QSqlQuery m_change { m_db };
    Progress m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_import = 0;
    int m_seq = 0;
    QHash<QString, Rows::OrganizerRow> m_organizers;
    QHash<QString, Rows::UnitRow> m_units;
};

} // namespace

ApplyResult Service::apply(const Plan& plan, const Progress& progress)
{
    ApplyResult result;
    result.counts = plan.counts();
    result.summary = summaryText(plan);
    if (plan.changesNothing()) {
        result.ok = true;
        return result;
    }
    qint64 total = 0;
    for (const FilePlan& f : plan.files) {
        const Counts c = f.counts();
        total += c.newRecords + c.changed;
    }
    Sql::Transaction tx(m_db);
    Writer writer(m_db, progress, total);
    if (!writer.load(&result.error))
        return result;
    for (const FilePlan& f : plan.files) {
        if (f.changesNothing())
            continue;
        qint64 id = 0;
        if (!writer.file(f, &id, &result.cancelled, &result.error)) {
            if (result.cancelled)
                result.error = Texts::tr("The import was cancelled; nothing was written.");
            result.importIds.clear();
            return result; // the transaction rolls back
        }
        result.importIds << id;
    }
    if (progress && !progress(total, total)) {
        result.cancelled = true;
        result.error = Texts::tr("The import was cancelled; nothing was written.");
        result.importIds.clear();
        return result;
    }
    if (!tx.commit(&result.error)) {
        result.importIds.clear();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Import
