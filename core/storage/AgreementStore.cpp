#include "AgreementStore.h"

#include "ChildRows.h"
#include "Database.h"
#include "ReadOnly.h"
#include "Sql.h"
#include "Tombstones.h"
#include "core/Clock.h"

#include <QCryptographicHash>
#include <QSaveFile>
#include <QSqlQuery>

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(AgreementStore)
};

const QString kColumns = QStringLiteral(
    "id, collaboration_id, kind, amends_id, status, title, programme_name, agency_name, agency_short_name, "
    "agency_address, agency_telephone, agency_organisation_number, agency_diary_number, organizer_name, "
    "organizer_short_name, organizer_address, organizer_organisation_number, organizer_diary_number, period_start, "
    "period_end, final_report_date, agency_signed_on, organizer_signed_on, sent_at, pdf_sha256, created_at, "
    "updated_at, uuid");

QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime dateTime(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

Agreement fromRow(const QSqlQuery& q)
{
    Agreement a;
    a.id = q.value(0).toLongLong();
    a.collaborationId = q.value(1).toLongLong();
    a.kind = Agreement::Kinds.fromCode(q.value(2).toString());
    a.amendsId = q.value(3).toLongLong();
    a.status = Agreement::Statuses.fromCode(q.value(4).toString());
    a.title = q.value(5).toString();
    a.programmeName = q.value(6).toString();
    a.agency = { q.value(7).toString(),  q.value(8).toString(),  q.value(9).toString(),
                 q.value(10).toString(), q.value(11).toString(), q.value(12).toString() };
    a.organizer = { q.value(13).toString(), q.value(14).toString(), q.value(15).toString(), QString(),
                    q.value(16).toString(), q.value(17).toString() };
    a.periodStart = date(q.value(18));
    a.periodEnd = date(q.value(19));
    a.finalReportDate = date(q.value(20));
    a.agencySignedOn = date(q.value(21));
    a.organizerSignedOn = date(q.value(22));
    a.sentAt = dateTime(q.value(23));
    a.pdfSha256 = q.value(24).toString();
    a.createdAt = dateTime(q.value(25));
    a.updatedAt = dateTime(q.value(26));
    a.uuid = q.value(27).toString();
    return a;
}

QString frozenMessage()
{
    return StoreText::tr("The agreement is signed and can no longer be changed. Make an amendment (tillägg) to change "
                         "it.");
}

} // namespace

AgreementStore::AgreementStore(const Database& db)
    : m_db(db.connection())
{
}

QString AgreementStore::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QList<AgreementSummary> AgreementStore::list(qint64 collaborationId, QString* error) const
{
    QList<AgreementSummary> result;
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, kind, status, amends_id, title, period_start, period_end, "
                                  "max(agency_signed_on, organizer_signed_on), pdf_sha256, updated_at FROM agreement "
                                  "WHERE collaboration_id = ? ORDER BY id"),
                   { collaborationId }, error))
        return result;
    while (q.next()) {
        AgreementSummary s;
        s.id = q.value(0).toLongLong();
        s.kind = Agreement::Kinds.fromCode(q.value(1).toString());
        s.status = Agreement::Statuses.fromCode(q.value(2).toString());
        s.amendsId = q.value(3).toLongLong();
        s.title = q.value(4).toString();
        s.periodStart = date(q.value(5));
        s.periodEnd = date(q.value(6));
        s.signedOn = date(q.value(7));
        s.pdfSha256 = q.value(8).toString();
        s.updatedAt = dateTime(q.value(9));
        result.append(s);
    }
    return result;
}

std::optional<Agreement> AgreementStore::load(qint64 id, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM agreement WHERE id = ?").arg(kColumns), { id }, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = StoreText::tr("There is no agreement with id %1.").arg(id);
        return std::nullopt;
    }
    Agreement a = fromRow(q);
    if (!loadChildren(a, error))
        return std::nullopt;
    return a;
}

std::optional<Agreement> AgreementStore::newest(qint64 collaborationId, AgreementKind kind, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id FROM agreement WHERE collaboration_id = ? AND kind = ? "
                                  "ORDER BY id DESC LIMIT 1"),
                   { collaborationId, Agreement::Kinds.code(kind) }, error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    return load(q.value(0).toLongLong(), error);
}

