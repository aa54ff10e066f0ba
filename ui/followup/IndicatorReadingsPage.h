#pragma once

#include "ProgressReportPage.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

/**
 * The newest value of each indicator of the agreed interventions, filled in from the
 * measurements and typed over here when there is a newer one; the status computed
 * against where the indicator should be by then, with its bands stated, and an
 * override with a reason (both kept).
 */
class IndicatorReadingsPage : public ProgressReportPage
{
    Q_OBJECT

public:
    explicit IndicatorReadingsPage(const ProgressReportSession& session, QWidget* parent = nullptr);

    void load(const ProgressReport& report) override;
    void writeTo(ProgressReport& report) const override;
    void setReadOnly(bool readOnly) override;
    void refreshAfterSave(const ProgressReport& report) override;

    QTableWidget* table() const { return m_table; }
    QLineEdit* valueEdit() const { return m_value; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* commentEdit() const { return m_comment; }
    QComboBox* statusCombo() const { return m_status; }
    QLineEdit* overrideReasonEdit() const { return m_reason; }
    QLabel* bandsLabel() const { return m_bands; }
    QLabel* hintLabel() const { return m_hint; }

private:
    void refreshTable(const ProgressReport& report);
    void showReading(const ProgressReport& report, int row);
    QString valueText(const std::optional<double>& value, const QString& unit) const;

    QTableWidget* m_table;
    QWidget* m_form;
    QLabel* m_name;
    QLineEdit* m_value;
    QDateEdit* m_date;
    QLineEdit* m_comment;
    QComboBox* m_status;
    QLineEdit* m_reason;
    QLabel* m_computed;
    QLabel* m_bands;
    QLabel* m_hint;
    int m_row = -1;
};
