#include "AgreementSession.h"

#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"

AgreementSession::AgreementSession(Database& db, qint64 id, QObject* parent)
    : EditSession(db, MergeId::AgreementField, parent)
{
    if (auto agreement = AgreementStore(db).load(id, &m_error))
        setLoaded(*agreement);
}

bool AgreementSession::write(Agreement& value, QString* error)
{
    return AgreementStore(m_db).save(value, error);
}

void AgreementSession::keepOnUndo(Agreement& value) const
{
    // Undo restores the content; where it stands on the way to signing is not part of it.
    value.status = m_value.status;
    value.sentAt = m_value.sentAt;
    value.agencySignedOn = m_value.agencySignedOn;
    value.organizerSignedOn = m_value.organizerSignedOn;
    value.pdfSha256 = m_value.pdfSha256;
    value.createdAt = m_value.createdAt;
    value.updatedAt = m_value.updatedAt;
}

QString AgreementSession::refusal() const
{
    if (m_value.isFrozen())
        return tr("The agreement is signed and cannot be changed. Make an amendment to change it.");
    return QString();
}

bool AgreementSession::markSent(const QDateTime& at, QString* error)
{
    Agreement next = m_value;
    if (!AgreementStore(m_db).markSent(next, at, error))
        return false;
    m_value = next;
    Q_EMIT statusChanged();
    return true;
}

bool AgreementSession::markSigned(const QDate& agencySignedOn, const QDate& organizerSignedOn,
                                  const QByteArray& signedPdf, QString* error, const QByteArray& scan,
                                  const QString& scanFileName)
{
    Agreement next = m_value;
    if (!AgreementStore(m_db).markSigned(next, agencySignedOn, organizerSignedOn, signedPdf, error, scan, scanFileName))
        return false;
    m_undo.clear();
    if (!reload(error))
        return false;
    Q_EMIT statusChanged();
    return true;
}

bool AgreementSession::reload(QString* error)
{
    const auto loaded = AgreementStore(m_db).load(m_value.id, error);
    if (!loaded)
        return false;
    m_value = *loaded;
    if (m_value.isFrozen())
        m_undo.clear();
    Q_EMIT reloaded();
    return true;
}
