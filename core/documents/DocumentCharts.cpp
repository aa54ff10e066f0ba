#include "DocumentCharts.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QUrl>

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 7;
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
        const int index = format.toImageFormat().name().mid(kPrefix.size()).toInt();
        if (index < 0 || index >= m_charts.size())
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
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QString html(const IndicatorChartInput& chart, int index, qreal width)
{
    QImage probe(1, 1, QImage::Format_RGB32);
    const qreal height = IndicatorChart::preferredHeight(chart, font(), width, &probe);
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
            QImage probe(1, 1, QImage::Format_RGB32);
            const QSizeF size(kWidth, IndicatorChart::preferredHeight(charts[i], font(), kWidth, &probe));
            document.addResource(QTextDocument::ImageResource, QUrl(kPrefix + QString::number(i)),
                                 IndicatorChart::render(charts[i], font(), size, kImageScale, today));
        }
        return;
    }
    document.documentLayout()->registerHandler(kChartObject, new ChartHandler(&document, charts, today));
    // The placeholders' positions first: changing a format while walking the fragments would move them.
    QList<std::pair<int, QTextCharFormat>> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() && format.toImageFormat().name().startsWith(kPrefix))
                found.append({ fragment.position(), format });
        }
    }
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (auto [position, format] : found) {
        format.setObjectType(kChartObject);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
    cursor.endEditBlock();
}

} // namespace DocumentCharts

#include "DocumentCharts.moc"
