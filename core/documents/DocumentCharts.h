#pragma once

#include "IndicatorChart.h"

#include <QList>
#include <QString>

class QTextDocument;

/**
 * Indicator charts inside a QTextDocument. The HTML holds an image placeholder per
 * chart (`html()`); `install()` then either turns each into an object that
 * IndicatorChart::paint draws on whatever device paints the document (vector
 * graphics in the PDF, the printer's resolution in print: nothing to rasterise,
 * compress or embed), or, for a writer that cannot hold such an object (the ODT),
 * adds each as an image. The reports' charts read the same either way.
 */
namespace DocumentCharts {

/** The chart's logical width in the document (CSS pixels: the body's width). */
constexpr qreal kWidth = 620;

enum class Mode {
    Painted, ///< drawn by the painter of the page (PDF, print, preview)
    Images, ///< rendered into images kept in the document (ODT)
};

/** 7.5 pt DejaVu Sans without shaping: a chart's text reads back from the PDF as typed. */
QFont font();

/** The placeholder for chart `index` of the list given to install(), `width` wide and as high as the chart needs. */
QString html(const IndicatorChartInput& chart, int index, qreal width = kWidth);

/**
 * Makes the placeholders of `document` into charts: `charts[index]` for "chart:index",
 * with `today`'s line. Call after setHtml() and before the document is laid out for a device.
 */
void install(QTextDocument& document, const QList<IndicatorChartInput>& charts, const QDate& today, Mode mode);

} // namespace DocumentCharts
