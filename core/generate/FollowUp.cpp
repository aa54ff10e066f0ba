#include "FollowUp.h"

#include "Random.h"

#include "core/Clock.h"
#include "core/cases/FollowUpCases.h"
#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "core/storage/MeasurementStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/ProgressReportStore.h"
#include "core/storage/Sql.h"

#include <QGuiApplication>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace NationalDataDetail {

bool holdClosed(Database& db, QList<qint64>* closed, QString* error)
{
    QSqlQuery q(db.connection());
    if (!Sql::exec(q, QStringLiteral("SELECT id FROM collaboration WHERE status = 'avslutad' ORDER BY id"), error))
        return false;
    while (q.next())
        closed->append(q.value(0).toLongLong());
    return Sql::exec(q, QStringLiteral("UPDATE collaboration SET status = 'aktiv' WHERE status = 'avslutad'"), error);
}

bool closeAgain(Database& db, const QList<qint64>& closed, QString* error)
{
    Sql::Transaction tx(db.connection());
    QSqlQuery q(db.connection());
    QSqlQuery insert(db.connection());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO status_change(uuid, updated_at, collaboration_id, from_status, to_status, decided_on, "
            "recorded_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
        if (error)
            *error = Sql::describe(insert.lastError());
        return false;
    }
    const QString now = Clock::timestamp();
    const auto record = [&](const QVariantList& values) {
        for (const QVariant& v : values)
            insert.addBindValue(v);
        return Sql::execPrepared(insert, error);
    };
    const QVariant none(QMetaType(QMetaType::QString));
    if (!Sql::exec(q,
                   QStringLiteral("SELECT c.id, c.status, c.start_date, c.status_reason, (SELECT max(changed_on) FROM "
                                  "phase_change WHERE collaboration_id = c.id) FROM collaboration c ORDER BY c.id"),
                   error))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const bool isClosed = closed.contains(id);
        const QString status = q.value(1).toString();
        if (!record({ Sql::newUuid(), now, id, none, status, q.value(2), now, isClosed ? none : q.value(3) }))
            return false;
        if (isClosed
            && !record({ Sql::newUuid(), now, id, QStringLiteral("aktiv"), QStringLiteral("avslutad"), q.value(4), now,
                         q.value(3) }))
            return false;
    }
    for (qint64 id : closed) {
        if (!Sql::exec(q, QStringLiteral("UPDATE collaboration SET status = 'avslutad' WHERE id = ?"), { id }, error))
            return false;
    }
    return tx.commit(error);
}

} // namespace NationalDataDetail

