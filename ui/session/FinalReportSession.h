#pragma once

#include "EditSession.h"
#include "core/followup/FinalReport.h"

/**
 * One open slutredovisning with the wizard's undo stack: the close-outs and the
 * synthesis are saved as they are typed; the history is assembled from the progress
 * reports each time the report is loaded (never stored, never retyped).
 */
class FinalReportSession : public EditSession<FinalReport>
{
    Q_OBJECT

public:
    /** Loads final report `id` and assembles its history; check isValid() and errorString(). */
    FinalReportSession(Database& db, qint64 id, QObject* parent = nullptr);

    const FinalReport& report() const { return m_value; }
    QString readOnlyReason() const { return refusal(); }

    bool setCurrentPage(const QString& pageId);
    bool submit(const QDate& on, QString* error);

Q_SIGNALS:
    void statusChanged();

protected:
    bool write(FinalReport& value, QString* error) override;
    void keepOnUndo(FinalReport& value) const override;
    QString refusal() const override;

private:
};
