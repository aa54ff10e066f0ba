#include "PlanTimelineDialog.h"

#include "PlanPrinting.h"
#include "PlanTimelineWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

PlanTimelineDialog::PlanTimelineDialog(Database& db, const ActionPlan& plan, const PlanSessionContext& context,
                                       QWidget* parent)
    : QDialog(parent)
    , m_timeline(new PlanTimelineWidget)
    , m_print(new QPushButton(tr("&Print…")))
{
    Q_UNUSED(db);
    setObjectName(QStringLiteral("planTimelineDialog"));
    setWindowTitle(tr("Timeline of the action plan"));
    m_timeline->setPlan(plan, context.analysis, context.periodStart, context.periodEnd);
    auto* intro
        = new QLabel(tr("Every intervention from its start to its end, by development area. The "
                        "collaboration's period %1 – %2 is shaded.")
                         .arg(context.periodStart.toString(Qt::ISODate), context.periodEnd.toString(Qt::ISODate)));
    intro->setWordWrap(true);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_print->setObjectName(QStringLiteral("printTimelineButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &PlanTimelineDialog::printPreview);
    resize(1240, 640);
}

void PlanTimelineDialog::printPreview()
{
    PlanPrinting::previewTimeline(*m_timeline, this);
}
