#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;

/** Asks when the collaboration entered a phase, with an optional note for the history. */
class PhaseChangeDialog : public QDialog
{
    Q_OBJECT

public:
    PhaseChangeDialog(int fromPhase, int toPhase, QWidget* parent = nullptr);

    QDate date() const;
    QString note() const;
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* noteEdit() const { return m_note; }

private:
    QDateEdit* m_date;
    QLineEdit* m_note;
};
