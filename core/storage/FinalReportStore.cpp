#include "FinalReportStore.h"

#include "ChildRows.h"
#include "Database.h"
#include "ReadOnly.h"
#include "Sql.h"
#include "Tombstones.h"
#include "core/Clock.h"

#include <QSqlQuery>

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(FinalReportStore)
};

const QString kColumns = QStringLiteral("id, collaboration_id, agreement_id, version, state, due_date, submitted_on, "
                                        "approved_on, current_page, synthesis, created_at, updated_at, uuid");

QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString frozenMessage()
{
    return StoreText::tr("The final report is submitted and can no longer be changed. Make a new version of it to "
                         "correct it.");
}

} // namespace

FinalReportStore::FinalReportStore(const Database& db)
    : m_db(db.connection())
{
}

std::optional<FinalReport> FinalReportStore::newest(qint64 collaborationId, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(
            q, QStringLiteral("SELECT id FROM final_report WHERE collaboration_id = ? ORDER BY version DESC LIMIT 1"),
            { collaborationId }, error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    return load(q.value(0).toLongLong(), error);
}

std::optional<FinalReport> FinalReportStore::load(qint64 id, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM final_report WHERE id = ?").arg(kColumns), { id }, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = StoreText::tr("There is no final report with id %1.").arg(id);
        return std::nullopt;
    }
    FinalReport r;
    r.id = q.value(0).toLongLong();
    r.collaborationId = q.value(1).toLongLong();
    r.agreementId = q.value(2).toLongLong();
    r.version = q.value(3).toInt();
    r.state = ProgressReport::States.fromCode(q.value(4).toString());
    r.due = date(q.value(5));
    r.submittedOn = date(q.value(6));
    r.approvedOn = date(q.value(7));
    r.currentPage = q.value(8).toString();
    r.synthesis = q.value(9).toString();
    r.createdAt = Sql::sqliteTimestamp(q.value(10));
    r.updatedAt = Sql::sqliteTimestamp(q.value(11));
    r.uuid = q.value(12).toString();
    if (!loadAreas(r, error))
        return std::nullopt;
    return r;
}

bool FinalReportStore::loadAreas(FinalReport& r, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, area_title, outcome, reason, continuation, uuid FROM final_report_area "
                                  "WHERE final_report_id = ? ORDER BY position"),
                   { r.id }, error))
        return false;
    while (q.next()) {
        AreaCloseOut a;
        a.id = q.value(0).toLongLong();
        a.areaTitle = q.value(1).toString();
        bool ok = false;
        const AreaOutcome outcome = FinalReport::Outcomes.fromCode(q.value(2).toString(), &ok);
        if (ok)
            a.outcome = outcome;
        a.reason = q.value(3).toString();
        a.continuation = q.value(4).toString();
        a.uuid = q.value(5).toString();
        r.areas.append(a);
    }
    return true;
}

bool FinalReportStore::refuseFrozen(qint64 id, QString* error) const
{
    if (id <= 0)
        return false;
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT state FROM final_report WHERE id = ?"), { id }, error))
        return true;
    if (q.next() && q.value(0).toString() != QLatin1String("utkast")) {
        if (error)
            *error = frozenMessage();
        return true;
    }
    return false;
}

