#pragma once

#include "Merge.h"

#include "core/analysis/Analysis.h"
#include "core/domain/Collaboration.h"
#include "core/domain/Organizer.h"
#include "core/domain/SchoolUnit.h"

/**
 * The analysis and its context as records by uuid: what a package carries and what
 * the merge compares. Links between records are uuids, never the ids of one file.
 * Kinds: "analysis" (with its answers as "answer:<question>", its results as
 * "result:<indicator>:<period>" and its lists' order as "order:<list>"),
 * "participant", "evidence", "voice", "cause", "problem" (sets "causes", "evidence"),
 * "area" (set "problems"), and the read-only context "organizer", "unit", "collaboration".
 */
namespace Records {

/** The analysis's records (itself and every row); `unitUuid` names its unit (empty at organizer level). */
Merge::RecordSet fromAnalysis(const Analysis& analysis, const QString& unitUuid);

/** The context: the organizer, the units in `units`, the collaboration (units in scope by uuid). */
Merge::RecordSet fromContext(const Organizer& organizer, const QList<SchoolUnit>& units,
                             const Collaboration& collaboration);

/**
 * The analysis `records` describe, on top of `into` (the receiver's analysis, whose ids
 * and metadata stay): rows known by uuid keep their ids, new rows get id 0 and their uuid.
 * Links to rows that are new are left out (their ids are not known yet); `linksPending`
 * says so, and a second call after saving fills them in.
 */
Analysis toAnalysis(const Merge::RecordSet& records, const QString& analysisUuid, Analysis into, bool* linksPending);

/** The context back as domain values (ids 0, uuids kept); false when a record is missing or malformed. */
bool toContext(const Merge::RecordSet& records, Organizer* organizer, QList<SchoolUnit>* units,
               Collaboration* collaboration, QStringList* unitUuidsInScope, QString* error);

/** Only the records of the kinds in `kinds`. */
Merge::RecordSet only(const Merge::RecordSet& records, const QStringList& kinds);

/** The kinds of the analysis's own records. */
QStringList analysisKinds();
/** The kinds of the context. */
QStringList contextKinds();

/** The record of kind `kind` (the first, for "analysis" and "organizer"), or nullptr. */
const Merge::Record* first(const Merge::RecordSet& records, const QString& kind);

/** A short label for a record, for the preview tree (a problem's description, a cause's text…). */
QString label(const Merge::Record& record);

} // namespace Records
