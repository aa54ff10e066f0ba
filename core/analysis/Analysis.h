#pragma once

#include "core/domain/CodeTable.h"
#include "core/domain/Meeting.h"
#include "core/domain/Validation.h"

#include <QDateTime>
#include <QMap>

#include <optional>

/** Nulägesanalys: the current-state analysis of step 3, at organizer or unit level. */

enum class AnalysisStatus { Draft, Done, Established };
enum class AnalysisKind { School, Preschool };
/** Where a cause lies: the organisation, the teaching, or the follow-up and analysis of results. */
enum class CauseArea { Organisation, Teaching, FollowUp };
/** The decision level a cause is found on. */
enum class DecisionLevel { Organizer, Principal, Teaching };

/** One value of an indicator in one school year, as entered or imported. */
struct IndicatorValue
{
    QString indicator; ///< id from the template, e.g. averageGradesMeritRating9thGrade
    QString period; ///< school year, "2023/24"
    std::optional<double> value;
    QString marker; ///< what the source wrote when there is no plain value: ".", "..", "~100"
    bool operator==(const IndicatorValue&) const = default;
};

/** Underlag: something the analysis rests on. */
struct Evidence
{
    qint64 id = 0;
    QString kind; ///< id of an evidence kind in the template, e.g. "skolenkaten"
    QString title;
    QString summary;
    QDate date;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Evidence&) const = default;
};

struct VoiceTheme
{
    QString text;
    int count = 0; ///< how many pupils or groups raised it
    bool operator==(const VoiceTheme&) const = default;
};

/**
 * Elevernas röster: how pupils were heard and what they said, aggregated.
 * Never names; a group smaller than the programme's minimum is refused.
 */
struct PupilVoice
{
    qint64 id = 0;
    QString method; ///< id from the template: enkat, gruppintervju, elevrad, annat
    QString group; ///< e.g. "åk 8, två klasser"
    int groupSize = 0;
    QString summary;
    QList<VoiceTheme> themes;
    QStringList quotes; ///< anonymised
    /** Checks the minimum group size and that something was heard. */
    FieldErrors validate(int minGroupSize) const;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const PupilVoice&) const = default;
};

struct Cause
{
    qint64 id = 0;
    CauseArea area = CauseArea::Organisation;
    DecisionLevel level = DecisionLevel::Organizer;
    QString description;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Cause&) const = default;
};

/** A problem tied to results, with the causes behind it and the evidence that shows it. */
struct Problem
{
    qint64 id = 0;
    QString description;
    QList<qint64> causeIds;
    QList<qint64> evidenceIds;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Problem&) const = default;
};

/** Utvecklingsområde: what the plan will work on; the list's order is the priority. */
struct DevelopmentArea
{
    qint64 id = 0;
    QString title;
    QString description;
    QList<qint64> problemIds;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const DevelopmentArea&) const = default;
};

struct Analysis
{
    qint64 id = 0;
    qint64 collaborationId = 0;
    qint64 unitId = 0; ///< 0 for the analysis at organizer level
    AnalysisKind kind = AnalysisKind::School;
    QString templateId;
    int templateVersion = 0;
    int version = 1; ///< 2 and on: a new version of an established analysis
    qint64 previousId = 0; ///< the version this one replaces
    AnalysisStatus status = AnalysisStatus::Draft;
    QString statusBy; ///< who marked it done or established it
    QDateTime statusAt;
    QString currentPage; ///< the wizard page to resume on
    QList<Participant> participants;
    QMap<QString, QString> answers; ///< question id → text
    QList<IndicatorValue> results;
    QList<Evidence> evidence;
    QList<PupilVoice> voices;
    QList<Cause> causes;
    QList<Problem> problems;
    QList<DevelopmentArea> areas; ///< in priority order, highest first
    QString summary;

    /**
     * Checks the analysis as a whole: links point inside it, every voice meets the
     * minimum group size. `forCompletion` also asks for what "klar" needs: at least
     * one problem with a cause and one development area.
     */
    FieldErrors validate(int minGroupSize, bool forCompletion = false) const;
    bool isReadOnly() const { return status == AnalysisStatus::Established; }
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Analysis&) const = default;

    const Cause* cause(qint64 id) const;
    const Evidence* evidenceItem(qint64 id) const;
    const Problem* problem(qint64 id) const;

    /**
     * A removed cause, evidence item or problem takes its links with it: problems keep
     * only the causes and evidence still here, areas only the problems still here.
     */
    void dropDanglingLinks();

    static const CodeTable<AnalysisStatus, 3> Statuses;
    static const CodeTable<AnalysisKind, 2> Kinds;
    static const CodeTable<CauseArea, 3> CauseAreas;
    static const CodeTable<DecisionLevel, 3> DecisionLevels;
};
