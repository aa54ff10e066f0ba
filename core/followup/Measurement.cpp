#include "Measurement.h"

#include "IndicatorFollowUp.h"

#include <cmath>

const CodeTable<MeasurementSource, 2> Measurement::Sources {
    "Measurement",
    { {
        { MeasurementSource::Typed, "inskriven", QT_TRANSLATE_NOOP("Measurement", "Typed in") },
        { MeasurementSource::ImportedStatistic, "statistik", QT_TRANSLATE_NOOP("Measurement", "Imported statistic") },
    } }
};

QDate Measurement::effectiveDate() const
{
    if (measuredOn.isValid())
        return measuredOn;
    return IndicatorFollowUp::dateOfSchoolYear(schoolYear);
}

FieldErrors Measurement::validate() const
{
    FieldErrors errors;
    if (indicatorId <= 0)
        errors.append({ QStringLiteral("indicator"), tr("A measurement belongs to an indicator of the plan.") });
    if (!std::isfinite(value))
        errors.append({ QStringLiteral("value"), tr("The value must be a number.") });
    if (!schoolYear.trimmed().isEmpty() && !IndicatorFollowUp::dateOfSchoolYear(schoolYear).isValid())
        errors.append({ QStringLiteral("schoolYear"), tr("Write the school year as 2025/26.") });
    if (!measuredOn.isValid() && schoolYear.trimmed().isEmpty())
        errors.append({ QStringLiteral("measuredOn"), tr("Give the date of the value, or its school year.") });
    if (source == MeasurementSource::ImportedStatistic && statisticKey.trimmed().isEmpty())
        errors.append({ QStringLiteral("statisticKey"), tr("An imported value needs the statistic it came from.") });
    return errors;
}
