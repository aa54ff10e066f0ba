#pragma once

#include "core/agreement/Agreement.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class ValidatedLineEdit;

/** Skolverket's details as the programme keeps them for new agreements: a setting, not code. */
class AgencyDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AgencyDetailsDialog(const ProgrammeParty& party, QWidget* parent = nullptr);

    ProgrammeParty party() const;
    ValidatedLineEdit* organisationNumberEdit() const { return m_organisationNumber; }
    void accept() override;

private:
    ProgrammeParty m_party;
    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QLineEdit* m_street;
    ValidatedLineEdit* m_postalCode;
    QLineEdit* m_locality;
    QLineEdit* m_telephone;
    ValidatedLineEdit* m_organisationNumber;
    QLabel* m_message;
};
