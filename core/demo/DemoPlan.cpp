#include "DemoPlan.h"

#include "core/analysis/Analysis.h"

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace

namespace DemoData {

QList<Intervention> planInterventions(const Analysis& a, const QList<qint64>& units)
{
    const qint64 f6 = units.value(0), high = units.value(1);
    const auto& p = a.problems;
    const auto& c = a.causes;
    const qint64 mathArea = a.areas.value(0).id, calmArea = a.areas.value(1).id;

    Intervention lab;
    lab.areaId = mathArea;
    lab.title = s("Kollegialt lärande i matematik med FoU-team");
    lab.description = s("Matematiklärarna i åk 4–9 arbetar i lärgrupper varannan vecka med stöd av Umeå universitets "
                        "FoU-team: gemensam planering av lektioner, genomgångar som bygger på elevernas tänkande och "
                        "formativ bedömning. Förstelärarna leder grupperna.");
    lab.level = InterventionLevel::Units;
    lab.unitIds = { f6, high };
    lab.category = InterventionCategory::CollegialLearning;
    lab.problemIds = { p.value(0).id };
    lab.causeIds = { c.value(0).id, c.value(2).id };
    lab.goals = { { 0,
                    s("Andelen elever i åk 9 som är behöriga till yrkesprogram ökar från 71 % till 85 % till "
                      "våren 2028.") },
                  { 0, s("Alla matematiklärare i åk 4–9 deltar i ämneslagets lärgrupp minst varannan vecka.") } };
    lab.indicators = { { 0, s("Andel behöriga till yrkesprogram"),
                         s("ratioOfPupils9thGradeEligibleForNationalProgramYR"), s("%"), 71.0, 85.0, 2028 },
                       { 0, s("Genomsnittligt meritvärde åk 9"), s("averageGradesMeritRating9thGrade"), s("poäng"),
                         198.0, 215.0, 2028 } };
    lab.expectedEffects = s("Högre måluppfyllelse i matematik i åk 6 och 9 och fler behöriga till gymnasieskolan.");
    lab.responsible = s("Johan Eriksson, rektor Strandängsskolan 7–9");
    lab.provider = ProviderKind::University;
    lab.providerName = s("Umeå universitet");
    lab.fundingMode = FundingMode::Tailored;
    lab.fundingForm = FundingForm::EducationService;
    lab.budget = { { 2026, 420000 }, { 2027, 380000 }, { 2028, 150000 } };
    lab.start = d("2026-01-12");
    lab.end = d("2028-06-15");
    lab.grounds = s("Forskning om kollegialt lärande och formativ bedömning (Timperley 2013, Wiliam 2019) och "
                    "erfarenheterna från Matematiklyftet.");
    lab.status = InterventionStatus::Ongoing;

    Intervention lift;
    lift.areaId = mathArea;
    lift.title = s("Matematiklyftet för lärare i åk 4–9");
    lift.description = s("Lärarna går Skolverkets fortbildning i matematikdidaktik på Lärportalen, en modul per "
                         "termin, med handledare från kommunen.");
    lift.level = InterventionLevel::Units;
    lift.unitIds = { f6, high };
    lift.category = InterventionCategory::TeachingQuality;
    lift.problemIds = { p.value(0).id };
    lift.causeIds = { c.value(0).id };
    lift.goals = { { 0,
                     s("Lärarna använder gemensamma strategier för genomgångar och problemlösning i minst tre av "
                       "fyra observerade lektioner.") } };
    lift.indicators
        = { { 0, s("Andel observerade lektioner med gemensamma strategier"), QString(), s("%"), 28.0, 75.0, 2027 } };
    lift.expectedEffects = s("En undervisning som anpassas efter elevernas behov och bättre resultat på de nationella "
                             "proven i matematik.");
    lift.responsible = s("Maria Lindqvist, rektor Ekbackaskolan F–6");
    lift.provider = ProviderKind::Skolverket;
    lift.fundingMode = FundingMode::GeneralProgrammes;
    lift.fundingForm = FundingForm::Grant;
    lift.budget = { { 2026, 60000 }, { 2027, 60000 } };
    lift.start = d("2026-01-19");
    lift.end = d("2027-06-11");
    lift.grounds = s("Matematiklyftet bygger på forskning om undervisning i matematik och har utvärderats av "
                     "Umeå universitet (2016).");

    Intervention routines;
    routines.areaId = calmArea;
    routines.title = s("Gemensamma rutiner för lektionsstart och övergångar");
    routines.description = s("Personalen på Strandängsskolan tar fram och följer gemensamma rutiner för lektionsstart, "
                             "avslut och övergångar, och vuxna finns i korridorer och matsal där eleverna känner sig "
                             "otrygga.");
    routines.level = InterventionLevel::Units;
    routines.unitIds = { high };
    routines.category = InterventionCategory::SafetyAndCalm;
    routines.problemIds = { p.value(1).id };
    routines.causeIds = { c.value(0).id, c.value(2).id };
    routines.goals = { { 0,
                         s("Andelen elever som upplever studiero på lektionerna ökar från 48 % till 70 % i "
                           "Skolenkäten 2027.") } };
    routines.indicators = { { 0, s("Studiero enligt Skolenkäten, åk 9"), QString(), s("%"), 48.0, 70.0, 2027 } };
    routines.expectedEffects = s("Mer tid för lärande på lektionerna och tryggare elever.");
    routines.responsible = s("Johan Eriksson, rektor Strandängsskolan 7–9");
    routines.provider = ProviderKind::Organizer;
    routines.fundingMode = FundingMode::OrganizerOwn;
    routines.fundingForm = FundingForm::Grant;
    routines.budget = { { 2026, 150000 }, { 2027, 100000 } };
    routines.start = d("2026-02-02");
    routines.end = d("2027-12-17");
    routines.grounds = s("Skolverkets stödmaterial om trygghet och studiero och forskning om ledarskap i klassrummet.");

    Intervention followUp;
    followUp.areaId = calmArea;
    followUp.title = s("Systematisk uppföljning av trygghet och resultat hos huvudmannen");
    followUp.description = s("Förvaltningen inför en årscykel där resultat, trygghet och elevernas röster analyseras "
                             "per enhet varje termin och redovisas för nämnden med förslag till åtgärder.");
    followUp.level = InterventionLevel::Organizer;
    followUp.category = InterventionCategory::SystematicQualityWork;
    followUp.problemIds = { p.value(1).id, p.value(0).id };
    followUp.causeIds = { c.value(1).id };
    followUp.goals = { { 0,
                         s("Nämnden får varje termin en analys av resultat och trygghet per enhet, med beslut om "
                           "åtgärder.") } };
    followUp.indicators
        = { { 0, s("Terminsvisa analyser som nämnden har behandlat"), QString(), s("antal"), 0.0, 5.0, 2028 } };
    followUp.expectedEffects = s("Huvudmannen ser orsakerna bakom resultaten och prioriterar utifrån dem.");
    followUp.responsible = s("Per Nilsson, skolchef");
    followUp.provider = ProviderKind::ExternalActor;
    followUp.providerName = s("Kvalitetsbyrån Norr AB");
    followUp.fundingMode = FundingMode::ExternalCoordination;
    followUp.fundingForm = FundingForm::EducationService;
    followUp.budget = { { 2026, 200000 }, { 2027, 150000 }, { 2028, 100000 } };
    followUp.start = d("2026-03-02");
    followUp.end = d("2028-05-31");
    followUp.grounds = s("Skolverkets allmänna råd om systematiskt kvalitetsarbete och beprövad erfarenhet från "
                         "tidigare samverkan (Haparanda).");

    return { lab, lift, routines, followUp };
}

} // namespace DemoData
