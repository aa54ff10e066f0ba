#include "DemoData.h"

#include "DemoFollowUp.h"
#include "DemoPlan.h"
#include "core/analysis/AnalysisTemplate.h"
#include "core/cases/Cases.h"
#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingStore.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/ProgrammeStore.h"
#include "core/storage/SchoolUnitStore.h"

#include <QGuiApplication>

#include <array>

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDateTime dt(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

IndicatorValue value(const char* indicator, const char* period, double v)
{
    return { QString::fromLatin1(indicator), QString::fromLatin1(period), v, QString() };
}

IndicatorValue marker(const char* indicator, const char* period, const char* mark)
{
    return { QString::fromLatin1(indicator), QString::fromLatin1(period), std::nullopt, QString::fromLatin1(mark) };
}

/** Five school years of results at organizer level: falling merit values, a test year lost and one withheld value. */
QList<IndicatorValue> demoResults()
{
    const char* years[] = { "2020/21", "2021/22", "2022/23", "2023/24", "2024/25" };
    const std::pair<const char*, std::array<double, 5>> series[] = {
        { "averageGradesMeritRating9thGrade", { 221.0, 219.6, 212.4, 205.9, 198.0 } },
        { "ratioOfPupils9thGradeEligibleForNationalProgramYR", { 78.0, 77.1, 75.4, 73.0, 71.0 } },
        { "ratioOfPupilsIn9thGradeWithAllSubjectsPassed", { 70.1, 69.0, 66.3, 64.8, 62.5 } },
        { "ratioOfPupilsIn6thGradeWithAllSubjectsPassed", { 80.2, 78.8, 79.5, 76.1, 75.0 } },
        { "certifiedTeachersQuota", { 74.0, 71.5, 68.2, 66.0, 63.4 } },
    };
    QList<IndicatorValue> results;
    for (const auto& [indicator, values] : series) {
        for (int i = 0; i < 5; ++i)
            results << value(indicator, years[i], values[i]);
    }
    // The national tests were cancelled in spring 2021; 2023/24 is withheld (too few pupils wrote the test).
    const char* test = "averageResultNationalTestsSubjectMA9thGrade";
    results << marker(test, years[0], ".") << value(test, years[1], 11.2) << value(test, years[2], 10.6)
            << marker(test, years[3], "..") << value(test, years[4], 9.4);
    return results;
}

QList<PupilVoice> demoVoices()
{
    PupilVoice interviews;
    interviews.method = s("gruppintervju");
    interviews.group = s("åk 8, Strandängsskolan, tre grupper ur två klasser");
    interviews.groupSize = 14;
    interviews.summary = s("Eleverna intervjuades av sina mentorer i tre grupper, utan att deras lärare i matematik "
                           "var med. De beskriver lektioner som ofta kommer i gång sent och där det är svårt att "
                           "koncentrera sig. Många vill ha fler gemensamma genomgångar och tydligare besked om vad som "
                           "krävs för de olika betygen.");
    interviews.themes = { { s("Stökigt och högljutt under lektionerna"), 11 },
                          { s("Otydligt vad som krävs för betygen"), 9 },
                          { s("Vill ha fler genomgångar i matematik"), 8 },
                          { s("Otrygga platser i korridorer och omklädningsrum"), 6 } };
    interviews.quotes = { s("Det tar typ en kvart innan alla har satt sig och man kan börja jobba."),
                          s("I matte sitter man mest själv med boken, och fastnar man får man vänta jättelänge "
                            "på hjälp.") };
    PupilVoice survey;
    survey.method = s("enkat");
    survey.group = s("åk 5, Ekbackaskolan F–6, alla klasser");
    survey.groupSize = 58;
    survey.summary = s("En enkät med sex frågor om trygghet och lärande besvarades under lektionstid. De flesta "
                       "trivs och känner sig trygga i klassrummet; otryggheten gäller rasterna och skolbussen.");
    survey.themes = { { s("Trivs i sin klass"), 47 },
                      { s("Får hjälp när jag behöver det"), 39 },
                      { s("Känner sig otrygg på rasterna"), 17 } };
    return { interviews, survey };
}

/**
 * A completed analysis at organizer level, saved the way the wizard saves it:
 * evidence and causes first (they get ids), then problems that point at them,
 * then the areas that point at the problems; finally marked klar.
 */
bool addAnalysis(Database& db, qint64 collaborationId, int minGroupSize, QString* error)
{
    const auto tmpl = AnalysisTemplate::newestFor(AnalysisKind::School, error);
    if (!tmpl)
        return false;
    Analysis a;
    a.collaborationId = collaborationId;
    a.kind = AnalysisKind::School;
    a.templateId = tmpl->id;
    a.templateVersion = tmpl->version;
    a.currentPage = s("summary");
    a.participants = {
        { s("Per Nilsson"), s("Skolchef"), s("Ekbacka kommun") },
        { s("Eva Strand"), s("Kvalitetsstrateg"), s("Ekbacka kommun") },
        { s("Maria Lindqvist"), s("Rektor"), s("Ekbackaskolan F–6") },
        { s("Johan Eriksson"), s("Rektor"), s("Strandängsskolan 7–9") },
        { s("Sara Ahmadi"), s("Förstelärare i matematik"), s("Strandängsskolan 7–9") },
        { s("Mikael Öberg"), s("Lärare i svenska"), s("Strandängsskolan 7–9") },
        { s("Karin Sandberg"), s("Processledare"), s("Skolverket") },
    };
    a.answers[s("scope.process")]
        = s("Analysen gjordes under sex träffar mellan november 2025 och februari 2026 med huvudmannens ledningsgrupp "
            "och skolteamen från Ekbackaskolan F–6 och Strandängsskolan 7–9. Skolverkets processledare deltog i fyra "
            "av träffarna. Resultat och slutsatser presenterades för all personal på studiedagen den 7 januari, och "
            "personalens synpunkter har arbetats in.");
    a.answers[s("results.patterns")]
        = s("Meritvärdet i åk 9 har sjunkit varje år sedan 2020/21, från 221 till 198 poäng, och andelen behöriga "
            "till gymnasieskolans yrkesprogram från 78 till 71 procent. Nedgången är störst i matematik: det "
            "genomsnittliga provbetyget på de nationella proven har sjunkit från 11,2 till 9,4. Pojkarnas resultat "
            "har sjunkit mer än flickornas. Samtidigt har andelen legitimerade lärare minskat, och i matematik i "
            "åk 7–9 undervisar i dag två lärare utan behörighet.");
    a.results = demoResults();
    a.evidence = {
        { 0, s("skolenkaten"), s("Skolenkäten våren 2025, elever i åk 8"),
          s("Svarsfrekvens 81 procent. 38 procent av eleverna instämmer i att det är arbetsro på lektionerna "
            "(rikets genomsnitt 61 procent), och 52 procent känner sig trygga i skolan. Indexet för stimulans är "
            "lägst i matematik."),
          d("2025-04-30") },
        { 0, s("inspektion"), s("Skolinspektionens beslut efter kvalitetsgranskning av Strandängsskolan"),
          s("Föreläggande att utveckla undervisningen så att den anpassas efter elevernas behov, och att rektorn "
            "systematiskt följer upp och analyserar kunskapsresultaten. Beslutet pekar också på brister i "
            "studieron."),
          d("2024-11-18") },
        { 0, s("observation"), s("Lektionsobservationer i matematik i åk 7–9"),
          s("Rektor och förstelärare besökte 18 lektioner. I 13 av dem dominerade enskilt arbete i läroboken; "
            "genomgångarna var korta och byggde sällan på elevernas svar. Lektionsstarter och övergångar tog i "
            "genomsnitt tio minuter."),
          d("2025-12-12") },
        { 0, s("kvalitetsarbete"), s("Huvudmannens kvalitetsrapport 2024/25"),
          s("Rapporten redovisar resultat per skola men innehåller ingen analys av orsaker. Nämnden har inte beslutat "
            "om några åtgärder med anledning av de sjunkande resultaten."),
          d("2025-10-15") },
    };
    a.voices = demoVoices();
    a.causes = {
        { 0, CauseArea::Teaching, DecisionLevel::Teaching,
          s("Undervisningen i matematik i åk 7–9 bygger till stor del på enskilt arbete i läroboken och anpassas "
            "sällan efter elevernas behov. Lärarna saknar gemensamma strategier för att leda lektionerna och skapa "
            "studiero.") },
        { 0, CauseArea::FollowUp, DecisionLevel::Organizer,
          s("Huvudmannen följer upp kunskapsresultaten en gång per år utan att analysera orsakerna eller besluta om "
            "åtgärder. Resultaten når inte nämnden som underlag för prioriteringar.") },
        { 0, CauseArea::Organisation, DecisionLevel::Principal,
          s("Strandängsskolan saknar en organisation för kollegialt lärande: ämneslaget i matematik träffas inte "
            "regelbundet, förstelärarnas uppdrag är otydliga och schemat lämnar ingen gemensam planeringstid.") },
    };
    AnalysisStore store(db);
    if (!store.save(a, minGroupSize, error))
        return false;

    const auto& e = a.evidence;
    const auto& c = a.causes;
    a.problems = {
        { 0,
          s("Elevernas kunskaper i matematik i åk 7–9 försämras, och allt färre elever blir behöriga till "
            "gymnasieskolans nationella program."),
          { c[0].id, c[1].id, c[2].id },
          { e[1].id, e[2].id, e[3].id } },
        { 0,
          s("Många elever på Strandängsskolan upplever otrygghet och bristande studiero, vilket tar tid från "
            "lärandet."),
          { c[0].id, c[2].id },
          { e[0].id, e[1].id } },
    };
    if (!store.save(a, minGroupSize, error))
        return false;

    a.areas = {
        { 0,
          s("Undervisning i matematik som möter alla elever"),
          s("Kollegialt lärande i matematik med stöd av lärosätets FoU-team: gemensamma strukturer för lektioner, "
            "genomgångar som bygger på elevernas tänkande och formativ bedömning. Huvudmannen följer upp arbetet "
            "varje termin och redovisar analysen för nämnden."),
          { a.problems[0].id } },
        { 0,
          s("Trygghet och studiero genom ett gemensamt ledarskap i klassrummet"),
          s("Gemensamma rutiner för lektionsstart och övergångar, vuxna som finns där eleverna känner sig otrygga, "
            "och elevernas röster som en stående del av uppföljningen."),
          { a.problems[1].id } },
    };
    a.summary
        = s("Resultaten i Ekbacka kommuns grundskolor har sjunkit i fem år, tydligast i matematik i åk 7–9 på "
            "Strandängsskolan. Analysen visar orsaker på alla beslutsnivåer: undervisningen anpassas sällan efter "
            "elevernas behov, skolan saknar en organisation för kollegialt lärande, och huvudmannen följer upp "
            "resultaten utan att analysera dem eller besluta om åtgärder. Eleverna beskriver oro och bristande "
            "studiero, vilket Skolenkäten och Skolinspektionens beslut bekräftar.");
    a.answers[s("summary.conclusions")]
        = s("Åtgärdsplanen ska ha insatser inom båda utvecklingsområdena, med mål som nämnden följer upp varje "
            "termin. Undervisningen i matematik på Strandängsskolan prioriteras först. Förskolan Solrosen gör en "
            "egen analys med mallen för förskola.");
    if (!store.save(a, minGroupSize, error))
        return false;
    return store.setStatus(a, AnalysisStatus::Done, s("Karin Sandberg"), minGroupSize, error);
}

/** The action plan from the analysis's two areas: four interventions (DemoPlan.cpp). */
bool addPlan(Database& db, const Collaboration& c, QString* error)
{
    PlanStore plans(db);
    auto plan = plans.create(c.id, error);
    if (!plan)
        return false;
    const auto analysis = AnalysisStore(db).load(plan->analysisId, error);
    if (!analysis)
        return false;
    plan->interventions = DemoData::planInterventions(*analysis, c.unitIds);
    return plans.save(*plan, error);
}

/**
 * The agreements: ÖK 1 signed in the autumn of 2025, its PDF's SHA-256 kept (the PDF is
 * printed here, in memory, as it was at the signing), and ÖK 2 as a draft from the plan.
 */
bool addAgreements(Database& db, const Collaboration& collaboration, QString* error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error)
            *error = QCoreApplication::translate("DemoData",
                                                 "The demo prints its signed agreement to keep the PDF's "
                                                 "fingerprint; that needs a QGuiApplication.");
        return false;
    }
    AgreementStore agreements(db);
    CaseOptions options;
    options.plan = true;
    const auto c = Cases::load(db, collaboration.id, options, error);
    if (!c)
        return false;
    const QList<Signatory> signatories = {
        { 0, AgreementParty::Agency, s("Anna Bergström"), s("Avdelningschef, avdelningen för skolutveckling"),
          s("Solna") },
        { 0, AgreementParty::Organizer, s("Per Nilsson"), s("Skolchef"), s("Ekbacka") },
        { 0, AgreementParty::Organizer, s("Lars Ek"), s("Ordförande, barn- och utbildningsnämnden"), s("Ekbacka") },
    };

    // The drafts every front end makes; the demo adds who signs and the organizer's diary numbers.
    auto ok1 = Cases::draftAgreement(*c, AgreementKind::Cooperation, error);
    if (!ok1)
        return false;
    ok1->organizer.diaryNumber = s("BUN 2025/112");
    ok1->signatories = signatories;
    if (!agreements.save(*ok1, error) || !agreements.markSent(*ok1, dt("2025-08-25T10:00:00"), error))
        return false;
    const QByteArray signedPdf = AgreementDocument::pdfBytes(*ok1, error);
    if (signedPdf.isEmpty() || !agreements.markSigned(*ok1, d("2025-09-01"), d("2025-08-29"), signedPdf, error))
        return false;

    auto ok2 = Cases::draftAgreement(*c, AgreementKind::Interventions, error);
    if (!ok2)
        return false;
    ok2->organizer.diaryNumber = s("BUN 2026/031");
    ok2->signatories = signatories;
    return agreements.save(*ok2, error);
}

} // namespace

