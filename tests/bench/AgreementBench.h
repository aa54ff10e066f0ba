#pragma once

#include <QString>

struct AgreementBenchOptions
{
    QString cli; ///< skoldialog-cli
    int pairs = 15; ///< measured pairs, after one warm-up pair that is not counted
    QString detailsPath; ///< where the pair-by-pair Markdown table goes (none when empty)
    QString keepDir; ///< keep the database, the ODT and the PDFs here (for profiling); a temporary folder when empty
};

/**
 * Prints two Markdown rows: an ÖK 2 with 30 interventions from the database to a PDF as a
 * whole `cli agreement` process, and its time as a share of LibreOffice converting the same
 * document saved as ODT. The two run interleaved (A B A B …), so drift in the machine's load
 * hits both alike; the share is the median of the per-pair ratios, with their quartiles and range.
 */
void agreementBench(const AgreementBenchOptions& options);