namespace NationalDataDetail {

namespace {

const char* const kImprovements[] = {
    "Lärarna använder de gemensamma arbetssätten, och uppföljningen visar en förbättring.",
    "Arbetet har kommit igång på alla enheter; resultaten följs upp varje termin.",
    "Förbättringen syns i lektionsbesöken men ännu inte i betygen.",
};
const char* const kReasons[] = {
    "Personalomsättningen har gjort att lärgrupperna inte träffats som planerat.",
    "Insatsen startade senare än planerat.",
};

/** The ÖK 2 of a collaboration in phase 5 or 6 signed, when it is complete enough; false only on failure. */
bool signOk2(Database& db, qint64 collaborationId, std::optional<Agreement>* signedOk2, QString* error)
{
    AgreementStore store(db);
    QString reason;
    auto ok2 = store.newest(collaborationId, AgreementKind::Interventions, &reason);
    if (!reason.isEmpty())
        return !(error && (*error = reason, true));
    if (!ok2 || ok2->isFrozen())
        return true;
    ok2->agency.diaryNumber = QStringLiteral("7.4.2-%1").arg(collaborationId);
    for (auto& s : ok2->signatories) {
        if (s.name.isEmpty())
            s.name = QStringLiteral("Undertecknare %1").arg(collaborationId);
    }
    // Signing keeps the signed PDF, and printing needs fonts: without a QGuiApplication the ÖK 2 stays a draft.
    if (!ok2->validateForSigning().isEmpty() || !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return store.save(*ok2, error);
    const QDate on = ok2->periodStart.addDays(-10);
    if (!store.save(*ok2, error) || !store.markSent(*ok2, QDateTime(on.addDays(-5), QTime(9, 0)), error))
        return false;
    const QByteArray pdf = AgreementDocument::pdfBytes(*ok2, error);
    if (pdf.isEmpty() || !store.markSigned(*ok2, on, on, pdf, error))
        return false;
    *signedOk2 = ok2;
    return true;
}

} // namespace

bool writeProgressReports(Database& db, quint64 seed, qint64* reports, qint64* measurements, QString* error)
{
    QList<std::pair<qint64, int>> ids;
    {
        QSqlQuery q(db.connection());
        if (!Sql::exec(q, QStringLiteral("SELECT id, phase FROM collaboration WHERE phase >= 5 ORDER BY id"), error))
            return false;
        while (q.next())
            ids.append({ q.value(0).toLongLong(), q.value(1).toInt() });
    }
    Random r(seed);
    const QDate today = Clock::currentDate();
    Sql::Transaction tx(db.connection());
    MeasurementStore values(db);
    ProgressReportStore store(db);
    for (const auto& [id, phase] : ids) {
        std::optional<Agreement> ok2;
        if (!signOk2(db, id, &ok2, error))
            return false;
        if (!ok2 || ok2->reportDates.isEmpty())
            continue;
        const auto plan = PlanStore(db).load(id, error);
        if (!plan)
            return false;
        // Reports up to today (all of them in phase 6), and in phase 5 the next one as a draft.
        int last = int(ok2->reportDates.size());
        bool draftLast = false;
        if (phase == 5) {
            int due = 0;
            while (due < last && ok2->reportDates[due].due < today)
                ++due;
            last = std::min(last, due + 1);
            draftLast = true;
        }
        for (int n = 1; n <= last; ++n) {
            const QDate due = ok2->reportDates[n - 1].due;
            const double progress = double(n) / double(ok2->reportDates.size() + 1);
            for (const auto& agreed : ok2->interventions) {
                const Intervention* planned = plan->intervention(agreed.sourceInterventionId);
                for (const auto& indicator : planned ? planned->indicators : QList<Indicator>()) {
                    Measurement m;
                    m.indicatorId = indicator.id;
                    const double from = indicator.baseline.value_or(50), to = indicator.target.value_or(from + 10);
                    m.value = qRound((from + (to - from) * progress * (0.6 + 0.5 * r.uniform())) * 10) / 10.0;
                    m.measuredOn = due.addDays(-20);
                    m.sourceText = QStringLiteral("Egen sammanställning");
                    if (!values.save(m, error))
                        return false;
                    if (measurements)
                        ++*measurements;
                }
            }
            auto report = Cases::draftProgressReport(db, id, n, error);
            if (!report)
                return false;
            for (auto& review : report->interventions) {
                for (auto& goal : review.goals)
                    goal.improvements = QString::fromUtf8(r.pick(kImprovements));
                const double roll = r.uniform();
                review.rating = roll < 0.7 ? InterventionRating::OnPlan
                    : roll < 0.9           ? InterventionRating::AtRisk
                                           : InterventionRating::Deviates;
                if (review.rating != InterventionRating::OnPlan) {
                    review.ratingReason = QString::fromUtf8(r.pick(kReasons));
                    review.goalsNotReached = review.ratingReason;
                }
            }
            const bool ok = draftLast && n == last ? store.saveDraft(*report, error)
                                                   : store.submit(*report, due.addDays(-3), error);
            if (!ok)
                return false;
            if (reports)
                ++*reports;
        }
    }
    return tx.commit(error);
}

} // namespace NationalDataDetail
