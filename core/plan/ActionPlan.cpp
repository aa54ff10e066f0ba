#include "ActionPlan.h"

#include "core/analysis/Analysis.h"

#include <QCoreApplication>
#include <QSet>

namespace {

struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlan)
};

constexpr qint64 kMaxAmountSek = 1'000'000'000'000;

QString titleOf(const Intervention& i)
{
    return i.title.trimmed().isEmpty() ? PlanText::tr("(untitled intervention)") : i.title.trimmed();
}

template<typename Pred> QStringList titlesWhere(const QList<Intervention>& interventions, Pred pred)
{
    QStringList titles;
    for (const auto& i : interventions) {
        if (pred(i))
            titles.append(titleOf(i));
    }
    return titles;
}

} // namespace

qint64 Intervention::totalSek() const
{
    qint64 sum = 0;
    for (const auto& line : budget)
        sum += line.amountSek;
    return sum;
}

qint64 Intervention::budgetFor(int year) const
{
    for (const auto& line : budget) {
        if (line.year == year)
            return line.amountSek;
    }
    return 0;
}

FieldErrors ActionPlan::validate(const Analysis& analysis, const QList<qint64>& unitsInScope) const
{
    FieldErrors errors;
    QSet<qint64> areaIds, problemIds, causeIds;
    for (const auto& a : analysis.areas)
        areaIds.insert(a.id);
    for (const auto& p : analysis.problems)
        problemIds.insert(p.id);
    for (const auto& c : analysis.causes)
        causeIds.insert(c.id);

    for (const auto& i : interventions) {
        const QString name = titleOf(i);
        if (i.title.trimmed().isEmpty())
            errors.append({ QStringLiteral("title"), PlanText::tr("Every intervention needs a title.") });
        if (!areaIds.contains(i.areaId))
            errors.append({ QStringLiteral("area"),
                            PlanText::tr("“%1” belongs to no development area of the analysis.").arg(name) });
        for (qint64 id : i.problemIds) {
            if (!problemIds.contains(id))
                errors.append({ QStringLiteral("problems"),
                                PlanText::tr("“%1” points at a problem that is not in the analysis.").arg(name) });
        }
        for (qint64 id : i.causeIds) {
            if (!causeIds.contains(id))
                errors.append({ QStringLiteral("causes"),
                                PlanText::tr("“%1” points at a cause that is not in the analysis.").arg(name) });
        }
        if (i.level == InterventionLevel::Units) {
            if (i.unitIds.isEmpty())
                errors.append({ QStringLiteral("units"),
                                PlanText::tr("“%1” works at unit level: choose at least one unit.").arg(name) });
            for (qint64 id : i.unitIds) {
                if (!unitsInScope.contains(id))
                    errors.append({ QStringLiteral("units"),
                                    PlanText::tr("“%1” names a unit outside the collaboration.").arg(name) });
            }
        }
        if (i.start.isValid() && i.end.isValid() && i.end < i.start)
            errors.append({ QStringLiteral("end"), PlanText::tr("“%1” ends before it starts.").arg(name) });
        QSet<int> years;
        for (const auto& line : i.budget) {
            if (line.year < 2000 || line.year > 2100)
                errors.append({ QStringLiteral("budget"),
                                PlanText::tr("“%1” has a budget for the year %2, which is not plausible.")
                                    .arg(name)
                                    .arg(line.year) });
            if (years.contains(line.year))
                errors.append({ QStringLiteral("budget"),
                                PlanText::tr("“%1” has two budget lines for %2.").arg(name).arg(line.year) });
            years.insert(line.year);
            if (line.amountSek < 0 || line.amountSek > kMaxAmountSek)
                errors.append({ QStringLiteral("budget"),
                                PlanText::tr("“%1”: the amount for %2 must be between 0 and 1 000 000 000 000 kr.")
                                    .arg(name)
                                    .arg(line.year) });
        }
        for (const auto& ind : i.indicators) {
            if (ind.name.trimmed().isEmpty())
                errors.append(
                    { QStringLiteral("indicators"), PlanText::tr("“%1” has an indicator without a name.").arg(name) });
            if (ind.targetYear != 0 && (ind.targetYear < 2000 || ind.targetYear > 2100))
                errors.append(
                    { QStringLiteral("indicators"),
                      PlanText::tr("“%1”: the target year %2 is not plausible.").arg(name).arg(ind.targetYear) });
        }
        for (const auto& g : i.goals) {
            if (g.text.trimmed().isEmpty())
                errors.append({ QStringLiteral("goals"), PlanText::tr("“%1” has an empty goal.").arg(name) });
        }
    }
    return errors;
}

