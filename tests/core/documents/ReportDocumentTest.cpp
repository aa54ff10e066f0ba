// The delredovisning and the slutredovisning as documents: their text read back from the PDF
// (pdftotext) and the ODT (content.xml) as a user's tools read it, the charts drawn in both,
// and markup typed into a field printed as text.
#include "tests/core/TestSupport.h"

#include "core/cases/FollowUpCases.h"
#include "core/documents/FinalReportDocument.h"
#include "core/documents/ProgressReportDocument.h"
#include "core/storage/Database.h"
#include "core/storage/ProgressReportStore.h"

#include <QFileInfo>
#include <QTextDocument>

#include "DocumentTestSupport.h"
#include "FollowUpDatabase.h"
#include "FollowUpFixture.h"

#include <catch2/catch.hpp>

namespace {

QString pdfText(const QString& pdf)
{
    const QString text = poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    return text.isNull() ? text : flat(text);
}

/** Every line of a multi-line text, flat: how each reads back from a PDF, wherever the page wraps it. */
QStringList linesOf(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << flat(line);
    return lines;
}

/** a), b), c) and f) of every intervention exactly as agreed, and d) and e) as written, in `text`. */
void checkMatrix(const QString& text, const Agreement& agreement, const ProgressReport& report)
{
    for (const auto& i : report.interventions) {
        INFO(i.title.toStdString());
        CHECK(text.contains(flat(i.title)));
        CHECK(text.contains(flat(i.problems)));
        CHECK(text.contains(flat(i.causes)));
        CHECK(text.contains(flat(i.expectedEffects)));
        for (const auto& g : i.goals) {
            CHECK(text.contains(flat(g.goal)));
            CHECK(text.contains(flat(g.improvements)));
        }
        CHECK(text.contains(flat(i.goalsNotReached)));
    }
    // c) are the agreement's goals, one by one.
    for (const auto& agreed : agreement.interventions) {
        for (const QString& goal : agreed.goalList())
            CHECK(text.contains(flat(goal)));
    }
}

} // namespace

TEST_CASE("progress report document: a), b), c) and f) read back from the PDF and the ODT exactly as agreed, with "
          "d), e), the ratings, the indicators and the deviations",
          "[documents][followup]")
{
    TempFolder folder;
    const Agreement agreement = sampleAgreement();
    const ProgressReport report = sampleReport(agreement, 2);
    const ProgressReportSources sources = sampleSources(agreement, report);
    QString error;

    const QString pdf = folder.path(QStringLiteral("delredovisning-2.pdf"));
    REQUIRE(ProgressReportDocument::writePdf(sources, pdf, &error));
    const QString odt = folder.path(QStringLiteral("delredovisning-2.odt"));
    REQUIRE(ProgressReportDocument::writeOdt(sources, odt, &error));
    keepFile(pdf, QStringLiteral("delredovisning-2.pdf"));
    keepFile(odt, QStringLiteral("delredovisning-2.odt"));

    for (const QString& text : { pdfText(pdf), odtText(odt) }) {
        if (text.isNull())
            continue;
        checkMatrix(text, agreement, report);
        // The title block: organizer, the collaboration's diarienummer, number and version, due date, state.
        CHECK(text.contains(QStringLiteral("Ekbacka kommun")));
        CHECK(text.contains(QStringLiteral("Dnr 7.4.2-2025:1043")));
        CHECK(text.contains(QStringLiteral("Progress report 2")));
        CHECK(text.contains(QStringLiteral("Number 2, version 1")));
        CHECK(text.contains(QStringLiteral("2026-12-15")));
        CHECK(text.contains(QStringLiteral("Draft")));
        // a), b), c) and f) are marked as taken from the plan as agreed (and the introduction says what the mark
        // means).
        CHECK(text.count(QStringLiteral("(as agreed in the ÖK 2)")) == 4 * 3);
        CHECK(text.contains(QStringLiteral("marked \"as agreed in the ÖK 2\", are copied from the action plan")));
        // Each rating with its meaning, the reason of those that need one.
        CHECK(text.contains(flat(ProgressReport::ratingDescription(InterventionRating::AtRisk))));
        CHECK(text.contains(QStringLiteral("Vakanser och sjukfrånvaro")));
        // The indicators: their newest value, the override beside the computed status, the next steps.
        CHECK(text.contains(QStringLiteral("68\u00a0%").normalized(QString::NormalizationForm_KC)));
        CHECK(text.contains(QStringLiteral("chosen instead of the computed")));
        CHECK(text.contains(QStringLiteral("Mätningen gjordes före sommarskolan.")));
        CHECK(text.contains(QStringLiteral("Rektorerna schemalägger")));
        CHECK(text.contains(QStringLiteral("Huvudmannen följer upp vakanserna")));
        // The deviations: type, intervention, what changed, the explanation.
        CHECK(text.contains(QStringLiteral("Slutdatum flyttat från 2028-06-30 till 2028-12-31.")));
        CHECK(text.contains(QStringLiteral("Utbildningen av handledare startade en termin senare")));
    }
    // In the PDF the charts are drawn by the page's painter: their legends are text, and there is no image.
    const QString text = pdfText(pdf);
    if (!text.isNull())
        CHECK(text.count(QStringLiteral("Planned trajectory")) == 3);
    const QString images = poppler(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
    if (!images.isNull())
        CHECK(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);
    const QString info = poppler(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), pdf });
    if (!info.isNull())
        CHECK(info.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    // In the ODT each chart is a picture.
    const QString listing = toolOutput(QStringLiteral("unzip"), { QStringLiteral("-l"), odt }, "unzip");
    if (!listing.isNull())
        CHECK(listing.count(QStringLiteral("Pictures/")) == 3);
}

