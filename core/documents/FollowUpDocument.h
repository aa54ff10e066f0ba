#pragma once

#include "DocumentCharts.h"
#include "PagedDocument.h"
#include "core/agreement/Agreement.h"
#include "core/followup/ProgressReport.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <optional>

class Database;
class QTextDocument;

/** Where a follow-up report belongs: what its title block and running header say. */
struct ReportContext
{
    QString organizerName;
    QString programmeName;
    QString diaryNumber; ///< Skolverket's, from the agreement
    qint64 collaborationId = 0;
    QString agreementTitle;
    QString agreementKind; ///< "ÖK 2", or the amendment that replaced it
    QDate agreementSignedOn; ///< the later of the two signatures
    QDate periodStart;
    QDate periodEnd;
    bool operator==(const ReportContext&) const = default;
};

/** One indicator's chart in a report, tied to its agreed intervention. */
struct ReportChart
{
    QString agreedInterventionUuid;
    QString indicatorUuid;
    QString name; ///< the indicator's, as the report copied it
    IndicatorChartInput chart;
    bool operator==(const ReportChart&) const = default;
};

/**
 * What the delredovisning (ProgressReportDocument) and the slutredovisning
 * (FinalReportDocument) share: their context from the signed agreement, the charts
 * of their indicators, the document font and style, the escaping of user text, and
 * the writing as PDF/A and ODT from one QTextDocument.
 */
namespace FollowUpDocument {

/** The context of a report on `agreement` (the signed ÖK 2): its parties, diarienummer, period, signing. */
ReportContext context(const Agreement& agreement);

/**
 * The chart of each of `readings` (the copies a report keeps: name, unit, direction,
 * baseline, target), with the milestones of the plan's indicator when it is still
 * there, the baseline on the agreement's period start, and every measurement of the
 * indicator up to `until`. In the order of `readings`.
 */
std::optional<QList<ReportChart>> charts(const Database& db, const Agreement& agreement,
                                         const QList<IndicatorReading>& readings, const QDate& until, QString* error);

/** The report's text as a QTextDocument in the document font, its charts installed for `mode`. */
std::unique_ptr<QTextDocument> build(const QString& html, const QString& title, const QList<ReportChart>& charts,
                                     const QDate& today, DocumentCharts::Mode mode);

/** The two files a report is written as; the file name's extension says which. */
enum class Format { Pdf, Odt };
/** Pdf for ".pdf", Odt for ".odt" (any case); nullopt for anything else, which is refused. */
std::optional<Format> formatOf(const QString& path);

/** The style sheet both reports use: no collapsed borders (see docs/PERFORMANCE.md), two font faces. */
QString styleSheet();

/** User text escaped and trimmed, on one line. */
QString esc(const QString& s);
/** User text escaped, its line breaks kept. */
QString text(const QString& s);
/** A date as ISO 8601, or a dash. */
QString date(const QDate& d);
/** A label/value table of facts: two columns, a few rows. Values are HTML (escape them first). */
QString facts(const QList<std::pair<QString, QString>>& rows);

/** The six parts of Skolverket's matrix for each intervention. */
enum class Part { Problems, Causes, Goals, Improvements, NotReached, Effects };
/** "a) Problems stated in the action plan" … "f) Expected effects…": the same in both reports. */
QString partLabel(Part part);

/** A grey note for what is empty: "Nothing written yet." */
QString none(const QString& what);
/**
 * One part of Skolverket's matrix: its label ("a) Problems…"), marked as taken from the action plan
 * as agreed in the ÖK 2 when `agreed`, then the text (or `empty` when there is none).
 */
QString part(const QString& label, const QString& body, const QString& empty, bool agreed);
/** The same with lines of HTML (escaped already) as its text. */
QString partHtml(const QString& label, const QStringList& lines, const QString& empty, bool agreed);
/** The mark of a part copied from the plan: "(as agreed in the ÖK 2)"; each report's introduction says what it means. */
QString agreedMark();
/** "Rating: At risk – what it means", and the reason when there is one. */
QString rating(const std::optional<InterventionRating>& rating, const QString& reason);

} // namespace FollowUpDocument
