#pragma once

#include "core/followup/Measurement.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

/** A measured value of one indicator: value, date or school year, source and comment. */
class MeasurementDialog : public QDialog
{
    Q_OBJECT

public:
    MeasurementDialog(qint64 indicatorId, const QString& indicatorName, const QString& unit,
                      const QString& statisticKey, QWidget* parent = nullptr);

    /** What is on screen; validated by Measurement::validate on accept. */
    Measurement measurement() const;

    QLineEdit* valueEdit() const { return m_value; }
    QRadioButton* dateChoice() const { return m_byDate; }
    QRadioButton* schoolYearChoice() const { return m_bySchoolYear; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* schoolYearEdit() const { return m_schoolYear; }
    QComboBox* sourceCombo() const { return m_source; }
    QLineEdit* sourceEdit() const { return m_sourceText; }
    QLineEdit* commentEdit() const { return m_comment; }
    QLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    qint64 m_indicatorId;
    QString m_statisticKey;
    QLineEdit* m_value;
    QRadioButton* m_byDate;
    QRadioButton* m_bySchoolYear;
    QDateEdit* m_date;
    QLineEdit* m_schoolYear;
    QComboBox* m_source;
    QLineEdit* m_sourceText;
    QLineEdit* m_comment;
    QLabel* m_error;
};
