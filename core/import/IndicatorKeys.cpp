#include "IndicatorKeys.h"

namespace {

/**
 * One indicator: its id (the analysis templates' and the v4 API's), keys of the same measure
 * in other sources, and the keywords that find it among a Sök statistik report's columns
 * (all of `title` in the report's title, all of `column` in the column's measure name).
 */
struct Row
{
    const char* id;
    const char* aliases[3];
    const char* title[2];
    const char* column[2];
};

const Row kTable[] = {
    { "averageGradesMeritRating9thGrade", {}, { "årskurs 9", nullptr }, { "meritvärde", nullptr } },
    { "ratioOfPupils9thGradeEligibleForNationalProgramYR", {}, { "årskurs 9", nullptr }, { "behöriga", "yrkesprog" } },
    { "ratioOfPupilsIn9thGradeWithAllSubjectsPassed", {}, { "årskurs 9", nullptr }, { "alla ämnen", nullptr } },
    { "ratioOfPupilsIn6thGradeWithAllSubjectsPassed", {}, { "årskurs 6", nullptr }, { "alla ämnen", nullptr } },
    { "pupilsWithFinalGrades9thGrade", {}, { "slutbetyg årskurs 9", nullptr }, { "antal elever", nullptr } },
    { "certifiedTeachersQuota", {}, {}, {} },
    { "averageResultNationalTestsSubjectSVE9thGrade", {}, {}, {} },
    { "averageResultNationalTestsSubjectENG9thGrade", {}, {}, {} },
    { "averageResultNationalTestsSubjectMA9thGrade", {}, {}, {} },
    { "averageResultNationalTestsSubjectSVA9thGrade", {}, {}, {} },
    { "averageResultNationalTestsSubjectSVE6thGrade", {}, {}, {} },
    { "averageResultNationalTestsSubjectENG6thGrade", {}, {}, {} },
    { "averageResultNationalTestsSubjectMA6thGrade", {}, {}, {} },
    { "averageResultNationalTestsSubjectSVA6thGrade", {}, {}, {} },
    { "studentsPerTeacherQuota", {}, {}, {} },
    { "totalNumberOfPupils", {}, {}, {} },
    { "salsaAverageGradesIn9thGradeDeviation", {}, {}, {} },
};

bool containsAll(const QString& text, const char* const (&words)[2])
{
    bool any = false;
    for (const char* w : words) {
        if (!w)
            continue;
        any = true;
        if (!text.contains(QString::fromUtf8(w), Qt::CaseInsensitive))
            return false;
    }
    return any;
}

} // namespace

namespace IndicatorKeys {

QString forMeasure(const QString& reportTitle, const Import::MeasureColumn& measure)
{
    const QString name = measure.measure.isEmpty() ? measure.label : measure.measure;
    for (const Row& row : kTable) {
        if (containsAll(reportTitle, row.title) && containsAll(name, row.column))
            return QString::fromLatin1(row.id);
    }
    return described(reportTitle, measure);
}

QString described(const QString& reportTitle, const Import::MeasureColumn& measure)
{
    const QString name = measure.measure.isEmpty() ? measure.label : measure.measure;
    QStringList parts { reportTitle.trimmed() };
    const bool groupIsGender = measure.group.compare(QLatin1String("Flickor"), Qt::CaseInsensitive) == 0
        || measure.group.compare(QLatin1String("Pojkar"), Qt::CaseInsensitive) == 0
        || measure.group.compare(QLatin1String("Totalt"), Qt::CaseInsensitive) == 0;
    if (!measure.group.isEmpty() && !name.contains(measure.group) && !groupIsGender)
        parts << measure.group.trimmed();
    parts << name.trimmed();
    return parts.join(QStringLiteral(" · "));
}

QStringList forIndicator(const QString& indicatorId)
{
    QStringList keys { indicatorId };
    for (const Row& row : kTable) {
        if (indicatorId != QLatin1String(row.id))
            continue;
        for (const char* alias : row.aliases) {
            if (alias)
                keys << QString::fromLatin1(alias);
        }
    }
    return keys;
}

QStringList known()
{
    QStringList ids;
    for (const Row& row : kTable)
        ids << QString::fromLatin1(row.id);
    return ids;
}

} // namespace IndicatorKeys
