#include "DemoFollowUp.h"

#include "core/analysis/AnalysisTemplate.h"
#include "core/cases/Cases.h"
#include "core/cases/FollowUpCases.h"
#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/FinalReportStore.h"
#include "core/storage/MeasurementStore.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/ProgrammeStore.h"
#include "core/storage/ProgressReportStore.h"
#include "core/storage/SchoolUnitStore.h"

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

struct AnalysisText
{
    QList<Cause> causes;
    QList<std::pair<QString, QList<int>>> problems; ///< text, indexes of its causes
    QList<std::pair<QString, int>> areas; ///< title, index of its problem
    QString summary;
    QString who;
};

/** An established analysis at organizer level, saved in the wizard's order: causes, problems, areas. */
std::optional<Analysis> addAnalysis(Database& db, qint64 collaborationId, int minGroupSize, const AnalysisText& text,
                                    QString* error)
{
    const auto tmpl = AnalysisTemplate::newestFor(AnalysisKind::School, error);
    if (!tmpl)
        return std::nullopt;
    Analysis a;
    a.collaborationId = collaborationId;
    a.kind = AnalysisKind::School;
    a.templateId = tmpl->id;
    a.templateVersion = tmpl->version;
    a.currentPage = s("summary");
    a.causes = text.causes;
    AnalysisStore store(db);
    if (!store.save(a, minGroupSize, error))
        return std::nullopt;
    for (const auto& [description, causes] : text.problems) {
        Problem p;
        p.description = description;
        for (int i : causes)
            p.causeIds << a.causes.value(i).id;
        a.problems.append(p);
    }
    if (!store.save(a, minGroupSize, error))
        return std::nullopt;
    for (const auto& [title, problem] : text.areas)
        a.areas.append({ 0, title, QString(), { a.problems.value(problem).id } });
    a.summary = text.summary;
    if (!store.save(a, minGroupSize, error) || !store.setStatus(a, AnalysisStatus::Done, text.who, minGroupSize, error))
        return std::nullopt;
    return a;
}

/** Saved, sent and signed, its PDF printed as it was at the signing (AgreementDocument). */
bool sign(AgreementStore& store, Agreement& a, const QDate& agencyOn, const QDate& organizerOn, QString* error)
{
    if (!store.save(a, error) || !store.markSent(a, QDateTime(agencyOn.addDays(-7), QTime(10, 0)), error))
        return false;
    const QByteArray pdf = AgreementDocument::pdfBytes(a, error);
    return !pdf.isEmpty() && store.markSigned(a, agencyOn, organizerOn, pdf, error);
}

bool measure(Database& db, qint64 indicatorId, double value, const QDate& on, const QString& schoolYear,
             const QString& source, const QString& comment, QString* error)
{
    Measurement m;
    m.indicatorId = indicatorId;
    m.value = value;
    m.measuredOn = on;
    m.schoolYear = schoolYear;
    m.sourceText = source;
    m.comment = comment;
    return MeasurementStore(db).save(m, error);
}

/** The collaboration's ÖK 1 and ÖK 2, both signed; the ÖK 2 with the given report dates. */
std::optional<Agreement> signAgreements(Database& db, qint64 collaborationId, const QList<Signatory>& signatories,
                                        const QString& diary, const QDate& ok1On, const QDate& ok2On,
                                        const QList<QDate>& reportDates, const QDate& finalDate, QString* error)
{
    CaseOptions options;
    options.plan = true;
    const auto c = Cases::load(db, collaborationId, options, error);
    if (!c)
        return std::nullopt;
    AgreementStore store(db);
    auto ok1 = Cases::draftAgreement(*c, AgreementKind::Cooperation, error);
    if (!ok1)
        return std::nullopt;
    ok1->signatories = signatories;
    ok1->organizer.diaryNumber = diary;
    if (!sign(store, *ok1, ok1On, ok1On, error))
        return std::nullopt;
    auto ok2 = Cases::draftAgreement(*c, AgreementKind::Interventions, error);
    if (!ok2)
        return std::nullopt;
    ok2->signatories = signatories;
    ok2->organizer.diaryNumber = diary;
    ok2->reportDates.clear();
    for (const QDate& due : reportDates)
        ok2->reportDates.append({ 0, due, QString() });
    ok2->finalReportDate = finalDate;
    if (!sign(store, *ok2, ok2On, ok2On.addDays(-2), error))
        return std::nullopt;
    return ok2;
}

