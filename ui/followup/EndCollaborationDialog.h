#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

/**
 * Ends a collaboration (the phase-6 decision: date and reason, then avslutad and
 * read-only), or reopens an ended one: an explicit status change that also needs a
 * reason. The reason is at most 500 characters (DfE's status details).
 */
class EndCollaborationDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { End, Reopen };
    static constexpr int kMaxReason = 500;

    EndCollaborationDialog(Mode mode, const QString& organizerName, QWidget* parent = nullptr);

    QDate decisionDate() const;
    QString reason() const;

    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* okButton() const { return m_ok; }
    QLabel* hintLabel() const { return m_hint; }

public Q_SLOTS:
    void accept() override;

private:
    void refresh();

    Mode m_mode;
    QDateEdit* m_date;
    QPlainTextEdit* m_reason;
    QLabel* m_count;
    QLabel* m_hint;
    QPushButton* m_ok;
};
