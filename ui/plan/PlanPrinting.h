#pragma once

class PlanTimelineWidget;
class QPrinter;
class QWidget;

/** Printing the plan's timeline: core/documents paints it, the preview prints it or saves a PDF. */
namespace PlanPrinting {

/** Paints the timeline on one A4 landscape page of `printer`, with a heading. */
void paintTimeline(const PlanTimelineWidget& timeline, QPrinter* printer);

/** Shows the timeline in a QPrintPreviewDialog on A4 landscape. */
void previewTimeline(const PlanTimelineWidget& timeline, QWidget* parent);

} // namespace PlanPrinting
