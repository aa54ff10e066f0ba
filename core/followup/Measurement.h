#pragma once

#include "core/domain/CodeTable.h"
#include "core/domain/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

/** Where a measured value came from: typed by a person, or an imported statistic (its key). */
enum class MeasurementSource { Typed, ImportedStatistic };

/**
 * One measured value of one indicator of the plan (schema v7): on a date or for a school
 * year, with its source and a comment. The indicator's unit and direction apply.
 */
struct Measurement
{
    Q_DECLARE_TR_FUNCTIONS(Measurement)

public:
    qint64 id = 0;
    qint64 indicatorId = 0; ///< intervention_indicator(id)
    double value = 0;
    QDate measuredOn; ///< or empty with `schoolYear`
    QString schoolYear; ///< "2025/26", or empty with `measuredOn`
    MeasurementSource source = MeasurementSource::Typed;
    QString sourceText; ///< what a person typed about the source ("Skolverket, SIRIS", "egen enkät")
    QString statisticKey; ///< with ImportedStatistic: the statistic it came from (the indicator's `statistic`)
    QString comment;
    QDateTime updatedAt;
    QString uuid {};

    /** The date the value stands for: `measuredOn`, or the end of the school year (30 June). */
    QDate effectiveDate() const;
    /** A date or a school year (not both empty, a school year shaped "2025/26"), a finite value, an imported key. */
    FieldErrors validate() const;
    bool operator==(const Measurement&) const = default;

    static const CodeTable<MeasurementSource, 2> Sources;
};