namespace DemoData {

bool populate(Database& db, QString* error)
{
    OrganizerStore organizers(db);
    Organizer ekbacka;
    ekbacka.name = s("Ekbacka kommun");
    ekbacka.organisationNumber = s("212000-9994");
    ekbacka.type = OrganizerType::Municipal;
    ekbacka.municipalityCode = s("2599");
    ekbacka.postalAddress = { s("Box 120"), s("999 10"), s("Ekbacka") };
    ekbacka.contacts = {
        { 0, s("Per Nilsson"), s("Skolchef"), s("Barn- och utbildningsförvaltningen"), s("per.nilsson@ekbacka.se"),
          s("0970-123 40") },
        { 0, s("Eva Strand"), s("Kvalitetsstrateg"), s("Barn- och utbildningsförvaltningen"),
          s("eva.strand@ekbacka.se"), s("0970-123 52") },
    };
    if (!organizers.save(ekbacka, error))
        return false;

    SchoolUnitStore units(db);
    SchoolUnit f6 { 0,
                    s("99120001"),
                    s("Ekbackaskolan F–6"),
                    ekbacka.id,
                    { SchoolForm::PreschoolClass, SchoolForm::LeisureTimeCentre, SchoolForm::Compulsory },
                    UnitStatus::Active,
                    s("2599"),
                    { s("Skolvägen 4"), s("999 31"), s("Ekbacka") },
                    s("Maria Lindqvist"),
                    412 };
    SchoolUnit high { 0,
                      s("99120002"),
                      s("Strandängsskolan 7–9"),
                      ekbacka.id,
                      { SchoolForm::Compulsory },
                      UnitStatus::Active,
                      s("2599"),
                      { s("Strandängsvägen 12"), s("999 33"), s("Ekbacka") },
                      s("Johan Eriksson"),
                      356 };
    SchoolUnit preschool { 0,
                           s("99120003"),
                           s("Förskolan Solrosen"),
                           ekbacka.id,
                           { SchoolForm::Preschool },
                           UnitStatus::Active,
                           s("2599"),
                           { s("Blomstergatan 2"), s("999 34"), s("Ekbacka") },
                           s("Aisha Mohammed"),
                           84 };
    for (SchoolUnit* u : { &f6, &high, &preschool }) {
        if (!units.save(*u, error))
            return false;
    }

    CollaborationStore collaborations(db);
    const auto programme = ProgrammeStore(db).defaultProgramme(error);
    if (!programme)
        return false;
    Collaboration c;
    c.organizerId = ekbacka.id;
    c.programmeId = programme->id;
    c.diaryNumber = s("7.4.2-2025:1043");
    c.startDate = d("2025-09-01");
    c.plannedEndDate = Collaboration::plannedEndFor(c.startDate, programme->durationMonths);
    c.phaseHistory = {
        { 1, d("2025-05-20"), s("Vald i urvalsomgången våren 2025 på underlag från Skolinspektionen.") },
        { 2, d("2025-09-01"), s("Barn- och utbildningsnämnden tackade ja 2025-08-28; ÖK 1 undertecknad.") },
        { 3, d("2025-11-10"), s("Nulägesanalysen startade med skolteamen.") },
    };
    c.phase = 3;
    c.unitIds = { f6.id, high.id, preschool.id };
    c.dialogueTeam = {
        { 0, s("Karin Sandberg"), s("Processledare"), s("Skolverket"), s("karin.sandberg@skolverket.se"), QString() },
        { 0, s("Olof Berg"), s("Processledare"), s("Skolverket"), s("olof.berg@skolverket.se"), QString() },
        { 0, s("Lena Holm"), s("Forskare, FoU-team"), s("Umeå universitet"), s("lena.holm@umu.se"), QString() },
    };
    c.organizerContacts = {
        { 0, s("Per Nilsson"), s("Skolchef"), s("Ekbacka kommun"), s("per.nilsson@ekbacka.se"), s("0970-123 40") },
        { 0, s("Eva Strand"), s("Kvalitetsstrateg"), s("Ekbacka kommun"), s("eva.strand@ekbacka.se"), QString() },
        { 0, s("Maria Lindqvist"), s("Rektor, Ekbackaskolan F–6"), s("Ekbacka kommun"), QString(), QString() },
        { 0, s("Johan Eriksson"), s("Rektor, Strandängsskolan 7–9"), s("Ekbacka kommun"), QString(), QString() },
    };
    if (!collaborations.save(c, error))
        return false;

    MeetingStore meetings(db);
    Meeting first;
    first.collaborationId = c.id;
    first.kind = MeetingKind::FirstMeeting;
    first.start = dt("2025-09-10T13:00");
    first.durationMinutes = 180;
    first.place = s("Kommunhuset, sammanträdesrum Älven, Ekbacka");
    first.agenda = s("1. Presentation av Samverkan för bästa skola och Skoldialogen\n"
                     "2. Urvalet: varför Ekbacka kommun och de tre enheterna\n"
                     "3. Förväntningar och åtaganden för båda parter\n"
                     "4. Nästa steg: nulägesanalysen och skolteamen");
    first.notes = s("Skolchefen beskrev en kommun med svårt att rekrytera behöriga lärare, särskilt i matematik "
                    "och svenska som andraspråk. Rektorerna lyfte att uppföljningen av resultat i dag sker en gång "
                    "per år och sällan leder till förändrad undervisning. Skolverket presenterade arbetsgången och "
                    "betonade att nulägesanalysen ska leta efter orsaker, inte bara beskriva resultat.");
    first.participants = {
        { s("Karin Sandberg"), s("Processledare"), s("Skolverket") },
        { s("Olof Berg"), s("Processledare"), s("Skolverket") },
        { s("Per Nilsson"), s("Skolchef"), s("Ekbacka kommun") },
        { s("Eva Strand"), s("Kvalitetsstrateg"), s("Ekbacka kommun") },
        { s("Maria Lindqvist"), s("Rektor"), s("Ekbackaskolan F–6") },
        { s("Johan Eriksson"), s("Rektor"), s("Strandängsskolan 7–9") },
        { s("Aisha Mohammed"), s("Förskolechef"), s("Förskolan Solrosen") },
    };
    first.decisions = { { s("Ekbacka kommun går vidare i samverkan; ärendet tas upp i nämnden 28 augusti.") },
                        { s("Varje enhet utser ett skolteam med rektor och fyra lärare senast 1 oktober.") } };
    first.actionItems = {
        { s("Sammanställa resultat och Skolenkäten 2020–2025 för de tre enheterna"), s("Eva Strand"), d("2025-10-15"),
          true },
        { s("Skicka underlag om nulägesanalysen till rektorerna"), s("Karin Sandberg"), d("2025-09-20"), true },
    };
    if (!meetings.save(first, error))
        return false;

    Meeting dialogue;
    dialogue.collaborationId = c.id;
    dialogue.kind = MeetingKind::Dialogue;
    dialogue.start = dt("2025-11-12T09:00");
    dialogue.durationMinutes = 150;
    dialogue.place = s("Strandängsskolan, personalrummet");
    dialogue.agenda = s("1. Resultatbilden åk 6 och 9, 2020–2025\n"
                        "2. Elevernas röster: gruppintervjuer i åk 5 och 8\n"
                        "3. Tänkbara orsaker på huvudmanna- och enhetsnivå\n"
                        "4. Planering av nästa träff");
    dialogue.notes = s("Meritvärdet i åk 9 har sjunkit tre år i rad och ligger nu på 198. Andelen behöriga till "
                       "gymnasiet är 71 procent. Skolteamen ser att undervisningen i matematik sällan anpassas efter "
                       "elevernas behov. Eleverna beskriver oro i klassrummen och otydliga förväntningar. "
                       "Förskolan Solrosen vill fokusera på språkutvecklande arbetssätt.");
    dialogue.participants = {
        { s("Karin Sandberg"), s("Processledare"), s("Skolverket") },
        { s("Eva Strand"), s("Kvalitetsstrateg"), s("Ekbacka kommun") },
        { s("Johan Eriksson"), s("Rektor"), s("Strandängsskolan 7–9") },
        { s("Sara Ahmadi"), s("Förstelärare i matematik"), s("Strandängsskolan 7–9") },
        { s("Mikael Öberg"), s("Lärare i svenska"), s("Strandängsskolan 7–9") },
    };
    dialogue.decisions = { { s("Nulägesanalysen ska vara klar och fastställd senast 13 februari 2026.") } };
    dialogue.actionItems = {
        { s("Genomföra lektionsbesök i matematik i åk 7–9"), s("Johan Eriksson"), d("2025-12-12"), false },
        { s("Ta fram huvudmannens rutin för resultatuppföljning"), s("Eva Strand"), d("2026-01-16"), false },
        { s("Boka gemensam träff för alla skolteam i januari"), s("Karin Sandberg"), d("2025-12-01"), false },
    };
    if (!meetings.save(dialogue, error))
        return false;
    if (!addAnalysis(db, c.id, programme->minGroupSize, error))
        return false;
    return addPlan(db, c, error) && addAgreements(db, c, error);
}

bool populateAll(Database& db, QString* error)
{
    return populate(db, error) && populateFollowUp(db, error);
}

} // namespace DemoData
