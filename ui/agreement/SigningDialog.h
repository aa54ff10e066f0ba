#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;

/**
 * Records that both parties signed on paper: each party's signing date and,
 * optionally, a scan of the signed copy to keep in the database.
 */
class SigningDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SigningDialog(const QString& agencyName, const QString& organizerName, QWidget* parent = nullptr);

    QDate agencySignedOn() const;
    QDate organizerSignedOn() const;
    QByteArray scan() const { return m_scan; }
    QString scanFileName() const { return m_scanName; }

    QDateEdit* agencyDateEdit() const { return m_agency; }
    QDateEdit* organizerDateEdit() const { return m_organizer; }
    QPushButton* scanButton() const { return m_choose; }
    QLabel* messageLabel() const { return m_message; }

    void accept() override;

private:
    void chooseScan();

    QDateEdit* m_agency;
    QDateEdit* m_organizer;
    QPushButton* m_choose;
    QLabel* m_scanLabel;
    QLabel* m_message;
    QByteArray m_scan;
    QString m_scanName;
};
