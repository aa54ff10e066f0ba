#pragma once

#include "PageEditor.h"

class QChart;
class QChartView;
class QPushButton;
class QTableView;
class ResultsModel;

/** Results (or, for förskola, conditions): indicator values per school year and a trend chart. */
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
    QChartView* chartView() const { return m_chartView; }
    /** The indicator the chart shows. */
    int chartRow() const { return m_chartRow; }

private:
    void updateChart();

    ResultsModel* m_model;
    QTableView* m_table;
    QPushButton* m_addYear;
    QChartView* m_chartView;
    int m_chartRow = 0;
};