QList<PlanWarning> ActionPlan::warnings(const Analysis& analysis, const QDate& periodStart,
                                        const QDate& periodEnd) const
{
    QList<PlanWarning> result;
    for (const auto& area : analysis.areas) {
        const auto own = interventionsOf(area.id);
        if (own.isEmpty())
            result.append({ PlanWarningKind::AreaWithoutIntervention, area.id, 0,
                            PlanText::tr("The development area “%1” has no intervention.").arg(area.title) });
        for (const Intervention* i : own) {
            const QString name = titleOf(*i);
            if (i->goals.isEmpty())
                result.append({ PlanWarningKind::NoGoal, area.id, i->id, PlanText::tr("“%1” has no goal.").arg(name) });
            if (i->indicators.isEmpty())
                result.append({ PlanWarningKind::NoIndicator, area.id, i->id,
                                PlanText::tr("“%1” has no indicator to follow it by.").arg(name) });
            const bool startsEarly = i->start.isValid() && periodStart.isValid() && i->start < periodStart;
            const bool endsLate = i->end.isValid() && periodEnd.isValid() && i->end > periodEnd;
            if (startsEarly || endsLate)
                result.append({ PlanWarningKind::OutsidePeriod, area.id, i->id,
                                PlanText::tr("“%1” runs %2 – %3, outside the collaboration's period %4 – %5.")
                                    .arg(name, i->start.toString(Qt::ISODate), i->end.toString(Qt::ISODate),
                                         periodStart.toString(Qt::ISODate), periodEnd.toString(Qt::ISODate)) });
            else if (!i->start.isValid() || !i->end.isValid())
                result.append({ PlanWarningKind::OutsidePeriod, area.id, i->id,
                                PlanText::tr("“%1” has no start or no end date.").arg(name) });
            if (i->budget.isEmpty() || i->totalSek() == 0)
                result.append(
                    { PlanWarningKind::NoBudget, area.id, i->id, PlanText::tr("“%1” has no budget.").arg(name) });
        }
    }
    return result;
}

PlanTotals ActionPlan::totals() const
{
    PlanTotals t;
    for (const auto& i : interventions) {
        for (const auto& line : i.budget) {
            t.perYear[line.year] += line.amountSek;
            t.perMode[i.fundingMode] += line.amountSek;
            t.perForm[i.fundingForm] += line.amountSek;
            t.perArea[i.areaId] += line.amountSek;
            t.total += line.amountSek;
        }
    }
    return t;
}

QList<const Intervention*> ActionPlan::interventionsOf(qint64 areaId) const
{
    QList<const Intervention*> result;
    for (const auto& i : interventions) {
        if (i.areaId == areaId)
            result.append(&i);
    }
    return result;
}

