#include "Plans.h"

#include "NameParts.h"
#include "Random.h"
#include "core/storage/Database.h"
#include "core/storage/PlanStore.h"
#include "core/storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace NationalDataDetail {

namespace {

struct Template
{
    const char* title;
    InterventionCategory category;
    ProviderKind provider;
    const char* providerName;
    FundingMode mode;
    FundingForm form;
    const char* goal;
    const char* indicator;
    const char* unit;
};

const Template kTemplates[] = {
    { "Kollegialt lärande i matematik", InterventionCategory::CollegialLearning, ProviderKind::University,
      "Umeå universitet", FundingMode::Tailored, FundingForm::EducationService,
      "Fler elever når minst betyget E i matematik i åk 9.", "Andel elever med lägst E i matematik åk 9", "%" },
    { "Matematiklyftet", InterventionCategory::TeachingQuality, ProviderKind::Skolverket, "",
      FundingMode::GeneralProgrammes, FundingForm::Grant, "Lärarna använder gemensamma strategier för genomgångar.",
      "Andel observerade lektioner med strategierna", "%" },
    { "Läslyftet i alla ämnen", InterventionCategory::LanguageDevelopment, ProviderKind::Skolverket, "",
      FundingMode::GeneralProgrammes, FundingForm::Grant, "Eleverna får stöd i ämnesspråket på alla lektioner.",
      "Andel elever med godkänt i svenska åk 9", "%" },
    { "Rektorers pedagogiska ledarskap", InterventionCategory::PedagogicalLeadership, ProviderKind::University,
      "Stockholms universitet", FundingMode::Tailored, FundingForm::EducationService,
      "Rektorerna leder undervisningsnära utveckling varje vecka.", "Lektionsbesök av rektor per termin", "antal" },
    { "Förebyggande elevhälsoarbete", InterventionCategory::PupilHealth, ProviderKind::ExternalActor,
      "Elevhälsokonsult Mitt AB", FundingMode::ExternalCoordination, FundingForm::EducationService,
      "Elevhälsan arbetar främjande och förebyggande i alla klasser.", "Frånvaro över 15 %, andel elever", "%" },
    { "Gemensamma rutiner för studiero", InterventionCategory::SafetyAndCalm, ProviderKind::Organizer, "",
      FundingMode::OrganizerOwn, FundingForm::Grant, "Fler elever upplever studiero på lektionerna.",
      "Studiero enligt Skolenkäten", "%" },
    { "Årscykel för systematiskt kvalitetsarbete", InterventionCategory::SystematicQualityWork,
      ProviderKind::ExternalActor, "Kvalitetsbyrån Norr AB", FundingMode::ExternalCoordination,
      FundingForm::EducationService, "Nämnden får varje termin en analys av resultat per enhet.",
      "Terminsvisa analyser som nämnden behandlat", "antal" },
    { "Ny organisation för ämneslag", InterventionCategory::StructureAndOrganisation, ProviderKind::Organizer, "",
      FundingMode::OrganizerOwn, FundingForm::Grant, "Alla lärare har gemensam planeringstid varje vecka.",
      "Andel lärare med schemalagd planeringstid", "%" },
};

struct CollaborationRow
{
    qint64 id = 0;
    QDate start;
    QDate end;
    QList<qint64> units;
};

} // namespace

