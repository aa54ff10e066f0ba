// The nulägesanalys as a document: its text, the escaping of user text, the pages
// (headings kept with what follows) and the PDF the CLI writes, read back with poppler.
#include "tests/core/TestSupport.h"

#include "core/demo/DemoData.h"
#include "core/documents/AnalysisDocument.h"
#include "core/documents/PagedDocument.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTranslator>

#include "DocumentTestSupport.h"

#include <catch2/catch.hpp>

namespace {

struct DemoAnalysis
{
    TempFolder folder;
    std::unique_ptr<Database> db;
    Analysis analysis;
    AnalysisTemplate tmpl;
    AnalysisContext context;
};

std::unique_ptr<DemoAnalysis> demoAnalysis()
{
    auto demo = std::make_unique<DemoAnalysis>();
    demo->db = openDatabase(demo->folder.path(QStringLiteral("demo.db")));
    QString error;
    REQUIRE(DemoData::populate(*demo->db, &error));
    const auto analysis = AnalysisStore(*demo->db).current(1, 0, &error);
    INFO(error.toStdString());
    REQUIRE(analysis);
    demo->analysis = *analysis;
    const auto tmpl = AnalysisTemplate::builtIn(analysis->templateId, analysis->templateVersion, &error);
    REQUIRE(tmpl);
    demo->tmpl = *tmpl;
    const auto context = AnalysisDocument::context(*demo->db, *analysis, &error);
    REQUIRE(context);
    demo->context = *context;
    return demo;
}

/** "Sida 1 av" once the catalogue has it; the English source until then. */
QString firstPageFooter()
{
    QTranslator swedish;
    QString pattern;
    if (swedish.load(QLocale(QLocale::Swedish, QLocale::Sweden), QStringLiteral("skoldialog"), QStringLiteral("_"),
                     QStringLiteral(":/i18n")))
        pattern = swedish.translate("PagedDocument", "Page %1 of %2");
    if (pattern.isEmpty()) {
        WARN("\"Page %1 of %2\" has no Swedish translation yet; expecting the English footer");
        pattern = QStringLiteral("Page %1 of %2");
    }
    return pattern.arg(1).section(QStringLiteral("%2"), 0, 0).trimmed();
}

} // namespace