bool AgreementStore::loadChildren(Agreement& a, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, key, heading, body, uuid FROM agreement_section WHERE agreement_id = ? "
                                  "ORDER BY position"),
                   { a.id }, error))
        return false;
    while (q.next())
        a.sections.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString() });
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, due_date, label, uuid FROM agreement_report_date WHERE agreement_id = ? "
                                  "ORDER BY position"),
                   { a.id }, error))
        return false;
    while (q.next())
        a.reportDates.append(
            { q.value(0).toLongLong(), date(q.value(1)), q.value(2).toString(), q.value(3).toString() });
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, party, name, title, place, uuid FROM agreement_signatory "
                                  "WHERE agreement_id = ? ORDER BY position"),
                   { a.id }, error))
        return false;
    while (q.next())
        a.signatories.append({ q.value(0).toLongLong(), Agreement::Parties.fromCode(q.value(1).toString()),
                               q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                               q.value(5).toString() });
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, source_intervention_id, area_title, title, description, goals, "
                                  "responsible, provider, funding_mode, funding_form, start_date, end_date, uuid, "
                                  "problems, causes, expected_effects FROM agreement_intervention WHERE agreement_id = "
                                  "? ORDER BY position"),
                   { a.id }, error))
        return false;
    while (q.next()) {
        AgreedIntervention i;
        i.id = q.value(0).toLongLong();
        i.sourceInterventionId = q.value(1).toLongLong();
        i.areaTitle = q.value(2).toString();
        i.title = q.value(3).toString();
        i.description = q.value(4).toString();
        i.goals = q.value(5).toString();
        i.responsible = q.value(6).toString();
        i.provider = q.value(7).toString();
        i.fundingMode = ActionPlan::FundingModes.fromCode(q.value(8).toString());
        i.fundingForm = ActionPlan::FundingForms.fromCode(q.value(9).toString());
        i.start = date(q.value(10));
        i.end = date(q.value(11));
        i.uuid = q.value(12).toString();
        i.problems = q.value(13).toString();
        i.causes = q.value(14).toString();
        i.expectedEffects = q.value(15).toString();
        a.interventions.append(i);
    }
    for (auto& i : a.interventions) {
        if (!Sql::exec(q,
                       QStringLiteral("SELECT year, amount_sek FROM agreement_budget "
                                      "WHERE agreement_intervention_id = ? ORDER BY year"),
                       { i.id }, error))
            return false;
        while (q.next())
            i.budget.append({ q.value(0).toInt(), q.value(1).toLongLong() });
    }
    return true;
}

bool AgreementStore::refuseFrozen(qint64 id, QString* error) const
{
    if (id <= 0)
        return false;
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT status FROM agreement WHERE id = ?"), { id }, error))
        return true;
    if (q.next()) {
        const auto status = Agreement::Statuses.fromCode(q.value(0).toString());
        if (status == AgreementStatus::Signed || status == AgreementStatus::Replaced) {
            if (error)
                *error = frozenMessage();
            return true;
        }
    }
    return false;
}

