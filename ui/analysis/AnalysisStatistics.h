#pragma once

#include "ResultsEditor.h"

#include <QCoreApplication>

class Database;
struct Statistic;

/**
 * The results page's statistics from the store: a unit's own values with the kommun's and the
 * country's beside them, or at organizer level the kommun's with the country's.
 */
class AnalysisStatistics
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisStatistics)

public:
    /** The feed for analysis `analysisId`'s level; `error` says why none could be made. */
    static StatisticsFeed feed(Database& db, qint64 collaborationId, qint64 unitId, QString* error);

    /** What the results table can hold of the stored statistics: school years only, everyone (no breakdown). */
    static QList<SourcedValue> toSourced(const QList<Statistic>& statistics);
    static SourcedValue toSourced(const Statistic& statistic);
};
