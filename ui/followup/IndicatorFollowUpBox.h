#pragma once

#include "core/followup/Measurement.h"
#include "core/plan/ActionPlan.h"

#include <QGroupBox>

class Database;
class IndicatorChartWidget;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

/**
 * The plan's indicators followed over time on the Follow-up tab: one indicator at a
 * time with its chart (painted by core), its measurements, the status of the newest
 * one computed against where the indicator should be by then, and the bands that
 * status is computed with.
 */
class IndicatorFollowUpBox : public QGroupBox
{
    Q_OBJECT

public:
    IndicatorFollowUpBox(Database& db, qint64 collaborationId, QWidget* parent = nullptr);

    /** Reads the plan, the signed agreement's period and the measurements again. */
    void refresh();
    void setReadOnly(bool readOnly);
    /** Asks for a measurement of the indicator shown (MeasurementDialog) and saves it; false when cancelled. */
    bool addMeasurement();
    bool removeMeasurement();

    QComboBox* indicatorCombo() const { return m_indicator; }
    QTableWidget* measurementTable() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* bandsLabel() const { return m_bands; }
    IndicatorChartWidget* chart() const { return m_chart; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    int indicatorCount() const { return static_cast<int>(m_indicators.size()); }
    /** Shows the indicator named `name`. */
    void selectIndicator(const QString& name);

Q_SIGNALS:
    void measurementsChanged();

private:
    void showIndicator(int index);
    const Indicator* current() const;

    Database& m_db;
    qint64 m_collaborationId;
    QList<std::pair<QString, Indicator>> m_indicators; ///< intervention title, indicator
    QList<Measurement> m_measurements; ///< of the indicator shown
    QDate m_baselineDate;
    bool m_readOnly = false;
    QComboBox* m_indicator;
    QLabel* m_status;
    QLabel* m_bands;
    IndicatorChartWidget* m_chart;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};
