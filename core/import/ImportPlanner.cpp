// Import::Service::plan: every record of every file matched against the database, nothing written.
#include "ImportService.h"

#include "ImportReader.h"
#include "ImportRows.h"
#include "IndicatorKeys.h"
#include "StatisticsCsvReader.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Import {

namespace {

QString sha256Of(const QString& path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        hash.addData(&f); // else the hash of nothing: the records came from elsewhere than a file
    return QString::fromLatin1(hash.result().toHex());
}

QString genderWord(Gender g)
{
    switch (g) {
    case Gender::Girls:
        return QStringLiteral("Flickor");
    case Gender::Boys:
        return QStringLiteral("Pojkar");
    case Gender::All:
        break;
    }
    return {};
}

/** The period a Sök statistik column's values belong to: its own, the report's läsår, or the header's period. */
QString periodOf(const ReportHeader& header, const MeasureColumn& m)
{
    if (!m.period.isEmpty())
        return m.period;
    if (!header.schoolYear.isEmpty())
        return header.schoolYear;
    return header.periodLabel.section(QLatin1Char(':'), 1).trimmed();
}

bool isLasar(const QString& period)
{
    return period.size() == 7 && period[4] == QLatin1Char('/') && period.left(4).toInt() > 0;
}

/** What a file holds, flattened: organizers once per number, units, and one item per value. */
void flatten(FilePlan& fp)
{
    ImportFile& f = fp.file;
    fp.units = f.units;
    QSet<QString> numbers;
    for (const OrganizerRecord& o : f.organizers) {
        if (!numbers.contains(o.organisationNumber)) {
            numbers.insert(o.organisationNumber);
            fp.organizers << o;
        }
    }
    const bool schoolLevel = f.report.layout == ReportLayout::SchoolUnit;
    if (schoolLevel && fp.units.isEmpty()) {
        for (const StatisticsRow& row : f.rows)
            fp.units << StatisticsCsvReader::unitOf(row);
    }
    if (schoolLevel) {
        for (const StatisticsRow& row : f.rows) {
            if (row.organisationNumber.isEmpty() || numbers.contains(row.organisationNumber))
                continue;
            numbers.insert(row.organisationNumber);
            fp.organizers << StatisticsCsvReader::organizerOf(row);
        }
    }
    for (const StatisticRecord& s : f.statistics) {
        // A sole null MISSING entry (no value, no period) says the unit has nothing for the indicator: nothing to keep.
        if (s.period.isEmpty() && s.value.marker == StatisticValue::Marker::Missing && s.value.text.isEmpty())
            continue;
        StatisticItem item;
        item.record = s.record;
        item.scope = StatisticScope::Unit;
        item.code = s.schoolUnitCode;
        item.breakdown = s.programme;
        item.indicator = s.indicator;
        item.period = s.period;
        item.value = s.value;
        fp.statistics.push_back(std::move(item));
    }
    QStringList keys;
    for (const MeasureColumn& m : f.report.measures)
        keys << IndicatorKeys::forMeasure(f.report.title, m);
    // Two columns the table maps to one indicator (and period) would overwrite each other: both keep their own names.
    for (int i = 0; i < keys.size(); ++i) {
        for (int j = i + 1; j < keys.size(); ++j) {
            if (keys[i] == keys[j] && f.report.measures[i].period == f.report.measures[j].period) {
                keys[i] = IndicatorKeys::described(f.report.title, f.report.measures[i]);
                keys[j] = IndicatorKeys::described(f.report.title, f.report.measures[j]);
            }
        }
    }
    fp.statistics.reserve(fp.statistics.size() + size_t(f.rows.size()) * size_t(keys.size()));
    for (const StatisticsRow& row : f.rows) {
        StatisticItem base;
        base.line = row.line;
        if (schoolLevel) {
            base.scope = StatisticScope::Unit;
            base.code = row.schoolUnitCode;
        } else if (row.municipalityName.startsWith(QLatin1String("Riket"), Qt::CaseInsensitive)
                   || row.municipalityCode == QLatin1String("00")) {
            base.scope = StatisticScope::Country;
            base.code = QStringLiteral("00");
        } else {
            base.scope = StatisticScope::Municipality;
            base.code = row.municipalityCode;
        }
        for (int i = 0; i < keys.size() && i < row.values.size(); ++i) {
            const MeasureColumn& m = f.report.measures[i];
            QStringList parts;
            if (!schoolLevel && !row.organizerCategory.isEmpty()
                && row.organizerCategory.compare(QLatin1String("Samtliga"), Qt::CaseInsensitive) != 0)
                parts << row.organizerCategory;
            if (const auto g = m.gender ? m.gender : row.gender; g && *g != Gender::All)
                parts << genderWord(*g);
            if (!row.subject.isEmpty())
                parts << row.subject;
            StatisticItem item = base;
            item.breakdown = parts.join(QStringLiteral(", "));
            item.indicator = keys[i];
            item.period = periodOf(f.report, m);
            item.value = row.values[i];
            fp.statistics.push_back(std::move(item));
        }
    }
    f.rows.clear(); // their values live on in statistics
    f.rows.squeeze();
}

/** A stored or planned statistic: what the plan compares against. */
struct Known
{
    QString text;
    StatisticValue::Marker marker = StatisticValue::Marker::Missing;
    std::optional<double> exact;