/** What a report says about one intervention: d) per goal, e), the rating and its reason, next steps. */
struct Review
{
    QStringList improvements;
    QString notReached;
    std::optional<InterventionRating> rating;
    QString reason;
    QString nextSteps;
};

void write(ProgressReport& r, const QList<Review>& reviews)
{
    for (qsizetype i = 0; i < r.interventions.size() && i < reviews.size(); ++i) {
        auto& target = r.interventions[i];
        const Review& review = reviews[i];
        for (qsizetype g = 0; g < target.goals.size() && g < review.improvements.size(); ++g)
            target.goals[g].improvements = review.improvements[g];
        target.goalsNotReached = review.notReached;
        target.rating = review.rating;
        target.ratingReason = review.reason;
        target.nextSteps = review.nextSteps;
    }
}

std::optional<ProgressReport> report(Database& db, qint64 collaborationId, int number, const QList<Review>& reviews,
                                     const QString& nextSteps, const QDate& submittedOn, QString* error)
{
    auto r = Cases::draftProgressReport(db, collaborationId, number, error);
    if (!r)
        return std::nullopt;
    write(*r, reviews);
    r->nextSteps = nextSteps;
    for (auto& dev : r->deviations) {
        dev.confirmed = true;
        dev.explanation = s("Ändringen beslutades av huvudmannen och stämdes av med Skolverkets processledare.");
    }
    ProgressReportStore store(db);
    if (!store.saveDraft(*r, error))
        return std::nullopt;
    if (submittedOn.isValid() && !Cases::submitProgressReport(db, *r, submittedOn, error))
        return std::nullopt;
    return r;
}

const Indicator* indicatorOf(const ActionPlan& plan, int intervention, int indicator)
{
    if (intervention >= plan.interventions.size() || indicator >= plan.interventions[intervention].indicators.size())
        return nullptr;
    return &plan.interventions[intervention].indicators[indicator];
}

struct Setting
{
    std::optional<Programme> programme;
    Organizer organizer;
    Collaboration collaboration;
};

/** The organizer, its units and the collaboration, all through their stores. */
bool addCollaboration(Database& db, Setting& setting, QList<SchoolUnit> units, QString* error)
{
    setting.programme = ProgrammeStore(db).defaultProgramme(error);
    if (!setting.programme || !OrganizerStore(db).save(setting.organizer, error))
        return false;
    Collaboration& c = setting.collaboration;
    c.organizerId = setting.organizer.id;
    c.programmeId = setting.programme->id;
    c.plannedEndDate = Collaboration::plannedEndFor(c.startDate, setting.programme->durationMonths);
    for (auto& u : units) {
        u.organizerId = setting.organizer.id;
        if (!SchoolUnitStore(db).save(u, error))
            return false;
        c.unitIds << u.id;
    }
    return CollaborationStore(db).save(c, error);
}

} // namespace