const Intervention* ActionPlan::intervention(qint64 id) const
{
    for (const auto& i : interventions) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

QStringList ActionPlan::usersOfProblem(qint64 problemId) const
{
    return titlesWhere(interventions, [&](const Intervention& i) { return i.problemIds.contains(problemId); });
}

QStringList ActionPlan::usersOfCause(qint64 causeId) const
{
    return titlesWhere(interventions, [&](const Intervention& i) { return i.causeIds.contains(causeId); });
}

QStringList ActionPlan::usersOfArea(qint64 areaId) const
{
    return titlesWhere(interventions, [&](const Intervention& i) { return i.areaId == areaId; });
}

const CodeTable<InterventionLevel, 2> ActionPlan::Levels {
    "ActionPlan",
    { {
        { InterventionLevel::Organizer, "huvudman", QT_TRANSLATE_NOOP("ActionPlan", "Organizer level") },
        { InterventionLevel::Units, "enhet", QT_TRANSLATE_NOOP("ActionPlan", "Unit level") },
    } }
};

const CodeTable<InterventionCategory, 9> ActionPlan::Categories {
    "ActionPlan",
    { {
        { InterventionCategory::SystematicQualityWork, "systematiskt_kvalitetsarbete",
          QT_TRANSLATE_NOOP("ActionPlan", "Systematic quality work") },
        { InterventionCategory::PedagogicalLeadership, "pedagogiskt_ledarskap",
          QT_TRANSLATE_NOOP("ActionPlan", "Pedagogical leadership") },
        { InterventionCategory::TeachingQuality, "undervisningens_kvalitet",
          QT_TRANSLATE_NOOP("ActionPlan", "Quality of teaching") },
        { InterventionCategory::PupilHealth, "elevhalsa", QT_TRANSLATE_NOOP("ActionPlan", "Pupil health") },
        { InterventionCategory::LanguageDevelopment, "sprakutvecklande_arbetssatt",
          QT_TRANSLATE_NOOP("ActionPlan", "Language-developing work") },
        { InterventionCategory::CollegialLearning, "kollegialt_larande",
          QT_TRANSLATE_NOOP("ActionPlan", "Collegial learning") },
        { InterventionCategory::StructureAndOrganisation, "struktur_organisation",
          QT_TRANSLATE_NOOP("ActionPlan", "Structure and organisation") },
        { InterventionCategory::SafetyAndCalm, "trygghet_studiero",
          QT_TRANSLATE_NOOP("ActionPlan", "Safety and calm") },
        { InterventionCategory::Other, "annat", QT_TRANSLATE_NOOP("ActionPlan", "Other") },
    } }
};

const CodeTable<ProviderKind, 4> ActionPlan::Providers {
    "ActionPlan",
    { {
        { ProviderKind::Skolverket, "skolverket", QT_TRANSLATE_NOOP("ActionPlan", "Skolverket") },
        { ProviderKind::University, "larosate", QT_TRANSLATE_NOOP("ActionPlan", "University") },
        { ProviderKind::ExternalActor, "extern_aktor", QT_TRANSLATE_NOOP("ActionPlan", "External actor") },
        { ProviderKind::Organizer, "huvudman", QT_TRANSLATE_NOOP("ActionPlan", "The organizer itself") },
    } }
};

const CodeTable<FundingMode, 4> ActionPlan::FundingModes {
    "ActionPlan",
    { {
        { FundingMode::GeneralProgrammes, "generella_insatser",
          QT_TRANSLATE_NOOP("ActionPlan", "Participation in Skolverket's general programmes") },
        { FundingMode::ExternalCoordination, "extern_samordning",
          QT_TRANSLATE_NOOP("ActionPlan", "Coordinated through an external actor") },
        { FundingMode::Tailored, "skraddarsydd", QT_TRANSLATE_NOOP("ActionPlan", "Tailored intervention") },
        { FundingMode::OrganizerOwn, "egen_insats",
          QT_TRANSLATE_NOOP("ActionPlan", "The organizer's own intervention, financed by Skolverket") },
    } }
};

const CodeTable<FundingForm, 2> ActionPlan::FundingForms {
    "ActionPlan",
    { {
        { FundingForm::EducationService, "utbildningstjanst", QT_TRANSLATE_NOOP("ActionPlan", "Education service") },
        { FundingForm::Grant, "bidrag", QT_TRANSLATE_NOOP("ActionPlan", "Grant") },
    } }
};

const CodeTable<InterventionStatus, 4> ActionPlan::Statuses {
    "ActionPlan",
    { {
        { InterventionStatus::Planned, "planerad", QT_TRANSLATE_NOOP("ActionPlan", "Planned") },
        { InterventionStatus::Ongoing, "pagar", QT_TRANSLATE_NOOP("ActionPlan", "Ongoing") },
        { InterventionStatus::Completed, "genomford", QT_TRANSLATE_NOOP("ActionPlan", "Completed") },
        { InterventionStatus::Cancelled, "avbruten", QT_TRANSLATE_NOOP("ActionPlan", "Cancelled") },
    } }
};

const CodeTable<IndicatorDirection, 4> ActionPlan::Directions {
    "ActionPlan",
    { {
        { IndicatorDirection::HigherIsBetter, "hogre_battre", QT_TRANSLATE_NOOP("ActionPlan", "Higher is better") },
        { IndicatorDirection::LowerIsBetter, "lagre_battre", QT_TRANSLATE_NOOP("ActionPlan", "Lower is better") },
        { IndicatorDirection::KeepAbove, "hall_over", QT_TRANSLATE_NOOP("ActionPlan", "Keep above the target") },
        { IndicatorDirection::KeepBelow, "hall_under", QT_TRANSLATE_NOOP("ActionPlan", "Keep below the target") },
    } }
};

namespace Money {

QString format(qint64 amountSek)
{
    const bool negative = amountSek < 0;
    QString digits = QString::number(negative ? -amountSek : amountSek);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x00a0));
    return (negative ? QStringLiteral("\u2212") : QString()) + digits + QStringLiteral("\u00a0kr");
}

std::optional<qint64> parse(const QString& text, QString* error)
{
    const auto check = Validation::amountSek(text);
    if (!check.ok) {
        if (error)
            *error = check.error;
        return std::nullopt;
    }
    return check.normalized.toLongLong();
}

} // namespace Money
