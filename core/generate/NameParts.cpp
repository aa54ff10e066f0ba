#include "NameParts.h"

#include <QStringList>

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const char* const kPlacePrefixes[] = {
    "Ek",     "Björk", "Sand", "Sten",   "Lind", "Alm",   "Ask",    "Berg",  "Dal",    "Fors",  "Hag",   "Holm",
    "Hög",    "Klint", "Lund", "Malm",   "Norr", "Söder", "Väster", "Öster", "Strand", "Sjö",   "Skog",  "Ång",
    "Rönn",   "Gran",  "Tall", "Hassel", "Asp",  "Ljung", "Mo",     "Ny",    "Kungs",  "Fager", "Gull",  "Kopp",
    "Järn",   "Vret",  "Torp", "Ed",     "Brå",  "Vad",   "Tid",    "Älv",   "Kvarn",  "Lill",  "Stor",  "Myr",
    "Hammar", "Bro",   "Rå",   "Vall",   "Hed",  "Sol",   "Vik",    "Nor",   "Finn",   "Karl",  "Ulrik", "Vinter",
};
const char* const kPlaceSuffixes[] = {
    "backa", "vik", "ström", "berg", "dal", "by",  "sund", "köping", "hamn", "fors", "holm", "näs",
    "torp",  "ås",  "stad",  "hult", "lid", "ryd", "sjö",  "vall",   "red",  "inge", "tuna", "borg",
};
constexpr int kPrefixCount = int(std::size(kPlacePrefixes));
constexpr int kSuffixCount = int(std::size(kPlaceSuffixes));

const char* const kFirstNames[] = {
    "Anna",   "Eva",    "Maria",   "Karin",  "Sara",   "Lena",   "Emma",   "Kristina", "Elin",    "Ida",
    "Hanna",  "Linnea", "Sofia",   "Malin",  "Amira",  "Fatima", "Aisha",  "Leila",    "Mona",    "Ulla",
    "Erik",   "Lars",   "Karl",    "Anders", "Johan",  "Per",    "Mikael", "Jan",      "Olof",    "Peter",
    "Magnus", "Daniel", "Fredrik", "Jonas",  "Henrik", "Oskar",  "Ahmed",  "Omar",     "Ali",     "Yusuf",
    "Åsa",    "Märta",  "Björn",   "Göran",  "Sören",  "Zeynep", "Tomas",  "Helena",   "Camilla", "Mattias",
};
const char* const kLastNames[] = {
    "Andersson", "Johansson",  "Karlsson",   "Nilsson",   "Eriksson",  "Larsson",   "Olsson",   "Persson",
    "Svensson",  "Gustafsson", "Pettersson", "Jonsson",   "Hansson",   "Bengtsson", "Jönsson",  "Lindberg",
    "Jakobsson", "Magnusson",  "Olofsson",   "Lindström", "Lindqvist", "Lindgren",  "Berg",     "Axelsson",
    "Bergström", "Lundberg",   "Lundgren",   "Mattsson",  "Berglund",  "Sandberg",  "Forsberg", "Sjöberg",
    "Wallin",    "Engström",   "Eklund",     "Håkansson", "Björk",     "Holm",      "Nyström",  "Holmberg",
    "Löfgren",   "Söderberg",  "Nyberg",     "Blomqvist", "Mohammed",  "Ali",       "Ahmed",    "Hassan",
    "Ibrahim",   "Yilmaz",     "Nguyen",     "Öberg",     "Åberg",     "Strand",    "Ahmadi",   "Kovačević",
};

const char* const kStemFirst[] = { "Ek",   "Björk", "Sol",   "Äng",  "Strand", "Lind", "Hag",  "Berg", "Dal",
                                   "Skog", "Sjö",   "Rosen", "Lärk", "Hassel", "Al",   "Sten", "Norr", "Söder",
                                   "Kyrk", "Kvarn", "Mölle", "Tall", "Linne",  "Bäck", "Fält", "Väst", "Öst" };
const char* const kStemSecond[] = { "backa", "hags",  "ängs", "dals", "skogs", "bergs", "valls", "lunds",
                                    "gårds", "torps", "viks", "mo",   "hems",  "åkers", "kulla", "sätra" };
