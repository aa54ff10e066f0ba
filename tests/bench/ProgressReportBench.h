#pragma once

#include <QString>

struct ProgressReportBenchOptions
{
    QString cli; ///< skoldialog-cli
    int runs = 7; ///< measured runs, after one warm-up run that is not counted
    QString keepDir; ///< keep the database and the PDF here (for profiling); a temporary folder when empty
};

/**
 * Prints one Markdown row: a delredovisning of 30 interventions (a signed ÖK 2 from the demo's
 * plan grown to 30, measurements, report 1 drafted, written and submitted) from the database to
 * a PDF/A as a whole `skoldialog-cli report` process, the median of the runs against 200 ms.
 */
void progressReportBench(const ProgressReportBenchOptions& options);
