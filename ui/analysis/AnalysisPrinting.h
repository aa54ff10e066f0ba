#pragma once

#include "core/analysis/Analysis.h"

class Database;
class QWidget;

/** Print preview of an analysis: core/documents paints it, the preview prints it or saves a PDF. */
namespace AnalysisPrinting {

/** Shows the analysis in a QPrintPreviewDialog (A4, page numbers, charts). */
void preview(const Database& db, const Analysis& analysis, QWidget* parent);

} // namespace AnalysisPrinting
