// The action plan as a document: the timeline picture, the text of the PDF and the
// ODT, the escaping of user text and the CLI's plan command, read back with poppler
// and unzip.
#include "tests/core/TestSupport.h"

#include "core/demo/DemoData.h"
#include "core/documents/PlanDocument.h"
#include "core/documents/PlanTimeline.h"
#include "core/plan/ActionPlan.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/PlanStore.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include "DocumentTestSupport.h"

#include <catch2/catch.hpp>

namespace {

struct DemoPlan
{
    TempFolder folder;
    std::unique_ptr<Database> db;
    Analysis analysis;
    ActionPlan plan;
    Collaboration collaboration;
};

std::unique_ptr<DemoPlan> demoPlan()
{
    auto demo = std::make_unique<DemoPlan>();
    demo->db = openDatabase(demo->folder.path(QStringLiteral("demo.db")));
    QString error;
    REQUIRE(DemoData::populate(*demo->db, &error));
    const auto plan = PlanStore(*demo->db).load(1, &error);
    INFO(error.toStdString());
    REQUIRE(plan);
    demo->plan = *plan;
    const auto analysis = AnalysisStore(*demo->db).load(plan->analysisId, &error);
    REQUIRE(analysis);
    demo->analysis = *analysis;
    const auto collaboration = CollaborationStore(*demo->db).load(1, &error);
    REQUIRE(collaboration);
    demo->collaboration = *collaboration;
    return demo;
}

TimelineInput timelineOf(const DemoPlan& demo)
{
    return { &demo.plan, &demo.analysis, demo.collaboration.startDate, demo.collaboration.plannedEndDate,
             TimelineScale::Auto };
}

PlanSources sourcesOf(const DemoPlan& demo)
{
    QString error;
    const auto sources = PlanDocument::load(*demo.db, 1, &error);
    INFO(error.toStdString());
    REQUIRE(sources);
    return *sources;
}

/** What a reader must find in the plan, whatever the file: areas, titles, the totals as Money::format writes them. */
void checkPlanText(const QString& text, const DemoPlan& demo)
{
    CHECK(text.contains(QStringLiteral("Ekbacka kommun")));
    CHECK(text.contains(QStringLiteral("7.4.2-2025:1043")));
    for (const auto& area : demo.analysis.areas) {
        INFO(area.title.toStdString());
        CHECK(text.contains(flat(area.title)));
    }
    for (const auto& i : demo.plan.interventions) {
        INFO(i.title.toStdString());
        CHECK(text.contains(flat(i.title)));
        CHECK(text.contains(flat(i.responsible)));
    }
    for (const auto& p : demo.analysis.problems)
        CHECK(text.contains(flat(p.description)));
    for (qint64 amount :
         { 1770000, 830000, 690000, 250000, 950000, 120000, 450000, 1400000, 370000, 1070000, 700000 }) {
        INFO(amount);
        CHECK(text.contains(flat(Money::format(amount))));
    }
    // The areas in priority order.
    const qsizetype first = text.indexOf(flat(demo.analysis.areas[0].title));
    const qsizetype second = text.indexOf(flat(demo.analysis.areas[1].title));
    CHECK(first >= 0);
    CHECK(first < second);
}

/** Saves `image` into $SKOLDIALOG_TEST_IMAGES when set, to look at what a test drew. */
void keep(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("SKOLDIALOG_TEST_IMAGES");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name);
}

} // namespace