TEST_CASE("analysis document: the text holds the whole chain from results to development areas", "[documents]")
{
    const auto demo = demoAnalysis();
    const Analysis& a = demo->analysis;
    CHECK(a.status == AnalysisStatus::Done);
    CHECK(a.statusBy == QStringLiteral("Karin Sandberg"));
    REQUIRE(a.problems.size() == 2);
    REQUIRE(a.causes.size() == 3);
    REQUIRE(a.areas.size() == 2);

    const auto doc = AnalysisDocument::build(a, demo->tmpl, demo->context);
    const QString text = flat(doc->toPlainText());
    CHECK(text.contains(QStringLiteral("Ekbacka kommun")));
    CHECK(text.contains(QStringLiteral("7.4.2-2025:1043")));
    CHECK(text.contains(QStringLiteral("Karin Sandberg")));
    for (const auto& p : a.problems)
        CHECK(text.contains(flat(p.description)));
    for (const auto& c : a.causes)
        CHECK(text.contains(flat(c.description)));
    for (const auto& e : a.evidence)
        CHECK(text.contains(e.title));
    for (const auto& v : a.voices) {
        for (const auto& t : v.themes)
            CHECK(text.contains(t.text));
    }
    // Swedish numbers, markers as written.
    for (const char* value : { "221", "219,6", "198", "78", "71", "11,2", "9,4", ".." })
        CHECK(text.contains(QString::fromUtf8(value)));
    // Areas in priority order, after the problems they address.
    const qsizetype first = text.lastIndexOf(a.areas[0].title);
    const qsizetype second = text.lastIndexOf(a.areas[1].title);
    CHECK(first >= 0);
    CHECK(first < second);
    // Sections in the template's order, with its titles.
    qsizetype previous = -1;
    for (const auto& page : demo->tmpl.pages) {
        const qsizetype at = text.indexOf(page.title, previous + 1);
        INFO(page.title.toStdString());
        CHECK(at > previous);
        previous = at;
    }
    // One chart per indicator with values, as an image the document carries.
    const QImage chart = doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:0"))).value<QImage>();
    CHECK_FALSE(chart.isNull());
    CHECK_FALSE(chart.hasAlphaChannel());
    CHECK_FALSE(doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:5"))).value<QImage>().isNull());
}

TEST_CASE("analysis document: markup typed into a field prints as text", "[documents]")
{
    const auto demo = demoAnalysis();
    Analysis a = demo->analysis;
    const QString attack = QStringLiteral("<img src=\"file:///etc/passwd\">");
    a.causes[0].description = attack;
    a.areas[0].title = QStringLiteral("<b>fet</b> & <script>x</script>");
    a.voices[0].quotes[0] = attack;
    a.participants[0].name = attack;
    a.answers[QStringLiteral("summary.conclusions")] = attack;
    AnalysisContext context = demo->context;
    context.organizerName = attack;

    const QString html = AnalysisDocument::html(a, demo->tmpl, context);
    CHECK_FALSE(html.contains(attack));
    CHECK_FALSE(html.contains(QStringLiteral("<b>fet</b>")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;img src=&quot;file:///etc/passwd&quot;&gt;")));

    const auto doc = AnalysisDocument::build(a, demo->tmpl, context);
    const QString text = doc->toPlainText();
    CHECK(text.count(attack) >= 5);
    CHECK(text.contains(QStringLiteral("<b>fet</b> & <script>x</script>")));
    // The only images are the charts.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                CHECK(it.fragment().charFormat().toImageFormat().name().startsWith(QStringLiteral("chart:")));
        }
    }
}

TEST_CASE("paged document: a heading is never left alone at the foot of a page", "[documents]")
{
    bool seen = false;
    for (int fillers = 1; fillers < 40 && !seen; ++fillers) {
        QTextDocument doc;
        doc.setDocumentMargin(0);
        QString html;
        for (int i = 0; i < fillers; ++i)
            html += QStringLiteral("<p>Rad %1 med lite text.</p>").arg(i);
        html += QStringLiteral("<h2>Rubriken</h2><p>%1</p>")
                    .arg(QStringLiteral("Stycket som hör till rubriken. ").repeated(8));
        doc.setHtml(html);
        doc.setPageSize(QSizeF(300, 260));
        QTextBlock heading = doc.begin();
        while (heading.blockFormat().headingLevel() == 0)
            heading = heading.next();
        auto pageOf = [&](const QTextBlock& b, bool firstLine) {
            const QRectF r = doc.documentLayout()->blockBoundingRect(b);
            const qreal y = firstLine ? r.top() + b.layout()->lineAt(0).y() + b.layout()->lineAt(0).height() - 0.5
                                      : r.top() + 0.5;
            return static_cast<int>(y / 260);
        };
        if (pageOf(heading, false) == pageOf(heading.next(), true))
            continue;
        seen = true;
        CHECK(PagedDocument::keepHeadingsWithNext(doc, 260) == 1);
        heading = doc.findBlock(heading.position());
        CHECK(pageOf(heading, false) == pageOf(heading.next(), true));
        CHECK(PagedDocument::keepHeadingsWithNext(doc, 260) == 0);
    }
    CHECK(seen);
}

TEST_CASE("cli: analysis writes the demo's analysis as an archival PDF", "[documents][cli]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("demo.db"));
    const QString pdf = folder.path(QStringLiteral("nulägesanalys.pdf"));
    REQUIRE(std::get<0>(runSwedishCli({ QStringLiteral("demo"), db })) == 0);
    const auto [code, out, err] = runSwedishCli({ QStringLiteral("analysis"), db, QStringLiteral("--collaboration"),
                                                  QStringLiteral("1"), QStringLiteral("--out"), pdf });
    INFO(err.toStdString());
    REQUIRE(code == 0);
    CHECK(out.contains(QStringLiteral("nulägesanalys.pdf")));
    REQUIRE(QFileInfo(pdf).size() > 0);

    const QString text = flat(poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
    if (!text.isNull()) {
        CHECK(text.contains(QStringLiteral("Ekbacka kommun")));
        CHECK(text.contains(QStringLiteral("7.4.2-2025:1043")));
        CHECK(text.contains(firstPageFooter() + QLatin1Char(' ')));
        const auto demo = demoAnalysis();
        for (const auto& p : demo->analysis.problems)
            CHECK(text.contains(flat(p.description)));
        const qsizetype first = text.lastIndexOf(demo->analysis.areas[0].title);
        const qsizetype second = text.lastIndexOf(demo->analysis.areas[1].title);
        CHECK(first >= 0);
        CHECK(first < second);
    }

    const QString fonts = poppler(QStringLiteral("pdffonts"), { pdf });
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

    const QString info = poppler(QStringLiteral("pdfinfo"), { pdf });
    if (!info.isNull()) {
        const QRegularExpression title(QStringLiteral("^Title:\\s+(.*)$"), QRegularExpression::MultilineOption);
        const auto match = title.match(info);
        REQUIRE(match.hasMatch());
        CHECK(match.captured(1).contains(QStringLiteral("Nulägesanalys")));
        CHECK(match.captured(1).contains(QStringLiteral("Ekbacka kommun")));
        CHECK(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Skoldialog"))));
        const QString xmp = poppler(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), pdf });
        CHECK(xmp.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
        CHECK(xmp.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Ekbacka kommun</rdf:li>")));
    }
}

TEST_CASE("cli: analysis says so when there is no analysis, and writes nothing", "[documents][cli]")
{
    TempFolder folder;
    const QString db = folder.path(QStringLiteral("demo.db"));
    const QString pdf = folder.path(QStringLiteral("enhet.pdf"));
    REQUIRE(std::get<0>(runSwedishCli({ QStringLiteral("demo"), db })) == 0);
    // Unit 2, Strandängsskolan, has no analysis of its own in the demo.
    const auto [code, out, err]
        = runSwedishCli({ QStringLiteral("analysis"), db, QStringLiteral("--collaboration"), QStringLiteral("1"),
                          QStringLiteral("--unit"), QStringLiteral("2"), QStringLiteral("--out"), pdf });
    CHECK(code == 1);
    CHECK(err.contains(QStringLiteral("Strandängsskolan 7–9")));
    CHECK_FALSE(QFileInfo::exists(pdf));

    const auto missing = runSwedishCli({ QStringLiteral("analysis"), db, QStringLiteral("--collaboration"),
                                         QStringLiteral("99"), QStringLiteral("--out"), pdf });
    CHECK(std::get<0>(missing) == 1);
    CHECK(std::get<2>(missing).contains(QStringLiteral("99")));
    CHECK(std::get<0>(runSwedishCli({ QStringLiteral("analysis"), db, QStringLiteral("--out"), pdf })) == 2);
    CHECK_FALSE(QFileInfo::exists(pdf));
}