    /** The same value, however written: "100" and "100,0" are one number; markers compare as written. */
    bool same(const StatisticValue& v) const
    {
        if (marker != v.marker)
            return false;
        if (exact && v.exact)
            return *exact == *v.exact;
        return text == v.text;
    }
};

Known knownFrom(const QSqlQuery& q, int text, int marker, int number)
{
    Known k { q.value(text).toString(),
              StatisticValue::markerFromCode(q.value(marker).toString()).value_or(StatisticValue::Marker::Unknown),
              std::nullopt };
    if (k.marker == StatisticValue::Marker::None && !q.value(number).isNull())
        k.exact = q.value(number).toDouble();
    return k;
}

QString statKey(StatisticScope scope, const QString& owner, const QString& indicator, const QString& breakdown,
                const QString& period)
{
    QString k;
    k.reserve(owner.size() + indicator.size() + breakdown.size() + period.size() + 5);
    k += QChar(u'0' + int(scope));
    k += owner;
    k += QChar(0x1f);
    k += indicator;
    k += QChar(0x1f);
    k += breakdown;
    k += QChar(0x1f);
    k += period;
    return k;
}

/** The planner's running state: the database as it will be after the files planned so far. */
struct State
{
    QSqlDatabase db;
    QHash<QString, Rows::OrganizerRow> organizers; ///< by organisationsnummer
    QHash<qint64, QString> organizerNumbers; ///< stored id → organisationsnummer
    QHash<QString, Rows::UnitRow> units; ///< by skolenhetskod
    QHash<QString, QString> unitOrganizer; ///< skolenhetskod → organisationsnummer (planned ones too)
    QHash<QString, Known> statistics;
    QSet<qint64> unitsLoaded;
    QSet<QString> areasLoaded;
    bool anyUnitStatistics = false;
    bool anyAreaStatistics = false;

    bool loadUnitStatistics(qint64 unitId, const QString& code, QString* error)
    {
        if (unitsLoaded.contains(unitId))
            return true;
        unitsLoaded.insert(unitId);
        if (!anyUnitStatistics || unitId <= 0)
            return true;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!Sql::exec(q,
                       QStringLiteral("SELECT indicator, period, coalesce(written, ''), coalesce(marker_kind, ''), "
                                      "value FROM unit_statistic WHERE school_unit_id = ?"),
                       { unitId }, error))
            return false;
        while (q.next())
            statistics.insert(
                statKey(StatisticScope::Unit, code, q.value(0).toString(), QString(), q.value(1).toString()),
                knownFrom(q, 2, 3, 4));
        return true;
    }

    bool loadAreaStatistics(const QString& area, QString* error)
    {
        if (areasLoaded.contains(area))
            return true;
        areasLoaded.insert(area);
        if (!anyAreaStatistics)
            return true;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!Sql::exec(
                q,
                QStringLiteral("SELECT indicator, breakdown, period, written, marker_kind, value FROM area_statistic "
                               "WHERE area_code = ?"),
                { area }, error))
            return false;
        const StatisticScope scope
            = area == QLatin1String("00") ? StatisticScope::Country : StatisticScope::Municipality;
        while (q.next())
            statistics.insert(statKey(scope, area, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()),
                              knownFrom(q, 3, 4, 5));
        return true;
    }
};

bool exists(QSqlDatabase db, const QString& table, QString* error)
{
    QSqlQuery q(db);
    return Sql::exec(q, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table), error) && q.next();
}

QString organizerLabel(const State& st, const QString& number)
{
    const auto it = st.organizers.constFind(number);
    return it == st.organizers.cend() ? number : QStringLiteral("%1 (%2)").arg(it->name, number);
}

