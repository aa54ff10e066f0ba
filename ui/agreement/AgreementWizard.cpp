#include "AgreementWizard.h"

#include "AgreementPages.h"
#include "AgreementPrinting.h"
#include "SigningDialog.h"
#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "core/storage/ReadOnly.h"
#include "ui/session/AgreementSession.h"
#include "ui/widgets/MessageBox.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPageSize>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

AgreementWizard::AgreementWizard(Database& db, qint64 agreementId, QWidget* parent)
    : WizardFrame(parent)
    , m_session(new AgreementSession(db, agreementId, this))
{
    setObjectName(QStringLiteral("agreementWizard"));
    stepList()->setAccessibleName(tr("Pages of the agreement"));
    if (!m_session->isValid()) {
        showMessage(m_session->errorString(), true);
        return;
    }
    setWindowTitle(tr("%1 – %2").arg(agreement().kindLabel(), agreement().organizer.name));
    setUndoStack(m_session->undoStack());
    connect(m_session, &AgreementSession::saved, this, [this] {
        markSaved();
        Q_EMIT agreementChanged();
    });
    connect(m_session, &AgreementSession::saveFailed, this, &AgreementWizard::showSaveFailed);
    // Undo, redo, a reload after signing: the page shows the agreement as stored.
    connect(m_session, &AgreementSession::reloaded, this, [this] {
        if (AgreementPage* p = page(currentIndex())) {
            p->setReadOnly(agreement().isFrozen() || m_session->collaborationClosed());
            p->load(agreement());
        }
        refreshStatus();
        Q_EMIT agreementChanged();
    });
    connect(m_session, &AgreementSession::statusChanged, this, [this] {
        refreshStatus();
        Q_EMIT agreementChanged();
    });

    m_pages = { new KindPage(this),
                new PartiesPage(this),
                new SectionsPage(SectionsPage::Part::Content, this),
                new SectionsPage(SectionsPage::Part::Commitments, this),
                new ReportingPage(this),
                new SignatoriesPage(this) };
    for (AgreementPage* page : std::as_const(m_pages)) {
        addPage(page->title(), page->title(), page);
        watch(page);
    }
    addPage(QStringLiteral("preview"), tr("Print preview"), buildPreviewPage());
    refreshStatus();
    openOn(QString());
}

AgreementWizard::~AgreementWizard()
{
    detach();
    m_session->disconnect(this);
}

bool AgreementWizard::isValid() const
{
    return m_session->isValid();
}

QString AgreementWizard::errorString() const
{
    return m_session->errorString();
}

const Agreement& AgreementWizard::agreement() const
{
    return m_session->agreement();
}

QWidget* AgreementWizard::buildPreviewPage()
{
    auto* page = new QWidget(this);
    m_status = new QLabel(page);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check = new QLabel(page);
    m_check->setWordWrap(true);
    auto* preview = new QPushButton(tr("Print &preview and print…"), page);
    m_pdf = new QPushButton(tr("Save as P&DF…"), page);
    m_send = new QPushButton(tr("Mark as sent for &signing"), page);
    m_sign = new QPushButton(tr("&Record signing…"), page);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : { preview, m_pdf, m_send, m_sign })
        row->addWidget(b);
    row->addStretch();
    // The pages as they will print, right on the page: QPrintPreviewWidget paints through the same document.
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_preview = new QPrintPreviewWidget(m_printer.get(), page);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        QString error;
        if (!AgreementDocument::paint(agreement(), printer, &error))
            showMessage(tr("The agreement could not be laid out for printing: %1").arg(error), true);
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_check);
    layout->addWidget(m_preview, 1);
    connect(preview, &QPushButton::clicked, this, &AgreementWizard::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &AgreementWizard::saveAsPdf);
    connect(m_send, &QPushButton::clicked, this, &AgreementWizard::markSent);
    connect(m_sign, &QPushButton::clicked, this, &AgreementWizard::recordSigning);
    return page;
}

AgreementPage* AgreementWizard::page(int index) const
{
    return m_pages.value(index);
}

void AgreementWizard::pageShown(int index, int)
{
    if (AgreementPage* p = page(index)) {
        p->setReadOnly(agreement().isFrozen() || m_session->collaborationClosed());
        p->load(agreement());
    }
    if (index == pageCount() - 1)
        m_preview->updatePreview();
    refreshStatus();
}

