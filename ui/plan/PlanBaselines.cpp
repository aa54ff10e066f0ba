#include "PlanBaselines.h"

#include "core/cases/Cases.h"
#include "core/storage/Database.h"
#include "core/storage/StatisticStore.h"

#include <QRegularExpression>

namespace {

/** The newest school year with an exact number: a marker or an approximate value is no baseline. */
std::optional<Statistic> newestExact(const QList<Statistic>& statistics)
{
    static const QRegularExpression schoolYear(QStringLiteral("^\\d{4}/\\d{2}$"));
    std::optional<Statistic> newest;
    for (const auto& s : statistics) {
        if (s.breakdown.isEmpty() && s.value.isExact() && s.value.exact && schoolYear.match(s.period).hasMatch()
            && (!newest || s.period > newest->period))
            newest = s;
    }
    return newest;
}

} // namespace

GoalsPage::BaselineLookup PlanBaselines::lookup(Database& db, qint64 collaborationId)
{
    QString error;
    const auto c = Cases::load(db, collaborationId, {}, &error);
    if (!c)
        return {};
    const Organizer organizer = c->organizer;
    const QList<SchoolUnit> units = c->organizerUnits;
    Database* database = &db;
    return [database, organizer, units](const Intervention& i,
                                        const QString& statistic) -> std::optional<BaselineOffer> {
        StatisticStore store(*database);
        QString e;
        std::optional<Statistic> newest;
        QString where;
        if (i.level == InterventionLevel::Units && !i.unitIds.isEmpty()) {
            const qint64 unitId = i.unitIds.first();
            newest = newestExact(store.forUnit(unitId, statistic, &e));
            for (const auto& u : units) {
                if (u.id == unitId)
                    where = u.name;
            }
        } else if (!organizer.municipalityCode.isEmpty()) {
            newest = newestExact(store.forArea(organizer.municipalityCode, statistic, QString(), &e));
            where = tr("kommun %1").arg(organizer.municipalityCode);
        }
        if (!newest)
            return std::nullopt;
        return BaselineOffer { *newest->value.exact, newest->period, where,
                               newest->sourceFile.isEmpty() ? tr("values stored before imports") : newest->sourceFile };
    };
}
