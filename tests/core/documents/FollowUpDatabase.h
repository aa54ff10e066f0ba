#pragma once

// A collaboration carried into phase 5 through the stores and use cases, as a user would: the
// demo's draft ÖK 2 sent and signed, measurements of its indicators, and progress reports
// drafted by Cases::draftProgressReport with d), e) and the ratings written. For the report
// documents' CLI tests and the benchmark (which links this file too).
#include <QDate>
#include <QString>

#include <optional>

class Database;

namespace FollowUpDatabase {

/**
 * Grows the plan of collaboration 1 to `interventions` interventions (copies of the demo's,
 * new records) when it has fewer; 0 keeps it as it is.
 */
bool growPlan(const Database& db, int interventions, QString* error);

/** Drafts the ÖK 2 from the plan when there is none, sends and signs it (its PDF kept, as signing does). */
bool signInterventionsAgreement(const Database& db, qint64 collaborationId, QString* error);

/** Two measurements of every indicator of the plan: autumn 2025 and spring 2026. */
bool measure(const Database& db, qint64 collaborationId, QString* error);

/**
 * Progress report `number`, drafted from the signed ÖK 2 with every intervention rated and d)
 * and e) written, stored; submitted on `submittedOn` when that is valid. Returns its id.
 */
std::optional<qint64> writeProgressReport(const Database& db, qint64 collaborationId, int number,
                                          const QDate& submittedOn, QString* error);

/** All of the above for the demo's collaboration 1: report 1 submitted, report 2 a stored draft. */
bool prepare(const Database& db, int interventions, QString* error);

} // namespace FollowUpDatabase