namespace {

/** Tallmo kommun: phase 5, the ÖK 2 signed in June 2025, report 1 submitted, report 2 a draft. */
bool addTallmo(Database& db, QString* error)
{
    Setting t;
    t.organizer.name = s("Tallmo kommun");
    t.organizer.organisationNumber = s("212000-9986");
    t.organizer.type = OrganizerType::Municipal;
    t.organizer.municipalityCode = s("2597");
    t.organizer.postalAddress = { s("Box 40"), s("999 50"), s("Tallmo") };
    t.organizer.contacts = { { 0, s("Helena Wik"), s("Förvaltningschef"), s("Utbildningsförvaltningen"),
                               s("helena.wik@tallmo.se"), s("0971-220 10") } };
    const SchoolUnit high { 0,
                            s("99130001"),
                            s("Tallmoskolan 7–9"),
                            0,
                            { SchoolForm::Compulsory },
                            UnitStatus::Active,
                            s("2597"),
                            { s("Skolgatan 8"), s("999 51"), s("Tallmo") },
                            s("Anders Lund"),
                            298 };
    const SchoolUnit f6 { 0,
                          s("99130002"),
                          s("Björkhagens skola F–6"),
                          0,
                          { SchoolForm::PreschoolClass, SchoolForm::LeisureTimeCentre, SchoolForm::Compulsory },
                          UnitStatus::Active,
                          s("2597"),
                          { s("Björkvägen 3"), s("999 52"), s("Tallmo") },
                          s("Fatima Haddad"),
                          341 };
    Collaboration& c = t.collaboration;
    c.diaryNumber = s("7.4.2-2024:0871");
    c.startDate = d("2024-09-02");
    c.phaseHistory = { { 1, d("2024-04-22"), s("Vald i urvalsomgången våren 2024.") },
                       { 2, d("2024-09-02"), s("Kommunstyrelsen tackade ja; ÖK 1 undertecknad.") },
                       { 3, d("2024-10-14"), s("Nulägesanalysen startade.") },
                       { 4, d("2025-02-17"), s("Analysen fastställd; åtgärdsplanen påbörjad.") },
                       { 5, d("2025-06-16"), s("ÖK 2 undertecknad; insatserna startar i augusti.") } };
    c.phase = 5;
    c.dialogueTeam = { { 0, s("Jonas Ek"), s("Processledare"), s("Skolverket"), s("jonas.ek@skolverket.se"), {} } };
    c.organizerContacts = { { 0, s("Helena Wik"), s("Förvaltningschef"), s("Tallmo kommun"), {}, {} },
                            { 0, s("Anders Lund"), s("Rektor, Tallmoskolan 7–9"), s("Tallmo kommun"), {}, {} } };
    if (!addCollaboration(db, t, { high, f6 }, error))
        return false;

    AnalysisText text;
    text.causes = {
        { 0, CauseArea::Teaching, DecisionLevel::Teaching,
          s("Lärarna saknar gemensamma arbetssätt för att stötta elevernas läsförståelse, och nyanlända elever får "
            "sällan språkligt stöd i ämnesundervisningen.") },
        { 0, CauseArea::FollowUp, DecisionLevel::Principal,
          s("Rektorerna följer inte upp elevernas läsutveckling och närvaro systematiskt; kartläggningar görs men "
            "analyseras inte.") },
        { 0, CauseArea::Organisation, DecisionLevel::Organizer,
          s("Elevhälsan är organiserad centralt och når skolorna sent; arbetet mot frånvaro saknar en gemensam "
            "rutin.") },
    };
    text.problems = { { s("Elevernas läsförståelse är svag i alla årskurser, och andelen elever i åk 9 med lägst E i "
                          "svenska och svenska som andraspråk har sjunkit från 86 till 78 procent."),
                        { 0, 1 } },
                      { s("Den problematiska frånvaron ökar på Tallmoskolan 7–9: var åttonde elev är borta mer än "
                          "15 procent av tiden."),
                        { 1, 2 } } };
    text.areas = { { s("Läsförståelse i alla ämnen"), 0 }, { s("Närvaro och tidiga insatser från elevhälsan"), 1 } };
    text.summary = s("Tallmo kommuns elever läser sämre än för fem år sedan och allt fler är ofta frånvarande. "
                     "Orsakerna finns i undervisningen, i rektorernas uppföljning och i hur elevhälsan är "
                     "organiserad.");
    text.who = s("Jonas Ek");
    const auto analysis = addAnalysis(db, c.id, t.programme->minGroupSize, text, error);
    if (!analysis)
        return false;

    PlanStore plans(db);
    auto plan = plans.create(c.id, error);
    if (!plan)
        return false;
    const auto& p = analysis->problems;
    const auto& k = analysis->causes;
    Intervention reading;
    reading.areaId = analysis->areas[0].id;
    reading.title = s("Språkutvecklande arbetssätt i alla ämnen");
    reading.description = s("Lärarna i åk 4–9 arbetar med gemensamma lässtrategier i alla ämnen, med stöd av "
                            "Karlstads universitet och skolornas förstelärare.");
    reading.level = InterventionLevel::Units;
    reading.unitIds = c.unitIds;
    reading.category = InterventionCategory::LanguageDevelopment;
    reading.problemIds = { p[0].id };
    reading.causeIds = { k[0].id, k[1].id };
    reading.goals = { { 0,
                        s("Andelen elever i åk 9 med lägst E i svenska och svenska som andraspråk ökar från 78 % "
                          "till 88 % till våren 2027.") },
                      { 0, s("Alla lärare i åk 4–9 använder gemensamma strategier för läsförståelse.") } };
    Indicator passed { 0, s("Andel med lägst E i svenska åk 9"), QString(), s("%"), 78.0, 88.0, 2027 };
    passed.milestones = { { 2026, 83.0 } };
    reading.indicators = { passed };
    reading.expectedEffects = s("Bättre läsförståelse ger högre måluppfyllelse i alla ämnen och fler behöriga till "
                                "gymnasieskolan.");
    reading.responsible = s("Anders Lund, rektor Tallmoskolan 7–9");
    reading.provider = ProviderKind::University;
    reading.providerName = s("Karlstads universitet");
    reading.fundingMode = FundingMode::Tailored;
    reading.budget = { { 2025, 250000 }, { 2026, 400000 }, { 2027, 200000 } };
    reading.start = d("2025-08-11");
    reading.end = d("2027-06-11");
    reading.status = InterventionStatus::Ongoing;

    Intervention presence;
    presence.areaId = analysis->areas[1].id;
    presence.title = s("Gemensam rutin för närvarofrämjande arbete");
    presence.description = s("En rutin för hela kommunen: frånvaron följs upp varje vecka, och elevhälsan kontaktar "
                             "hemmet efter tre dagars ogiltig frånvaro.");
    presence.category = InterventionCategory::PupilHealth;
    presence.problemIds = { p[1].id };
    presence.causeIds = { k[1].id, k[2].id };
    presence.goals = { { 0,
                         s("Andelen elever med mer än 15 % frånvaro på Tallmoskolan 7–9 minskar från 12 % till "
                           "6 % till våren 2027.") } };
    Indicator absence { 0, s("Andel elever med problematisk frånvaro"), QString(), s("%"), 12.0, 6.0, 2027 };
    absence.direction = IndicatorDirection::LowerIsBetter;
    Indicator safe {
        0, s("Andel elever som känner sig trygga (Skolenkäten åk 8)"), QString(), s("%"), 82.0, 80.0, 2027
    };
    safe.direction = IndicatorDirection::KeepAbove;
    presence.indicators = { absence, safe };
    presence.expectedEffects = s("Fler elever är i skolan och tar del av undervisningen, vilket höjer resultaten.");
    presence.responsible = s("Helena Wik, förvaltningschef");
    presence.fundingMode = FundingMode::OrganizerOwn;
    presence.fundingForm = FundingForm::Grant;
    presence.budget = { { 2025, 80000 }, { 2026, 120000 }, { 2027, 60000 } };
    presence.start = d("2025-08-11");
    presence.end = d("2027-06-11");
    presence.status = InterventionStatus::Ongoing;
    plan->interventions = { reading, presence };
    if (!plans.save(*plan, error))
        return false;

    const QList<Signatory> signatories
        = { { 0, AgreementParty::Agency, s("Anna Bergström"), s("Avdelningschef"), s("Solna") },
            { 0, AgreementParty::Organizer, s("Helena Wik"), s("Förvaltningschef"), s("Tallmo") } };
    if (!signAgreements(db, c.id, signatories, s("UN 2024/77"), d("2024-09-02"), d("2025-06-12"),
                        { d("2026-01-15"), d("2026-12-15"), d("2027-05-14") }, d("2027-08-31"), error))
        return false;

    const Indicator* e = indicatorOf(*plan, 0, 0);
    const Indicator* a = indicatorOf(*plan, 1, 0);
    const Indicator* tr = indicatorOf(*plan, 1, 1);
    const QString own = s("Egen sammanställning");
    if (!measure(db, e->id, 79, d("2025-12-19"), {}, s("Terminsbetyg HT 2025, egen sammanställning"), {}, error)
        || !measure(db, e->id, 81, {}, s("2025/26"), s("Slutbetyg åk 9, Skolverket"), {}, error)
        || !measure(db, e->id, 84, d("2026-11-27"), {}, own, s("Prognos inför terminsbetygen"), error)
        || !measure(db, a->id, 11, d("2025-12-19"), {}, own, {}, error)
        || !measure(db, a->id, 9, d("2026-11-27"), {}, own, {}, error)
        || !measure(db, tr->id, 83, d("2025-11-30"), {}, s("Skolenkäten"), {}, error)
        || !measure(db, tr->id, 79, d("2026-11-15"), {}, s("Skolenkäten"),
                    s("Oro efter sammanslagningen av två "
                      "klasser i åk 8."),
                    error))
        return false;

    const auto first
        = report(db, c.id, 1,
                 { { { s("Alla lärare i åk 7–9 har gått den första kursdagen, och läsloggar används i svenska och SO."),
                       s("Tre av fyra lärare använder strategierna varje vecka enligt lärarenkäten.") },
                     s("Strategierna används ännu sällan i matematik och NO."),
                     InterventionRating::OnPlan,
                     {},
                     s("Förstelärarna besöker lektioner i matematik och NO under våren.") },
                   { { s("Rutinen är beslutad och frånvaron följs upp varje vecka på båda skolorna.") },
                     {},
                     InterventionRating::OnPlan,
                     {},
                     s("Elevhälsan utvärderar rutinen efter vårterminen.") } },
                 s("Insatserna har startat som planerat."), d("2026-01-12"), error);
    if (!first)
        return false;

    // After the first report the huvudman moved the presence work's end and its money for 2027.
    plan = plans.load(c.id, error);
    if (!plan)
        return false;
    plan->interventions[1].end = d("2027-12-17");
    plan->interventions[1].budget = { { 2025, 80000 }, { 2026, 120000 }, { 2027, 90000 } };
    if (!plans.save(*plan, error))
        return false;

    auto second = Cases::draftProgressReport(db, c.id, 2, error);
    if (!second)
        return false;
    write(*second,
          { { { s("Andelen med lägst E steg till 81 procent i våras.") },
              s("Läsförståelsen i åk 7 har inte förbättrats; nyanlända elever får fortfarande för lite stöd."),
              InterventionRating::AtRisk,
              s("Två av fem förstelärare har slutat, och lärgrupperna i åk 7 har inte träffats sedan "
                "september."),
              s("Rekrytera förstelärare och ge lärgrupperna fast tid i schemat.") } });
    second->currentPage = s("interventions");
    return ProgressReportStore(db).saveDraft(*second, error);
}

} // namespace

