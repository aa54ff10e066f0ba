#pragma once

#include "PageEditor.h"
#include "StatisticsFetch.h"

#include <functional>

class QCheckBox;
class QChart;
class QChartView;
class QPushButton;
class QTableView;
class QLabel;
class ResultsModel;

/** Where the results page's statistics come from; the wizard sets it (the page knows no database). */
struct StatisticsFeed
{
    using Read = std::function<QList<SourcedValue>(QString* error)>;
    QString levelName; ///< the unit, or the organizer whose kommun's values the page fetches
    Read own; ///< what was imported for the unit (at organizer level: for the kommun)
    QString kommunName; ///< the kommun's line beside the unit's; empty at organizer level
    Read kommun;
    Read country;
};

/**
 * Results (or, for förskola, conditions): indicator values per school year and a trend chart.
 * *Hämta från statistiken* fills the table from what was imported, asking before a value typed by
 * hand is replaced; the chart can show the kommun's and the country's line beside the unit's.
 */
class ResultsEditor : public PageEditor
{
    Q_OBJECT

public:
    explicit ResultsEditor(const TemplatePage& page, QWidget* parent = nullptr);

    void load(const Analysis& analysis) override;
    void writeTo(Analysis& analysis) const override;
    void setReadOnly(bool readOnly) override;

    QTableView* table() const { return m_table; }
    ResultsModel* model() const { return m_model; }
    QPushButton* addYearButton() const { return m_addYear; }
    QPushButton* fetchButton() const { return m_fetch; }
    QCheckBox* compareCheck() const { return m_compare; }
    QLabel* fetchStatus() const { return m_status; }

    void setStatisticsFeed(StatisticsFeed feed);
    /** Fills the table from the imported statistics; asks before replacing a value that differs. */
    void fetchFromStatistics();
    QChartView* chartView() const { return m_chartView; }
    /** The indicator the chart shows. */
    int chartRow() const { return m_chartRow; }

private:
    void updateChart();
    void readSources();
    void layoutColumns();
    QString conflictList(const FetchPlan& plan) const;

    ResultsModel* m_model;
    QTableView* m_table;
    QPushButton* m_addYear;
    QPushButton* m_fetch;
    QCheckBox* m_compare;
    QLabel* m_status;
    QChartView* m_chartView;
    int m_chartRow = 0;
    bool m_readOnly = false;
    StatisticsFeed m_feed;
    QList<SourcedValue> m_kommun;
    QList<SourcedValue> m_country;
};