TEST_CASE("plan timeline: every intervention gets a bar in its area's colour, from its start to its end", "[documents]")
{
    const auto demo = demoPlan();
    const TimelineInput input = timelineOf(*demo);
    const auto [from, to] = PlanTimeline::span(input);
    // Whole half-years around the collaboration's period (2025-09-01 – 2028-08-31).
    CHECK(from == QDate(2025, 7, 1));
    CHECK(to == QDate(2028, 12, 31));

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(10);
    const QSizeF wanted = PlanTimeline::preferredSize(input, font);
    CHECK(wanted.width() > 300);
    // Two header rows, two areas, four interventions, a legend.
    CHECK(wanted.height() > 8 * 10);

    const QImage image = PlanTimeline::render(input, font, 640, 2, QDate(2026, 11, 23));
    keep(image, QStringLiteral("timeline.png"));
    REQUIRE_FALSE(image.isNull());
    CHECK_FALSE(image.hasAlphaChannel());
    CHECK(image.width() == 1280);
    // Some of the image is drawn in the first area's colour (the bars) and some in today's red.
    int areaColour = 0, red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            areaColour += c == QColor(0x2e, 0x6d, 0xa4);
            red += c == QColor(0xc0, 0x20, 0x20);
        }
    }
    CHECK(areaColour > 1000);
    CHECK(red > 50);
}

TEST_CASE("plan document: the text holds every area, problem, intervention and total of the demo plan", "[documents]")
{
    const auto demo = demoPlan();
    const PlanSources sources = sourcesOf(*demo);
    const auto doc = PlanDocument::build(sources);
    const QString text = flat(doc->toPlainText());
    checkPlanText(text, *demo);
    // Every field of an intervention: the names of its units, its indicators, provider and funding.
    for (const char* fragment :
         { "Ekbackaskolan F–6", "Strandängsskolan 7–9", "Andel behöriga till yrkesprogram", "Umeå universitet",
           "Kvalitetsbyrån Norr AB", "2026-01-12", "2028-06-15", "Timperley", "215", "2028" })
        CHECK(text.contains(QString::fromUtf8(fragment)));
    const QImage timeline
        = doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("timeline:0"))).value<QImage>();
    REQUIRE_FALSE(timeline.isNull());
    CHECK_FALSE(timeline.hasAlphaChannel());
}

TEST_CASE("plan document: markup typed into a field prints as text", "[documents]")
{
    const auto demo = demoPlan();
    PlanSources sources = sourcesOf(*demo);
    const QString attack = QStringLiteral("<img src=\"file:///etc/passwd\">");
    Intervention& i = sources.plan.interventions[0];
    i.title = attack;
    i.description = attack;
    i.goals[0].text = attack;
    i.indicators[0].name = attack;
    i.responsible = QStringLiteral("<b>fet</b> & <script>x</script>");
    i.providerName = attack;
    sources.analysis.areas[0].title = attack;
    sources.analysis.problems[0].description = attack;
    sources.context.organizerName = attack;
    sources.context.unitNames[i.unitIds[0]] = attack;

    const QString html = PlanDocument::html(sources);
    CHECK_FALSE(html.contains(attack));
    CHECK_FALSE(html.contains(QStringLiteral("<b>fet</b>")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;img src=&quot;file:///etc/passwd&quot;&gt;")));

    const auto doc = PlanDocument::build(sources);
    const QString text = doc->toPlainText();
    CHECK(text.count(attack) >= 8);
    CHECK(text.contains(QStringLiteral("<b>fet</b> & <script>x</script>")));
    // The only image is the timeline.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                CHECK(it.fragment().charFormat().toImageFormat().name() == QStringLiteral("timeline:0"));
        }
    }

    // The PDF says the same.
    const QString pdf = demo->folder.path(QStringLiteral("attack.pdf"));
    QString error;
    REQUIRE(PlanDocument::writePdf(sources, pdf, &error));
    const QString pdfText = toolOutput(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }, "poppler-utils");
    if (!pdfText.isNull())
        CHECK(flat(pdfText).contains(attack));
}

