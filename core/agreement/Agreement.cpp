#include "Agreement.h"

#include "core/analysis/Analysis.h"
#include "core/domain/Collaboration.h"
#include "core/domain/Organizer.h"
#include "core/domain/Programme.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

constexpr qint64 kMaxAmountSek = 1'000'000'000'000;
const QString kWording = QStringLiteral(":/agreements/overenskommelse-v1.json");

QString kindCode(AgreementKind kind)
{
    return Agreement::Kinds.code(kind);
}

/** The default wording (resources/agreements): versioned data, not code. */
std::optional<QJsonObject> wording(QString* error)
{
    QFile file(kWording);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Agreement::tr("The default wording of the agreements cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        if (error)
            *error = Agreement::tr("The default wording of the agreements is damaged: %1").arg(parse.errorString());
        return std::nullopt;
    }
    return doc.object();
}

QString fill(QString text, const QMap<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

/** "A, B och C". */
QString swedishList(const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" och ") + items.last();
}

QString lowerFirst(const QString& s)
{
    return s.isEmpty() ? s : s.left(1).toLower() + s.mid(1);
}

/** Half-yearly progress reports (15 June, 15 December) inside the period, the final report two months after it. */
void defaultReportDates(Agreement& a, const QString& analysisLabel)
{
    a.reportDates.clear();
    if (!a.periodStart.isValid() || !a.periodEnd.isValid())
        return;
    if (a.kind == AgreementKind::Cooperation) {
        // ÖK 1 runs until the analysis and the plan are done: one report, the analysis, halfway.
        const QDate analysisDue = a.periodStart.addDays(a.periodStart.daysTo(a.periodEnd) / 2);
        a.reportDates.append({ 0, analysisDue, analysisLabel });
        a.finalReportDate = a.periodEnd;
        return;
    }
    for (int year = a.periodStart.year(); year <= a.periodEnd.year(); ++year) {
        for (int month : { 6, 12 }) {
            const QDate due(year, month, 15);
            if (due > a.periodStart.addMonths(3) && due < a.periodEnd)
                a.reportDates.append({ 0, due, QString() });
        }
    }
    a.finalReportDate = a.periodEnd.addMonths(2);
}

AgreedIntervention snapshot(const Intervention& i, const Analysis* analysis)
{
    AgreedIntervention s;
    s.sourceInterventionId = i.id;
    if (analysis) {
        for (const auto& area : analysis->areas) {
            if (area.id == i.areaId)
                s.areaTitle = area.title;
        }
    }
    s.title = i.title.trimmed();
    s.description = i.description.trimmed();
    QStringList goals;
    for (const auto& g : i.goals)
        goals << g.text.trimmed();
    s.goals = goals.join(QLatin1Char('\n'));
    s.responsible = i.responsible.trimmed();
    s.provider
        = i.providerName.trimmed().isEmpty() ? ActionPlan::Providers.label(i.provider) : i.providerName.trimmed();
    s.fundingMode = i.fundingMode;
    s.fundingForm = i.fundingForm;
    s.start = i.start;
    s.end = i.end;
    s.budget = i.budget;
    // a), b) and f) as the plan states them now, in the analysis's order: what every progress report prints.
    if (analysis) {
        QStringList problems, causes;
        for (const auto& p : analysis->problems) {
            if (i.problemIds.contains(p.id))
                problems << p.description.trimmed();
        }
        for (const auto& c : analysis->causes) {
            if (i.causeIds.contains(c.id))
                causes << c.description.trimmed();
        }
        s.problems = problems.join(QLatin1Char('\n'));
        s.causes = causes.join(QLatin1Char('\n'));
    }
    s.expectedEffects = i.expectedEffects.trimmed();
    return s;
}

} // namespace

FieldErrors ProgrammeParty::validate() const
{
    FieldErrors errors;
    if (name.trimmed().isEmpty())
        errors.append({ QStringLiteral("name"), Agreement::tr("The agency needs a name.") });
    if (shortName.trimmed().isEmpty())
        errors.append(
            { QStringLiteral("shortName"), Agreement::tr("The agency needs a short name, e.g. Skolverket.") });
    if (const auto c = Validation::organisationNumber(organisationNumber); !c.ok)
        errors.append({ QStringLiteral("organisationNumber"), c.error });
    return errors;
}

qint64 AgreedIntervention::totalSek() const
{
    qint64 sum = 0;
    for (const auto& line : budget)
        sum += line.amountSek;
    return sum;
}

