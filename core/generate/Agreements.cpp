#include "Agreements.h"

#include "core/agreement/Agreement.h"
#include "core/cases/Cases.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
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
    AgreementStore agreements(db);

    Sql::Transaction tx(db.connection());
    qint64 written = 0;
    for (qint64 id : ids) {
        CaseOptions options;
        options.plan = true;
        const auto c = Cases::load(db, id, options, error);
        if (!c)
            return false;
        // The draft is the one every front end makes; the generator only adds what a team would type.
        auto ok1 = Cases::draftAgreement(*c, AgreementKind::Cooperation, error);
        if (!ok1)
            return false;
        ok1->agency.diaryNumber = c->collaboration.diaryNumber;
        for (auto& s : ok1->signatories) {
            if (s.name.isEmpty())
                s.name = QStringLiteral("Processledare %1").arg(id);
        }
        if (!agreements.save(*ok1, error)
            || (ok1->validateForSigning().isEmpty()
                && !agreements.markSent(*ok1, QDateTime(c->collaboration.startDate, QTime(9, 0)), error)))
            return false;
        ++written;

        if (!c->plan || c->plan->interventions.isEmpty())
            continue;
        auto ok2 = Cases::draftAgreement(*c, AgreementKind::Interventions, error);
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
