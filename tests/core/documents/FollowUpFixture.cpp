#include "FollowUpFixture.h"

#include "core/documents/IndicatorChart.h"
#include "core/followup/IndicatorFollowUp.h"

namespace {

AgreedIntervention agreed(const QString& uuid, const QString& area, const QString& title, const QString& goals,
                          const QString& problems, const QString& causes, const QString& effects)
{
    AgreedIntervention i;
    i.id = uuid.right(1).toLongLong();
    i.sourceInterventionId = i.id;
    i.uuid = uuid;
    i.areaTitle = area;
    i.title = title;
    i.goals = goals;
    i.problems = problems;
    i.causes = causes;
    i.expectedEffects = effects;
    i.start = QDate(2026, 1, 1);
    i.end = QDate(2028, 6, 30);
    return i;
}

Indicator indicatorOf(const IndicatorReading& r)
{
    Indicator i;
    i.name = r.name;
    i.unit = r.unit;
    i.direction = r.direction;
    i.baseline = r.baseline;
    i.target = r.target;
    i.targetYear = r.targetYear;
    return i;
}

} // namespace

Agreement sampleAgreement()
{
    Agreement a;
    a.id = 7;
    a.collaborationId = 1;
    a.kind = AgreementKind::Interventions;
    a.status = AgreementStatus::Signed;
    a.title = QStringLiteral("Överenskommelse (ÖK 2) om samverkan mellan Skolverket och Ekbacka kommun avseende "
                             "insatser inom ramen för uppdraget om samverkan för bästa skola");
    a.programmeName = QStringLiteral("Samverkan för bästa skola");
    a.agency.name = QStringLiteral("Statens skolverk");
    a.agency.shortName = QStringLiteral("Skolverket");
    a.agency.diaryNumber = QStringLiteral("7.4.2-2025:1043");
    a.organizer.name = QStringLiteral("Ekbacka kommun");
    a.periodStart = QDate(2025, 9, 1);
    a.periodEnd = QDate(2028, 8, 31);
    a.agencySignedOn = QDate(2026, 1, 20);
    a.organizerSignedOn = QDate(2026, 1, 22);
    a.reportDates
        = { { 1, QDate(2026, 6, 15), QString(), QString() }, { 2, QDate(2026, 12, 15), QString(), QString() } };
    a.finalReportDate = QDate(2028, 9, 30);
    const QString area1 = QStringLiteral("Undervisningens kvalitet i matematik");
    const QString area2 = QStringLiteral("Systematiskt kvalitetsarbete på huvudmannanivå");
    a.interventions = {
        agreed(QStringLiteral("agreed-1"), area1, QStringLiteral("Kollegialt lärande i matematikdidaktik"),
               QStringLiteral("Andelen elever i åk 9 med minst betyget E i matematik ökar till 85 %.\nAlla "
                              "matematiklärare deltar i kollegialt lärande varannan vecka."),
               QStringLiteral("Problem 1: Låg andel elever i åk 9 når minst betyget E i matematik (62 % år "
                              "2024/25).\nProblem 2: Stora skillnader i resultat mellan skolenheterna."),
               QStringLiteral("Undervisningen bygger i liten grad på formativ bedömning (undervisning, enhetsnivå)."
                              "\nLärarna saknar tid för gemensam planering (organisation, huvudmannanivå)."),
               QStringLiteral("Fler elever når kunskapskraven i matematik och skillnaderna mellan skolorna "
                              "minskar.")),
        agreed(QStringLiteral("agreed-2"), area1, QStringLiteral("Språkutvecklande arbetssätt i alla ämnen"),
               QStringLiteral("Alla lärare använder språkutvecklande arbetssätt i minst ett arbetsområde per termin."),
               QStringLiteral("Problem 3: Elever med svenska som andraspråk når i lägre grad behörighet till "
                              "gymnasiet."),
               QStringLiteral("Ämnesundervisningen tar liten hänsyn till elevernas språkutveckling."),
               QStringLiteral("Behörigheten till yrkesprogram ökar bland elever med svenska som andraspråk.")),
        agreed(QStringLiteral("agreed-3"), area2, QStringLiteral("Uppföljning av resultat på alla nivåer"),
               QStringLiteral("Huvudmannen följer upp resultaten med rektorerna två gånger per läsår."),
               QStringLiteral("Problem 4: Resultaten analyseras inte på huvudmannanivå."),
               QStringLiteral("Det saknas rutiner och tid för analys i förvaltningen."),
               QStringLiteral("Beslut om resurser grundas på analyser av resultaten.")),
    };
    return a;
}

