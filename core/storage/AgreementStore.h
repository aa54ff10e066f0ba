#pragma once

#include "core/agreement/Agreement.h"

#include <QSqlDatabase>

#include <optional>

class Database;

/** One row of a collaboration's list of agreements. */
struct AgreementSummary
{
    qint64 id = 0;
    AgreementKind kind = AgreementKind::Cooperation;
    AgreementStatus status = AgreementStatus::Draft;
    qint64 amendsId = 0;
    QString title;
    QDate periodStart;
    QDate periodEnd;
    QDate signedOn; ///< the later of the two parties' dates, once signed
    QString pdfSha256;
    QDateTime updatedAt;
};

/**
 * Överenskommelser. A signed agreement is frozen in the database (triggers refuse
 * every change to it and its rows); this store refuses first, with a message that
 * says what to do: make an amendment.
 */
class AgreementStore
{
public:
    explicit AgreementStore(const Database& db);

    /** The collaboration's agreements, oldest first. */
    QList<AgreementSummary> list(qint64 collaborationId, QString* error = nullptr) const;
    std::optional<Agreement> load(qint64 id, QString* error = nullptr) const;
    /** The newest agreement of `kind` for the collaboration; nullopt with an empty `error` when there is none. */
    std::optional<Agreement> newest(qint64 collaborationId, AgreementKind kind, QString* error = nullptr) const;

    /** Validates and writes a draft or sent agreement in one transaction; refused once signed. */
    bool save(Agreement& agreement, QString* error);
    /** Removes a draft; a signed agreement is never removed. */
    bool remove(qint64 id, QString* error);

    /** Sent for signing: the content must be complete (Agreement::validateForSigning). */
    bool markSent(Agreement& agreement, const QDateTime& at, QString* error);

    /**
     * Records the signing: both parties' dates, the SHA-256 of the signed PDF and optionally
     * a scan of the paper copy. An amendment's signing marks the agreement it amends as
     * replaced, in the same transaction. From then on the agreement cannot change.
     *
     * A PDF carries its creation date, so printing the agreement again gives the same text
     * (AgreementDocument reads only the frozen copy), not the same bytes. The signed PDF itself
     * is therefore kept too (signedPdf()): that is the archive's copy, and its SHA-256 is
     * `pdfSha256`.
     */
    bool markSigned(Agreement& agreement, const QDate& agencySignedOn, const QDate& organizerSignedOn,
                    const QByteArray& signedPdf, QString* error, const QByteArray& scan = QByteArray(),
                    const QString& scanFileName = QString());

    /** A new draft amendment of a signed agreement, stored and linked to it. */
    std::optional<Agreement> newAmendment(qint64 signedId, QString* error);

    /** The PDF that was signed, byte for byte (its SHA-256 is the agreement's pdfSha256); empty before signing. */
    QByteArray signedPdf(qint64 agreementId, QString* error = nullptr) const;

    /**
     * Writes the signed PDF to `path` whole or not at all, after checking its bytes still have
     * the stored SHA-256: the archive's copy of a signed agreement.
     */
    bool exportSignedPdf(qint64 agreementId, const QString& path, QString* error) const;

    /** The scanned signed copy, if one was stored. */
    QByteArray scan(qint64 agreementId, QString* error = nullptr) const;

    /** The hex SHA-256 the store keeps for a PDF. */
    static QString sha256(const QByteArray& bytes);

private:
    bool loadChildren(Agreement& a, QString* error) const;
    bool writeChildren(Agreement& a, QString* error);
    bool refuseFrozen(qint64 id, QString* error) const;

    QSqlDatabase m_db;
};
