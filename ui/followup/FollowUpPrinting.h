#pragma once

#include <QString>

class Database;
class QWidget;
struct FinalReport;
struct ProgressReport;

/** Printing and saving the follow-up's reports: core/documents lays them out, the UI picks the device and the file. */
namespace FollowUpPrinting {

/** The report in a QPrintPreviewDialog on A4, to print. */
void previewProgressReport(Database& db, qint64 reportId, QWidget* parent);
void previewFinalReport(Database& db, qint64 reportId, QWidget* parent);

/**
 * Asks where (FileDialog, which tests answer), then writes the report as PDF (`odt` false) or
 * ODT. False when cancelled or failed; `message` says what was done or what went wrong.
 */
bool exportProgressReport(Database& db, const ProgressReport& report, bool odt, QWidget* parent, QString* message);
bool exportFinalReport(Database& db, const FinalReport& report, bool odt, QWidget* parent, QString* message);

} // namespace FollowUpPrinting