ProgressReport sampleReport(const Agreement& a, int number)
{
    ProgressReport r;
    r.id = 100 + number;
    r.collaborationId = a.collaborationId;
    r.agreementId = a.id;
    r.number = number;
    r.due = a.reportDates[number - 1].due;
    r.state = number == 1 ? ProgressReportState::Submitted : ProgressReportState::Draft;
    if (number == 1)
        r.submittedOn = QDate(2026, 6, 10);
    const QList<InterventionRating> ratings
        = { InterventionRating::OnPlan, InterventionRating::AtRisk, InterventionRating::Deviates };
    int n = 0;
    for (const auto& agreedIntervention : a.interventions) {
        InterventionReview review;
        review.agreedInterventionId = agreedIntervention.id;
        review.agreedInterventionUuid = agreedIntervention.uuid;
        review.areaTitle = agreedIntervention.areaTitle;
        review.title = agreedIntervention.title;
        review.problems = agreedIntervention.problems;
        review.causes = agreedIntervention.causes;
        review.expectedEffects = agreedIntervention.expectedEffects;
        int g = 0;
        for (const QString& goal : agreedIntervention.goalList())
            review.goals.append({ 0, goal,
                                  QStringLiteral("Delredovisning %1, insats %2, mål %3: lärarna planerar nu "
                                                 "lektionerna tillsammans och eleverna får återkoppling varje vecka.")
                                      .arg(number)
                                      .arg(n + 1)
                                      .arg(++g),
                                  QString() });
        review.goalsNotReached = QStringLiteral("Delredovisning %1, insats %2: målet om deltagande nåddes inte på "
                                                "Björkskolan, där två tjänster var vakanta under hösten.")
                                     .arg(number)
                                     .arg(n + 1);
        review.rating = ratings[(n + number - 1) % 3];
        if (review.rating != InterventionRating::OnPlan)
            review.ratingReason = QStringLiteral("Vakanser och sjukfrånvaro har gjort att träffarna blivit färre.");
        review.nextSteps = QStringLiteral("Rektorerna schemalägger träffarna för nästa termin före sommaren.");
        r.interventions.append(review);

        IndicatorReading reading;
        reading.agreedInterventionUuid = agreedIntervention.uuid;
        reading.indicatorId = 10 + n;
        reading.indicatorUuid = QStringLiteral("indicator-%1").arg(n + 1);
        reading.name = n == 2 ? QStringLiteral("Andel obehöriga lärare") : QStringLiteral("Andel elever med minst E");
        reading.unit = QStringLiteral("%");
        reading.direction = n == 2 ? IndicatorDirection::LowerIsBetter : IndicatorDirection::HigherIsBetter;
        reading.baseline = n == 2 ? 24 : 62;
        reading.target = n == 2 ? 12 : 75;
        reading.targetYear = 2028;
        reading.value = n == 2 ? 23.0 + number : 64.0 + 2 * number;
        reading.measuredOn = number == 1 ? QDate(2026, 6, 1) : QDate(2026, 11, 30);
        reading.assessment
            = IndicatorFollowUp::assess(indicatorOf(reading), a.periodStart, *reading.value, reading.measuredOn);
        if (n == 1) {
            reading.assessment.chosen = IndicatorStatus::AtRisk;
            reading.assessment.overrideReason = QStringLiteral("Mätningen gjordes före sommarskolan.");
        }
        r.indicators.append(reading);
        ++n;
    }
    Deviation changed;
    changed.kind = DeviationKind::Schedule;
    changed.agreedInterventionUuid = QStringLiteral("agreed-2");
    changed.interventionTitle = a.interventions[1].title;
    changed.description = QStringLiteral("Slutdatum flyttat från 2028-06-30 till 2028-12-31.");
    changed.proposed = true;
    changed.confirmed = true;
    changed.explanation = QStringLiteral("Utbildningen av handledare startade en termin senare än planerat.");
    r.deviations = { changed };
    r.nextSteps = QStringLiteral("Huvudmannen följer upp vakanserna i januari och justerar tidplanen vid behov.");
    return r;
}

ProgressReportSources sampleSources(const Agreement& a, const ProgressReport& r)
{
    ProgressReportSources s;
    s.report = r;
    s.context = FollowUpDocument::context(a);
    s.asOf = r.submittedOn.isValid() ? r.submittedOn : QDate(2026, 12, 2);
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    for (const auto& reading : r.indicators) {
        Measurement m;
        m.value = *reading.value;
        m.measuredOn = reading.measuredOn;
        Measurement earlier = m;
        earlier.measuredOn = QDate(2025, 12, 1);
        earlier.value = *reading.baseline + 1;
        s.charts.append(
            { reading.agreedInterventionUuid, reading.indicatorUuid, reading.name,
              IndicatorChart::inputFor(indicatorOf(reading), a.periodStart, { earlier, m }, swedish, s.asOf) });
    }
    return s;
}

FinalReportSources sampleFinal(const Agreement& a, const QList<ProgressReport>& reports)
{
    FinalReportSources s;
    s.report.id = 1;
    s.report.collaborationId = a.collaborationId;
    s.report.agreementId = a.id;
    s.report.due = a.finalReportDate;
    s.report.synthesis = QStringLiteral("Huvudmannens samlade bedömning: förmågan att följa upp och analysera "
                                        "resultaten har stärkts på alla nivåer.");
    s.report.assemble(a, reports);
    for (auto& area : s.report.areas) {
        area.outcome = AreaOutcome::PartlyReached;
        area.reason = QStringLiteral("Resultaten i %1 har förbättrats men målvärdet nåddes inte.").arg(area.areaTitle);
        area.continuation = QStringLiteral("Arbetet med %1 fortsätter i det ordinarie kvalitetsarbetet med egna "
                                           "medel från 2029.")
                                .arg(area.areaTitle);
    }
    s.agreement = a;
    s.context = FollowUpDocument::context(a);
    s.asOf = QDate(2028, 9, 1);
    const ProgressReportSources last = sampleSources(a, reports.last());
    s.charts = last.charts;
    return s;
}
