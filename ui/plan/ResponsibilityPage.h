#pragma once

#include "InterventionFormPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class ValidatedLineEdit;

/** Ansvar och tidsplan: who answers for it at the organizer, who delivers it, when it runs and how far it has come. */
class ResponsibilityPage : public InterventionFormPage
{
    Q_OBJECT

public:
    ResponsibilityPage(const PlanSessionContext& context, QWidget* parent = nullptr);

    QLineEdit* responsibleEdit() const { return m_responsible; }
    QComboBox* providerCombo() const { return m_provider; }
    QLineEdit* providerNameEdit() const { return m_providerName; }
    ValidatedLineEdit* startEdit() const { return m_start; }
    ValidatedLineEdit* endEdit() const { return m_end; }
    QComboBox* statusCombo() const { return m_status; }
    QPlainTextEdit* groundsEdit() const { return m_grounds; }

protected:
    void showIntervention(const Intervention* i) override;

private:
    void datesTyped();

    QLineEdit* m_responsible;
    QComboBox* m_provider;
    QLineEdit* m_providerName;
    ValidatedLineEdit* m_start;
    ValidatedLineEdit* m_end;
    QLabel* m_period;
    QComboBox* m_status;
    QPlainTextEdit* m_grounds;
};
