#include "PlanTimeline.h"

#include "ChartAxis.h"
#include "core/analysis/Analysis.h"
#include "core/plan/ActionPlan.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <numeric>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlanTimeline)
};

const QColor kGrid(0xd0, 0xd0, 0xd0);
const QColor kYearLine(0x80, 0x80, 0x80);
const QColor kAreaBand(0xee, 0xee, 0xee);
const QColor kPeriodFill(0xe6, 0xef, 0xf8);
const QColor kPeriodEdge(0x1f, 0x4e, 0x79);
using ChartStyle::kMuted;
using ChartStyle::kToday;
const QColor kCancelled(0xb0, 0xb0, 0xb0);

/** One colour per area, in priority order: dark enough for white-paper print, apart in greyscale. */
const QColor kAreaColours[] = {
    QColor(0x2e, 0x6d, 0xa4), QColor(0xd0, 0x7a, 0x1c), QColor(0x3a, 0x8a, 0x4a),
    QColor(0x8a, 0x4f, 0x9e), QColor(0xa8, 0x3a, 0x3a), QColor(0x4a, 0x8a, 0x8a),
};

struct Row
{
    enum Kind { Area, Item, Empty } kind = Item;
    QString text;
    const Intervention* intervention = nullptr;
    int colour = 0;
};

QList<Row> rowsOf(const TimelineInput& input)
{
    QList<Row> rows;
    if (!input.plan)
        return rows;
    QList<qint64> seen;
    int index = 0;
    auto addArea = [&](qint64 areaId, const QString& title) {
        const int colour = index % int(std::size(kAreaColours));
        rows.append({ Row::Area, title, nullptr, colour });
        const auto own = input.plan->interventionsOf(areaId);
        if (own.isEmpty())
            rows.append({ Row::Empty, Text::tr("(no intervention yet)"), nullptr, colour });
        for (const Intervention* i : own) {
            const QString title
                = i->title.trimmed().isEmpty() ? Text::tr("(untitled intervention)") : i->title.simplified();
            rows.append({ Row::Item, title, i, colour });
        }
        seen.append(areaId);
        ++index;
    };
    if (input.analysis) {
        for (const auto& area : input.analysis->areas)
            addArea(area.id, QStringLiteral("%1. %2").arg(index + 1).arg(area.title.simplified()));
    }
    // Interventions of an area the analysis does not list (no analysis given, or a stale link): still shown.
    for (const auto& i : input.plan->interventions) {
        if (!seen.contains(i.areaId))
            addArea(i.areaId,
                    input.analysis ? Text::tr("Other interventions") : Text::tr("Development area %1").arg(index + 1));
    }
    return rows;
}

TimelineScale scaleFor(const TimelineInput& input, const QDate& from, const QDate& to)
{
    if (input.scale != TimelineScale::Auto)
        return input.scale;
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    return months <= 18 ? TimelineScale::Month : TimelineScale::HalfYear;
}

/** Geometry shared by preferredSize() and paint(). */
struct Metrics
{
    explicit Metrics(const QFont& font, const QPaintDevice* device)
        : fm(font, const_cast<QPaintDevice*>(device))
    {
        line = fm.height();
        row = line * 1.55;
        header = line * 1.45;
        legend = line * 2.0;
        pad = line * 0.5;
        indent = line * 0.9;
    }
    QFontMetricsF fm;
    qreal line, row, header, legend, pad, indent;
};

qreal labelWidthWanted(const QList<Row>& rows, const Metrics& m)
{
    qreal width = m.fm.horizontalAdvance(Text::tr("Intervention"));
    for (const auto& r : rows) {
        if (r.kind != Row::Area) // an area's title runs across the chart
            width = std::max(width, m.indent + m.fm.horizontalAdvance(r.text));
    }
    return width + 2 * m.pad;
}

/** The width of the title column in a timeline `width` wide. */
qreal labelWidthFor(const QList<Row>& rows, const Metrics& m, qreal width)
{
    return std::clamp(labelWidthWanted(rows, m), width * 0.25, width * 0.5);
}

/** A title too long for its column wraps onto a second line; the rest is elided. */
bool wraps(const Row& row, const Metrics& m, qreal labelWidth)
{
    return row.kind == Row::Item && m.indent + m.fm.horizontalAdvance(row.text) > labelWidth - 2 * m.pad;
}

/** Each row's height: one line, or two for a wrapped title (only when `width` is known). */
QList<qreal> rowHeights(const QList<Row>& rows, const Metrics& m, qreal width)
{
    QList<qreal> heights;
    const qreal labelWidth = width > 0 ? labelWidthFor(rows, m, width) : 0;
    for (const auto& r : rows)
        heights.append(width > 0 && wraps(r, m, labelWidth) ? m.row + m.line : m.row);
    if (heights.isEmpty())
        heights.append(m.row);
    return heights;
}