void planOrganizers(FilePlan& fp, State& st)
{
    // A new organizer takes the kommun of its first unit in the file: found in one pass, not one per organizer.
    QHash<QString, QString> kommunOf;
    for (const UnitRecord& u : fp.units) {
        if (!u.municipalityCode.isEmpty() && !kommunOf.contains(u.organisationNumber))
            kommunOf.insert(u.organisationNumber, u.municipalityCode);
    }
    for (int i = 0; i < fp.organizers.size(); ++i) {
        const OrganizerRecord& o = fp.organizers[i];
        Entry e;
        e.target = Target::Organizer;
        e.index = i;
        const auto it = st.organizers.find(o.organisationNumber);
        if (it == st.organizers.end()) {
            const QString kommun = kommunOf.value(o.organisationNumber);
            if (kommun.isEmpty()) {
                e.outcome = Outcome::Refused;
                e.reason
                    = Texts::tr("The file names no kommun for the organizer %1, and Skoldialog does not know it yet: "
                                "import a file that names one of its units with its kommun first.")
                          .arg(o.organisationNumber);
            } else {
                e.outcome = Outcome::New;
                st.organizers.insert(o.organisationNumber, Rows::merged(Rows::OrganizerRow(), o, kommun));
            }
        } else {
            const Rows::OrganizerRow after = Rows::merged(*it, o, QString());
            e.existingId = it->id;
            e.changes = Rows::differences(*it, after);
            e.outcome = e.changes.isEmpty() ? Outcome::Unchanged : Outcome::Changed;
            *it = after;
        }
        fp.entries.push_back(std::move(e));
    }
}

void planUnits(FilePlan& fp, State& st)
{
    QHash<QString, int> seen;
    for (int i = 0; i < fp.units.size(); ++i) {
        const UnitRecord& u = fp.units[i];
        Entry e;
        e.target = Target::Unit;
        e.index = i;
        const int line = u.line > 0 ? u.line : u.record;
        if (const auto dup = seen.constFind(u.code); dup != seen.cend()) {
            e.outcome = Outcome::Refused;
            e.reason = Texts::tr("The school unit %1 appears twice in the file (also at %2); the first is imported.")
                           .arg(u.code)
                           .arg(dup.value());
            fp.entries.push_back(std::move(e));
            continue;
        }
        seen.insert(u.code, line);
        const auto it = st.units.find(u.code);
        const bool organizerKnown = !u.organisationNumber.isEmpty() && st.organizers.contains(u.organisationNumber);
        if (it == st.units.end()) {
            if (u.organisationNumber.isEmpty()) {
                e.outcome = Outcome::Refused;
                e.reason
                    = Texts::tr("Skoldialog does not know the school unit %1, and this file names no organizer for it "
                                "(a list gives only code, name and status): import the unit's details or a Sök "
                                "statistik file that names it first.")
                          .arg(u.code);
            } else if (!organizerKnown) {
                e.outcome = Outcome::Refused;
                e.reason = Texts::tr(
                               "The organizer %1 of the school unit %2 could not be imported, so neither can the unit.")
                               .arg(u.organisationNumber, u.code);
            } else {
                e.outcome = Outcome::New;
                st.units.insert(u.code, Rows::merged(Rows::UnitRow(), u, -1));
                st.unitOrganizer.insert(u.code, u.organisationNumber);
            }
        } else {
            const QString before = st.unitOrganizer.value(u.code);
            const QString afterNumber = organizerKnown ? u.organisationNumber : before;
            const Rows::UnitRow after = Rows::merged(*it, u, organizerKnown ? -1 : 0);
            Rows::UnitRow compareBefore = *it;
            compareBefore.organizerId = after.organizerId; // the organizer is compared by number below
            e.existingId = it->id;
            e.changes
                = Rows::differences(compareBefore, after, organizerLabel(st, before), organizerLabel(st, afterNumber));
            e.outcome = e.changes.isEmpty() ? Outcome::Unchanged : Outcome::Changed;
            *it = after;
            st.unitOrganizer.insert(u.code, afterNumber);
        }
        fp.entries.push_back(std::move(e));
    }
}

