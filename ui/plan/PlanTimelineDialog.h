#pragma once

#include "ui/session/PlanSession.h"

#include <QDialog>

class Database;
class PlanTimelineWidget;
class QPushButton;

/** The timeline in a window of its own, to look at and to print (A4 landscape). */
class PlanTimelineDialog : public QDialog
{
    Q_OBJECT

public:
    PlanTimelineDialog(Database& db, const ActionPlan& plan, const PlanSessionContext& context,
                       QWidget* parent = nullptr);

    PlanTimelineWidget* timeline() const { return m_timeline; }
    QPushButton* printButton() const { return m_print; }

    /** The print preview of the timeline on A4 landscape. */
    void printPreview();

private:
    PlanTimelineWidget* m_timeline;
    QPushButton* m_print;
};