QFont boldOf(const QFont& font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QFont italicOf(const QFont& font)
{
    QFont italic = font;
    italic.setItalic(true);
    return italic;
}

/** `text` broken at a space into two lines that fit `width`, the second elided. */
QString twoLines(const QString& text, const QFontMetricsF& fm, qreal width)
{
    qsizetype cut = text.size();
    while (cut > 0) {
        cut = text.lastIndexOf(QLatin1Char(' '), cut - 1);
        if (cut <= 0)
            break;
        if (fm.horizontalAdvance(text.left(cut)) <= width)
            return text.left(cut) + QLatin1Char('\n') + fm.elidedText(text.mid(cut + 1), Qt::ElideRight, width);
    }
    return fm.elidedText(text, Qt::ElideRight, width);
}

QString shortDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

namespace PlanTimeline {

std::pair<QDate, QDate> span(const TimelineInput& input)
{
    QDate low, high;
    auto take = [&](const QDate& d) {
        if (!d.isValid())
            return;
        if (!low.isValid() || d < low)
            low = d;
        if (!high.isValid() || d > high)
            high = d;
    };
    take(input.periodStart);
    take(input.periodEnd);
    if (input.plan) {
        for (const auto& i : input.plan->interventions) {
            take(i.start);
            take(i.end);
        }
    }
    if (!low.isValid()) {
        const int year = QDate::currentDate().year();
        low = QDate(year, 1, 1);
        high = QDate(year, 12, 31);
    }
    const TimeAxis axis = TimeAxis::around(
        low, high,
        scaleFor(input, low, high) == TimelineScale::Month ? TimeAxis::Step::Month : TimeAxis::Step::HalfYear);
    return { axis.from, axis.to };
}

qreal preferredHeight(const TimelineInput& input, const QFont& font, const QPaintDevice* device, qreal width)
{
    const Metrics m(font, device);
    const auto heights = rowHeights(rowsOf(input), m, width);
    return 2 * m.header + std::accumulate(heights.cbegin(), heights.cend(), qreal(0)) + m.legend;
}

QSizeF preferredSize(const TimelineInput& input, const QFont& font, const QPaintDevice* device)
{
    const Metrics m(font, device);
    const auto rows = rowsOf(input);
    const auto [from, to] = span(input);
    const TimelineScale scale = scaleFor(input, from, to);
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    const int columns = scale == TimelineScale::Month ? months : (months + 5) / 6;
    const qreal column = scale == TimelineScale::Month ? m.fm.horizontalAdvance(QStringLiteral("MMM")) + m.pad
                                                       : m.fm.horizontalAdvance(Text::tr("Autumn")) + 2 * m.pad;
    const qreal labels = labelWidthWanted(rows, m);
    const qreal width = labels + columns * column;
    return { width, preferredHeight(input, font, device, width) };
}

void paint(QPainter& painter, const QRectF& rect, const TimelineInput& input, const QFont& font, const QDate& today)
{
    painter.save();
    painter.setClipRect(rect);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QPaintDevice* device = painter.device();
    const Metrics m(font, device);
    const QFont bold = boldOf(font);
    const QFont italic = italicOf(font);
    const QFontMetricsF boldFm(bold, const_cast<QPaintDevice*>(device));
    const QFontMetricsF italicFm(italic, const_cast<QPaintDevice*>(device));
    const qreal hair = std::max<qreal>(m.line / 16, 0.5);

    const auto rows = rowsOf(input);
    const auto [from, to] = span(input);
    const TimelineScale scale = scaleFor(input, from, to);
    const TimeAxis axis { from, to };

    const qreal labelWidth = labelWidthFor(rows, m, rect.width());
    const QList<qreal> heights = rowHeights(rows, m, rect.width());
    QList<qreal> tops;
    for (qreal y = rect.top() + 2 * m.header; const qreal h : heights) {
        tops.append(y);
        y += h;
    }
    const QRectF chart(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth, rect.height());
    const qreal bodyTop = rect.top() + 2 * m.header;
    const qreal bodyBottom = tops.last() + heights.last();
    auto xOf = [&](const QDate& d) { return chart.left() + chart.width() * axis.fraction(d); };

    // The collaboration's period: a shaded band behind the rows, edged at both ends.
    const bool hasPeriod = input.periodStart.isValid() && input.periodEnd.isValid();
    if (hasPeriod) {
        const qreal x0 = std::max(xOf(input.periodStart), chart.left());
        const qreal x1 = std::min(xOf(input.periodEnd.addDays(1)), chart.right());
        painter.fillRect(QRectF(x0, bodyTop, x1 - x0, bodyBottom - bodyTop), kPeriodFill);
    }

    // Columns: half-years (spring and autumn terms) or months, with years above.
    painter.setFont(font);
    const int step = scale == TimelineScale::Month ? 1 : 6;
    const QLocale locale;
    bool shortMonthsFit = true;
    for (int month = 1; month <= 12; ++month)
        shortMonthsFit = shortMonthsFit
            && m.fm.horizontalAdvance(locale.monthName(month, QLocale::ShortFormat))
                <= xOf(from.addMonths(1)) - xOf(from) - hair * 4;
    for (QDate d = from; d <= to; d = d.addMonths(step)) {
        const qreal x0 = xOf(d), x1 = xOf(d.addMonths(step));
        const bool yearStart = d.month() == 1;
        painter.setPen(QPen(yearStart ? kYearLine : kGrid, hair));
        painter.drawLine(QPointF(x0, rect.top() + (yearStart ? 0 : m.header)), QPointF(x0, bodyBottom));
        QString label;
        if (scale == TimelineScale::Month) {
            // Every month alike: short names when the widest fits, else their first letters.
            label = locale.monthName(d.month(), QLocale::ShortFormat);
            if (!shortMonthsFit)
                label = label.left(1).toUpper();
        } else {
            label = d.month() == 1 ? Text::tr("Spring", "spring term, a half-year column of the timeline")
                                   : Text::tr("Autumn", "autumn term, a half-year column of the timeline");
            if (m.fm.horizontalAdvance(label) > x1 - x0 - hair * 4)
                label = label.left(1);
        }
        painter.setPen(kMuted);
        painter.drawText(QRectF(x0, rect.top() + m.header, x1 - x0, m.header), Qt::AlignCenter, label);
    }
    painter.setPen(QPen(kYearLine, hair));
    painter.drawLine(QPointF(chart.right() - hair / 2, rect.top()), QPointF(chart.right() - hair / 2, bodyBottom));
    // Area bands across the whole width, over the grid: an area's title reads undisturbed.
    for (int r = 0; r < rows.size(); ++r) {
        if (rows[r].kind == Row::Area)
            painter.fillRect(QRectF(rect.left(), tops[r], rect.width(), heights[r]), kAreaBand);
    }
    painter.setFont(bold);
    painter.setPen(Qt::black);
    for (int year = from.year(); year <= to.year(); ++year) {
        const qreal x0 = xOf(std::max(from, QDate(year, 1, 1)));
        const qreal x1 = xOf(std::min(to, QDate(year, 12, 31)).addDays(1));
        painter.drawText(QRectF(x0, rect.top(), x1 - x0, m.header), Qt::AlignCenter, QString::number(year));
    }
    painter.setFont(font);
    painter.drawText(QRectF(rect.left() + m.pad, rect.top() + m.header, labelWidth - m.pad, m.header),
                     Qt::AlignLeft | Qt::AlignVCenter, Text::tr("Intervention"));
    painter.setPen(QPen(kYearLine, hair));
    painter.drawLine(QPointF(rect.left(), bodyTop), QPointF(rect.right(), bodyTop));
    painter.drawLine(QPointF(rect.left(), bodyBottom), QPointF(rect.right(), bodyBottom));

    // Rows: the title on the left, the bar (or a note) on the right.
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        const qreal top = tops[r];
        const qreal height = heights[r];
        const QRectF label(rect.left() + m.pad + (row.kind == Row::Area ? 0 : m.indent), top,
                           labelWidth - 2 * m.pad - (row.kind == Row::Area ? 0 : m.indent), height);
        if (row.kind == Row::Area) {
            // An area's row has no bar: its title may use the whole width.
            const QRectF wide(label.left(), top, rect.right() - label.left() - m.pad, height);
            painter.setFont(bold);
            painter.setPen(Qt::black);
            painter.drawText(wide, Qt::AlignLeft | Qt::AlignVCenter,
                             boldFm.elidedText(row.text, Qt::ElideRight, wide.width()));
            continue;
        }
        if (row.kind == Row::Empty) {
            painter.setFont(italic);
            painter.setPen(kMuted);
            painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                             italicFm.elidedText(row.text, Qt::ElideRight, label.width()));
            continue;
        }
        painter.setFont(font);
        painter.setPen(Qt::black);
        if (wraps(row, m, labelWidth))
            painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, twoLines(row.text, m.fm, label.width()));
        else
            painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                             m.fm.elidedText(row.text, Qt::ElideRight, label.width()));
        painter.setPen(QPen(kGrid, hair));
        painter.drawLine(QPointF(rect.left() + m.pad, top + height), QPointF(chart.right(), top + height));

        const Intervention& i = *row.intervention;
        const QColor fill = i.status == InterventionStatus::Cancelled ? kCancelled : kAreaColours[row.colour];
        const qreal barHeight = m.row * 0.5;
        const qreal barTop = top + (height - barHeight) / 2;
        const qreal noteLeft
            = (hasPeriod ? std::clamp(xOf(input.periodStart), chart.left(), chart.right()) : chart.left()) + m.pad;
        auto note = [&](qreal x, const QString& text) {
            painter.setFont(italic);
            painter.setPen(kMuted);
            painter.drawText(QRectF(x, top, chart.right() - x, height), Qt::AlignLeft | Qt::AlignVCenter, text);
        };
        auto diamond = [&](qreal x) {
            QPainterPath path;
            const qreal h = barHeight / 2;
            path.moveTo(x, barTop);
            path.lineTo(x + h, barTop + h);
            path.lineTo(x, barTop + 2 * h);
            path.lineTo(x - h, barTop + h);
            path.closeSubpath();
            painter.fillPath(path, fill);
        };
        if (i.start.isValid() && i.end.isValid()) {
            const qreal x0 = xOf(std::max(i.start, from));
            const qreal x1 = std::max(xOf(std::min(i.end, to).addDays(1)), x0 + hair * 4);
            QPainterPath bar;
            bar.addRoundedRect(QRectF(x0, barTop, x1 - x0, barHeight), barHeight / 4, barHeight / 4);
            painter.fillPath(bar, fill);
            if (i.status == InterventionStatus::Completed) {
                painter.setPen(QPen(Qt::black, hair * 2));
                painter.drawPath(bar);
            }
        } else if (i.start.isValid()) {
            diamond(xOf(i.start));
            note(xOf(i.start) + barHeight, Text::tr("from %1, no end date").arg(shortDate(i.start)));
        } else if (i.end.isValid()) {
            diamond(xOf(i.end));
            note(noteLeft, Text::tr("no start date, until %1").arg(shortDate(i.end)));
        } else {
            note(noteLeft, Text::tr("no dates"));
        }
    }
    if (rows.isEmpty()) {
        painter.setFont(italic);
        painter.setPen(kMuted);
        painter.drawText(QRectF(rect.left() + m.pad, bodyTop, rect.width() - 2 * m.pad, m.row),
                         Qt::AlignLeft | Qt::AlignVCenter, Text::tr("The plan has no interventions yet."));
    }

    // Lines across the rows stop at an area's band, where its title may run.
    auto acrossRows = [&](qreal x) {
        for (int r = 0; r < heights.size(); ++r) {
            if (r >= rows.size() || rows[r].kind != Row::Area)
                painter.drawLine(QPointF(x, tops[r]), QPointF(x, tops[r] + heights[r]));
        }
    };
    if (hasPeriod) {
        painter.setPen(QPen(kPeriodEdge, hair * 2, Qt::DashLine));
        for (const QDate& d : { input.periodStart, input.periodEnd.addDays(1) }) {
            const qreal x = xOf(d);
            if (x >= chart.left() && x <= chart.right())
                acrossRows(x);
        }
    }
    const bool showToday = today.isValid() && today >= from && today <= to;
    if (showToday) {
        painter.setPen(QPen(kToday, hair * 3));
        acrossRows(xOf(today));
    }

    // Legend: what the shading and the lines mean.
    qreal x = rect.left() + m.pad;
    const qreal legendTop = bodyBottom + (m.legend - m.line) / 2;
    painter.setFont(font);
    if (hasPeriod) {
        const QRectF swatch(x, legendTop + m.line * 0.15, m.line * 1.4, m.line * 0.7);
        painter.fillRect(swatch, kPeriodFill);
        painter.setPen(QPen(kPeriodEdge, hair * 2, Qt::DashLine));
        painter.drawLine(swatch.topLeft(), swatch.bottomLeft());
        painter.drawLine(swatch.topRight(), swatch.bottomRight());
        x = swatch.right() + m.pad;
        const QString text
            = Text::tr("Collaboration period %1 – %2").arg(shortDate(input.periodStart), shortDate(input.periodEnd));
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x, legendTop + m.fm.ascent()), text);
        x += m.fm.horizontalAdvance(text) + 2 * m.line;
    }
    if (showToday) {
        painter.setPen(QPen(kToday, hair * 3));
        painter.drawLine(QPointF(x + m.line * 0.3, legendTop), QPointF(x + m.line * 0.3, legendTop + m.line));
        x += m.line;
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x, legendTop + m.fm.ascent()), Text::tr("Today, %1").arg(shortDate(today)));
    }
    painter.restore();
}

QImage render(const TimelineInput& input, const QFont& font, qreal width, qreal scale, const QDate& today)
{
    QImage probe(1, 1, QImage::Format_RGB32);
    const qreal height = preferredHeight(input, font, &probe, width);
    QImage image(QSize(qRound(width * scale), qRound(height * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(painter, QRectF(0, 0, width, height), input, font, today);
    painter.end();
    return image;
}

} // namespace PlanTimeline