bool planStatistics(FilePlan& fp, State& st, QString* error)
{
    fp.entries.reserve(fp.entries.size() + fp.statistics.size());
    for (size_t i = 0; i < fp.statistics.size(); ++i) {
        const StatisticItem& s = fp.statistics[i];
        Entry e;
        e.target = Target::Statistic;
        e.index = int(i);
        if (s.scope == StatisticScope::Unit) {
            const auto unit = st.units.constFind(s.code);
            if (unit == st.units.cend()) {
                e.outcome = Outcome::Refused;
                e.reason
                    = Texts::tr(
                          "Skoldialog does not know the school unit %1: import the registry, the unit details or a "
                          "Sök statistik file that names it first.")
                          .arg(s.code);
                fp.entries.push_back(std::move(e));
                continue;
            }
            if (!isLasar(s.period)) {
                e.outcome = Outcome::Refused;
                e.reason
                    = Texts::tr(
                          "The period \"%1\" is not a läsår (such as 2024/25); a school unit's statistics are kept "
                          "by läsår.")
                          .arg(s.period);
                fp.entries.push_back(std::move(e));
                continue;
            }
            if (!st.loadUnitStatistics(unit->id, s.code, error))
                return false;
        } else if (!st.loadAreaStatistics(s.code, error)) {
            return false;
        }
        const QString key = statKey(s.scope, s.code, s.indicator, s.breakdown, s.period);
        const auto known = st.statistics.find(key);
        if (known == st.statistics.end()) {
            e.outcome = Outcome::New;
            st.statistics.insert(key, { s.value.text, s.value.marker, s.value.exact });
        } else if (known->same(s.value)) {
            e.outcome = Outcome::Unchanged;
        } else {
            e.outcome = Outcome::Changed;
            e.changes.append({ s.period, known->text, s.value.text });
            *known = { s.value.text, s.value.marker, s.value.exact };
        }
        fp.entries.push_back(std::move(e));
    }
    return true;
}

/** Files that name units and organizers first, so their units are known to other files' statistics. */
int order(const ImportFile& f)
{
    switch (f.recognition.kind) {
    case FileKind::RegistryUnits:
    case FileKind::PlannedUnits:
        return 0;
    case FileKind::StatisticsReport:
        return f.report.layout == ReportLayout::SchoolUnit ? 1 : 3;
    case FileKind::RegistryUnitList:
    case FileKind::PlannedUnitList:
        return 2;
    default:
        return 4;
    }
}

} // namespace

Service::Service(const Database& db)
    : m_db(db.connection())
{
}

Service::Service(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Plan Service::plan(const QStringList& paths, QString* error) const
{
    QList<ImportFile> files;
    for (const QString& p : paths)
        files += readPath(p);
    return plan(std::move(files), error);
}

Plan Service::plan(QList<ImportFile> files, QString* error) const
{
    Plan plan;
    std::stable_sort(files.begin(), files.end(),
                     [](const ImportFile& a, const ImportFile& b) { return order(a) < order(b); });
    State st;
    st.db = m_db;
    if (!Rows::loadOrganizers(m_db, &st.organizers, error) || !Rows::loadUnits(m_db, &st.units, error))
        return plan;
    for (auto it = st.organizers.cbegin(); it != st.organizers.cend(); ++it)
        st.organizerNumbers.insert(it->id, it.key());
    for (auto it = st.units.cbegin(); it != st.units.cend(); ++it)
        st.unitOrganizer.insert(it.key(), st.organizerNumbers.value(it->organizerId));
    st.anyUnitStatistics = exists(m_db, QStringLiteral("unit_statistic"), error);
    st.anyAreaStatistics = exists(m_db, QStringLiteral("area_statistic"), error);

    QSqlQuery same(m_db);
    for (ImportFile& f : files) {
        FilePlan fp;
        fp.fileName = QFileInfo(f.path).fileName();
        fp.sha256 = sha256Of(f.path);
        fp.file = std::move(f);
        if (!fp.refusedWhole()) {
            if (!fp.sha256.isEmpty()
                && Sql::exec(same,
                             QStringLiteral("SELECT id, imported_at FROM import_run WHERE sha256 = ? AND undone_at IS "
                                            "NULL ORDER BY id DESC LIMIT 1"),
                             { fp.sha256 }, error)
                && same.next()) {
                fp.sameFileImportId = same.value(0).toLongLong();
                fp.sameFileImportedAt = Sql::sqliteTimestamp(same.value(1));
            }
            flatten(fp);
            planOrganizers(fp, st);
            planUnits(fp, st);
            if (!planStatistics(fp, st, error))
                return plan;
            for (int i = 0; i < fp.file.refusals.size(); ++i) {
                Entry e;
                e.outcome = Outcome::Refused;
                e.target = Target::Record;
                e.index = i;
                e.reason = fp.file.refusals[i].reason;
                fp.entries.push_back(std::move(e));
            }
        }
        plan.files.append(std::move(fp));
    }
    return plan;
}

} // namespace Import