bool AgreementStore::save(Agreement& a, QString* error)
{
    if (ReadOnly::refuseIfClosed(m_db, a.collaborationId, error))
        return false;
    if (a.isFrozen() || refuseFrozen(a.id, error)) {
        if (error)
            *error = frozenMessage();
        return false;
    }
    if (const FieldErrors errors = a.validate(); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QVariantList values { a.collaborationId,
                                Agreement::Kinds.code(a.kind),
                                a.amendsId > 0 ? QVariant(a.amendsId) : QVariant(QMetaType(QMetaType::LongLong)),
                                Agreement::Statuses.code(a.status),
                                a.title.trimmed(),
                                a.programmeName,
                                a.agency.name,
                                a.agency.shortName,
                                Sql::textOrNull(a.agency.address),
                                Sql::textOrNull(a.agency.telephone),
                                a.agency.organisationNumber,
                                Sql::textOrNull(a.agency.diaryNumber),
                                a.organizer.name,
                                a.organizer.shortName,
                                Sql::textOrNull(a.organizer.address),
                                a.organizer.organisationNumber,
                                Sql::textOrNull(a.organizer.diaryNumber),
                                Sql::dateOrNull(a.periodStart),
                                Sql::dateOrNull(a.periodEnd),
                                Sql::dateOrNull(a.finalReportDate),
                                Sql::textOrNull(a.sentAt.isValid() ? a.sentAt.toString(Qt::ISODate) : QString()) };
    const QString columns = QStringLiteral(
        "collaboration_id, kind, amends_id, status, title, programme_name, agency_name, agency_short_name, "
        "agency_address, agency_telephone, agency_organisation_number, agency_diary_number, organizer_name, "
        "organizer_short_name, organizer_address, organizer_organisation_number, organizer_diary_number, "
        "period_start, period_end, final_report_date, sent_at");
    const bool isNew = a.id == 0;
    const QString now = Clock::timestamp();
    const QString uuid = Sql::uuidOr(a.uuid);
    if (isNew) {
        const QVariantList all = values + QVariantList { uuid, now, now };
        if (!Sql::exec(q,
                       QStringLiteral("INSERT INTO agreement(%1, uuid, created_at, updated_at) VALUES (%2)")
                           .arg(columns, QStringList(all.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                       all, error))
            return false;
        a.id = q.lastInsertId().toLongLong();
    } else {
        QStringList sets;
        for (const auto& c : columns.split(QStringLiteral(", ")))
            sets << c + QStringLiteral(" = ?");
        if (!Sql::exec(q,
                       QStringLiteral("UPDATE agreement SET %1, updated_at = ? WHERE id = ?")
                           .arg(sets.join(QStringLiteral(", "))),
                       values + QVariantList { now, a.id }, error))
            return false;
    }
    Agreement written = a;
    if (isNew)
        written.uuid = uuid;
    if (!writeChildren(written, error) || !tx.commit(error)) {
        if (isNew)
            a.id = 0; // rolled back: the id was never committed
        return false;
    }
    a = written;
    return true;
}

bool AgreementStore::writeChildren(Agreement& a, QString* error)
{
    const QString owner = QStringLiteral("agreement_id");
    if (!ChildRows::sync<AgreementSection>(
            m_db, QStringLiteral("agreement_section"), owner, a.id, a.sections,
            { QStringLiteral("key"), QStringLiteral("heading"), QStringLiteral("body") },
            [](const AgreementSection& s) {
                return QVariantList { s.key, s.heading.trimmed(), s.body };
            },
            error)
        || !ChildRows::sync<ReportDue>(
            m_db, QStringLiteral("agreement_report_date"), owner, a.id, a.reportDates,
            { QStringLiteral("due_date"), QStringLiteral("label") },
            [](const ReportDue& r) {
                return QVariantList { Sql::dateOrNull(r.due), Sql::textOrNull(r.label) };
            },
            error)
        || !ChildRows::sync<Signatory>(
            m_db, QStringLiteral("agreement_signatory"), owner, a.id, a.signatories,
            { QStringLiteral("party"), QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("place") },
            [](const Signatory& s) {
                return QVariantList { Agreement::Parties.code(s.party),
                                      s.name.isNull() ? QStringLiteral("") : s.name.trimmed(), Sql::textOrNull(s.title),
                                      Sql::textOrNull(s.place) };
            },
            error)
        || !ChildRows::sync<AgreedIntervention>(
            m_db, QStringLiteral("agreement_intervention"), owner, a.id, a.interventions,
            { QStringLiteral("source_intervention_id"), QStringLiteral("area_title"), QStringLiteral("title"),
              QStringLiteral("description"), QStringLiteral("goals"), QStringLiteral("responsible"),
              QStringLiteral("provider"), QStringLiteral("funding_mode"), QStringLiteral("funding_form"),
              QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("problems"),
              QStringLiteral("causes"), QStringLiteral("expected_effects") },
            [](const AgreedIntervention& i) {
                return QVariantList { ChildRows::idOrNull(i.sourceInterventionId),
                                      i.areaTitle,
                                      i.title.trimmed(),
                                      Sql::textOrNull(i.description),
                                      Sql::textOrNull(i.goals),
                                      Sql::textOrNull(i.responsible),
                                      Sql::textOrNull(i.provider),
                                      ActionPlan::FundingModes.code(i.fundingMode),
                                      ActionPlan::FundingForms.code(i.fundingForm),
                                      Sql::dateOrNull(i.start),
                                      Sql::dateOrNull(i.end),
                                      Sql::textOrNull(i.problems),
                                      Sql::textOrNull(i.causes),
                                      Sql::textOrNull(i.expectedEffects) };
            },
            error))
        return false;
    QSqlQuery q(m_db);
    for (const auto& i : a.interventions) {
        if (!Sql::exec(q, QStringLiteral("DELETE FROM agreement_budget WHERE agreement_intervention_id = ?"), { i.id },
                       error))
            return false;
        for (const auto& line : i.budget) {
            if (!Sql::exec(q,
                           QStringLiteral("INSERT INTO agreement_budget(agreement_intervention_id, year, amount_sek) "
                                          "VALUES (?, ?, ?)"),
                           { i.id, line.year, line.amountSek }, error))
                return false;
        }
    }
    return true;
}

bool AgreementStore::remove(qint64 id, QString* error)
{
    if (refuseFrozen(id, error))
        return false;
    return Tombstones::remove(m_db, QStringLiteral("DELETE FROM agreement WHERE id = ?"), { id }, error);
}

bool AgreementStore::markSent(Agreement& a, const QDateTime& at, QString* error)
{
    if (const FieldErrors errors = a.validateForSigning(); !errors.isEmpty()) {
        if (error)
            *error = StoreText::tr("The agreement is not ready to be sent:\n%1").arg(joinErrors(errors));
        return false;
    }
    Agreement sent = a;
    sent.status = AgreementStatus::Sent;
    sent.sentAt = at;
    if (!save(sent, error))
        return false;
    a = sent;
    return true;
}

bool AgreementStore::markSigned(Agreement& a, const QDate& agencySignedOn, const QDate& organizerSignedOn,
                                const QByteArray& signedPdf, QString* error, const QByteArray& scan,
                                const QString& scanFileName)
{
    if (a.isFrozen() || refuseFrozen(a.id, error)) {
        if (error)
            *error = frozenMessage();
        return false;
    }
    FieldErrors errors = a.validateForSigning();
    if (!agencySignedOn.isValid() || !organizerSignedOn.isValid())
        errors.append({ QStringLiteral("signedOn"), StoreText::tr("Both parties' signing dates are needed.") });
    if (signedPdf.isEmpty())
        errors.append(
            { QStringLiteral("pdf"),
              StoreText::tr("The PDF that was signed is needed: its fingerprint is kept with the agreement.") });
    if (!errors.isEmpty()) {
        if (error)
            *error = StoreText::tr("The agreement cannot be marked as signed:\n%1").arg(joinErrors(errors));
        return false;
    }
    Sql::Transaction tx(m_db);
    Agreement signedAgreement = a;
    if (!save(signedAgreement, error))
        return false;
    QSqlQuery q(m_db);
    if (!scan.isEmpty()
        && !Sql::exec(q,
                      QStringLiteral("INSERT OR REPLACE INTO agreement_scan(agreement_id, file_name, bytes) "
                                     "VALUES (?, ?, ?)"),
                      { signedAgreement.id, Sql::textOrNull(scanFileName), scan }, error))
        return false;
    if (!Sql::exec(q, QStringLiteral("INSERT OR REPLACE INTO agreement_signed_pdf(agreement_id, bytes) VALUES (?, ?)"),
                   { signedAgreement.id, signedPdf }, error))
        return false;
    const QString hash = sha256(signedPdf);
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE agreement SET status = 'undertecknad', agency_signed_on = ?, "
                                  "organizer_signed_on = ?, pdf_sha256 = ?, "
                                  "updated_at = ? WHERE id = ?"),
                   { Sql::dateOrNull(agencySignedOn), Sql::dateOrNull(organizerSignedOn), hash, Clock::timestamp(),
                     signedAgreement.id },
                   error))
        return false;
    if (signedAgreement.amendsId > 0
        && !Sql::exec(q,
                      QStringLiteral("UPDATE agreement SET status = 'ersatt' WHERE id = ? AND status = 'undertecknad'"),
                      { signedAgreement.amendsId }, error))
        return false;
    if (!tx.commit(error))
        return false;
    auto reloaded = load(signedAgreement.id, error);
    if (!reloaded)
        return false;
    a = *reloaded;
    return true;
}

