#include "PlanWizard.h"

#include "AreasPage.h"
#include "FundingPage.h"
#include "GoalsPage.h"
#include "InterventionsPage.h"
#include "PlanBaselines.h"
#include "PlanTimelineDialog.h"
#include "ResponsibilityPage.h"
#include "ReviewPage.h"
#include "core/storage/ReadOnly.h"
#include "ui/session/PlanSession.h"

#include <QListWidget>
#include <QPushButton>

PlanWizard::PlanWizard(Database& db, qint64 collaborationId, QWidget* parent)
    : WizardFrame(parent)
    , m_session(new PlanSession(db, collaborationId, this))
    , m_timeline(new QPushButton(tr("&Timeline…")))
{
    setObjectName(QStringLiteral("planWizard"));
    setWindowTitle(tr("Action plan"));
    stepList()->setAccessibleName(tr("Pages of the action plan"));
    stepList()->setFixedWidth(200); // the intervention tree beside the form needs the room
    m_timeline->setObjectName(QStringLiteral("timelineButton"));
    addActionButton(m_timeline);
    connect(m_timeline, &QPushButton::clicked, this, &PlanWizard::showTimeline);

    setUndoStack(m_session->undoStack());
    connect(m_session, &PlanSession::reloaded, this, [this] {
        if (PlanPage* p = currentPage())
            p->load(m_session->plan());
    });
    connect(m_session, &PlanSession::saved, this, &PlanWizard::markSaved);
    connect(m_session, &PlanSession::saveFailed, this, &PlanWizard::showSaveFailed);
    if (!m_session->isValid()) {
        showMessage(m_session->errorString(), true);
        return;
    }
    const PlanSessionContext& context = m_session->context();
    setHeadline(tr("Action plan – %1").arg(context.organizerName),
                tr("From the analysis, version %1  ·  the collaboration runs %2 – %3  ·  saved as you type")
                    .arg(context.analysis.version)
                    .arg(context.periodStart.toString(Qt::ISODate), context.periodEnd.toString(Qt::ISODate)));
    auto* review = new ReviewPage(context);
    auto* goals = new GoalsPage(context);
    goals->setBaselineLookup(PlanBaselines::lookup(db, collaborationId));
    m_pages = { new AreasPage(context),          new InterventionsPage(context), goals,
                new ResponsibilityPage(context), new FundingPage(context),       review };
    for (PlanPage* page : std::as_const(m_pages)) {
        addPage(page->pageId(), page->title(), page);
        watch(page);
    }
    connect(review, &ReviewPage::warningActivated, this, &PlanWizard::showWarning);
    setReadOnlyBanner(m_session->collaborationClosed() ? ReadOnly::message() : QString());
    openOn(m_session->plan().currentPage);
}

PlanWizard::~PlanWizard()
{
    detach();
    m_session->disconnect(this);
    // The pages hold a reference to the session's context: they go first, while it is still there.
    for (auto* page : std::as_const(m_pages)) {
        page->blockSignals(true);
        delete page;
    }
    m_pages.clear();
}

bool PlanWizard::isValid() const
{
    return m_session->isValid();
}

QString PlanWizard::errorString() const
{
    return m_session->errorString();
}

PlanPage* PlanWizard::page(int index) const
{
    return m_pages.value(index);
}

PlanPage* PlanWizard::pageById(const QString& id) const
{
    return page(indexOf(id));
}

PlanPage* PlanWizard::currentPage() const
{
    return page(currentIndex());
}

void PlanWizard::pageShown(int index, int previous)
{
    if (PlanPage* old = page(previous); old && old->currentInterventionId() != 0)
        m_intervention = old->currentInterventionId();
    // Other pages may have changed what this one shows: show the plan as stored.
    m_pages[index]->load(m_session->plan());
    m_pages[index]->setReadOnly(m_session->collaborationClosed());
    if (m_intervention != 0)
        m_pages[index]->selectIntervention(m_intervention);
    m_session->setCurrentPage(m_pages[index]->pageId());
}

void PlanWizard::showWarning(const PlanWarning& warning)
{
    QString pageId;
    switch (warning.kind) {
    case PlanWarningKind::AreaWithoutIntervention:
        pageId = QStringLiteral("interventions");
        break;
    case PlanWarningKind::NoGoal:
    case PlanWarningKind::NoIndicator:
        pageId = QStringLiteral("goals");
        break;
    case PlanWarningKind::OutsidePeriod:
        pageId = QStringLiteral("responsibility");
        break;
    case PlanWarningKind::NoBudget:
        pageId = QStringLiteral("funding");
        break;
    }
    PlanPage* target = pageById(pageId);
    if (!target)
        return;
    if (warning.interventionId != 0)
        m_intervention = warning.interventionId;
    setCurrentIndex(static_cast<int>(m_pages.indexOf(target)));
    if (warning.interventionId != 0)
        target->selectIntervention(warning.interventionId);
    else
        target->selectArea(warning.areaId);
}

void PlanWizard::commit(const QString& text, const QString& mergeKey)
{
    PlanPage* page = currentPage();
    if (!page || !m_session->isValid() || m_session->collaborationClosed())
        return;
    ActionPlan after = m_session->plan();
    page->writeTo(after);
    if (after == m_session->plan())
        return;
    if (m_session->change(after, text, mergeKey))
        page->adoptIds(m_session->plan());
}

void PlanWizard::showTimeline()
{
    flush();
    PlanTimelineDialog dialog(m_session->database(), m_session->plan(), m_session->context(), this);
    dialog.exec();
}
