// The indicator chart: rendered into an image, and the pixels looked at where the
// baseline, the target, the dashed trajectory, the measured values and today must be.
#include "tests/core/TestSupport.h"

#include "core/documents/DocumentCharts.h"
#include "core/documents/IndicatorChart.h"
#include "core/documents/PagedDocument.h"

#include <QFile>
#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

#include "DocumentTestSupport.h"

#include <catch2/catch.hpp>

namespace {

/** Saves `image` into $SKOLDIALOG_TEST_IMAGES when set, to look at what a test drew. */
void keep(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("SKOLDIALOG_TEST_IMAGES");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name);
}

QFont chartFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(10);
    return font;
}

/** A share of the plan rising from 62 % to 75 % by 2028, as the plan's indicator states it. */
Indicator risingIndicator()
{
    Indicator indicator;
    indicator.name = QStringLiteral("Andel elever med godkänt i alla ämnen, åk 9");
    indicator.unit = QStringLiteral("%");
    indicator.direction = IndicatorDirection::HigherIsBetter;
    indicator.baseline = 62;
    indicator.target = 75;
    indicator.targetYear = 2028;
    return indicator;
}

Measurement measured(const QDate& on, double value)
{
    Measurement m;
    m.measuredOn = on;
    m.value = value;
    return m;
}

const QDate kBaselineDate(2025, 6, 30);

/** The indicator from its baseline on 2025-06-30, measured twice since (and once after the report). */
IndicatorChartInput chartOf(const Indicator& indicator)
{
    return IndicatorChart::inputFor(
        indicator, kBaselineDate,
        { measured(QDate(2026, 6, 30), 69), measured(QDate(2025, 12, 15), 65.5), measured(QDate(2027, 1, 15), 70) },
        QLocale(QLocale::Swedish, QLocale::Sweden), QDate(2026, 12, 2));
}

IndicatorChartInput rising()
{
    return chartOf(risingIndicator());
}

struct Drawn
{
    QImage image;
    IndicatorChart::Geometry geometry; ///< in the image's pixels
};

constexpr qreal kScale = 2;
const QSizeF kSize(620, 260);
const QDate kToday(2026, 12, 2);

Drawn draw(const IndicatorChartInput& input, const QString& name)
{
    QImage probe(1, 1, QImage::Format_RGB32);
    const QImage image = IndicatorChart::render(input, chartFont(), kSize, kScale, kToday);
    keep(image, name);
    auto g = IndicatorChart::geometry(input, QRectF(QPointF(0, 0), kSize), chartFont(), &probe, kToday);
    // Into the image's pixels.
    g.plot = QRectF(g.plot.topLeft() * kScale, g.plot.size() * kScale);
    return { image, g };
}

bool near(const QImage& image, const QPointF& at, const QColor& colour, int radius = 1)
{
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p(qRound(at.x()) + dx, qRound(at.y()) + dy);
            if (image.rect().contains(p) && image.pixelColor(p) == colour)
                return true;
        }
    }
    return false;
}

/** Of the pixels along `line` (every pixel of it, ends left out), the share that is `colour`. */
double shareAlong(const QImage& image, const QLineF& line, const QColor& colour)
{
    int hits = 0, steps = 0;
    const int length = int(line.length());
    for (int i = 8; i < length - 8; ++i, ++steps)
        hits += near(image, line.pointAt(double(i) / length), colour, 0);
    return steps ? double(hits) / steps : 0;
}

} // namespace

