#include "UnitStatistics.h"

#include "BatchWriter.h"
#include "Random.h"

#include "core/storage/StatisticStore.h"

#include <algorithm>
#include <cmath>

namespace {

/** How an indicator's values look: range, national mean and spread, which units have it. */
struct Indicator
{
    const char* name;
    double mean;
    double spread; ///< per unit quality
    double noise; ///< year to year
    double min;
    double max;
    enum Applies { Grade9, Grade6, School, All } applies;
    enum Shape { Value, Ratio, Count } shape;
    int decimals;
};

const Indicator kIndicators[] = {
    { "averageGradesMeritRating9thGrade", 225, 28, 8, 0, 340, Indicator::Grade9, Indicator::Value, 1 },
    { "ratioOfPupils9thGradeEligibleForNationalProgramYR", 85, 9, 4, 0, 100, Indicator::Grade9, Indicator::Ratio, 1 },
    { "ratioOfPupilsIn9thGradeWithAllSubjectsPassed", 75, 12, 5, 0, 100, Indicator::Grade9, Indicator::Ratio, 1 },
    { "ratioOfPupilsIn6thGradeWithAllSubjectsPassed", 78, 11, 5, 0, 100, Indicator::Grade6, Indicator::Ratio, 1 },
    { "averageResultNationalTestsSubjectSVE6thGrade", 12.5, 1.6, 0.7, 0, 20, Indicator::Grade6, Indicator::Value, 1 },
    { "averageResultNationalTestsSubjectENG6thGrade", 14.0, 1.6, 0.7, 0, 20, Indicator::Grade6, Indicator::Value, 1 },
    { "averageResultNationalTestsSubjectMA6thGrade", 11.5, 1.8, 0.8, 0, 20, Indicator::Grade6, Indicator::Value, 1 },
    { "averageResultNationalTestsSubjectSVE9thGrade", 12.0, 1.7, 0.7, 0, 20, Indicator::Grade9, Indicator::Value, 1 },
    { "averageResultNationalTestsSubjectENG9thGrade", 14.5, 1.7, 0.7, 0, 20, Indicator::Grade9, Indicator::Value, 1 },
    { "averageResultNationalTestsSubjectMA9thGrade", 10.0, 2.0, 0.8, 0, 20, Indicator::Grade9, Indicator::Value, 1 },
    { "averageResultNationalTestsSubjectSVA9thGrade", 7.5, 2.0, 1.0, 0, 20, Indicator::Grade9, Indicator::Value, 1 },
    { "certifiedTeachersQuota", 72, 12, 4, 0, 100, Indicator::All, Indicator::Ratio, 1 },
    { "studentsPerTeacherQuota", 12.0, 1.8, 0.6, 3, 40, Indicator::All, Indicator::Value, 1 },
    { "totalNumberOfPupils", 0, 0, 0.06, 0, 100000, Indicator::All, Indicator::Count, 0 },
    { "salsaAverageGradesIn9thGradeDeviation", 0, 10, 5, -80, 80, Indicator::Grade9, Indicator::Value, 0 },
};

bool applies(const Indicator& ind, const UnitStatistics::Profile& u)
{
    switch (ind.applies) {
    case Indicator::Grade9:
        return u.grade9;
    case Indicator::Grade6:
        return u.grade6;
    case Indicator::School:
        return u.grade6 || u.grade9;
    case Indicator::All:
        break;
    }
    return true;
}

QString period(int startYear)
{
    return QStringLiteral("%1/%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

double roundTo(double v, int decimals)
{
    const double f = decimals == 0 ? 1 : std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

} // namespace

namespace UnitStatistics {

QStringList indicators()
{
    QStringList names;
    for (const auto& ind : kIndicators)
        names << QString::fromLatin1(ind.name);
    return names;
}

bool write(BatchWriter& writer, const QList<Profile>& units, int schoolYears, quint64 seed, qint64* rows,
           QString* error)
{
    QSqlQuery* insert = writer.prepare(StatisticStore::unitInsertSql());
    if (!insert) {
        if (error)
            *error = writer.error();
        return false;
    }
    QStringList periods;
    for (int y = 2023 - schoolYears + 1; y <= 2023; ++y)
        periods << period(y);
    const QStringList names = indicators();
    using Marker = StatisticValue::Marker;
    const StatisticValue missing { QStringLiteral("."), Marker::Missing, std::nullopt, std::nullopt };
    const StatisticValue suppressed { QStringLiteral(".."), Marker::Suppressed, std::nullopt, std::nullopt };
    const StatisticValue nearlyAll { QStringLiteral("~100"), Marker::NearlyAll, std::nullopt, 100.0 };

    Random r(seed);
    qint64 written = 0;
    for (const Profile& u : units) {
        for (int i = 0; i < int(std::size(kIndicators)); ++i) {
            const Indicator& ind = kIndicators[i];
            const bool has = applies(ind, u);
            // Small groups are suppressed far more often: "..", as Skolverket writes it.
            const double suppressRate = u.pupils < 60 ? 0.25 : 0.02;
            double level = ind.mean + u.quality * ind.spread;
            for (const QString& p : periods) {
                StatisticValue value;
                if (!has || r.chance(0.02)) {
                    value = missing;
                } else if (ind.shape != Indicator::Count && r.chance(suppressRate)) {
                    value = suppressed;
                } else if (ind.shape == Indicator::Count) {
                    const double n = std::max(0.0, std::round(u.pupils * (1.0 + r.normal() * ind.noise)));
                    if (r.chance(0.01)) {
                        const double approx = std::round(n / 10) * 10;
                        value = { QStringLiteral("cirka %1").arg(approx), Marker::Approximate, std::nullopt, approx };
                    } else {
                        value = { QString::number(n, 'f', 0), Marker::None, n, std::nullopt };
                    }
                } else {
                    level += r.normal() * ind.noise * 0.3; // a slow drift over the years
                    const double v
                        = roundTo(std::clamp(level + r.normal() * ind.noise, ind.min, ind.max), ind.decimals);
                    if (ind.shape == Indicator::Ratio && v >= 99.5)
                        value = nearlyAll;
                    else
                        value = { StatisticStore::write(v, ind.decimals), Marker::None, v, std::nullopt };
                }
                if (!writer.insert(insert, StatisticStore::unitRow(u.unitId, names[i], p, value))) {
                    if (error)
                        *error = writer.error();
                    return false;
                }
                ++written;
            }
        }
    }
    if (rows)
        *rows = written;
    return true;
}

} // namespace UnitStatistics
