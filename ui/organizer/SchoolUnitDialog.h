#pragma once

#include "core/domain/SchoolUnit.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class ValidatedLineEdit;

/** Creates or edits a skolenhet. */
class SchoolUnitDialog : public QDialog
{
    Q_OBJECT

public:
    SchoolUnitDialog(Database& db, const SchoolUnit& unit, QWidget* parent = nullptr);

    SchoolUnit unit() const { return m_unit; }

    ValidatedLineEdit* nameEdit() const { return m_name; }
    ValidatedLineEdit* codeEdit() const { return m_code; }
    QComboBox* organizerCombo() const { return m_organizer; }
    QListWidget* formsList() const { return m_forms; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    SchoolUnit fromForm() const;

    Database& m_db;
    SchoolUnit m_unit;
    ValidatedLineEdit* m_name;
    ValidatedLineEdit* m_code;
    QComboBox* m_organizer;
    QListWidget* m_forms;
    QComboBox* m_status;
    QLineEdit* m_street;
    ValidatedLineEdit* m_postalCode;
    QLineEdit* m_locality;
    QLineEdit* m_principal;
    QSpinBox* m_pupils;
    QLabel* m_error;
};
