#pragma once

#include "GoalsPage.h"

#include <QCoreApplication>

class Database;

/** Where the goals page's baselines come from: the newest imported value of the linked statistic. */
class PlanBaselines
{
    Q_DECLARE_TR_FUNCTIONS(PlanBaselines)

public:
    /**
     * For an intervention at unit level, its first unit's newest value with a number; at organizer
     * level the organizer's kommun's. A marker ("..", "~100") is no baseline and is passed over.
     */
    static GoalsPage::BaselineLookup lookup(Database& db, qint64 collaborationId);
};
