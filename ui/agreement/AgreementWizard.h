#pragma once

#include "core/agreement/Agreement.h"

#include <QDialog>

#include <memory>

class AgreementPage;
class Database;
class QLabel;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QStackedWidget;
class QTimer;

/**
 * Makes an agreement ready to sign: kind → parties → content → commitments →
 * reporting and period → signatories → print preview. Every field is saved as it
 * is typed; a signed agreement opens read-only and can only be amended.
 */
class AgreementWizard : public QDialog
{
    Q_OBJECT

public:
    AgreementWizard(Database& db, qint64 agreementId, QWidget* parent = nullptr);
    ~AgreementWizard() override;

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    const Agreement& agreement() const { return m_agreement; }

    int pageCount() const;
    AgreementPage* page(int index) const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    /** Saves what is typed but not yet saved, now. */
    void flush();

    QListWidget* stepList() const { return m_steps; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* checkLabel() const { return m_check; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* signButton() const { return m_sign; }
    QPushButton* pdfButton() const { return m_pdf; }

public Q_SLOTS:
    void printPreview();
    /** "Spara som PDF": through QPrinter; for a signed agreement it also says whether the fingerprint matches. */
    void saveAsPdf();
    /** Marks it sent for signing once the content is complete. */
    void markSent();
    /** Records the signing dates (and a scan) in a dialog; from then on it is read-only. */
    void recordSigning();
    void done(int result) override;

Q_SIGNALS:
    /** Saved, sent or signed: lists showing agreements should reload. */
    void agreementChanged();

private:
    QWidget* buildPreviewPage();
    void showPage(int index);
    void onEdited(bool typed);
    void save();
    void reload();
    void refreshStatus();
    void showMessage(const QString& text, bool error);

    Database& m_db;
    Agreement m_agreement;
    bool m_valid = false;
    QString m_error;
    QList<AgreementPage*> m_pages;
    QListWidget* m_steps;
    QStackedWidget* m_stack;
    QLabel* m_banner;
    QLabel* m_message;
    QLabel* m_status = nullptr;
    QLabel* m_check = nullptr;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_send = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_pdf = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    QTimer* m_saveTimer;
    bool m_pending = false;
};
