#pragma once

#include "InterventionFormPage.h"

#include <QMap>

class QComboBox;
class QGridLayout;
class QLabel;
class ValidatedLineEdit;

/** Finansiering och budget: how Skolverket funds the intervention and its budget per calendar year, in whole kronor. */
class FundingPage : public InterventionFormPage
{
    Q_OBJECT

public:
    FundingPage(const PlanSessionContext& context, QWidget* parent = nullptr);

    QComboBox* fundingModeCombo() const { return m_mode; }
    QComboBox* fundingFormCombo() const { return m_form; }
    /** The amount field of `year`, or null when the page shows no such year. */
    ValidatedLineEdit* amountEdit(int year) const { return m_amounts.value(year); }
    QList<int> years() const { return m_amounts.keys(); }
    QLabel* totalLabel() const { return m_total; }

protected:
    void showIntervention(const Intervention* i) override;

private:
    void rebuildYears(const QList<int>& years);
    void amountTyped(int year);
    void refreshTotal();

    QComboBox* m_mode;
    QComboBox* m_form;
    QWidget* m_budget;
    QGridLayout* m_grid;
    QMap<int, ValidatedLineEdit*> m_amounts;
    QLabel* m_total;
};
