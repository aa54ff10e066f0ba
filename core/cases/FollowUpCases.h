#pragma once

#include "Case.h"
#include "core/followup/FinalReport.h"
#include "core/followup/ProgressReport.h"

class Database;

/** One scheduled delredovisning of a collaboration: from the signed ÖK 2's report dates. */
struct ScheduledReport
{
    int number = 0; ///< 1, 2… in the order of the report dates
    QDate due;
    QString label; ///< the report date's label in the agreement
    ProgressReportState state = ProgressReportState::NotStarted; ///< of the newest version
    qint64 reportId = 0; ///< the newest version's id, 0 when not started
    int version = 0; ///< the newest version, 0 when not started
    bool dueSoon = false; ///< not yet submitted and due within 30 days of `today`
    bool overdue = false; ///< not yet submitted and due before `today`
};

/**
 * Steps 5 and 6's use cases, on the pattern of Cases.h: each written once and called by the
 * Uppföljning tab, the CLI, the generator and the demo. Every writing one refuses while the
 * collaboration is avslutad (ReadOnly::message).
 */
namespace Cases {

/** The days before a due date from which a report shows as due soon. */
constexpr int DueSoonDays = 30;

/**
 * The collaboration's signed ÖK 2, or the signed amendment that replaced it (the newest signed
 * agreement whose chain starts at an ÖK 2); nullopt with a message when there is none.
 */
std::optional<Agreement> signedInterventionsAgreement(const Database& db, qint64 collaborationId, QString* error);

/**
 * The delredovisningar due under the signed ÖK 2, with their state and warnings against `today`;
 * empty, with the reason in `error`, when there is no signed ÖK 2.
 */
QList<ScheduledReport> reportSchedule(const Database& db, qint64 collaborationId, const QDate& today, QString* error);

/**
 * A draft of delredovisning `number`, not stored: a), b), c) and f) of every agreed intervention
 * copied from the signed ÖK 2, the newest measurement up to the due date of every indicator of the
 * agreed interventions in the plan, with its status, and the deviations the program sees between the current plan and
 * the signed ÖK 2 (intervention added, dropped, changed, dates or budget moved) proposed for a person to confirm and
 * explain (an explanation given in an earlier report of the same deviation is kept). Refused when the collaboration is
 * avslutad, has no signed ÖK 2, `number` is not one of its report dates, or report `number` already exists (load it, or
 * make a new version).
 */
std::optional<ProgressReport> draftProgressReport(const Database& db, qint64 collaborationId, int number,
                                                  QString* error);

/** The deviations the program sees between `plan` and `agreement` (the draft's proposals). */
QList<Deviation> proposedDeviations(const Agreement& agreement, const ActionPlan& plan);

/** Saves and submits report `reportId` (inlämnad on `on`); refused when invalid or closed. */
bool submitProgressReport(const Database& db, ProgressReport& report, const QDate& on, QString* error);
/** A new draft version of a submitted report, stored. */
std::optional<ProgressReport> newProgressReportVersion(const Database& db, qint64 reportId, QString* error);

/**
 * The final report: the stored draft (or newest version) when there is one, else a new draft
 * (not stored) with an area close-out per agreed area; either way assembled from every progress
 * report (FinalReport::assemble).
 */
std::optional<FinalReport> draftFinalReport(const Database& db, qint64 collaborationId, QString* error);
/** The newest stored final report, assembled; nullopt with an empty `error` when there is none. */
std::optional<FinalReport> loadFinalReport(const Database& db, qint64 collaborationId, QString* error);

/**
 * Records phase 6's decision to end: the collaboration moves to phase 6 (if not there), its status
 * to avslutad with `reason` (required) decided on `decidedOn`, in the status history; from then
 * on the whole collaboration is read-only.
 */
bool endCollaboration(const Database& db, qint64 collaborationId, const QDate& decidedOn, const QString& reason,
                      QString* error);
/** Reopens an avslutad collaboration to `to` (aktiv by default) with a reason (required), in the history. */
bool reopenCollaboration(const Database& db, qint64 collaborationId, const QString& reason, const QDate& decidedOn,
                         QString* error, CollaborationStatus to = CollaborationStatus::Active);

} // namespace Cases
