#pragma once

#include "core/agreement/Agreement.h"

class QWidget;

/**
 * The agreement on paper. The GUI's print preview, printing and "Spara som PDF"
 * all go through QPrinter and AgreementDocument::paint, the same painting the CLI
 * uses, so the text is the same whichever way it was made.
 */
namespace AgreementPrinting {

/** Shows the agreement in a QPrintPreviewDialog, from which it is printed. */
void preview(const Agreement& agreement, QWidget* parent);

/** Asks where to save a PDF of the agreement; the path ends in .pdf, or is empty when cancelled. */
QString askPdfFileName(const Agreement& agreement, QWidget* parent);

/** Asks where, then writes the PDF through QPrinter; returns the path written, or empty. */
QString saveAsPdf(const Agreement& agreement, QWidget* parent);

} // namespace AgreementPrinting
