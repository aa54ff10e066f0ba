#include "DocumentCharts.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QUrl>

namespace {

const QString kPrefix = QStringLiteral("chart:");
/** How much finer than its logical size a chart is rendered as an image (ODT). */
constexpr qreal kImageScale = 2.5;

/** Draws the charts of one document; a child of it, so it lives exactly as long. */
class ChartHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartHandler(QTextDocument* document, QList<IndicatorChartInput> charts, const QDate& today)
        : QObject(document)
        , m_charts(std::move(charts))
        , m_today(today)
    {
    }

    QSizeF intrinsicSize(QTextDocument* document, int, const QTextFormat& format) override
    {
        // As QTextImageHandler sizes an image: CSS pixels, scaled to the device the layout is for.
        const QTextImageFormat image = format.toImageFormat();
        qreal scale = 1;
        if (const QPaintDevice* device = document->documentLayout()->paintDevice())
            scale = device->logicalDpiY() / 96.0;
        return QSizeF(image.width(), image.height()) * scale;
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const QString name = format.toImageFormat().name();
        const int index = name.startsWith(kPrefix) ? name.mid(kPrefix.size()).toInt() : -1;
        if (index < 0 || index >= m_charts.size())
            return;
        // A paragraph that runs over two pages is drawn for each: its chart only on the page it is on (a PDF
        // would otherwise carry a clipped-away copy, text and all).
        if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
            return;
        painter->save();
        painter->fillRect(rect, Qt::white);
        IndicatorChart::paint(*painter, rect, m_charts[index], DocumentCharts::font(), m_today);
        painter->restore();
    }

private:
    QList<IndicatorChartInput> m_charts;
    QDate m_today;
};

} // namespace

namespace DocumentCharts {

QFont font()
{
    // One font object for every chart: each new one would be looked up in the font database again.
    static const QFont font = [] {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(7.5);
        f.setStyleStrategy(QFont::PreferNoShaping);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }();
    return font;
}

QString html(const IndicatorChartInput& chart, int index, qreal width)
{
    // Measured for the screen, whose pixels are the document's CSS pixels: its fonts are looked up once, where a
    // probe image would have them looked up again for every chart.
    const qreal height = IndicatorChart::preferredHeight(chart, font(), width, nullptr);
    return QStringLiteral("<img src=\"%1%2\" width=\"%3\" height=\"%4\"/>")
        .arg(kPrefix)
        .arg(index)
        .arg(qRound(width))
        .arg(qRound(height));
}

void install(QTextDocument& document, const QList<IndicatorChartInput>& charts, const QDate& today, Mode mode)
{
    if (mode == Mode::Images) {
        for (int i = 0; i < charts.size(); ++i) {
            // The size the placeholder asks for, so the image fills it exactly.
            const QSizeF size(kWidth, IndicatorChart::preferredHeight(charts[i], font(), kWidth, nullptr));
            document.addResource(QTextDocument::ImageResource, QUrl(kPrefix + QString::number(i)),
                                 IndicatorChart::render(charts[i], font(), size, kImageScale, today));
        }
        return;
    }
    // The charts are the document's only images: this handler draws them in place of Qt's image handler, so the
    // placeholders need no other format (changing each one's format would lay its paragraph out again).
    document.documentLayout()->registerHandler(QTextFormat::ImageObject, new ChartHandler(&document, charts, today));
}

} // namespace DocumentCharts

#include "DocumentCharts.moc"