QStringList AgreedIntervention::goalList() const
{
    QStringList list;
    for (const QString& line : goals.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    }
    return list;
}

qint64 AgreedIntervention::budgetFor(int year) const
{
    for (const auto& line : budget) {
        if (line.year == year)
            return line.amountSek;
    }
    return 0;
}

QString Agreement::kindLabel() const
{
    return Kinds.label(kind);
}

FieldErrors Agreement::validate() const
{
    FieldErrors errors;
    if (title.trimmed().isEmpty())
        errors.append({ QStringLiteral("title"), tr("The agreement needs a title.") });
    if (kind == AgreementKind::Amendment && amendsId <= 0)
        errors.append({ QStringLiteral("amends"), tr("An amendment must name the agreement it amends.") });
    if (kind != AgreementKind::Amendment && amendsId > 0)
        errors.append({ QStringLiteral("amends"), tr("Only an amendment can point at another agreement.") });
    if (periodStart.isValid() && periodEnd.isValid() && periodEnd < periodStart)
        errors.append({ QStringLiteral("period"), tr("The period ends before it starts.") });
    for (const auto& s : sections) {
        if (s.heading.trimmed().isEmpty())
            errors.append({ QStringLiteral("sections"), tr("Every section needs a heading.") });
    }
    for (const auto& r : reportDates) {
        if (!r.due.isValid())
            errors.append({ QStringLiteral("reports"), tr("Every progress report needs a date.") });
    }
    for (const auto& i : interventions) {
        const QString name = i.title.trimmed().isEmpty() ? tr("(untitled intervention)") : i.title.trimmed();
        if (i.title.trimmed().isEmpty())
            errors.append({ QStringLiteral("interventions"), tr("Every intervention needs a title.") });
        if (i.start.isValid() && i.end.isValid() && i.end < i.start)
            errors.append({ QStringLiteral("interventions"), tr("“%1” ends before it starts.").arg(name) });
        QSet<int> years;
        for (const auto& line : i.budget) {
            if (line.year < 2000 || line.year > 2100 || years.contains(line.year))
                errors.append({ QStringLiteral("budget"),
                                tr("“%1” has a budget year %2 that is not plausible or appears twice.")
                                    .arg(name)
                                    .arg(line.year) });
            years.insert(line.year);
            if (line.amountSek < 0 || line.amountSek > kMaxAmountSek)
                errors.append({ QStringLiteral("budget"),
                                tr("“%1”: the amount for %2 must be between 0 and 1 000 000 000 000 kr.")
                                    .arg(name)
                                    .arg(line.year) });
        }
    }
    return errors;
}

FieldErrors Agreement::validateForSigning() const
{
    FieldErrors errors = validate();
    for (const PartyDetails* p : { &agency, &organizer }) {
        if (p->name.trimmed().isEmpty())
            errors.append({ QStringLiteral("parties"), tr("Both parties need a name.") });
        if (const auto c = Validation::organisationNumber(p->organisationNumber); !c.ok)
            errors.append({ QStringLiteral("parties"), tr("%1: %2").arg(p->name.trimmed(), c.error) });
    }
    if (agency.diaryNumber.trimmed().isEmpty())
        errors.append({ QStringLiteral("diaryNumber"), tr("Skolverket's diary number is missing.") });
    if (!periodStart.isValid() || !periodEnd.isValid())
        errors.append({ QStringLiteral("period"), tr("The agreement needs a start and an end date.") });
    if (!finalReportDate.isValid())
        errors.append({ QStringLiteral("finalReport"), tr("The date of the final report is missing.") });
    for (const auto& r : reportDates) {
        if (r.due.isValid() && periodStart.isValid() && periodEnd.isValid()
            && (r.due < periodStart || r.due > periodEnd))
            errors.append({ QStringLiteral("reports"),
                            tr("The progress report due %1 falls outside the period %2 – %3.")
                                .arg(r.due.toString(Qt::ISODate), periodStart.toString(Qt::ISODate),
                                     periodEnd.toString(Qt::ISODate)) });
        if (r.due.isValid() && finalReportDate.isValid() && r.due > finalReportDate)
            errors.append(
                { QStringLiteral("reports"),
                  tr("The progress report due %1 comes after the final report.").arg(r.due.toString(Qt::ISODate)) });
    }
    // A draft may hold a signatory whose name is not known yet; the signed paper may not.
    for (const auto& sig : signatories) {
        if (sig.name.trimmed().isEmpty())
            errors.append({ QStringLiteral("signatories"), tr("Every signatory needs a name.") });
    }
    for (AgreementParty party : Parties.all()) {
        if (signatoriesOf(party).isEmpty())
            errors.append({ QStringLiteral("signatories"),
                            tr("%1 has no signatory.")
                                .arg(party == AgreementParty::Agency ? agency.shortName : organizer.name) });
    }
    if (kind == AgreementKind::Interventions && interventions.isEmpty())
        errors.append({ QStringLiteral("interventions"), tr("An ÖK 2 needs at least one intervention.") });
    return errors;
}

