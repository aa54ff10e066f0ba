#include "Analysis.h"

#include <QCoreApplication>

namespace {

struct AnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(Analysis)
};

template<typename T>
const T* findById(const QList<T>& items, qint64 id)
{
    for (const auto& item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

FieldErrors PupilVoice::validate(int minGroupSize) const
{
    FieldErrors errors;
    if (groupSize < minGroupSize)
        errors.append({QStringLiteral("groupSize"),
                       AnalysisText::tr("The group “%1” has %2 pupils. A summary from fewer than %3 can point out "
                                        "single pupils: join groups, or describe a larger group.")
                           .arg(group.isEmpty() ? AnalysisText::tr("without a name") : group)
                           .arg(groupSize)
                           .arg(minGroupSize)});
    if (summary.trimmed().isEmpty() && themes.isEmpty())
        errors.append({QStringLiteral("summary"),
                       AnalysisText::tr("Write what the pupils said, as a summary or as themes.")});
    for (const auto& t : themes) {
        if (t.count < 0 || t.count > groupSize)
            errors.append({QStringLiteral("themes"), AnalysisText::tr("The theme “%1” is counted %2 times, but the "
                                                                      "group has %3 pupils.")
                                                         .arg(t.text)
                                                         .arg(t.count)
                                                         .arg(groupSize)});
    }
    return errors;
}

const Cause* Analysis::cause(qint64 id) const
{
    return findById(causes, id);
}

const Evidence* Analysis::evidenceItem(qint64 id) const
{
    return findById(evidence, id);
}

const Problem* Analysis::problem(qint64 id) const
{
    return findById(problems, id);
}

void Analysis::dropDanglingLinks()
{
    for (auto& p : problems) {
        p.causeIds.removeIf([&](qint64 id) { return !cause(id); });
        p.evidenceIds.removeIf([&](qint64 id) { return !evidenceItem(id); });
    }
    for (auto& d : areas)
        d.problemIds.removeIf([&](qint64 id) { return !problem(id); });
}

FieldErrors Analysis::validate(int minGroupSize, bool forCompletion) const
{
    FieldErrors errors;
    if (collaborationId <= 0)
        errors.append({QStringLiteral("collaborationId"), AnalysisText::tr("The analysis must belong to a collaboration.")});
    for (const auto& v : voices)
        errors.append(v.validate(minGroupSize));
    // Links by id reach only items of this analysis; a new item (id 0) cannot be linked yet.
    for (const auto& p : problems) {
        for (qint64 c : p.causeIds) {
            if (!cause(c))
                errors.append({QStringLiteral("problems"),
                               AnalysisText::tr("The problem “%1” points to a cause that is gone.").arg(p.description)});
        }
        for (qint64 e : p.evidenceIds) {
            if (!evidenceItem(e))
                errors.append({QStringLiteral("problems"), AnalysisText::tr("The problem “%1” points to evidence that "
                                                                            "is gone.")
                                                               .arg(p.description)});
        }
    }
    for (const auto& a : areas) {
        if (a.title.trimmed().isEmpty())
            errors.append({QStringLiteral("areas"), AnalysisText::tr("Every development area needs a title.")});
        for (qint64 p : a.problemIds) {
            if (!problem(p))
                errors.append({QStringLiteral("areas"),
                               AnalysisText::tr("The development area “%1” points to a problem that is gone.")
                                   .arg(a.title)});
        }
    }
    if (forCompletion) {
        bool problemWithCause = false;
        for (const auto& p : problems)
            problemWithCause = problemWithCause || !p.causeIds.isEmpty();
        if (!problemWithCause)
            errors.append({QStringLiteral("problems"),
                           AnalysisText::tr("Name at least one problem and the causes behind it.")});
        if (areas.isEmpty())
            errors.append({QStringLiteral("areas"), AnalysisText::tr("Choose at least one development area.")});
    }
    return errors;
}

const CodeTable<AnalysisStatus, 3> Analysis::Statuses{"Analysis", {{
    {AnalysisStatus::Draft, "utkast", QT_TRANSLATE_NOOP("Analysis", "Draft")},
    {AnalysisStatus::Done, "klar", QT_TRANSLATE_NOOP("Analysis", "Done")},
    {AnalysisStatus::Established, "faststalld", QT_TRANSLATE_NOOP("Analysis", "Established")},
}}};

const CodeTable<AnalysisKind, 2> Analysis::Kinds{"Analysis", {{
    {AnalysisKind::School, "skola", QT_TRANSLATE_NOOP("Analysis", "School")},
    {AnalysisKind::Preschool, "forskola", QT_TRANSLATE_NOOP("Analysis", "Preschool")},
}}};

const CodeTable<CauseArea, 3> Analysis::CauseAreas{"Analysis", {{
    {CauseArea::Organisation, "organisation", QT_TRANSLATE_NOOP("Analysis", "Organisation")},
    {CauseArea::Teaching, "undervisning", QT_TRANSLATE_NOOP("Analysis", "Teaching")},
    {CauseArea::FollowUp, "uppfoljning", QT_TRANSLATE_NOOP("Analysis", "Follow-up and analysis")},
}}};

const CodeTable<DecisionLevel, 3> Analysis::DecisionLevels{"Analysis", {{
    {DecisionLevel::Organizer, "huvudman", QT_TRANSLATE_NOOP("Analysis", "Organizer")},
    {DecisionLevel::Principal, "rektor", QT_TRANSLATE_NOOP("Analysis", "Principal and unit")},
    {DecisionLevel::Teaching, "undervisning", QT_TRANSLATE_NOOP("Analysis", "Teachers and teaching")},
}}};