TEST_CASE("cli: plan writes the demo's action plan as an archival PDF with every area, intervention and total",
          "[documents][cli]")
{
    const auto demo = demoPlan();
    const QString db = demo->folder.path(QStringLiteral("cli.db"));
    const QString pdf = demo->folder.path(QStringLiteral("åtgärdsplan.pdf"));
    REQUIRE(std::get<0>(runSwedishCli({ QStringLiteral("demo"), db })) == 0);
    const auto [code, out, err] = runSwedishCli({ QStringLiteral("plan"), db, QStringLiteral("--collaboration"),
                                                  QStringLiteral("1"), QStringLiteral("--out"), pdf });
    INFO(err.toStdString());
    REQUIRE(code == 0);
    CHECK(out.contains(QStringLiteral("åtgärdsplan.pdf")));
    REQUIRE(QFileInfo(pdf).size() > 0);

    const QString text = toolOutput(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }, "poppler-utils");
    if (!text.isNull()) {
        checkPlanText(flat(text), *demo);
        CHECK_FALSE(text.contains(QChar(0xFB01))); // no "fi" ligature: the text reads back as typed
    }

    const QString fonts = toolOutput(QStringLiteral("pdffonts"), { pdf }, "poppler-utils");
    if (!fonts.isNull()) {
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() >= 3);
        const qsizetype emb = lines[0].indexOf(QStringLiteral("emb"));
        REQUIRE(emb > 0);
        for (const auto& line : lines.mid(2)) {
            INFO(line.toStdString());
            CHECK(line.mid(emb, 3) == QStringLiteral("yes"));
        }
    }
    const QString info = toolOutput(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), pdf }, "poppler-utils");
    if (!info.isNull()) {
        CHECK(info.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
        CHECK(info.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Ekbacka kommun</rdf:li>")));
    }
}

TEST_CASE("cli: plan writes an ODT that holds the titles and totals, with the timeline as a picture",
          "[documents][cli]")
{
    const auto demo = demoPlan();
    const QString db = demo->folder.path(QStringLiteral("cli.db"));
    const QString odt = demo->folder.path(QStringLiteral("plan.odt"));
    REQUIRE(std::get<0>(runSwedishCli({ QStringLiteral("demo"), db })) == 0);
    const auto [code, out, err] = runSwedishCli({ QStringLiteral("plan"), db, QStringLiteral("--collaboration"),
                                                  QStringLiteral("1"), QStringLiteral("--out"), odt });
    INFO(err.toStdString());
    REQUIRE(code == 0);
    REQUIRE(QFileInfo(odt).size() > 0);
    // An OpenDocument package: the mimetype first, stored as the standard asks.
    CHECK(readFile(odt).mid(30, 8) == QByteArray("mimetype"));
    CHECK(readFile(odt).contains("application/vnd.oasis.opendocument.text"));

    const QString text = odtText(odt);
    if (!text.isNull())
        checkPlanText(text, *demo);
    const QString listing = toolOutput(QStringLiteral("unzip"), { QStringLiteral("-l"), odt }, "unzip");
    if (!listing.isNull())
        CHECK(listing.contains(QStringLiteral("Pictures/")));
}

TEST_CASE("cli: plan refuses a file that is neither .pdf nor .odt, and a collaboration without a plan, writing nothing",
          "[documents][cli]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("demo.db"));
    REQUIRE(std::get<0>(runSwedishCli({ QStringLiteral("demo"), db })) == 0);

    const QString docx = folder.path(QStringLiteral("plan.docx"));
    const auto [code, out, err] = runSwedishCli({ QStringLiteral("plan"), db, QStringLiteral("--collaboration"),
                                                  QStringLiteral("1"), QStringLiteral("--out"), docx });
    CHECK(code == 2);
    CHECK(err.contains(QStringLiteral(".odt")));
    CHECK_FALSE(QFileInfo::exists(docx));
    const QString bare = folder.path(QStringLiteral("plan"));
    CHECK(std::get<0>(runSwedishCli({ QStringLiteral("plan"), db, QStringLiteral("--collaboration"),
                                      QStringLiteral("1"), QStringLiteral("--out"), bare }))
          == 2);
    CHECK_FALSE(QFileInfo::exists(bare));

    // A collaboration without a plan: the demo's, with its plan taken away.
    {
        auto open = openDatabase(db);
        QString error;
        PlanStore plans(*open);
        REQUIRE(plans.remove(plans.load(1)->id, &error));
    }
    const QString pdf = folder.path(QStringLiteral("plan.pdf"));
    const auto missing = runSwedishCli({ QStringLiteral("plan"), db, QStringLiteral("--collaboration"),
                                         QStringLiteral("1"), QStringLiteral("--out"), pdf });
    CHECK(std::get<0>(missing) == 1);
    CHECK_FALSE(std::get<2>(missing).isEmpty());
    CHECK_FALSE(QFileInfo::exists(pdf));
    const auto unknown = runSwedishCli({ QStringLiteral("plan"), db, QStringLiteral("--collaboration"),
                                         QStringLiteral("99"), QStringLiteral("--out"), pdf });
    CHECK(std::get<0>(unknown) == 1);
    CHECK(std::get<2>(unknown).contains(QStringLiteral("99")));
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(std::get<0>(runSwedishCli({ QStringLiteral("plan"), db, QStringLiteral("--out"), pdf })) == 2);
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("plan timeline: an intervention without dates is listed with a note, a short plan is drawn in months",
          "[documents]")
{
    const auto demo = demoPlan();
    ActionPlan plan = demo->plan;
    plan.interventions[1].start = QDate();
    plan.interventions[1].end = QDate();
    plan.interventions[2].end = QDate();
    plan.interventions[3].title = QStringLiteral("En mycket lång titel på en insats som inte ryms på en rad i "
                                                 "tidslinjens vänstra kolumn utan måste brytas");
    TimelineInput input { &plan, &demo->analysis, demo->collaboration.startDate, demo->collaboration.plannedEndDate,
                          TimelineScale::Auto };
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(10);
    // A title too long for its column takes a second line: the picture grows when it is narrow.
    QImage probe(1, 1, QImage::Format_RGB32);
    CHECK(PlanTimeline::preferredHeight(input, font, &probe, 400) > PlanTimeline::preferredHeight(input, font, &probe));
    const QImage image = PlanTimeline::render(input, font, 640, 2, QDate(2026, 11, 23));
    keep(image, QStringLiteral("timeline-gaps.png"));
    CHECK(image.height() == qRound(PlanTimeline::preferredHeight(input, font, &probe, 640) * 2));

    // Only dates inside one year and a half: a column per month.
    for (auto& i : plan.interventions) {
        i.start = QDate(2026, 2, 1);
        i.end = QDate(2026, 11, 30);
    }
    input.periodStart = QDate(2026, 1, 15);
    input.periodEnd = QDate(2027, 3, 31);
    const auto [from, to] = PlanTimeline::span(input);
    CHECK(from == QDate(2026, 1, 1));
    CHECK(to == QDate(2027, 3, 31));
    keep(PlanTimeline::render(input, font, 640, 2), QStringLiteral("timeline-months.png"));

    // No plan at all paints nothing but the frame, and does not fail.
    const ActionPlan empty;
    const TimelineInput nothing { &empty, &demo->analysis, {}, {}, TimelineScale::Auto };
    CHECK_FALSE(PlanTimeline::render(nothing, font, 300, 1).isNull());
}

TEST_CASE("plan document: the review lists the gaps the plan still has, and none for the demo plan", "[documents]")
{
    const auto demo = demoPlan();
    PlanSources sources = sourcesOf(*demo);
    const QString gaps = PlanDocument::tr("Gaps to close");
    CHECK_FALSE(PlanDocument::build(sources)->toPlainText().contains(gaps));

    sources.plan.interventions[0].goals.clear();
    sources.plan.interventions[1].budget.clear();
    const QString text = flat(PlanDocument::build(sources)->toPlainText());
    CHECK(text.contains(flat(gaps)));
    for (const auto& w :
         sources.plan.warnings(sources.analysis, sources.context.periodStart, sources.context.periodEnd))
        CHECK(text.contains(flat(w.message)));
    // An intervention with no budget says so where its budget would be.
    CHECK(text.contains(flat(PlanDocument::tr("Nothing entered."))));
}
