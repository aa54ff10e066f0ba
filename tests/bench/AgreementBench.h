#pragma once

#include <QString>

/**
 * Prints two Markdown rows: an ÖK 2 with 30 interventions from the database to a PDF as a
 * whole `cli agreement` process (median of `runs`), and that time as a share of LibreOffice
 * converting the same document saved as ODT.
 */
void agreementBench(const QString& cli, int runs);
