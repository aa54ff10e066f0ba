#include "NationalData.h"

#include "Agreements.h"
#include "Analyses.h"
#include "FollowUp.h"
#include "Generator.h"
#include "NameParts.h"
#include "Plans.h"
#include "Random.h"
#include "UnitStatistics.h"

#include "core/Clock.h"
#include "core/domain/Collaboration.h"
#include "core/domain/Meeting.h"
#include "core/domain/SchoolForm.h"
#include "core/domain/SchoolUnit.h"
#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace NationalDataDetail;

namespace {

// Messages of a developer tool: English only, not in the translation.
QString message(const char* s)
{
    return QString::fromUtf8(s);
}

// Län codes: kommunkod is the county's two digits and two of the municipality's.
const char* const kCounties[] = { "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
                                  "14", "17", "18", "19", "20", "21", "22", "23", "24", "25" };

/** The kinds of unit, with their share of all units in percent and their school forms. */
enum class UnitKind { Preschool, F6, F9, Years79, UpperSecondary, AdaptedCompulsory, AdaptedUpper, Leisure };
struct UnitKindInfo
{
    UnitKind kind;
    int share;
    QList<SchoolForm> forms;
    int minPupils;
    int maxPupils;
};
const QList<UnitKindInfo>& unitKinds()
{
    using F = SchoolForm;
    static const QList<UnitKindInfo> kinds = {
        { UnitKind::Preschool, 45, { F::Preschool }, 15, 160 },
        { UnitKind::F6, 24, { F::PreschoolClass, F::LeisureTimeCentre, F::Compulsory }, 60, 520 },
        { UnitKind::F9, 9, { F::PreschoolClass, F::LeisureTimeCentre, F::Compulsory }, 80, 900 },
        { UnitKind::Years79, 8, { F::Compulsory }, 120, 650 },
        { UnitKind::UpperSecondary, 8, { F::UpperSecondary }, 80, 1800 },
        { UnitKind::AdaptedCompulsory, 3, { F::AdaptedCompulsory }, 4, 60 },
        { UnitKind::AdaptedUpper, 2, { F::AdaptedUpperSecondary }, 4, 70 },
        { UnitKind::Leisure, 1, { F::LeisureTimeCentre }, 20, 200 },
    };
    return kinds;
}

/** Nine digits and a Luhn check digit, written NNNNNN-NNNN. */
QString withCheckDigit(const QString& nine)
{
    for (int d = 0; d <= 9; ++d) {
        const QString ten = nine + QString::number(d);
        if (Validation::luhnValid(ten))
            return ten.left(6) + QLatin1Char('-') + ten.mid(6);
    }
    return QString();
}

QString digits(Random& r, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QLatin1Char(char('0' + r.below(10)));
    return s;
}

QString postalCode(Random& r, int prefix)
{
    return QStringLiteral("%1 %2").arg(prefix).arg(r.below(100), 2, 10, QLatin1Char('0'));
}

} // namespace

