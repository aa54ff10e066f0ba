#pragma once

#include "core/domain/Organizer.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class RecordTable;
class ValidatedLineEdit;

/** Creates or edits a huvudman, with each field checked as it is typed. */
class OrganizerDialog : public QDialog
{
    Q_OBJECT

public:
    OrganizerDialog(Database& db, const Organizer& organizer, QWidget* parent = nullptr);

    /** The organizer as saved, after accept. */
    Organizer organizer() const { return m_organizer; }

    ValidatedLineEdit* nameEdit() const { return m_name; }
    ValidatedLineEdit* numberEdit() const { return m_number; }
    ValidatedLineEdit* municipalityEdit() const { return m_municipality; }
    QComboBox* typeCombo() const { return m_type; }
    RecordTable* contactsTable() const { return m_contacts; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    Organizer fromForm() const;

    Database& m_db;
    Organizer m_organizer;
    ValidatedLineEdit* m_name;
    ValidatedLineEdit* m_number;
    QComboBox* m_type;
    ValidatedLineEdit* m_municipality;
    QLineEdit* m_street;
    ValidatedLineEdit* m_postalCode;
    QLineEdit* m_locality;
    RecordTable* m_contacts;
    QLabel* m_error;
};