PlanTotals Agreement::totals() const
{
    ActionPlan plan;
    for (const auto& i : interventions) {
        Intervention copy;
        copy.fundingMode = i.fundingMode;
        copy.fundingForm = i.fundingForm;
        copy.budget = i.budget;
        plan.interventions.append(copy);
    }
    return plan.totals();
}

QList<int> Agreement::budgetYears() const
{
    QList<int> years = totals().perYear.keys();
    std::sort(years.begin(), years.end());
    return years;
}

const AgreementSection* Agreement::section(const QString& key) const
{
    for (const auto& s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QList<const Signatory*> Agreement::signatoriesOf(AgreementParty party) const
{
    QList<const Signatory*> result;
    for (const auto& s : signatories) {
        if (s.party == party)
            result.append(&s);
    }
    return result;
}

std::optional<Agreement> Agreement::draftFrom(AgreementKind kind, const Collaboration& collaboration,
                                              const Organizer& organizer, const Programme& programme,
                                              const ProgrammeParty& party, const ActionPlan* plan,
                                              const Analysis* analysis, QString* error)
{
    if (kind == AgreementKind::Amendment) {
        if (error)
            *error = tr("An amendment is made from the signed agreement it amends.");
        return std::nullopt;
    }
    if (kind == AgreementKind::Interventions && (!plan || plan->interventions.isEmpty())) {
        if (error)
            *error = tr("An ÖK 2 is made from the action plan, and the collaboration's plan has no interventions "
                        "yet.");
        return std::nullopt;
    }
    const auto words = wording(error);
    if (!words)
        return std::nullopt;

    Agreement a;
    a.collaborationId = collaboration.id;
    a.kind = kind;
    a.programmeName = programme.name;
    a.agency = { party.name,      party.shortName,          party.address.oneLine(),
                 party.telephone, party.organisationNumber, collaboration.diaryNumber };
    a.organizer = { organizer.name,
                    (*words)[QStringLiteral("organizerShortName")].toString(),
                    organizer.postalAddress.oneLine(),
                    QString(),
                    organizer.organisationNumber,
                    QString() };
    const QMap<QString, QString> values {
        { QStringLiteral("agency"), party.shortName },
        { QStringLiteral("organizer"), organizer.name },
        { QStringLiteral("programme"), programme.name },
        { QStringLiteral("programmeLower"), lowerFirst(programme.name) },
        { QStringLiteral("assignments"), swedishList(programme.assignmentNumbers) },
    };
    a.title = fill((*words)[QStringLiteral("titles")].toObject()[kindCode(kind)].toString(), values);
    for (const auto& v : (*words)[QStringLiteral("sections")].toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonArray kinds = s[QStringLiteral("kinds")].toArray();
        if (!kinds.isEmpty() && !kinds.contains(kindCode(kind)))
            continue;
        const QJsonValue body = s[QStringLiteral("body")];
        a.sections.append(
            { 0, s[QStringLiteral("key")].toString(), s[QStringLiteral("heading")].toString(),
              fill(body.isObject() ? body.toObject()[kindCode(kind)].toString() : body.toString(), values) });
    }

    if (kind == AgreementKind::Interventions) {
        for (const auto& i : plan->interventions) {
            a.interventions.append(snapshot(i, analysis));
            if (i.start.isValid() && (!a.periodStart.isValid() || i.start < a.periodStart))
                a.periodStart = i.start;
            if (i.end.isValid() && (!a.periodEnd.isValid() || i.end > a.periodEnd))
                a.periodEnd = i.end;
        }
    }
    if (!a.periodStart.isValid())
        a.periodStart = collaboration.startDate;
    if (!a.periodEnd.isValid())
        a.periodEnd = kind == AgreementKind::Cooperation && collaboration.startDate.isValid()
            ? collaboration.startDate.addMonths(9).addDays(-1)
            : collaboration.plannedEndDate;
    defaultReportDates(a, (*words)[QStringLiteral("analysisReportLabel")].toString());

    const QString agencyPlace = party.address.locality;
    a.signatories.append({ 0, AgreementParty::Agency, QString(),
                           (*words)[QStringLiteral("agencySignatoryTitle")].toString(), agencyPlace });
    const auto& contacts
        = collaboration.organizerContacts.isEmpty() ? organizer.contacts : collaboration.organizerContacts;
    const Contact* head = contacts.isEmpty() ? nullptr : &contacts.first();
    a.signatories.append({ 0, AgreementParty::Organizer, head ? head->name : QString(), head ? head->role : QString(),
                           organizer.postalAddress.locality });
    return a;
}

Agreement Agreement::amendmentOf(const Agreement& s, QString* error)
{
    Agreement a = s;
    // A new record, and so are its rows: new ids and new uuids.
    a.id = 0;
    a.uuid.clear();
    a.kind = AgreementKind::Amendment;
    a.amendsId = s.id;
    a.status = AgreementStatus::Draft;
    a.agencySignedOn = QDate();
    a.organizerSignedOn = QDate();
    a.sentAt = QDateTime();
    a.pdfSha256.clear();
    a.createdAt = QDateTime();
    a.updatedAt = QDateTime();
    for (auto& x : a.sections) {
        x.id = 0;
        x.uuid.clear();
    }
    for (auto& x : a.reportDates) {
        x.id = 0;
        x.uuid.clear();
    }
    for (auto& x : a.signatories) {
        x.id = 0;
        x.uuid.clear();
    }
    for (auto& x : a.interventions) {
        x.id = 0;
        x.uuid.clear();
    }
    QString amended = s.title;
    if (!amended.isEmpty())
        amended = lowerFirst(amended);
    if (!s.agency.diaryNumber.trimmed().isEmpty())
        amended = tr("%1 (Dnr %2)").arg(amended, s.agency.diaryNumber.trimmed());
    const auto words = wording(error);
    QString titleTemplate = QStringLiteral("Tillägg till {amended}");
    if (words) {
        titleTemplate = (*words)[QStringLiteral("titles")].toObject()[QStringLiteral("tillagg")].toString();
        const QJsonObject intro = (*words)[QStringLiteral("amendment")].toObject();
        const QMap<QString, QString> values { { QStringLiteral("amended"), amended } };
        const qsizetype at = a.sections.isEmpty() ? 0 : 1; // after Parter
        a.sections.insert(at,
                          { 0, intro[QStringLiteral("key")].toString(), intro[QStringLiteral("heading")].toString(),
                            fill(intro[QStringLiteral("body")].toString(), values) });
    }
    a.title = fill(titleTemplate, { { QStringLiteral("amended"), amended } });
    return a;
}

const CodeTable<AgreementKind, 3> Agreement::Kinds {
    "Agreement",
    { {
        { AgreementKind::Cooperation, "ok1", QT_TRANSLATE_NOOP("Agreement", "ÖK 1 (cooperation and process support)") },
        { AgreementKind::Interventions, "ok2", QT_TRANSLATE_NOOP("Agreement", "ÖK 2 (interventions)") },
        { AgreementKind::Amendment, "tillagg", QT_TRANSLATE_NOOP("Agreement", "Amendment") },
    } }
};

const CodeTable<AgreementStatus, 4> Agreement::Statuses {
    "Agreement",
    { {
        { AgreementStatus::Draft, "utkast", QT_TRANSLATE_NOOP("Agreement", "Draft") },
        { AgreementStatus::Sent, "skickad", QT_TRANSLATE_NOOP("Agreement", "Sent for signing") },
        { AgreementStatus::Signed, "undertecknad", QT_TRANSLATE_NOOP("Agreement", "Signed") },
        { AgreementStatus::Replaced, "ersatt", QT_TRANSLATE_NOOP("Agreement", "Replaced by an amendment") },
    } }
};

const CodeTable<AgreementParty, 2> Agreement::Parties {
    "Agreement",
    { {
        { AgreementParty::Agency, "skolverket", QT_TRANSLATE_NOOP("Agreement", "Skolverket") },
        { AgreementParty::Organizer, "huvudman", QT_TRANSLATE_NOOP("Agreement", "The organizer") },
    } }
};
