#pragma once

#include <QDate>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSizeF>

class QPainter;
class QPaintDevice;
struct ActionPlan;
struct Analysis;

/** The columns of the timeline: half-years (VT/HT), or months for a short span. */
enum class TimelineScale { Auto, HalfYear, Month };

/** What the timeline shows. `plan` and `analysis` must outlive the call; `analysis` gives the areas' order. */
struct TimelineInput
{
    const ActionPlan* plan = nullptr;
    const Analysis* analysis = nullptr;
    QDate periodStart; ///< the collaboration's period, shaded; may be invalid
    QDate periodEnd;
    TimelineScale scale = TimelineScale::Auto;
};

/**
 * A Gantt-like picture of an action plan, painted with QPainter only (core has no
 * widgets): the interventions grouped by development area in the analysis's
 * priority order, titles on the left, one bar per intervention from start to end,
 * a row of years over a row of half-years (or months), the collaboration's period
 * shaded and an optional "today" line. An intervention without dates is listed
 * with the note "no dates". The UI's timeline widget, its printing and the plan
 * document (as an image) all paint through this.
 *
 * Sizes follow `font` on the painter's device: the same call fits a widget, a
 * printer or an image. Colours are opaque (PDF/A allows no transparency).
 */
namespace PlanTimeline {

/**
 * The size the timeline wants on `device` (a widget, a QImage, a printer; nullptr:
 * the screen) for `font`: the width that shows every title and a readable column
 * per step, the height of all rows. paint() fits any rect, eliding titles.
 */
QSizeF preferredSize(const TimelineInput& input, const QFont& font, const QPaintDevice* device = nullptr);

/**
 * The height the timeline needs when painted `width` wide: a title too long for its
 * column takes two lines. Without a width every row is one line high.
 */
qreal preferredHeight(const TimelineInput& input, const QFont& font, const QPaintDevice* device = nullptr,
                      qreal width = 0);

/** Paints into `rect`. `today` draws a vertical line when it is valid and inside the shown span. */
void paint(QPainter& painter, const QRectF& rect, const TimelineInput& input, const QFont& font,
           const QDate& today = {});

/**
 * The timeline as an opaque white image of `width` logical pixels (height as needed)
 * drawn `scale` times finer, for a document: the PDF, the ODT, a preview.
 */
QImage render(const TimelineInput& input, const QFont& font, qreal width, qreal scale, const QDate& today = {});

/** The first and the last day the timeline shows: whole half-years (or months) around the period and all dates. */
std::pair<QDate, QDate> span(const TimelineInput& input);

} // namespace PlanTimeline
