#pragma once

#include "EditSession.h"
#include "core/agreement/Agreement.h"

/**
 * One open överenskommelse with the wizard's undo stack. Every change to the draft
 * is saved first and then recorded as a snapshot of the whole agreement, so undo
 * writes the earlier agreement back. Sending and signing are not steps to undo:
 * undo keeps the status, and a signed agreement (frozen in the file) clears the
 * stack, since every step before it would write to a record that may not change.
 */
class AgreementSession : public EditSession<Agreement>
{
    Q_OBJECT

public:
    /** Loads agreement `id`; check isValid() and errorString(). */
    AgreementSession(Database& db, qint64 id, QObject* parent = nullptr);

    const Agreement& agreement() const { return m_value; }

    /** Sent for signing once the content is complete (AgreementStore::markSent). */
    bool markSent(const QDateTime& at, QString* error);
    /** Records the signing (AgreementStore::markSigned); from then on it cannot change. */
    bool markSigned(const QDate& agencySignedOn, const QDate& organizerSignedOn, const QByteArray& signedPdf,
                    QString* error, const QByteArray& scan = QByteArray(), const QString& scanFileName = QString());
    /** Reads the agreement again from the file (after a change made elsewhere). */
    bool reload(QString* error);

Q_SIGNALS:
    /** Sent or signed. */
    void statusChanged();

protected:
    bool write(Agreement& value, QString* error) override;
    void keepOnUndo(Agreement& value) const override;
    QString refusal() const override;
};
