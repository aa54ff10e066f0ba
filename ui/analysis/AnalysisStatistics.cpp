#include "AnalysisStatistics.h"

#include "core/cases/Cases.h"
#include "core/storage/Database.h"
#include "core/storage/StatisticStore.h"

#include <QRegularExpression>

namespace {

// Every indicator: an empty string, not a null one (the store binds a null QString as SQL NULL, which matches nothing).
const QString kAll = QStringLiteral("");

} // namespace

SourcedValue AnalysisStatistics::toSourced(const Statistic& s)
{
    SourcedValue v;
    v.value.indicator = s.indicator;
    v.value.period = s.period;
    // Only an exact value is a number; "~100", "cirka 1 110", "..", "." stay what the file wrote.
    if (s.value.isExact() && s.value.exact)
        v.value.value = *s.value.exact;
    else
        v.value.marker = s.value.text.trimmed().isEmpty() ? QStringLiteral(".") : s.value.text;
    v.source = s.sourceFile.isEmpty() ? tr("values stored before imports") : s.sourceFile;
    v.importedAt = s.importedAt;
    return v;
}

QList<SourcedValue> AnalysisStatistics::toSourced(const QList<Statistic>& statistics)
{
    static const QRegularExpression schoolYear(QStringLiteral("^\\d{4}/\\d{2}$"));
    QList<SourcedValue> values;
    for (const auto& s : statistics) {
        if (s.breakdown.isEmpty() && schoolYear.match(s.period).hasMatch())
            values << toSourced(s);
    }
    return values;
}

StatisticsFeed AnalysisStatistics::feed(Database& db, qint64 collaborationId, qint64 unitId, QString* error)
{
    const auto c = Cases::load(db, collaborationId, {}, error);
    if (!c)
        return {};
    StatisticsFeed feed;
    // The store is read on every use: what an import wrote meanwhile is there at once.
    Database* database = &db;
    const auto area = [database](const QString& code) -> StatisticsFeed::Read {
        if (code.isEmpty())
            return {};
        return [database, code](QString* e) {
            return toSourced(StatisticStore(*database).forArea(code, kAll, QString(), e));
        };
    };
    if (unitId > 0) {
        const SchoolUnit* unit = c->unit(unitId);
        if (!unit)
            return {};
        feed.levelName = unit->name;
        feed.own
            = [database, unitId](QString* e) { return toSourced(StatisticStore(*database).forUnit(unitId, kAll, e)); };
        feed.kommun = area(unit->municipalityCode);
        feed.kommunName
            = c->organizer.type == OrganizerType::Municipal && c->organizer.municipalityCode == unit->municipalityCode
            ? c->organizer.name
            : tr("Kommun %1").arg(unit->municipalityCode);
    } else {
        feed.levelName = c->organizer.municipalityCode.isEmpty()
            ? c->organizer.name
            : tr("%1 (kommun %2)").arg(c->organizer.name, c->organizer.municipalityCode);
        feed.own = area(c->organizer.municipalityCode);
    }
    feed.country = area(QStringLiteral("00"));
    return feed;
}
