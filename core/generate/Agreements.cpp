#include "Agreements.h"

#include "core/agreement/Agreement.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/Sql.h"

#include <QSqlQuery>

namespace NationalDataDetail {

bool writeAgreements(Database& db, qint64* count, QString* error)
{
    QList<qint64> ids;
    {
        QSqlQuery q(db.connection());
        if (!Sql::exec(q, QStringLiteral("SELECT id FROM collaboration WHERE phase >= 2 ORDER BY id"), error))
            return false;
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    CollaborationStore collaborations(db);
    OrganizerStore organizers(db);
    AgreementStore agreements(db);
    PlanStore plans(db);
    AnalysisStore analyses(db);
    QHash<qint64, Programme> programmes;
    for (const auto& p : collaborations.programmes(error))
        programmes.insert(p.id, p);
    QHash<qint64, ProgrammeParty> parties;

    Sql::Transaction tx(db.connection());
    qint64 written = 0;
    for (qint64 id : ids) {
        const auto c = collaborations.load(id, error);
        const auto organizer = c ? organizers.load(c->organizerId, error) : std::nullopt;
        if (!c || !organizer || !programmes.contains(c->programmeId))
            return false;
        if (!parties.contains(c->programmeId)) {
            const auto party = agreements.programmeParty(c->programmeId, error);
            if (!party)
                return false;
            parties.insert(c->programmeId, *party);
        }
        const Programme& programme = programmes[c->programmeId];
        const ProgrammeParty& party = parties[c->programmeId];

        auto ok1 = Agreement::draftFrom(AgreementKind::Cooperation, *c, *organizer, programme, party, nullptr, nullptr,
                                        error);
        if (!ok1)
            return false;
        ok1->agency.diaryNumber = c->diaryNumber;
        for (auto& s : ok1->signatories) {
            if (s.name.isEmpty())
                s.name = QStringLiteral("Processledare %1").arg(id);
        }
        if (!agreements.save(*ok1, error)
            || (ok1->validateForSigning().isEmpty()
                && !agreements.markSent(*ok1, QDateTime(c->startDate, QTime(9, 0)), error)))
            return false;
        ++written;

        QString none;
        const auto plan = plans.load(id, &none);
        if (!plan || plan->interventions.isEmpty())
            continue;
        const auto analysis = analyses.load(plan->analysisId, error);
        if (!analysis)
            return false;
        auto ok2 = Agreement::draftFrom(AgreementKind::Interventions, *c, *organizer, programme, party, &*plan,
                                        &*analysis, error);
        if (!ok2 || !agreements.save(*ok2, error))
            return false;
        ++written;
    }
    if (!tx.commit(error))
        return false;
    if (count)
        *count = written;
    return true;
}

} // namespace NationalDataDetail
