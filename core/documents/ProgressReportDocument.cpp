#include "ProgressReportDocument.h"

#include "core/Clock.h"
#include "core/cases/FollowUpCases.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/ProgressReportStore.h"

#include <QTextDocument>

std::optional<ProgressReportSources> ProgressReportDocument::load(const Database& db, qint64 collaborationId,
                                                                  int number, QString* error)
{
    QString reason;
    auto report = ProgressReportStore(db).newest(collaborationId, number, &reason);
    const bool stored = report.has_value();
    if (!stored && reason.isEmpty())
        report = Cases::draftProgressReport(db, collaborationId, number, &reason);
    if (!report) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    auto sources = sourcesOf(db, *report, error);
    if (sources)
        sources->stored = stored;
    return sources;
}

std::optional<ProgressReportSources> ProgressReportDocument::sourcesOf(const Database& db, const ProgressReport& report,
                                                                       QString* error)
{
    const auto agreement = AgreementStore(db).load(report.agreementId, error);
    if (!agreement)
        return std::nullopt;
    ProgressReportSources s;
    s.report = report;
    s.context = FollowUpDocument::context(*agreement);
    // A submitted report shows what it showed when it was handed in: its values up to that day.
    s.asOf = report.isFrozen() && report.submittedOn.isValid() ? report.submittedOn : Clock::currentDate();
    auto charts = FollowUpDocument::charts(db, *agreement, report.indicators, s.asOf, error);
    if (!charts)
        return std::nullopt;
    s.charts = std::move(*charts);
    return s;
}

std::unique_ptr<QTextDocument> ProgressReportDocument::build(const ProgressReportSources& sources,
                                                             DocumentCharts::Mode mode)
{
    return FollowUpDocument::build(html(sources), metadata(sources).title, sources.charts, sources.asOf, mode);
}

PageDecoration ProgressReportDocument::decoration(const ProgressReportSources& sources)
{
    PageDecoration d;
    d.headerLeft = sources.context.organizerName;
    d.headerRight = sources.context.diaryNumber.isEmpty() ? QString() : tr("Dnr %1").arg(sources.context.diaryNumber);
    d.footerLeft = QStringLiteral("%1, %2").arg(sources.report.title(),
                                                ProgressReport::States.label(sources.report.state).toLower());
    return d;
}

PdfMetadata ProgressReportDocument::metadata(const ProgressReportSources& sources)
{
    PdfMetadata m;
    m.title = tr("%1: %2").arg(sources.report.title(), sources.context.organizerName);
    m.author = sources.context.organizerName;
    m.subject = sources.context.diaryNumber.isEmpty()
        ? sources.context.programmeName
        : tr("%1, Dnr %2").arg(sources.context.programmeName, sources.context.diaryNumber);
    return m;
}

bool ProgressReportDocument::paint(const ProgressReportSources& sources, QPagedPaintDevice* device, QString* error)
{
    auto doc = build(sources);
    return PagedDocument(*doc, decoration(sources)).paint(device, error);
}

bool ProgressReportDocument::writePdf(const ProgressReportSources& sources, const QString& path, QString* error)
{
    auto doc = build(sources);
    return PagedDocument(*doc, decoration(sources)).writePdf(path, metadata(sources), error);
}

bool ProgressReportDocument::writeOdt(const ProgressReportSources& sources, const QString& path, QString* error)
{
    auto doc = build(sources, DocumentCharts::Mode::Images);
    return PagedDocument::writeOdt(*doc, path, error);
}
