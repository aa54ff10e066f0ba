#pragma once

#include "core/domain/Collaboration.h"
#include "core/domain/Programme.h"

#include <QDialog>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

/** Starts a new collaboration: organizer, programme, diary number, period and units in scope. */
class CollaborationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CollaborationDialog(Database& db, QWidget* parent = nullptr);

    Collaboration collaboration() const { return m_collaboration; }

    QComboBox* organizerCombo() const { return m_organizer; }
    QLineEdit* diaryNumberEdit() const { return m_diaryNumber; }
    QDateEdit* startEdit() const { return m_start; }
    QListWidget* unitsList() const { return m_units; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void fillUnits();
    void updatePlannedEnd();

    Database& m_db;
    QList<Programme> m_programmes;
    Collaboration m_collaboration;
    QComboBox* m_organizer;
    QComboBox* m_programme;
    QLineEdit* m_diaryNumber;
    QDateEdit* m_start;
    QDateEdit* m_plannedEnd;
    QListWidget* m_units;
    QLabel* m_error;
};