const char* const kPreschoolNames[] = {
    "Solrosen",  "Blåklinten",  "Lärkan",     "Ekorren",  "Nyckelpigan", "Humlan",     "Tallkotten", "Regnbågen",
    "Vitsippan", "Björnen",     "Myrstacken", "Trollet",  "Snäckan",     "Ugglan",     "Igelkotten", "Kastanjen",
    "Linden",    "Skogsbrynet", "Ängen",      "Fjärilen", "Kotten",      "Smultronet", "Lönnen",     "Vitsippsbacken",
};

const char* const kPrivateFirst[]
    = { "Framtids",  "Kunskaps",        "Lärande", "Nova",  "Vision",  "Montessori", "Waldorf",
        "Freinet",   "Internationella", "Kultur",  "Natur", "Idrotts", "Tekniska",   "Engelska",
        "Bildnings", "Kristna",         "Språk",   "Musik", "Science", "Kreativa" };
const char* const kPrivateSecond[] = { "skolan",     "förskolan", "gymnasiet", "akademin",  "skolor",
                                       "utbildning", "förskolor", "friskolan", "lärcentrum" };

const char* const kNotes[] = {
    "Meritvärdet i årskurs 9 har sjunkit tre år i rad.",
    "Andelen behöriga till gymnasiet är lägre än i riket.",
    "Rektorerna beskriver svårigheter att rekrytera behöriga lärare i matematik.",
    "Eleverna efterfrågar tydligare förväntningar och mer studiero.",
    "Huvudmannens uppföljning av resultat sker en gång per år och leder sällan till förändring.",
    "Skolteamen har genomfört lektionsbesök och sett att undervisningen sällan anpassas.",
    "Elevhälsan arbetar mest åtgärdande och för lite förebyggande.",
    "Det kollegiala lärandet saknar struktur och tid i schemat.",
    "Vårdnadshavarna uttrycker oro för tryggheten på rasterna.",
    "Språkutvecklande arbetssätt används ojämnt mellan klasserna.",
    "Resultaten på de nationella proven i svenska som andraspråk har förbättrats.",
    "Förskolan vill utveckla dokumentationen av barnens lärande.",
    "Nämnden har fått en första återrapport om nulägesanalysen.",
    "Skolverket betonade att analysen ska söka orsaker, inte bara beskriva resultat.",
    "Lärosätets processledare presenterade upplägget för kompetensutvecklingen.",
    "Insatserna i åtgärdsplanen följer tidplanen med ett par undantag.",
    "Delredovisningen visar att närvaron har ökat på högstadiet.",
    "Frånvaron bland eleverna i årskurs 8 är fortsatt hög.",
};
const char* const kDecisions[] = {
    "Nulägesanalysen fastställs vid nästa möte.",
    "Varje enhet utser ett skolteam med rektor och fyra lärare.",
    "Huvudmannen tar fram en rutin för resultatuppföljning.",
    "Åtgärdsplanen skickas till Skolverket för synpunkter.",
    "Insatsen om kollegialt lärande startar till hösten.",
    "Delredovisningen lämnas in enligt överenskommelsen.",
    "Förskolan prioriterar språkutvecklande arbetssätt.",
    "Elevhälsans arbete ses över under våren.",
    "Skolteamen träffas varannan vecka under analysfasen.",
    "Mötet godkänner dagordningen och föregående protokoll.",
};
const char* const kActions[] = {
    "Sammanställa resultat och Skolenkäten för enheterna",
    "Genomföra lektionsbesök i matematik",
    "Boka gemensam träff för alla skolteam",
    "Skicka underlag om nulägesanalysen till rektorerna",
    "Intervjua elever i årskurs 5 och 8 i grupp",
    "Ta fram förslag till utvecklingsområden",
    "Skriva utkast till delredovisning",
    "Beställa fortbildning från lärosätet",
    "Följa upp närvaron per klass",
    "Informera nämnden om arbetet",
};
const char* const kAgenda[] = {
    "Presentation av Samverkan för bästa skola",
    "Resultatbilden de senaste fem åren",
    "Elevernas röster",
    "Tänkbara orsaker på huvudmanna- och enhetsnivå",
    "Prioriterade utvecklingsområden",
    "Åtgärdsplanen och finansieringen",
    "Lägesrapport från skolteamen",
    "Uppföljning av insatserna",
    "Nästa steg och mötestider",
    "Delredovisningen",
};
const char* const kPlaces[] = { "Kommunhuset, sammanträdesrum %1", "%1skolan, personalrummet", "Digitalt möte",
                                "Stadshuset, %1salen", "Förvaltningens lokaler i %1" };

