#pragma once

#include "core/storage/PlanStore.h"

#include <QUndoCommand>

/** Links of the action plan to problems and causes: (intervention id, problem or cause id). */
struct PlanLinks
{
    QList<std::pair<qint64, qint64>> problems;
    QList<std::pair<qint64, qint64>> causes;
    bool isEmpty() const { return problems.isEmpty() && causes.isEmpty(); }
};

/**
 * The plan's side of removing a problem or cause the user agreed to remove: its links
 * were taken out before the analysis was saved (so the first redo is skipped); undo
 * puts them back once the analysis has its problem or cause again.
 */
class PlanUnlinkCommand : public QUndoCommand
{
public:
    PlanUnlinkCommand(const Database& db, PlanLinks links)
        : m_db(db)
        , m_links(std::move(links))
    {
    }

    void undo() override
    {
        PlanStore store(m_db);
        for (const auto& [intervention, problem] : m_links.problems)
            store.linkProblem(intervention, problem, nullptr);
        for (const auto& [intervention, cause] : m_links.causes)
            store.linkCause(intervention, cause, nullptr);
    }

    void redo() override
    {
        if (m_alreadyApplied) {
            m_alreadyApplied = false;
            return;
        }
        PlanStore store(m_db);
        for (const auto& link : m_links.problems)
            store.unlinkProblem(link.second, nullptr);
        for (const auto& link : m_links.causes)
            store.unlinkCause(link.second, nullptr);
    }

private:
    const Database& m_db;
    PlanLinks m_links;
    bool m_alreadyApplied = true;
};
