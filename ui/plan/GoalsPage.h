#pragma once

#include "InterventionFormPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

/** Mål och indikatorer: measurable goals, the expected effects, and the indicators with baseline and target. */
class GoalsPage : public InterventionFormPage
{
    Q_OBJECT

public:
    GoalsPage(const PlanSessionContext& context, QWidget* parent = nullptr);

    QPlainTextEdit* goalsEdit() const { return m_goals; }
    QPlainTextEdit* effectsEdit() const { return m_effects; }
    QTableWidget* indicatorTable() const { return m_table; }
    QPushButton* addIndicatorButton() const { return m_addIndicator; }
    QPushButton* removeIndicatorButton() const { return m_removeIndicator; }
    QLineEdit* indicatorNameEdit() const { return m_name; }
    QComboBox* statisticCombo() const { return m_statistic; }
    QLineEdit* unitEdit() const { return m_unit; }
    QLineEdit* baselineEdit() const { return m_baseline; }
    QLineEdit* targetEdit() const { return m_target; }
    QSpinBox* targetYearSpin() const { return m_targetYear; }
    QLabel* indicatorMessage() const { return m_message; }

    void addIndicator();
    void removeIndicator();

protected:
    void showIntervention(const Intervention* i) override;
    void prune(Intervention& i) const override;

private:
    Indicator* currentIndicator();
    int currentIndicatorRow() const;
    void refreshTable(int select);
    void refreshRow(int row);
    void showIndicator(int row);
    void indicatorTyped(const QString& field);
    QString statisticLabel(const QString& id) const;

    QPlainTextEdit* m_goals;
    QPlainTextEdit* m_effects;
    QTableWidget* m_table;
    QPushButton* m_addIndicator;
    QPushButton* m_removeIndicator;
    QWidget* m_indicatorForm;
    QLineEdit* m_name;
    QComboBox* m_statistic;
    QLineEdit* m_unit;
    QLineEdit* m_baseline;
    QLineEdit* m_target;
    QSpinBox* m_targetYear;
    QLabel* m_message;
};