void AgreementWizard::commit(const QString& text, const QString& mergeKey)
{
    AgreementPage* current = page(currentIndex());
    if (!current || agreement().isFrozen() || m_session->collaborationClosed())
        return;
    Agreement next = agreement();
    current->writeTo(next);
    // A failed save says why; what was typed stays in the fields and the next edit tries again.
    if (m_session->change(next, text, mergeKey))
        current->adoptIds(agreement());
}

void AgreementWizard::reload()
{
    QString error;
    if (!m_session->reload(&error))
        showMessage(error, true);
}

void AgreementWizard::refreshStatus()
{
    const Agreement& a = agreement();
    setHeadline(windowTitle(), tr("<b>%1</b> · %2").arg(a.title.toHtmlEscaped(), Agreement::Statuses.label(a.status)));
    setReadOnlyBanner(a.isFrozen() ? tr("This agreement is signed and cannot change. To change it, make an amendment; "
                                        "this one is kept as it is.")
                          : m_session->collaborationClosed() ? ReadOnly::message()
                                                             : QString());

    if (!m_status)
        return;
    QStringList status;
    status << tr("Status: %1").arg(Agreement::Statuses.label(a.status));
    if (a.agencySignedOn.isValid() || a.organizerSignedOn.isValid())
        status << tr("Signed by %1 on %2 and by %3 on %4.")
                      .arg(a.agency.shortName, a.agencySignedOn.toString(Qt::ISODate), a.organizer.name,
                           a.organizerSignedOn.toString(Qt::ISODate));
    if (!a.pdfSha256.isEmpty())
        status << tr("Fingerprint of the signed PDF (SHA-256): %1").arg(a.pdfSha256);
    m_status->setText(status.join(QLatin1Char('\n')));

    const FieldErrors missing = a.validateForSigning();
    if (a.isFrozen())
        m_check->setText(QString());
    else if (missing.isEmpty())
        m_check->setText(tr("Everything a signed agreement needs is filled in."));
    else
        m_check->setText(tr("Before it is sent for signing:\n%1").arg(joinErrors(missing)));
    m_send->setEnabled(a.status == AgreementStatus::Draft && !m_session->collaborationClosed());
    m_sign->setEnabled(!a.isFrozen() && !m_session->collaborationClosed());
}

void AgreementWizard::printPreview()
{
    flush();
    AgreementPrinting::preview(agreement(), this);
}

void AgreementWizard::saveAsPdf()
{
    flush();
    if (agreement().isFrozen()) {
        // Signed: the archive's copy is the PDF that was signed, byte for byte, not a reprint.
        const QString path = AgreementPrinting::askPdfFileName(agreement(), this);
        if (path.isEmpty())
            return;
        QString error;
        if (!AgreementStore(m_session->database()).exportSignedPdf(agreement().id, path, &error)) {
            MessageBox::error(this, tr("Save as PDF"), error);
            return;
        }
        showMessage(tr("Saved the signed PDF as %1; its SHA-256 is %2.").arg(path, agreement().pdfSha256), false);
        return;
    }
    const QString path = AgreementPrinting::saveAsPdf(agreement(), this);
    if (path.isEmpty())
        return;
    showMessage(tr("Saved as %1.").arg(path), false);
}

void AgreementWizard::markSent()
{
    flush();
    QString error;
    if (!m_session->markSent(QDateTime::currentDateTime(), &error)) {
        MessageBox::error(this, tr("Send for signing"), error);
        return;
    }
    reload();
    showMessage(tr("Marked as sent for signing."), false);
}

void AgreementWizard::recordSigning()
{
    flush();
    const FieldErrors missing = agreement().validateForSigning();
    if (!missing.isEmpty()) {
        MessageBox::error(this, tr("Record signing"),
                          tr("The agreement is not complete:\n%1").arg(joinErrors(missing)));
        return;
    }
    SigningDialog dialog(agreement().agency.shortName, agreement().organizer.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const QByteArray pdf = AgreementDocument::pdfBytes(agreement(), &error);
    if (pdf.isEmpty()
        || !m_session->markSigned(dialog.agencySignedOn(), dialog.organizerSignedOn(), pdf, &error, dialog.scan(),
                                  dialog.scanFileName())) {
        MessageBox::error(this, tr("Record signing"), tr("The signing could not be recorded: %1").arg(error));
        return;
    }
    showMessage(tr("Signed. The agreement is now frozen; its fingerprint is %1.").arg(agreement().pdfSha256), false);
}
