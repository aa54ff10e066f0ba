#pragma once

#include "core/agreement/Agreement.h"

#include "ui/wizard/WizardFrame.h"

#include <memory>

class AgreementPage;
class AgreementSession;
class Database;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

/**
 * Makes an agreement ready to sign: kind → parties → content → commitments →
 * reporting and period → signatories → print preview. Every field is saved as it
 * is typed; a signed agreement opens read-only and can only be amended.
 */
class AgreementWizard : public WizardFrame
{
    Q_OBJECT

public:
    AgreementWizard(Database& db, qint64 agreementId, QWidget* parent = nullptr);
    ~AgreementWizard() override;

    bool isValid() const;
    QString errorString() const;
    const Agreement& agreement() const;
    AgreementSession* session() const { return m_session; }

    AgreementPage* page(int index) const;

    QLabel* checkLabel() const { return m_check; }
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

Q_SIGNALS:
    /** Saved, sent or signed: lists showing agreements should reload. */
    void agreementChanged();

protected:
    void commit(const QString& text, const QString& mergeKey) override;
    void pageShown(int index, int previous) override;

private:
    QWidget* buildPreviewPage();
    void reload();
    void refreshStatus();

    AgreementSession* m_session;
    QList<AgreementPage*> m_pages;
    QLabel* m_status = nullptr;
    QLabel* m_check = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_pdf = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
};
