#include "Analyses.h"

#include "NameParts.h"
#include "Random.h"
#include "core/analysis/AnalysisTemplate.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QSqlQuery>

namespace NationalDataDetail {

namespace {

const char* const kCauses[] = {
    "Undervisningen anpassas sällan efter elevernas olika behov.",
    "Resultaten följs upp en gång per år utan analys av orsaker.",
    "Det saknas tid och struktur för kollegialt lärande.",
    "Rektors pedagogiska ledarskap ges litet utrymme av administrationen.",
    "Elevhälsan arbetar åtgärdande snarare än förebyggande.",
    "Huvudmannens styrning når inte klassrummen.",
};
const char* const kProblems[] = {
    "Andelen elever som når kunskapskraven i matematik sjunker.",
    "Många elever upplever otrygghet och bristande studiero.",
    "Meritvärdet i åk 9 har sjunkit flera år i rad.",
    "Få elever med annat modersmål når behörighet till gymnasiet.",
};
const char* const kAreas[] = {
    "Undervisningens kvalitet i matematik",
    "Studiero och trygghet",
    "Systematiskt kvalitetsarbete på alla nivåer",
    "Språkutvecklande arbetssätt i alla ämnen",
};

template<std::size_t N> QString pick(Random& r, const char* const (&items)[N])
{
    return QString::fromUtf8(r.pick(items));
}

} // namespace

bool writeAnalyses(Database& db, quint64 seed, qint64* count, QString* error)
{
    const auto templ = AnalysisTemplate::newestFor(AnalysisKind::School, error);
    if (!templ)
        return false;
    QList<std::pair<qint64, int>> collaborations;
    {
        QSqlQuery q(db.connection());
        if (!Sql::exec(q, QStringLiteral("SELECT id, phase FROM collaboration WHERE phase >= 3 ORDER BY id"), error))
            return false;
        while (q.next())
            collaborations.append({ q.value(0).toLongLong(), q.value(1).toInt() });
    }
    Random r(seed);
    AnalysisStore store(db);
    Sql::Transaction tx(db.connection()); // one commit for all of them
    for (const auto& [collaborationId, phase] : collaborations) {
        Analysis a;
        a.collaborationId = collaborationId;
        a.kind = AnalysisKind::School;
        a.templateId = templ->id;
        a.templateVersion = templ->version;
        a.participants
            = { { NameParts::personName(r), QStringLiteral("Rektor"), QString() },
                { NameParts::personName(r), QStringLiteral("Förstelärare"), QString() },
                { NameParts::personName(r), QStringLiteral("Processledare"), QStringLiteral("Skolverket") } };
        for (int year = 0; year < 5; ++year) {
            a.results.append({ QStringLiteral("averageGradesMeritRating9thGrade"),
                               QStringLiteral("%1/%2").arg(2019 + year).arg((20 + year) % 100, 2, 10, QLatin1Char('0')),
                               200.0 + r.below(60) - year * 2.5, QString() });
        }
        a.evidence = { { 0, QStringLiteral("skolenkaten"), QStringLiteral("Skolenkäten åk 8"),
                         NameParts::noteSentence(r), QDate(2024, 3, 1 + r.below(28)) },
                       { 0, QStringLiteral("observation"), QStringLiteral("Lektionsobservationer"),
                         NameParts::noteSentence(r), QDate() } };
        PupilVoice voice;
        voice.method = QStringLiteral("gruppintervju");
        voice.group = QStringLiteral("åk 8");
        voice.groupSize = 8 + r.below(20);
        voice.summary = NameParts::noteSentence(r);
        voice.themes = { { QStringLiteral("Studiero"), r.below(voice.groupSize) } };
        a.voices = { voice };
        for (int i = 0; i < 3; ++i)
            a.causes.append({ 0, static_cast<CauseArea>(i), static_cast<DecisionLevel>(r.below(3)), pick(r, kCauses) });
        if (!store.save(a, 1, error)) // causes and evidence get their ids
            return false;
        a.problems = { { 0, pick(r, kProblems), { a.causes[0].id, a.causes[1].id }, { a.evidence[0].id } },
                       { 0, pick(r, kProblems), { a.causes[2].id }, { a.evidence[1].id } } };
        if (!store.save(a, 1, error))
            return false;
        a.areas = { { 0, pick(r, kAreas), QString(), { a.problems[0].id } },
                    { 0, pick(r, kAreas), QString(), { a.problems[1].id } } };
        a.summary = NameParts::noteSentence(r);
        if (!store.save(a, 1, error))
            return false;
        if (phase > 3 || r.below(2) == 0) {
            if (!store.setStatus(a, AnalysisStatus::Done, NameParts::personName(r), 1, error))
                return false;
        }
        if (phase > 3 && !store.setStatus(a, AnalysisStatus::Established, NameParts::personName(r), 1, error))
            return false;
        ++*count;
    }
    return tx.commit(error);
}

} // namespace NationalDataDetail
