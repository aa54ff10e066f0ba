#pragma once

#include "EditSession.h"
#include "core/followup/ProgressReport.h"

#include <QHash>

/**
 * One open delredovisning with the wizard's undo stack. Every change to the draft is
 * saved first and then recorded as a snapshot of the whole report, so undo writes the
 * earlier report back. Submitting is not a step to undo: from then on the report is
 * frozen in the file and the stack is cleared; a correction is a new version.
 */
class ProgressReportSession : public EditSession<ProgressReport>
{
    Q_OBJECT

public:
    /** Loads report `id`; check isValid() and errorString(). */
    ProgressReportSession(Database& db, qint64 id, QObject* parent = nullptr);

    const ProgressReport& report() const { return m_value; }
    /** The collaboration is avslutad: nothing can change until it is reopened. */
    /** Why nothing can be changed (submitted, or the collaboration ended); empty when it can. */
    QString readOnlyReason() const { return refusal(); }

    /** The organizer's name, for the wizard's headline. */
    QString organizerName() const { return m_organizerName; }
    /** Where the planned paths start: the signed agreement's period start. */
    QDate baselineDate() const { return m_baselineDate; }
    /** The plan's indicator with `uuid` as it stands (its milestones), or one made from the reading. */
    Indicator indicatorFor(const IndicatorReading& reading) const;

    /** Remembers the page to resume on (a draft's; a frozen report opens on its first page). */
    bool setCurrentPage(const QString& pageId);
    /** Marks it inlämnad on `on` after the submission check; frozen from then on. */
    bool submit(const QDate& on, QString* error);
    /** Reads the report again from the file. */
    bool reload(QString* error);

Q_SIGNALS:
    /** Submitted (or reloaded in another state). */
    void statusChanged();

protected:
    bool write(ProgressReport& value, QString* error) override;
    void keepOnUndo(ProgressReport& value) const override;
    QString refusal() const override;

private:
    QString m_organizerName;
    QDate m_baselineDate;
    QHash<QString, Indicator> m_indicators; ///< the plan's, by uuid
};
