#include "FinalReportDocument.h"

#include "core/Clock.h"
#include "core/cases/FollowUpCases.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/ProgressReportStore.h"

#include <QTextDocument>

std::optional<FinalReportSources> FinalReportDocument::load(const Database& db, qint64 collaborationId, QString* error)
{
    QString reason;
    auto report = Cases::loadFinalReport(db, collaborationId, &reason);
    const bool stored = report.has_value();
    if (!stored && reason.isEmpty())
        report = Cases::draftFinalReport(db, collaborationId, &reason);
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

std::optional<FinalReportSources> FinalReportDocument::sourcesOf(const Database& db, const FinalReport& report,
                                                                 QString* error)
{
    auto agreement = AgreementStore(db).load(report.agreementId, error);
    if (!agreement)
        return std::nullopt;
    QString reason;
    const QList<ProgressReport> reports = ProgressReportStore(db).loadAll(report.collaborationId, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    // Each indicator as the newest report read it (its copies), in the agreement's order of interventions.
    QMap<QString, std::pair<std::pair<int, int>, IndicatorReading>> newest;
    QStringList order;
    for (const auto& r : reports) {
        for (const auto& reading : r.indicators) {
            const QString key
                = reading.indicatorUuid.isEmpty() ? QString::number(reading.indicatorId) : reading.indicatorUuid;
            const std::pair<int, int> when { r.number, r.version };
            if (!newest.contains(key))
                order << key;
            if (!newest.contains(key) || newest[key].first < when)
                newest[key] = { when, reading };
        }
    }
    QList<IndicatorReading> readings;
    for (const auto& agreed : agreement->interventions) {
        for (const QString& key : order) {
            if (newest[key].second.agreedInterventionUuid == agreed.uuid)
                readings.append(newest[key].second);
        }
    }
    FinalReportSources s;
    s.report = report;
    s.context = FollowUpDocument::context(*agreement);
    s.asOf = report.isFrozen() && report.submittedOn.isValid() ? report.submittedOn : Clock::currentDate();
    auto charts = FollowUpDocument::charts(db, *agreement, readings, s.asOf, error);
    if (!charts)
        return std::nullopt;
    s.charts = std::move(*charts);
    s.agreement = std::move(*agreement);
    return s;
}

std::unique_ptr<QTextDocument> FinalReportDocument::build(const FinalReportSources& sources, DocumentCharts::Mode mode)
{
    return FollowUpDocument::build(html(sources), metadata(sources).title, sources.charts, sources.asOf, mode);
}

PageDecoration FinalReportDocument::decoration(const FinalReportSources& sources)
{
    PageDecoration d;
    d.headerLeft = sources.context.organizerName;
    d.headerRight = sources.context.diaryNumber.isEmpty() ? QString() : tr("Dnr %1").arg(sources.context.diaryNumber);
    d.footerLeft = tr("Final report, %1").arg(ProgressReport::States.label(sources.report.state).toLower());
    return d;
}

PdfMetadata FinalReportDocument::metadata(const FinalReportSources& sources)
{
    PdfMetadata m;
    m.title = tr("Final report: %1").arg(sources.context.organizerName);
    m.author = sources.context.organizerName;
    m.subject = sources.context.diaryNumber.isEmpty()
        ? sources.context.programmeName
        : tr("%1, Dnr %2").arg(sources.context.programmeName, sources.context.diaryNumber);
    return m;
}

bool FinalReportDocument::paint(const FinalReportSources& sources, QPagedPaintDevice* device, QString* error)
{
    auto doc = build(sources);
    return PagedDocument(*doc, decoration(sources)).paint(device, error);
}

bool FinalReportDocument::writePdf(const FinalReportSources& sources, const QString& path, QString* error)
{
    auto doc = build(sources);
    return PagedDocument(*doc, decoration(sources)).writePdf(path, metadata(sources), error);
}

bool FinalReportDocument::writeOdt(const FinalReportSources& sources, const QString& path, QString* error)
{
    auto doc = build(sources, DocumentCharts::Mode::Images);
    return PagedDocument::writeOdt(*doc, path, error);
}