TEST_CASE("indicator chart: the baseline, the target, the dashed trajectory, the values and today are where they "
          "belong",
          "[documents][chart]")
{
    const IndicatorChartInput input = rising();
    // The measurement after the report's date is left out; a share's axis has 100 as its ceiling.
    REQUIRE(input.measurements.size() == 2);
    CHECK(input.ceiling == 100);
    REQUIRE(input.baseline);
    REQUIRE(input.target());
    CHECK(*input.target() == ChartPoint { QDate(2028, 6, 30), 75 });
    const Drawn d = draw(input, QStringLiteral("indicator-rising.png"));
    REQUIRE_FALSE(d.image.isNull());
    CHECK_FALSE(d.image.hasAlphaChannel());
    CHECK(d.image.size() == QSize(1240, 520));
    const auto& g = d.geometry;
    // Whole half-years around the baseline and the target.
    CHECK(g.from == QDate(2025, 1, 1));
    CHECK(g.to == QDate(2028, 6, 30));
    CHECK(g.low <= 62);
    CHECK(g.high >= 75);
    CHECK(g.high <= 100);

    auto px = [&](const ChartPoint& p) { return QPointF(g.x(p.date), g.y(p.value)); };
    CHECK(d.image.pixelColor(px(*input.baseline).toPoint()) == IndicatorChart::baselineColour());
    CHECK(d.image.pixelColor(px(*input.target()).toPoint()) == IndicatorChart::targetColour());
    for (const auto& m : input.measurements) {
        INFO(m.date.toString(Qt::ISODate).toStdString());
        CHECK(d.image.pixelColor(px(m).toPoint()) == IndicatorChart::measuredColour());
    }
    // The trajectory runs straight from the baseline to the target, dashed: much of it drawn, not all.
    const QLineF planned(px(*input.baseline), px(*input.target()));
    const double drawn = shareAlong(d.image, planned, IndicatorChart::plannedColour());
    INFO("trajectory drawn " << drawn);
    CHECK(drawn > 0.35);
    CHECK(drawn < 0.9);
    // Nothing of it a little above or below its line.
    CHECK(shareAlong(d.image, planned.translated(0, 14), IndicatorChart::plannedColour()) < 0.02);
    CHECK(shareAlong(d.image, planned.translated(0, -14), IndicatorChart::plannedColour()) < 0.02);
    // The measured values joined by a solid line.
    const QLineF measured(px(input.measurements[1]), px(input.measurements[0]));
    CHECK(shareAlong(d.image, measured, IndicatorChart::measuredColour()) > 0.9);
    // Today: a red line from the top of the plot to its foot.
    const qreal x = g.x(kToday);
    const QLineF todayLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
    CHECK(shareAlong(d.image, todayLine, QColor(0xc0, 0x20, 0x20)) > 0.6);
}

TEST_CASE("indicator chart: with milestones the trajectory goes through them, not straight to the target",
          "[documents][chart]")
{
    Indicator indicator = risingIndicator();
    indicator.milestones = { { 2027, 66 }, { 2026, 63 } };
    const IndicatorChartInput input = chartOf(indicator);
    const auto milestones = input.milestones();
    REQUIRE(milestones.size() == 2);
    CHECK(milestones[0] == ChartPoint { QDate(2026, 6, 30), 63 }); // in date order, at the end of the school year

    const Drawn d = draw(input, QStringLiteral("indicator-milestones.png"));
    const auto& g = d.geometry;
    auto px = [&](const ChartPoint& p) { return QPointF(g.x(p.date), g.y(p.value)); };
    const QColor planned = IndicatorChart::plannedColour();
    CHECK(shareAlong(d.image, QLineF(px(milestones[1]), px(*input.target())), planned) > 0.35);
    CHECK(shareAlong(d.image, QLineF(px(*input.baseline), px(milestones[0])), planned) > 0.35);
    // The straight line from the baseline to the target is not drawn: the plan bends through 2027's 66 %.
    const QLineF straight(px(*input.baseline), px(*input.target()));
    CHECK(shareAlong(d.image, QLineF(straight.pointAt(0.55), straight.pointAt(0.75)), planned) < 0.1);
    // Each milestone is marked with a ring of the trajectory's colour.
    CHECK(near(d.image, px(milestones[1]) + QPointF(2.2 * kScale, 0), planned, 1));
}