bool writePlans(Database& db, quint64 seed, qint64* count, QString* error)
{
    QList<CollaborationRow> collaborations;
    {
        QSqlQuery q(db.connection());
        if (!Sql::exec(q,
                       QStringLiteral("SELECT id, start_date, planned_end_date FROM collaboration WHERE phase >= 4 "
                                      "ORDER BY id"),
                       error))
            return false;
        QHash<qint64, int> index;
        while (q.next()) {
            CollaborationRow c;
            c.id = q.value(0).toLongLong();
            c.start = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            c.end = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            if (!c.end.isValid())
                c.end = c.start.addYears(3).addDays(-1);
            index.insert(c.id, int(collaborations.size()));
            collaborations.append(c);
        }
        if (!Sql::exec(q,
                       QStringLiteral("SELECT collaboration_id, school_unit_id FROM collaboration_unit ORDER BY 1, 2"),
                       error))
            return false;
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.constEnd())
                collaborations[*it].units.append(q.value(1).toLongLong());
        }
    }
    Random r(seed);
    PlanStore store(db);
    Sql::Transaction tx(db.connection()); // one commit for all of them
    for (const auto& c : collaborations) {
        auto plan = store.create(c.id, error);
        if (!plan)
            return false;
        // The areas and problems of the plan's analysis, in priority order.
        QList<std::pair<qint64, QList<qint64>>> areas;
        QHash<qint64, QList<qint64>> causesOf;
        {
            QSqlQuery q(db.connection());
            if (!Sql::exec(q,
                           QStringLiteral("SELECT a.id, ap.problem_id FROM development_area a "
                                          "LEFT JOIN development_area_problem ap ON ap.development_area_id = a.id "
                                          "WHERE a.analysis_id = ? ORDER BY a.position"),
                           { plan->analysisId }, error))
                return false;
            while (q.next()) {
                const qint64 area = q.value(0).toLongLong();
                if (areas.isEmpty() || areas.last().first != area)
                    areas.append(std::pair<qint64, QList<qint64>>(area, QList<qint64>()));
                if (!q.value(1).isNull())
                    areas.last().second.append(q.value(1).toLongLong());
            }
            if (!Sql::exec(q,
                           QStringLiteral("SELECT pc.problem_id, pc.cause_id FROM problem_cause pc JOIN problem p "
                                          "ON p.id = pc.problem_id WHERE p.analysis_id = ?"),
                           { plan->analysisId }, error))
                return false;
            while (q.next())
                causesOf[q.value(0).toLongLong()].append(q.value(1).toLongLong());
        }
        const qint64 spanDays = std::max<qint64>(c.start.daysTo(c.end), 60);
        for (const auto& [areaId, problems] : areas) {
            const int n = r.between(2, 5);
            // Distinct interventions within an area: the first n of a shuffled list.
            QList<int> order;
            for (int t = 0; t < int(std::size(kTemplates)); ++t)
                order.append(t);
            for (int t = int(order.size()) - 1; t > 0; --t)
                order.swapItemsAt(t, r.below(t + 1));
            for (int k = 0; k < n; ++k) {
                const Template& t = kTemplates[order[k]];
                Intervention i;
                i.areaId = areaId;
                i.title = QString::fromUtf8(t.title);
                i.description = NameParts::noteSentence(r);
                i.category = t.category;
                if (!c.units.isEmpty() && r.chance(0.6)) {
                    i.level = InterventionLevel::Units;
                    i.unitIds = { c.units[r.below(int(c.units.size()))] };
                }
                i.problemIds = problems;
                for (qint64 p : problems) {
                    for (qint64 cause : causesOf.value(p)) {
                        if (!i.causeIds.contains(cause))
                            i.causeIds.append(cause);
                    }
                }
                i.goals = { { 0, QString::fromUtf8(t.goal) } };
                const double baseline = 20 + r.below(50);
                i.start = c.start.addDays(r.below(int(spanDays / 3)));
                i.end = std::min(c.end, i.start.addDays(120 + r.below(int(spanDays))));
                i.indicators = { { 0, QString::fromUtf8(t.indicator), QString(), QString::fromUtf8(t.unit), baseline,
                                   baseline + 5 + r.below(20), i.end.year() } };
                i.expectedEffects = NameParts::noteSentence(r);
                i.responsible = NameParts::personName(r);
                i.provider = t.provider;
                i.providerName = QString::fromUtf8(t.providerName);
                i.fundingMode = t.mode;
                i.fundingForm = t.form;
                for (int year = i.start.year(); year <= i.end.year(); ++year)
                    i.budget.append({ year, qint64(r.between(2, 60)) * 10000 });
                i.grounds
                    = QStringLiteral("Forskning om skolutveckling och beprövad erfarenhet från tidigare samverkan.");
                i.status = i.start <= QDate(2025, 1, 1) ? InterventionStatus::Ongoing : InterventionStatus::Planned;
                plan->interventions.append(i);
            }
        }
        if (!store.save(*plan, error))
            return false;
        ++*count;
    }
    return tx.commit(error);
}

} // namespace NationalDataDetail
