#pragma once

#include <QList>

#include <utility>

/** Links of the action plan to problems and causes: (intervention id, problem or cause id). */
struct PlanLinks
{
    QList<std::pair<qint64, qint64>> problems;
    QList<std::pair<qint64, qint64>> causes;
    bool isEmpty() const { return problems.isEmpty() && causes.isEmpty(); }
    bool operator==(const PlanLinks&) const = default;
};