namespace NationalDataDetail {

bool Generator::writeOrganizers(QString* error)
{
    Random r = stream(1);
    QSqlQuery* insert = m_writer.prepare(QStringLiteral(
        "INSERT INTO organizer(id, name, organisation_number, type, municipality_code, street_address, postal_code, "
        "locality, uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = Clock::timestamp();
    QSqlQuery* contact = m_writer.prepare(
        QStringLiteral("INSERT INTO organizer_contact(organizer_id, position, name, role, organisation, email, phone) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert || !contact)
        return fail(error);
    QSet<QString> numbers;
    QSet<QString> names;
    const int total = m_sizes.municipalities + m_sizes.privateOrganizers;
    for (int i = 0; i < total; ++i) {
        OrganizerInfo o;
        o.id = i + 1;
        o.municipal = i < m_sizes.municipalities;
        const int home = o.municipal ? i : r.below(m_sizes.municipalities);
        o.place = NameParts::placeName(home);
        o.municipalityCode = QString::fromLatin1(kCounties[home % std::size(kCounties)])
            + QStringLiteral("%1").arg(14 + (home / int(std::size(kCounties))) * 6 % 86, 2, 10, QLatin1Char('0'));
        o.postalPrefix = 100 + (home * 31) % 880;
        QString name;
        QString number;
        if (o.municipal) {
            name = NameParts::municipalityName(o.place);
            number = withCheckDigit(QStringLiteral("21200%1").arg((i * 37 + 101) % 10000, 4, 10, QLatin1Char('0')));
        } else {
            const bool foundation = r.chance(0.12);
            name = NameParts::privateOrganizerName(r, o.place, foundation);
            for (int n = 2; names.contains(name); ++n)
                name = NameParts::privateOrganizerName(r, NameParts::placeName(r.below(m_sizes.municipalities)),
                                                       foundation);
            do {
                // Aktiebolag 55NNNN-NNNN, stiftelser 802NNN-NNNN; the third digit is never below 2.
                number = withCheckDigit(foundation
                                            ? QStringLiteral("802") + digits(r, 6)
                                            : QStringLiteral("55") + QString::number(r.between(2, 9)) + digits(r, 6));
            } while (numbers.contains(number));
        }
        numbers.insert(number);
        names.insert(name);
        o.domain = NameParts::domainFor(o.municipal ? o.place : name);
        const QString type = o.municipal ? QStringLiteral("kommunal") : QStringLiteral("enskild");
        if (!m_writer.insert(insert,
                             { o.id, name, number, type, o.municipalityCode,
                               QStringLiteral("Box %1").arg(r.between(1, 999)), postalCode(r, o.postalPrefix), o.place,
                               Sql::newUuid(), now }))
            return fail(error);
        const QStringList roles = o.municipal
            ? QStringList { QStringLiteral("Skolchef"), QStringLiteral("Kvalitetsstrateg") }
            : QStringList { QStringLiteral("Verksamhetschef") };
        for (int c = 0; c < roles.size(); ++c) {
            const QString person = NameParts::personName(r);
            const QString unit = o.municipal ? QStringLiteral("Barn- och utbildningsförvaltningen") : name;
            if (!m_writer.insert(
                    contact,
                    { o.id, c, person, roles[c], unit, NameParts::email(person, o.domain),
                      QStringLiteral("0%1-%2 %3").arg(r.between(10, 980)).arg(r.between(10, 999)).arg(digits(r, 2)) }))
                return fail(error);
        }
        m_organizers.append(o);
    }
    return true;
}

bool Generator::writeUnits(QString* error)
{
    Random r = stream(2);
    QSqlQuery* insert = m_writer.prepare(QStringLiteral(
        "INSERT INTO school_unit(id, code, name, organizer_id, status, municipality_code, street_address, "
        "postal_code, locality, principal, pupil_count, uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    const QString now = Clock::timestamp();
    QSqlQuery* form
        = m_writer.prepare(QStringLiteral("INSERT INTO school_unit_form(school_unit_id, school_form) VALUES (?, ?)"));
    if (!insert || !form)
        return fail(error);

    // Each organizer runs at least one unit; the rest go by size: big municipalities run hundreds,
    // most private organizers one to three.
    QList<double> cumulative;
    double sum = 0;
    for (const auto& o : m_organizers) {
        const double u = r.uniform();
        sum += o.municipal ? 8 + 180 * u * u * u : 0.5 + 12 * u * u * u * u;
        cumulative.append(sum);
    }
    QSet<int> codes;
    const auto& kinds = unitKinds();
    for (int i = 0; i < m_sizes.units; ++i) {
        const int owner = i < m_organizers.size()
            ? i
            : int(std::upper_bound(cumulative.begin(), cumulative.end(), r.uniform() * sum) - cumulative.begin());
        OrganizerInfo& o = m_organizers[std::min(owner, int(m_organizers.size()) - 1)];
        int pick = r.below(100);
        const UnitKindInfo* kind = &kinds.front();
        for (const auto& k : kinds) {
            if (pick < k.share) {
                kind = &k;
                break;
            }
            pick -= k.share;
        }
        const QString stem = NameParts::unitStem(r);
        QString name;
        switch (kind->kind) {
        case UnitKind::Preschool:
            name = r.chance(0.6) ? NameParts::preschoolName(r) : stem + QStringLiteral(" förskola");
            break;
        case UnitKind::F6:
            name = stem + (r.chance(0.5) ? QStringLiteral("skolan F–6") : QStringLiteral("skolan"));
            break;
        case UnitKind::F9:
            name = stem + QStringLiteral("skolan");
            break;
        case UnitKind::Years79:
            name = stem + QStringLiteral("skolan 7–9");
            break;
        case UnitKind::UpperSecondary:
            name = r.chance(0.5) ? o.place + QStringLiteral(" gymnasium") : stem + QStringLiteral("gymnasiet");
            break;
        case UnitKind::AdaptedCompulsory:
            name = stem + QStringLiteral("skolans anpassade grundskola");
            break;
        case UnitKind::AdaptedUpper:
            name = o.place + QStringLiteral(" anpassade gymnasieskola");
            break;
        case UnitKind::Leisure:
            name = QStringLiteral("Fritidshemmet ") + stem + QStringLiteral("gården");
            break;
        }
        if (!o.municipal && r.chance(0.3))
            name += QStringLiteral(" ") + o.place;
        int code;
        do {
            code = r.between(10000000, 99999999);
        } while (codes.contains(code));
        codes.insert(code);
        const int roll = r.below(100);
        const char* status = roll < 93 ? "aktiv" : roll < 96 ? "vilande" : roll < 99 ? "upphord" : "planerad";
        const int pupils = r.between(kind->minPupils, kind->maxPupils);
        UnitStatistics::Profile profile;
        profile.unitId = i + 1;
        profile.grade6 = kind->kind == UnitKind::F6 || kind->kind == UnitKind::F9;
        profile.grade9 = kind->kind == UnitKind::F9 || kind->kind == UnitKind::Years79;
        profile.pupils = pupils;
        profile.quality = r.normal();
        if (!m_writer.insert(
                insert,
                { profile.unitId, QString::number(code), name, o.id, QString::fromLatin1(status), o.municipalityCode,
                  QStringLiteral("%1vägen %2").arg(NameParts::unitStem(r)).arg(r.between(1, 60)),
                  postalCode(r, o.postalPrefix), o.place, NameParts::personName(r), pupils, Sql::newUuid(), now }))
            return fail(error);
        for (SchoolForm f : kind->forms) {
            if (!m_writer.insert(form, { profile.unitId, SchoolForms::code(f) }))
                return fail(error);
        }
        o.units.append(profile.unitId);
        m_units.append(profile);
    }
    return true;
}

bool Generator::run(NationalData::Counts* counts, QString* error, const NationalData::Progress& progress)
{
    const auto step = [&](const QString& what) {
        if (progress)
            progress(what);
    };
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT count(*) FROM organizer"), error) || !q.next())
        return false;
    if (q.value(0).toInt() > 0) {
        if (error)
            *error = message("The database already holds organizers; generate into a new file.");
        return false;
    }
    q.finish();
    step(message("Organizers"));
    if (!writeOrganizers(error))
        return false;
    step(message("School units"));
    if (!writeUnits(error))
        return false;
    step(message("Collaborations"));
    if (!writeCollaborations(error))
        return false;
    step(message("Meetings"));
    if (!writeMeetings(error))
        return false;
    step(message("Statistics"));
    qint64 statistics = 0;
    if (!UnitStatistics::write(m_writer, m_units, m_sizes.schoolYears, m_seed ^ 0x5757, &statistics, error))
        return false;
    if (!m_writer.finish())
        return fail(error);
    if (counts) {
        counts->organizers = m_organizers.size();
        counts->units = m_units.size();
        counts->collaborations = m_collaborations.size();
        counts->meetings = m_sizes.collaborations > 0 ? m_sizes.meetings : 0;
        counts->statistics = statistics;
    }
    return true;
}

} // namespace NationalDataDetail

namespace NationalData {

std::optional<Scale> parseScale(const QString& text)
{
    if (text == QLatin1String("national"))
        return Scale::National;
    if (text == QLatin1String("small"))
        return Scale::Small;
    return std::nullopt;
}

Sizes sizes(Scale scale)
{
    if (scale == Scale::National)
        return { 290, 800, 21000, 300, 20000, 10 };
    return { 12, 20, 240, 12, 150, 10 };
}

QStringList indicators()
{
    return UnitStatistics::indicators();
}

bool generate(Database& db, Scale scale, quint64 seed, Counts* counts, QString* error, const Progress& progress)
{
    Generator generator(db.connection(), sizes(scale), seed);
    if (!generator.run(counts, error, progress))
        return false;
    QList<qint64> closed;
    if (!NationalDataDetail::holdClosed(db, &closed, error))
        return false;
    if (progress)
        progress(QStringLiteral("Analyses")); // a developer tool's message, as the others
    qint64 analyses = 0;
    if (!NationalDataDetail::writeAnalyses(db, seed ^ 0xA4A1, &analyses, error))
        return false;
    if (counts)
        counts->analyses = analyses;
    if (progress)
        progress(QStringLiteral("Action plans"));
    qint64 plans = 0;
    if (!NationalDataDetail::writePlans(db, seed ^ 0x9A15, &plans, error))
        return false;
    if (counts)
        counts->plans = plans;
    if (progress)
        progress(QStringLiteral("Agreements"));
    qint64 agreements = 0;
    if (!NationalDataDetail::writeAgreements(db, &agreements, error))
        return false;
    if (counts)
        counts->agreements = agreements;
    if (progress)
        progress(QStringLiteral("Progress reports"));
    qint64 reports = 0, measurements = 0;
    if (!NationalDataDetail::writeProgressReports(db, seed ^ 0x5EED, &reports, &measurements, error))
        return false;
    if (counts) {
        counts->progressReports = reports;
        counts->measurements = measurements;
    }
    return NationalDataDetail::closeAgain(db, closed, error);
}

} // namespace NationalData