namespace {

/** Lärkängens skolor AB: three reports submitted, the final report submitted, ended in phase 6. */
bool addLarkangen(Database& db, QString* error)
{
    Setting t;
    t.organizer.name = s("Lärkängens skolor AB");
    t.organizer.organisationNumber = s("802519-8873");
    t.organizer.type = OrganizerType::Independent;
    t.organizer.municipalityCode = s("2597");
    t.organizer.postalAddress = { s("Lärkvägen 1"), s("999 55"), s("Tallmo") };
    const SchoolUnit unit { 0,
                            s("99140001"),
                            s("Lärkängsskolan F–9"),
                            0,
                            { SchoolForm::PreschoolClass, SchoolForm::Compulsory },
                            UnitStatus::Active,
                            s("2597"),
                            { s("Lärkvägen 1"), s("999 55"), s("Tallmo") },
                            s("Erik Sjöberg"),
                            402 };
    Collaboration& c = t.collaboration;
    c.diaryNumber = s("7.4.2-2022:1519");
    c.startDate = d("2023-01-16");
    c.phaseHistory = { { 1, d("2022-11-07"), s("Vald i urvalsomgången hösten 2022.") },
                       { 2, d("2023-01-16"), s("Styrelsen tackade ja.") },
                       { 3, d("2023-02-20"), {} },
                       { 4, d("2023-05-22"), {} },
                       { 5, d("2023-08-21"), s("ÖK 2 undertecknad.") } };
    c.phase = 5;
    c.dialogueTeam = { { 0, s("Karin Sandberg"), s("Processledare"), s("Skolverket"), {}, {} } };
    if (!addCollaboration(db, t, { unit }, error))
        return false;
    AnalysisText text;
    text.causes = { { 0, CauseArea::Teaching, DecisionLevel::Teaching,
                      s("Lärarna saknar gemensamma rutiner för lektionsstart och ledarskap i klassrummet.") },
                    { 0, CauseArea::Organisation, DecisionLevel::Principal,
                      s("Mentorstiden används inte till att följa upp elevernas studiesituation.") } };
    text.problems = { { s("Eleverna i åk 7–9 upplever bristande studiero, och meritvärdet har sjunkit från 215 till "
                          "201 poäng."),
                        { 0, 1 } } };
    text.areas = { { s("Studiero och ledarskap i klassrummet"), 0 } };
    text.summary = s("Bristande studiero i åk 7–9 tar tid från lärandet och sänker resultaten.");
    text.who = s("Karin Sandberg");
    const auto analysis = addAnalysis(db, c.id, t.programme->minGroupSize, text, error);
    PlanStore plans(db);
    auto plan = analysis ? plans.create(c.id, error) : std::nullopt;
    if (!plan)
        return false;
    Intervention calm;
    calm.areaId = analysis->areas[0].id;
    calm.title = s("Gemensamt ledarskap i klassrummet");
    calm.category = InterventionCategory::SafetyAndCalm;
    calm.problemIds = { analysis->problems[0].id };
    calm.causeIds = { analysis->causes[0].id, analysis->causes[1].id };
    calm.goals = { { 0, s("Andelen elever i åk 8 som upplever studiero ökar från 45 % till 65 % till våren 2025.") },
                   { 0, s("Meritvärdet i åk 9 ökar från 201 till 215 poäng till våren 2025.") } };
    calm.indicators = { { 0, s("Andel elever med studiero (Skolenkäten åk 8)"), QString(), s("%"), 45.0, 65.0, 2025 },
                        { 0, s("Genomsnittligt meritvärde åk 9"), s("averageGradesMeritRating9thGrade"), s("poäng"),
                          201.0, 215.0, 2025 } };
    calm.expectedEffects = s("Mer undervisningstid och högre meritvärde i åk 9.");
    calm.responsible = s("Erik Sjöberg, rektor");
    calm.provider = ProviderKind::Skolverket;
    calm.budget = { { 2023, 150000 }, { 2024, 300000 }, { 2025, 100000 } };
    calm.start = d("2023-08-21");
    calm.end = d("2025-06-13");
    calm.status = InterventionStatus::Completed;
    plan->interventions = { calm };
    const QList<Signatory> signatories
        = { { 0, AgreementParty::Agency, s("Anna Bergström"), s("Avdelningschef"), s("Solna") },
            { 0, AgreementParty::Organizer, s("Maja Lärk"), s("Verkställande direktör"), s("Tallmo") } };
    if (!plans.save(*plan, error)
        || !signAgreements(db, c.id, signatories, s("LS 2023/4"), d("2023-01-16"), d("2023-08-18"),
                           { d("2023-12-15"), d("2024-06-14"), d("2024-12-13") }, d("2025-10-31"), error))
        return false;
    const Indicator* calmIndicator = indicatorOf(*plan, 0, 0);
    const Indicator* merit = indicatorOf(*plan, 0, 1);
    const QString survey = s("Skolenkäten");
    const QString grades = s("Slutbetyg åk 9, Skolverket");
    if (!measure(db, calmIndicator->id, 49, d("2023-11-30"), {}, survey, {}, error)
        || !measure(db, calmIndicator->id, 55, d("2024-05-31"), {}, survey, {}, error)
        || !measure(db, calmIndicator->id, 58, d("2024-11-29"), {}, survey, {}, error)
        || !measure(db, merit->id, 204, {}, s("2023/24"), grades, {}, error)
        || !measure(db, merit->id, 208, {}, s("2024/25"), grades, {}, error))
        return false;
    const QList<std::pair<QStringList, QString>> texts = {
        { { s("Alla lärare har enats om en gemensam lektionsstart."), s("Ingen förändring ännu.") },
          s("Meritvärdet mäts först i juni.") },
        { { s("Studieron har ökat till 55 procent."), s("Meritvärdet steg till 204 poäng.") }, {} },
        { { s("Studieron är 58 procent."), s("Mentorssamtalen följer upp varje elevs studieplan.") },
          s("Målet 65 procent nås troligen inte till våren.") },
    };
    const QList<QDate> submitted = { d("2023-12-12"), d("2024-06-11"), d("2024-12-10") };
    for (int n = 0; n < 3; ++n) {
        const bool risk = n == 2;
        if (!report(db, c.id, n + 1,
                    { { texts[n].first, texts[n].second, risk ? InterventionRating::AtRisk : InterventionRating::OnPlan,
                        risk ? s("Studieron ökar långsammare än planerat.") : QString(),
                        s("Fortsätt med lektionsbesök varje månad.") } },
                    {}, submitted[n], error))
            return false;
    }
    auto collaboration = CollaborationStore(db).load(c.id, error);
    if (!collaboration)
        return false;
    collaboration->changePhase(6, d("2025-09-01"), s("Slutredovisningen påbörjad."));
    if (!CollaborationStore(db).save(*collaboration, error))
        return false;
    auto final = Cases::draftFinalReport(db, c.id, error);
    if (!final)
        return false;
    for (auto& area : final->areas) {
        area.outcome = AreaOutcome::PartlyReached;
        area.reason = s("Studieron ökade från 45 till 58 procent och meritvärdet till 208 poäng, men målen 65 "
                        "procent och 215 poäng nåddes inte.");
        area.continuation = s("Rutinerna för lektionsstart och mentorssamtal ingår i skolans kvalitetsarbete; "
                              "rektor följer upp dem varje termin i ledningsgruppen.");
    }
    final->synthesis = s("Samverkan har gett skolan gemensamma rutiner och en uppföljning som fortsätter efter "
                         "stödet. Resultaten har förbättrats men inte så mycket som målen angav.");
    return FinalReportStore(db).submit(*final, d("2025-10-28"), error)
        && Cases::endCollaboration(db, c.id, d("2025-12-12"),
                                   s("Beslut om avslut: slutredovisningen är inlämnad och huvudmannens förmåga att "
                                     "följa upp och utveckla utbildningen bedöms stärkt."),
                                   error);
}

} // namespace

namespace DemoData {

bool populateFollowUp(Database& db, QString* error)
{
    return addTallmo(db, error) && addLarkangen(db, error);
}

} // namespace DemoData
