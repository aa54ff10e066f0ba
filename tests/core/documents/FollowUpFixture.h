#pragma once

// A signed ÖK 2 and progress reports on it, made in memory as Cases::draftProgressReport makes
// them (a, b, c and f copied from the agreement), for the report documents' tests.
#include "core/agreement/Agreement.h"
#include "core/documents/FinalReportDocument.h"
#include "core/documents/ProgressReportDocument.h"
#include "core/followup/ProgressReport.h"

/** A signed ÖK 2 of Ekbacka kommun: two development areas, three interventions, real-length Swedish text. */
Agreement sampleAgreement();

/** Report `number` on `agreement`: every intervention rated, d) and e) written, an indicator each, deviations. */
ProgressReport sampleReport(const Agreement& agreement, int number);

/** The report with its context and charts, as ProgressReportDocument::sourcesOf would give it. */
ProgressReportSources sampleSources(const Agreement& agreement, const ProgressReport& report);

/** A final report assembled from `reports`, with every area closed out and a synthesis. */
FinalReportSources sampleFinal(const Agreement& agreement, const QList<ProgressReport>& reports);
