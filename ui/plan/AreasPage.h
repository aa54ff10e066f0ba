#pragma once

#include "PlanPage.h"

class QTextBrowser;

/** Områden: the analysis's development areas in priority order, with their problems and causes, to read. */
class AreasPage : public PlanPage
{
    Q_OBJECT

public:
    AreasPage(const PlanSessionContext& context, QWidget* parent = nullptr);

    QTextBrowser* view() const { return m_view; }
    void load(const ActionPlan& plan) override;

private:
    QTextBrowser* m_view;
};