std::optional<Agreement> AgreementStore::newAmendment(qint64 signedId, QString* error)
{
    const auto original = load(signedId, error);
    if (!original)
        return std::nullopt;
    if (original->status != AgreementStatus::Signed) {
        if (error)
            *error = original->status == AgreementStatus::Replaced
                ? StoreText::tr("This agreement has already been replaced by an amendment; amend the newest one.")
                : StoreText::tr("Only a signed agreement is amended. Change the draft itself instead.");
        return std::nullopt;
    }
    Agreement amendment = Agreement::amendmentOf(*original, error);
    if (!save(amendment, error))
        return std::nullopt;
    return amendment;
}

QByteArray AgreementStore::signedPdf(qint64 agreementId, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT bytes FROM agreement_signed_pdf WHERE agreement_id = ?"), { agreementId },
                   error)
        || !q.next())
        return QByteArray();
    return q.value(0).toByteArray();
}

bool AgreementStore::exportSignedPdf(qint64 agreementId, const QString& path, QString* error) const
{
    QString readError;
    const QByteArray bytes = signedPdf(agreementId, &readError);
    QSqlQuery q(m_db);
    QString stored;
    if (Sql::exec(q, QStringLiteral("SELECT pdf_sha256 FROM agreement WHERE id = ?"), { agreementId }, &readError)
        && q.next())
        stored = q.value(0).toString();
    if (bytes.isEmpty() || stored.isEmpty()) {
        if (error)
            *error
                = readError.isEmpty() ? StoreText::tr("The agreement has no signed PDF: it is not signed.") : readError;
        return false;
    }
    if (sha256(bytes) != stored) {
        if (error)
            *error = StoreText::tr("The signed PDF in the database no longer matches its fingerprint %1. The database "
                                   "may be damaged: open the newest backup.")
                         .arg(stored);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = StoreText::tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray AgreementStore::scan(qint64 agreementId, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT bytes FROM agreement_scan WHERE agreement_id = ?"), { agreementId }, error)
        || !q.next())
        return QByteArray();
    return q.value(0).toByteArray();
}