QChar fold(QChar c)
{
    switch (c.unicode()) {
    case 0xE5: // å
    case 0xE4: // ä
    case 0xE1:
    case 0xE0:
        return QLatin1Char('a');
    case 0xF6: // ö
    case 0xF3:
        return QLatin1Char('o');
    case 0xE9:
    case 0xE8:
        return QLatin1Char('e');
    case 0xFC:
        return QLatin1Char('u');
    case 0x10D: // č
    case 0xE7:
        return QLatin1Char('c');
    default:
        return c;
    }
}

} // namespace

namespace NameParts {

QString placeName(int serial)
{
    // 37 is coprime with prefixes × suffixes, so serials below that product never repeat a name.
    const int index = int((qint64(serial) * 37 + 11) % (kPrefixCount * kSuffixCount));
    QString name = u(kPlacePrefixes[index % kPrefixCount]) + u(kPlaceSuffixes[index / kPrefixCount]);
    if (serial >= kPrefixCount * kSuffixCount)
        name += QStringLiteral(" ") + QString::number(serial / (kPrefixCount * kSuffixCount) + 1);
    return name;
}

QString municipalityName(const QString& place)
{
    const QChar last = place.back().toLower();
    const bool noGenitive = QStringLiteral("aeiouyåäösxz").contains(last);
    return place + (noGenitive ? QString() : QStringLiteral("s")) + QStringLiteral(" kommun");
}

QString firstName(Random& r)
{
    return u(r.pick(kFirstNames));
}

QString lastName(Random& r)
{
    return u(r.pick(kLastNames));
}

QString personName(Random& r)
{
    return firstName(r) + QLatin1Char(' ') + lastName(r);
}

QString domainFor(const QString& name)
{
    QString d;
    for (QChar c : name.toLower()) {
        c = fold(c);
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            d += c;
        else if (c == QLatin1Char(' ') && !d.isEmpty())
            break; // "Sandviks kommun" -> "sandviks"
    }
    return (d.isEmpty() ? QStringLiteral("exempel") : d) + QStringLiteral(".se");
}

QString email(const QString& name, const QString& domain)
{
    QString local;
    for (QChar c : name.toLower()) {
        c = fold(c);
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            local += c;
        else if (c == QLatin1Char(' '))
            local += QLatin1Char('.');
    }
    return local + QLatin1Char('@') + domain;
}

QString privateOrganizerName(Random& r, const QString& place, bool foundation)
{
    if (foundation) {
        switch (r.below(3)) {
        case 0:
            return u("Stiftelsen %1 Montessoriskola").arg(place);
        case 1:
            return u("Stiftelsen Kristna skolan i %1").arg(place);
        default:
            return u("Stiftelsen %1förskolan").arg(u(r.pick(kPreschoolNames)));
        }
    }
    const QString name = u(r.pick(kPrivateFirst)) + u(r.pick(kPrivateSecond));
    return (r.chance(0.5) ? name + u(" i ") + place : name) + QStringLiteral(" AB");
}

QString unitStem(Random& r)
{
    return u(r.pick(kStemFirst)) + u(r.pick(kStemSecond));
}

QString preschoolName(Random& r)
{
    return u("Förskolan ") + u(r.pick(kPreschoolNames));
}

QString noteSentence(Random& r)
{
    return u(r.pick(kNotes));
}

QString decisionText(Random& r)
{
    return u(r.pick(kDecisions));
}

QString actionText(Random& r)
{
    return u(r.pick(kActions));
}

QString agendaItem(Random& r)
{
    return u(r.pick(kAgenda));
}

QString meetingPlace(Random& r, const QString& place)
{
    return u(r.pick(kPlaces)).replace(QStringLiteral("%1"), place);
}

} // namespace NameParts