TEST_CASE("final report document: every progress report's d) and e) for each intervention, in report order, with "
          "the close-outs, the continuation, the synthesis and the deviations log",
          "[documents][followup]")
{
    TempFolder folder;
    const Agreement agreement = sampleAgreement();
    const QList<ProgressReport> reports { sampleReport(agreement, 1), sampleReport(agreement, 2) };
    const FinalReportSources sources = sampleFinal(agreement, reports);
    REQUIRE(sources.report.history.size() == 3);
    QString error;
    const QString pdf = folder.path(QStringLiteral("slutredovisning.pdf"));
    REQUIRE(FinalReportDocument::writePdf(sources, pdf, &error));
    const QString odt = folder.path(QStringLiteral("slutredovisning.odt"));
    REQUIRE(FinalReportDocument::writeOdt(sources, odt, &error));
    keepFile(pdf, QStringLiteral("slutredovisning.pdf"));

    for (const QString& text : { pdfText(pdf), odtText(odt) }) {
        if (text.isNull())
            continue;
        CHECK(text.contains(QStringLiteral("Final report")));
        CHECK(text.contains(flat(sources.report.synthesis)));
        for (const auto& agreed : agreement.interventions) {
            INFO(agreed.title.toStdString());
            const qsizetype at = text.indexOf(flat(agreed.title));
            REQUIRE(at >= 0);
            CHECK(text.contains(flat(agreed.problems)));
            CHECK(text.contains(flat(agreed.causes)));
            CHECK(text.contains(flat(agreed.expectedEffects)));
            // Each report's d) and e) of this intervention, report 1 before report 2, after its title.
            qsizetype previous = at;
            for (const auto& report : reports) {
                const InterventionReview* review = report.intervention(agreed.uuid);
                REQUIRE(review);
                for (const auto& g : review->goals) {
                    const qsizetype d = text.indexOf(flat(g.improvements));
                    CHECK(d > previous);
                }
                const qsizetype e = text.indexOf(flat(review->goalsNotReached));
                CHECK(e > previous);
                previous = e;
            }
        }
        for (const auto& area : sources.report.areas) {
            CHECK(text.contains(flat(area.reason)));
            CHECK(text.contains(flat(area.continuation)));
        }
        CHECK(text.contains(QStringLiteral("How the work is carried on after the support ends")));
        CHECK(text.contains(QStringLiteral("Partly reached")));
        // The deviation confirmed in both reports, in the log once per report.
        CHECK(text.count(QStringLiteral("Slutdatum flyttat från 2028-06-30 till 2028-12-31.")) == 2);
    }
    const QString listing = toolOutput(QStringLiteral("unzip"), { QStringLiteral("-l"), odt }, "unzip");
    if (!listing.isNull())
        CHECK(listing.count(QStringLiteral("Pictures/")) == 3);
}

