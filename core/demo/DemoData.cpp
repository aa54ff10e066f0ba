#include "DemoData.h"

#include "storage/CollaborationStore.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"
#include "storage/OrganizerStore.h"
#include "storage/SchoolUnitStore.h"

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
    ekbacka.postalAddress = {s("Box 120"), s("999 10"), s("Ekbacka")};
    ekbacka.contacts = {
        {0, s("Per Nilsson"), s("Skolchef"), s("Barn- och utbildningsförvaltningen"), s("per.nilsson@ekbacka.se"),
         s("0970-123 40")},
        {0, s("Eva Strand"), s("Kvalitetsstrateg"), s("Barn- och utbildningsförvaltningen"),
         s("eva.strand@ekbacka.se"), s("0970-123 52")},
    };
    if (!organizers.save(ekbacka, error))
        return false;

    SchoolUnitStore units(db);
    SchoolUnit f6{0, s("99120001"), s("Ekbackaskolan F–6"), ekbacka.id,
                  {SchoolForm::PreschoolClass, SchoolForm::LeisureTimeCentre, SchoolForm::Compulsory},
                  UnitStatus::Active, s("2599"), {s("Skolvägen 4"), s("999 31"), s("Ekbacka")}, s("Maria Lindqvist"),
                  412};
    SchoolUnit high{0, s("99120002"), s("Strandängsskolan 7–9"), ekbacka.id, {SchoolForm::Compulsory},
                    UnitStatus::Active, s("2599"), {s("Strandängsvägen 12"), s("999 33"), s("Ekbacka")},
                    s("Johan Eriksson"), 356};
    SchoolUnit preschool{0, s("99120003"), s("Förskolan Solrosen"), ekbacka.id, {SchoolForm::Preschool},
                         UnitStatus::Active, s("2599"), {s("Blomstergatan 2"), s("999 34"), s("Ekbacka")},
                         s("Aisha Mohammed"), 84};
    for (SchoolUnit* u : {&f6, &high, &preschool}) {
        if (!units.save(*u, error))
            return false;
    }

    CollaborationStore collaborations(db);
    const auto programme = collaborations.defaultProgramme(error);
    if (!programme)
        return false;
    Collaboration c;
    c.organizerId = ekbacka.id;
    c.programmeId = programme->id;
    c.diaryNumber = s("7.4.2-2025:1043");
    c.startDate = d("2025-09-01");
    c.plannedEndDate = Collaboration::plannedEndFor(c.startDate, programme->durationMonths);
    c.phaseHistory = {
        {1, d("2025-05-20"), s("Vald i urvalsomgången våren 2025 på underlag från Skolinspektionen.")},
        {2, d("2025-09-01"), s("Barn- och utbildningsnämnden tackade ja 2025-08-28; ÖK 1 undertecknad.")},
        {3, d("2025-11-10"), s("Nulägesanalysen startade med skolteamen.")},
    };
    c.phase = 3;
    c.unitIds = {f6.id, high.id, preschool.id};
    c.dialogueTeam = {
        {0, s("Karin Sandberg"), s("Processledare"), s("Skolverket"), s("karin.sandberg@skolverket.se"), QString()},
        {0, s("Olof Berg"), s("Processledare"), s("Skolverket"), s("olof.berg@skolverket.se"), QString()},
        {0, s("Lena Holm"), s("Forskare, FoU-team"), s("Umeå universitet"), s("lena.holm@umu.se"), QString()},
    };
    c.organizerContacts = {
        {0, s("Per Nilsson"), s("Skolchef"), s("Ekbacka kommun"), s("per.nilsson@ekbacka.se"), s("0970-123 40")},
        {0, s("Eva Strand"), s("Kvalitetsstrateg"), s("Ekbacka kommun"), s("eva.strand@ekbacka.se"), QString()},
        {0, s("Maria Lindqvist"), s("Rektor, Ekbackaskolan F–6"), s("Ekbacka kommun"), QString(), QString()},
        {0, s("Johan Eriksson"), s("Rektor, Strandängsskolan 7–9"), s("Ekbacka kommun"), QString(), QString()},
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
        {s("Karin Sandberg"), s("Processledare"), s("Skolverket")},
        {s("Olof Berg"), s("Processledare"), s("Skolverket")},
        {s("Per Nilsson"), s("Skolchef"), s("Ekbacka kommun")},
        {s("Eva Strand"), s("Kvalitetsstrateg"), s("Ekbacka kommun")},
        {s("Maria Lindqvist"), s("Rektor"), s("Ekbackaskolan F–6")},
        {s("Johan Eriksson"), s("Rektor"), s("Strandängsskolan 7–9")},
        {s("Aisha Mohammed"), s("Förskolechef"), s("Förskolan Solrosen")},
    };
    first.decisions = {{s("Ekbacka kommun går vidare i samverkan; ärendet tas upp i nämnden 28 augusti.")},
                       {s("Varje enhet utser ett skolteam med rektor och fyra lärare senast 1 oktober.")}};
    first.actionItems = {
        {s("Sammanställa resultat och Skolenkäten 2020–2025 för de tre enheterna"), s("Eva Strand"),
         d("2025-10-15"), true},
        {s("Skicka underlag om nulägesanalysen till rektorerna"), s("Karin Sandberg"), d("2025-09-20"), true},
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
        {s("Karin Sandberg"), s("Processledare"), s("Skolverket")},
        {s("Eva Strand"), s("Kvalitetsstrateg"), s("Ekbacka kommun")},
        {s("Johan Eriksson"), s("Rektor"), s("Strandängsskolan 7–9")},
        {s("Sara Ahmadi"), s("Förstelärare i matematik"), s("Strandängsskolan 7–9")},
        {s("Mikael Öberg"), s("Lärare i svenska"), s("Strandängsskolan 7–9")},
    };
    dialogue.decisions = {{s("Nulägesanalysen ska vara klar och fastställd senast 13 februari 2026.")}};
    dialogue.actionItems = {
        {s("Genomföra lektionsbesök i matematik i åk 7–9"), s("Johan Eriksson"), d("2025-12-12"), false},
        {s("Ta fram huvudmannens rutin för resultatuppföljning"), s("Eva Strand"), d("2026-01-16"), false},
        {s("Boka gemensam träff för alla skolteam i januari"), s("Karin Sandberg"), d("2025-12-01"), false},
    };
    return meetings.save(dialogue, error);
}

} // namespace DemoData
