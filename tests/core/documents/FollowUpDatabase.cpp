#include "FollowUpDatabase.h"

#include "core/cases/Cases.h"
#include "core/cases/FollowUpCases.h"
#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "core/storage/MeasurementStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/ProgressReportStore.h"

#include <QDate>

namespace FollowUpDatabase {

bool growPlan(const Database& db, int count, QString* error)
{
    PlanStore plans(db);
    auto plan = plans.load(1, error);
    if (!plan)
        return false;
    if (count <= plan->interventions.size())
        return true;
    const QList<Intervention> base = plan->interventions;
    plan->interventions.clear();
    for (int i = 0; i < count; ++i) {
        // A new record each: no id and no uuid of the one it copies (schema v6 refuses a repeated uuid).
        Intervention copy = base[i * base.size() / count];
        copy.id = 0;
        copy.uuid.clear();
        for (auto& g : copy.goals) {
            g.id = 0;
            g.uuid.clear();
        }
        for (auto& ind : copy.indicators) {
            ind.id = 0;
            ind.uuid.clear();
        }
        copy.title = QStringLiteral("Insats %1: %2").arg(i + 1).arg(copy.title);
        plan->interventions.append(copy);
    }
    return plans.save(*plan, error);
}

bool signInterventionsAgreement(const Database& db, qint64 collaborationId, QString* error)
{
    AgreementStore agreements(db);
    QString reason;
    auto ok2 = agreements.newest(collaborationId, AgreementKind::Interventions, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    if (ok2 && ok2->isFrozen())
        return true;
    // Drafted again from the plan as it is now (it may have grown), as the agreements tab drafts it.
    auto draft = Cases::draftAgreement(db, collaborationId, AgreementKind::Interventions, error);
    if (!draft)
        return false;
    if (ok2) {
        // The old draft gives way, keeping what a person added to it.
        draft->signatories = ok2->signatories;
        for (auto& s : draft->signatories) {
            s.id = 0;
            s.uuid.clear();
        }
        draft->organizer.diaryNumber = ok2->organizer.diaryNumber;
        if (!agreements.remove(ok2->id, error))
            return false;
    }
    if (!agreements.save(*draft, error)
        || !agreements.markSent(*draft, QDateTime(QDate(2026, 1, 12), QTime(10, 0), Qt::UTC), error))
        return false;
    const QByteArray pdf = AgreementDocument::pdfBytes(*draft, error);
    if (pdf.isEmpty())
        return false;
    return agreements.markSigned(*draft, QDate(2026, 1, 20), QDate(2026, 1, 22), pdf, error);
}

bool measure(const Database& db, qint64 collaborationId, QString* error)
{
    const auto plan = PlanStore(db).load(collaborationId, error);
    if (!plan)
        return false;
    MeasurementStore store(db);
    for (const auto& i : plan->interventions) {
        for (const auto& indicator : i.indicators) {
            const double from = indicator.baseline.value_or(50);
            const double to = indicator.target.value_or(from + 10);
            int step = 0;
            for (const QDate& on : { QDate(2025, 12, 15), QDate(2026, 5, 31) }) {
                Measurement m;
                m.indicatorId = indicator.id;
                m.measuredOn = on;
                m.value = std::round((from + (to - from) * 0.15 * ++step) * 10) / 10;
                m.sourceText = QStringLiteral("Egen uppföljning");
                if (!store.save(m, error))
                    return false;
            }
        }
    }
    return true;
}

std::optional<qint64> writeProgressReport(const Database& db, qint64 collaborationId, int number,
                                          const QDate& submittedOn, QString* error)
{
    auto report = Cases::draftProgressReport(db, collaborationId, number, error);
    if (!report)
        return std::nullopt;
    int n = 0;
    for (auto& i : report->interventions) {
        ++n;
        int g = 0;
        for (auto& goal : i.goals)
            goal.improvements = QStringLiteral("Delredovisning %1, insats %2, mål %3: lärarna planerar lektionerna "
                                               "tillsammans och följer upp elevernas resultat varje månad; målet "
                                               "är till hälften nått.")
                                    .arg(number)
                                    .arg(n)
                                    .arg(++g);
        i.goalsNotReached = QStringLiteral("Delredovisning %1, insats %2: deltagandet på Björkskolan nåddes inte, "
                                           "där två tjänster var vakanta under hösten.")
                                .arg(number)
                                .arg(n);
        i.rating = n % 5 == 0 ? InterventionRating::AtRisk : InterventionRating::OnPlan;
        if (i.rating != InterventionRating::OnPlan)
            i.ratingReason = QStringLiteral("Vakanser har gjort att träffarna blivit färre än planerat.");
        i.nextSteps = QStringLiteral("Rektorerna schemalägger träffarna för nästa termin.");
    }
    for (auto& d : report->deviations) {
        d.confirmed = true;
        d.explanation = QStringLiteral("Planen ändrades efter att överenskommelsen undertecknades.");
    }
    report->nextSteps = QStringLiteral("Huvudmannen följer upp vakanserna i januari.");
    ProgressReportStore store(db);
    if (!store.saveDraft(*report, error))
        return std::nullopt;
    if (submittedOn.isValid() && !Cases::submitProgressReport(db, *report, submittedOn, error))
        return std::nullopt;
    return report->id;
}

bool prepare(const Database& db, int interventions, QString* error)
{
    return growPlan(db, interventions, error) && signInterventionsAgreement(db, 1, error) && measure(db, 1, error)
        && writeProgressReport(db, 1, 1, QDate(2026, 6, 10), error) && writeProgressReport(db, 1, 2, QDate(), error);
}

} // namespace FollowUpDatabase