TEST_CASE("indicator chart: lower is better and keep-above say so, a threshold is a level dashed line",
          "[documents][chart]")
{
    Indicator indicator = risingIndicator();
    indicator.direction = IndicatorDirection::LowerIsBetter;
    indicator.baseline = 18;
    indicator.target = 10;
    IndicatorChartInput input = chartOf(indicator);
    CHECK(IndicatorChart::directionText(input).contains(QStringLiteral("Lower is better")));
    Drawn d = draw(input, QStringLiteral("indicator-falling.png"));
    auto px
        = [&](const IndicatorChart::Geometry& g, const ChartPoint& p) { return QPointF(g.x(p.date), g.y(p.value)); };
    CHECK(d.image.pixelColor(px(d.geometry, *input.target()).toPoint()) == IndicatorChart::targetColour());
    CHECK(px(d.geometry, *input.target()).y() > px(d.geometry, *input.baseline).y()); // the target is lower

    indicator.direction = IndicatorDirection::KeepAbove;
    indicator.baseline = 86;
    indicator.target = 80;
    input = chartOf(indicator);
    CHECK(IndicatorChart::directionText(input) == QStringLiteral("Keep at or above 80,0\u00a0%"));
    d = draw(input, QStringLiteral("indicator-keep-above.png"));
    const auto& g = d.geometry;
    const qreal y = g.y(80);
    const QLineF threshold(QPointF(g.x(input.baseline->date), y), QPointF(g.x(input.target()->date), y));
    CHECK(shareAlong(d.image, threshold, IndicatorChart::plannedColour()) > 0.35);
    // A threshold has no target diamond.
    CHECK_FALSE(near(d.image, px(g, *input.target()), IndicatorChart::targetColour(), 3));
}

TEST_CASE("indicator chart: the same painter fits a small widget and a page, and draws an empty indicator",
          "[documents][chart]")
{
    const IndicatorChartInput input = rising();
    QImage probe(1, 1, QImage::Format_RGB32);
    // Narrow: the legend takes more rows, so the chart wants to be taller for its width.
    const qreal narrow = IndicatorChart::preferredHeight(input, chartFont(), 300, &probe);
    const qreal wide = IndicatorChart::preferredHeight(input, chartFont(), 900, &probe);
    CHECK(narrow / 300 > wide / 900);
    const QSizeF widget = IndicatorChart::preferredSize(chartFont(), &probe);
    CHECK(widget.width() > 300);
    CHECK(widget.height() > 120);
    const QImage small = IndicatorChart::render(input, chartFont(), QSizeF(320, 200), 1, kToday);
    keep(small, QStringLiteral("indicator-small.png"));
    CHECK(small.size() == QSize(320, 200));

    IndicatorChartInput nothing;
    nothing.unit = QStringLiteral("poäng");
    const QImage empty = IndicatorChart::render(nothing, chartFont(), QSizeF(320, 200), 1);
    CHECK_FALSE(empty.isNull());
    CHECK(IndicatorChart::formatValue(245.5, QStringLiteral("poäng"), QLocale(QLocale::Swedish), 1)
          == QStringLiteral("245,5\u00a0poäng"));
}

TEST_CASE("document charts: a chart in a document is drawn by the page's painter in the PDF, and is an image in "
          "the ODT",
          "[documents][chart]")
{
    TempFolder folder;
    const IndicatorChartInput input = rising();
    const QString html = QStringLiteral("<p>Före</p><p>%1</p><p>Efter</p>").arg(DocumentCharts::html(input, 0));
    {
        QTextDocument doc;
        doc.setHtml(html);
        DocumentCharts::install(doc, { input }, kToday, DocumentCharts::Mode::Painted);
        const QString pdf = folder.path(QStringLiteral("chart.pdf"));
        QString error;
        REQUIRE(PagedDocument(doc, {}).writePdf(pdf, {}, &error));
        keepFile(pdf, QStringLiteral("chart.pdf"));
        // Vector: the legend is text in the PDF, and the file holds no image.
        const QString text = flat(poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
        if (!text.isNull()) {
            CHECK(text.contains(QStringLiteral("Före")));
            CHECK(text.contains(QStringLiteral("Planned trajectory")));
            CHECK(text.contains(QStringLiteral("Efter")));
        }
        const QString images = poppler(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
        if (!images.isNull())
            CHECK(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2); // the list's two header lines
    }
    {
        QTextDocument doc;
        doc.setHtml(html);
        DocumentCharts::install(doc, { input }, kToday, DocumentCharts::Mode::Images);
        const QImage image
            = doc.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:0"))).value<QImage>();
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == qRound(DocumentCharts::kWidth * 2.5));
    }
}