TEST_CASE("report documents: markup typed into a field prints as text", "[documents][followup]")
{
    const QString markup = QStringLiteral("<img src=\"file:///etc/passwd\"> <b>fet</b> & <a href=\"x\">länk</a>");
    const Agreement agreement = sampleAgreement();
    ProgressReport report = sampleReport(agreement, 2);
    report.interventions[0].title = markup;
    report.interventions[0].problems = markup;
    report.interventions[0].goals[0].improvements = markup;
    report.interventions[0].goalsNotReached = markup;
    report.interventions[0].ratingReason = markup;
    report.indicators[0].name = markup;
    report.deviations[0].explanation = markup;
    report.nextSteps = markup;
    ProgressReportSources sources = sampleSources(agreement, report);
    sources.context.organizerName = markup;

    const QString html = ProgressReportDocument::html(sources);
    CHECK_FALSE(html.contains(QStringLiteral("<img src=\"file:")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>fet</b>")));
    CHECK(html.contains(QStringLiteral("&lt;img src=&quot;file:///etc/passwd&quot;&gt;")));
    const auto doc = ProgressReportDocument::build(sources);
    CHECK(doc->toPlainText().count(markup) >= 8);

    FinalReportSources final = sampleFinal(agreement, { report });
    final.report.synthesis = markup;
    final.report.areas[0].continuation = markup;
    final.report.areas[0].reason = markup;
    const QString finalHtml = FinalReportDocument::html(final);
    CHECK_FALSE(finalHtml.contains(QStringLiteral("<img src=\"file:")));
    CHECK_FALSE(finalHtml.contains(QStringLiteral("<b>fet</b>")));
    CHECK(FinalReportDocument::build(final)->toPlainText().count(markup) >= 6);
}

TEST_CASE("cli: report writes a stored delredovisning as PDF and ODT whose a), b), c) and f) are the signed ÖK 2's, "
          "and the final report with every report's d) and e)",
          "[documents][followup][cli]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("demo.db"));
    REQUIRE(std::get<0>(runSwedishCli({ QStringLiteral("demo"), db })) == 0);
    Agreement agreement;
    QList<ProgressReport> reports;
    {
        auto open = openDatabase(db);
        QString error;
        INFO(error.toStdString());
        REQUIRE(FollowUpDatabase::prepare(*open, 0, &error));
        agreement = *Cases::signedInterventionsAgreement(*open, 1, &error);
        reports = ProgressReportStore(*open).loadAll(1, &error);
    }
    REQUIRE(reports.size() == 2);
    REQUIRE(reports[0].state == ProgressReportState::Submitted);

    for (const QString& name : { QStringLiteral("delredovisning-1.pdf"), QStringLiteral("delredovisning-1.odt") }) {
        const QString out = folder.path(name);
        const auto [code, stdOut, err]
            = runSwedishCli({ QStringLiteral("report"), db, QStringLiteral("--collaboration"), QStringLiteral("1"),
                              QStringLiteral("--kind"), QStringLiteral("progress"), QStringLiteral("--number"),
                              QStringLiteral("1"), QStringLiteral("--out"), out });
        INFO(err.toStdString());
        REQUIRE(code == 0);
        CHECK(stdOut.contains(name));
        keepFile(out, name);
        const QString text = name.endsWith(QLatin1String(".pdf")) ? pdfText(out) : odtText(out);
        if (text.isNull())
            continue;
        // Exactly the texts of the signed agreement, in Swedish.
        for (const auto& agreed : agreement.interventions) {
            INFO(agreed.title.toStdString());
            for (const QString& line : linesOf(agreed.problems) + linesOf(agreed.causes) + agreed.goalList()
                     + linesOf(agreed.expectedEffects))
                CHECK(text.contains(flat(line)));
        }
        checkMatrix(text, agreement, reports[0]);
        CHECK(text.contains(QStringLiteral("Nummer 1, version 1")));
        CHECK(text.contains(QStringLiteral("Inlämnad 2026-06-10")));
        CHECK(text.count(QStringLiteral("(ur åtgärdsplanen enligt ÖK 2)")) >= 4 * int(agreement.interventions.size()));
    }

    const QString final = folder.path(QStringLiteral("slutredovisning.pdf"));
    const auto [code, stdOut, err]
        = runSwedishCli({ QStringLiteral("report"), db, QStringLiteral("--collaboration"), QStringLiteral("1"),
                          QStringLiteral("--kind"), QStringLiteral("final"), QStringLiteral("--out"), final });
    INFO(err.toStdString());
    REQUIRE(code == 0);
    keepFile(final, QStringLiteral("slutredovisning-cli.pdf"));
    const QString text = pdfText(final);
    if (!text.isNull()) {
        for (const auto& report : reports) {
            for (const auto& i : report.interventions) {
                for (const auto& g : i.goals)
                    CHECK(text.contains(flat(g.improvements)));
                CHECK(text.contains(flat(i.goalsNotReached)));
            }
        }
    }
}
