#pragma once

#include "core/plan/ActionPlan.h"

#include "ui/wizard/WizardFrame.h"

class Database;
class PlanPage;
class PlanSession;
class QPushButton;

/**
 * Leads the organizer through its action plan: the analysis's areas, the interventions
 * per area, goals and indicators, responsibility and timeline, funding and budget, and
 * a review. Every field is saved as it is typed; the wizard has its own undo (Ctrl+Z,
 * Ctrl+Y or Ctrl+Shift+Z) and reopens on the page it was left on.
 */
class PlanWizard : public WizardFrame
{
    Q_OBJECT

public:
    /** Opens the plan of collaboration `collaborationId`; check isValid() and errorString(). */
    PlanWizard(Database& db, qint64 collaborationId, QWidget* parent = nullptr);
    ~PlanWizard() override;

    bool isValid() const;
    QString errorString() const;
    PlanSession* session() const { return m_session; }

    PlanPage* page(int index) const;
    PlanPage* pageById(const QString& id) const;
    /** The page of type T, or null. */
    template<typename T> T* page() const
    {
        for (auto* p : m_pages) {
            if (auto* t = qobject_cast<T*>(p))
                return t;
        }
        return nullptr;
    }
    PlanPage* currentPage() const;
    /** Goes to the page and the intervention or area a review warning is about. */
    void showWarning(const PlanWarning& warning);

    QPushButton* timelineButton() const { return m_timeline; }

public Q_SLOTS:
    /** The timeline of every intervention over the collaboration's period, to look at and print. */
    void showTimeline();

protected:
    void commit(const QString& text, const QString& mergeKey) override;
    void pageShown(int index, int previous) override;

private:
    PlanSession* m_session;
    QList<PlanPage*> m_pages;
    QPushButton* m_timeline;
    qint64 m_intervention = 0; ///< the intervention the pages show, kept from page to page
};
