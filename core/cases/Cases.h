#pragma once

#include "Case.h"

class Database;

/**
 * The use cases: each "make X from the case" written once, in core, and called by
 * the wizards, the CLI, the generator and the demo alike (as Subsurface's
 * commands/ serve both its front ends). Each takes the database or a loaded Case
 * and reports failure as nullopt or false with a message that says what to do.
 * A progress report drafted from the plan comes next, on the same pattern.
 */
namespace Cases {

/** Reads collaboration `collaborationId`'s case; nullopt with the reason in `error`. */
std::optional<Case> load(const Database& db, qint64 collaborationId, CaseOptions options, QString* error);

/**
 * The kind an analysis gets at `unitId` (0: the organizer level): förskola for a
 * preschool unit, and at organizer level when every unit in scope is a preschool;
 * skola otherwise.
 */
AnalysisKind analysisKindFor(const Case& c, qint64 unitId);

/**
 * Starts an analysis at `unitId` (0: the organizer level) from the newest template
 * of its kind, on its first page, and stores it under the programme's minimum
 * group size. Returns the stored analysis.
 */
std::optional<Analysis> startAnalysis(const Database& db, qint64 collaborationId, qint64 unitId, QString* error);

/**
 * A draft agreement from the case, not stored: both parties, the programme's clauses,
 * the period, report dates and signatory slots; for ÖK 2 a copy of the plan's
 * interventions (the case must be loaded with CaseOptions::plan). Callers that keep it
 * (the agreements tab, the generator, the demo) save it through AgreementStore, after
 * filling in what only they know (signatories, diary numbers).
 */
std::optional<Agreement> draftAgreement(const Case& c, AgreementKind kind, QString* error);
/** The same, reading the case first. */
std::optional<Agreement> draftAgreement(const Database& db, qint64 collaborationId, AgreementKind kind, QString* error);

} // namespace Cases