bool FinalReportStore::saveDraft(FinalReport& r, QString* error)
{
    if (r.isFrozen() || refuseFrozen(r.id, error)) {
        if (error)
            *error = frozenMessage();
        return false;
    }
    if (ReadOnly::refuseIfClosed(m_db, r.collaborationId, error))
        return false;
    if (const FieldErrors errors = r.validate(); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString now = Clock::timestamp();
    const bool isNew = r.id == 0;
    const QString uuid = Sql::uuidOr(r.uuid);
    const QVariantList values {
        r.collaborationId,           r.agreementId, r.version, Sql::dateOrNull(r.due), Sql::textOrNull(r.currentPage),
        Sql::textOrNull(r.synthesis)
    };
    if (isNew) {
        if (!Sql::exec(q,
                       QStringLiteral("INSERT INTO final_report(collaboration_id, agreement_id, version, due_date, "
                                      "current_page, synthesis, state, uuid, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, 'utkast', ?, ?, ?)"),
                       values + QVariantList { uuid, now, now }, error))
            return false;
        r.id = q.lastInsertId().toLongLong();
    } else if (!Sql::exec(q,
                          QStringLiteral("UPDATE final_report SET collaboration_id = ?, agreement_id = ?, version = ?, "
                                         "due_date = ?, current_page = ?, synthesis = ?, updated_at = ? WHERE id = ?"),
                          values + QVariantList { now, r.id }, error)) {
        return false;
    }
    FinalReport written = r;
    written.uuid = uuid;
    written.state = ProgressReportState::Draft;
    const bool ok = ChildRows::sync<AreaCloseOut>(
        m_db, QStringLiteral("final_report_area"), QStringLiteral("final_report_id"), written.id, written.areas,
        { QStringLiteral("area_title"), QStringLiteral("outcome"), QStringLiteral("reason"),
          QStringLiteral("continuation") },
        [](const AreaCloseOut& a) {
            return QVariantList { a.areaTitle,
                                  a.outcome ? QVariant(FinalReport::Outcomes.code(*a.outcome))
                                            : QVariant(QMetaType(QMetaType::QString)),
                                  Sql::textOrNull(a.reason), Sql::textOrNull(a.continuation) };
        },
        error);
    if (!ok || !tx.commit(error)) {
        if (isNew)
            r.id = 0;
        return false;
    }
    written.updatedAt = Sql::sqliteTimestamp(now);
    if (isNew)
        written.createdAt = written.updatedAt;
    r = written;
    return true;
}

bool FinalReportStore::submit(FinalReport& r, const QDate& on, QString* error)
{
    if (const FieldErrors errors = r.validateForSubmission(); !errors.isEmpty()) {
        if (error)
            *error = StoreText::tr("The final report cannot be submitted yet:\n%1").arg(joinErrors(errors));
        return false;
    }
    if (!on.isValid()) {
        if (error)
            *error = StoreText::tr("Give the date the report is submitted.");
        return false;
    }
    Sql::Transaction tx(m_db);
    FinalReport submitted = r;
    if (!saveDraft(submitted, error))
        return false;
    QSqlQuery q(m_db);
    const QString now = Clock::timestamp();
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE final_report SET state = 'inlamnad', submitted_on = ?, updated_at = ? "
                                  "WHERE id = ?"),
                   { Sql::dateOrNull(on), now, submitted.id }, error)
        || !tx.commit(error))
        return false;
    submitted.state = ProgressReportState::Submitted;
    submitted.submittedOn = on;
    submitted.updatedAt = Sql::sqliteTimestamp(now);
    r = submitted;
    return true;
}

bool FinalReportStore::approve(FinalReport& r, const QDate& on, QString* error)
{
    if (ReadOnly::refuseIfClosed(m_db, r.collaborationId, error))
        return false;
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT state FROM final_report WHERE id = ?"), { r.id }, error))
        return false;
    if (!q.next() || q.value(0).toString() != QLatin1String("inlamnad") || !on.isValid()) {
        if (error)
            *error = StoreText::tr("Only a submitted final report can be approved, on a given date.");
        return false;
    }
    const QString now = Clock::timestamp();
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE final_report SET state = 'godkand', approved_on = ?, updated_at = ? "
                                  "WHERE id = ?"),
                   { Sql::dateOrNull(on), now, r.id }, error))
        return false;
    r.state = ProgressReportState::Approved;
    r.approvedOn = on;
    r.updatedAt = Sql::sqliteTimestamp(now);
    return true;
}

std::optional<FinalReport> FinalReportStore::newVersion(qint64 submittedId, QString* error)
{
    auto old = load(submittedId, error);
    if (!old)
        return std::nullopt;
    if (!old->isFrozen()) {
        if (error)
            *error = StoreText::tr("The report is still a draft: change it directly instead of making a new version.");
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT max(version) FROM final_report WHERE collaboration_id = ?"),
                   { old->collaborationId }, error)
        || !q.next())
        return std::nullopt;
    if (q.value(0).toInt() > old->version) {
        if (error)
            *error = StoreText::tr("There already is a newer version of this report (version %1): correct that one.")
                         .arg(q.value(0).toInt());
        return std::nullopt;
    }
    FinalReport copy = *old;
    copy.id = 0;
    copy.uuid.clear();
    copy.version = old->version + 1;
    copy.state = ProgressReportState::Draft;
    copy.submittedOn = QDate();
    copy.approvedOn = QDate();
    for (auto& a : copy.areas) {
        a.id = 0;
        a.uuid.clear();
    }
    if (!saveDraft(copy, error))
        return std::nullopt;
    return copy;
}

bool FinalReportStore::remove(qint64 id, QString* error)
{
    if (refuseFrozen(id, error))
        return false;
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT collaboration_id FROM final_report WHERE id = ?"), { id }, error))
        return false;
    if (q.next() && ReadOnly::refuseIfClosed(m_db, q.value(0).toLongLong(), error))
        return false;
    return Tombstones::remove(m_db, QStringLiteral("DELETE FROM final_report WHERE id = ?"), { id }, error);
}
