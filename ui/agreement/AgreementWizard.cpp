#include "AgreementWizard.h"

#include "AgreementPages.h"
#include "AgreementPrinting.h"
#include "SigningDialog.h"
#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "ui/widgets/MessageBox.h"

#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPageSize>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

AgreementWizard::AgreementWizard(Database& db, qint64 agreementId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_steps(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new QLabel(this))
    , m_message(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_saveTimer(new QTimer(this))
{
    const auto loaded = AgreementStore(db).load(agreementId, &m_error);
    if (!loaded)
        return;
    m_agreement = *loaded;
    m_valid = true;
    setWindowTitle(tr("%1 – %2").arg(m_agreement.kindLabel(), m_agreement.organizer.name));

    m_pages = { new KindPage(this),
                new PartiesPage(this),
                new SectionsPage(SectionsPage::Part::Content, this),
                new SectionsPage(SectionsPage::Part::Commitments, this),
                new ReportingPage(this),
                new SignatoriesPage(this) };
    for (AgreementPage* page : m_pages) {
        m_steps->addItem(page->title());
        m_stack->addWidget(page);
        connect(page, &AgreementPage::edited, this, &AgreementWizard::onEdited);
    }
    m_steps->addItem(tr("Print preview"));
    m_stack->addWidget(buildPreviewPage());
    for (int i = 0; i < m_steps->count(); ++i)
        m_steps->item(i)->setText(tr("%1. %2").arg(i + 1).arg(m_steps->item(i)->text()));
    m_steps->setFixedWidth(230);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &AgreementWizard::save);

    m_banner->setWordWrap(true);
    m_message->setWordWrap(true);
    auto* close = new QPushButton(tr("&Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(close);
    auto* body = new QHBoxLayout;
    body->addWidget(m_steps);
    body->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(m_steps, &QListWidget::currentRowChanged, this, &AgreementWizard::showPage);
    connect(m_back, &QPushButton::clicked, this, [this] { setCurrentIndex(currentIndex() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentIndex(currentIndex() + 1); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &AgreementWizard::flush);

    resize(1240, 700);
    refreshStatus();
    m_steps->setCurrentRow(0);
}

AgreementWizard::~AgreementWizard() = default;

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
        if (!AgreementDocument::paint(m_agreement, printer, &error))
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

int AgreementWizard::pageCount() const
{
    return m_stack->count();
}

AgreementPage* AgreementWizard::page(int index) const
{
    return m_pages.value(index);
}

int AgreementWizard::currentIndex() const
{
    return m_stack->currentIndex();
}

void AgreementWizard::setCurrentIndex(int index)
{
    if (index >= 0 && index < pageCount())
        m_steps->setCurrentRow(index);
}

void AgreementWizard::showPage(int index)
{
    if (index < 0)
        return;
    flush();
    if (AgreementPage* p = page(index))
        p->load(m_agreement, m_agreement.isFrozen());
    m_stack->setCurrentIndex(index);
    if (index == pageCount() - 1)
        m_preview->updatePreview();
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < pageCount());
    refreshStatus();
}

void AgreementWizard::onEdited(bool typed)
{
    if (m_agreement.isFrozen())
        return;
    m_pending = true;
    if (typed)
        m_saveTimer->start();
    else
        save();
}

void AgreementWizard::flush()
{
    m_saveTimer->stop();
    save();
}

void AgreementWizard::save()
{
    if (!m_pending)
        return;
    AgreementPage* current = page(currentIndex());
    if (!current)
        return;
    Agreement next = m_agreement;
    current->apply(next);
    QString error;
    if (!AgreementStore(m_db).save(next, &error)) {
        // What was typed stays in the fields; the next edit tries again.
        showMessage(error, true);
        return;
    }
    m_agreement = next;
    m_pending = false;
    showMessage(tr("Saved."), false);
    Q_EMIT agreementChanged();
}

void AgreementWizard::reload()
{
    QString error;
    if (const auto loaded = AgreementStore(m_db).load(m_agreement.id, &error))
        m_agreement = *loaded;
    else
        showMessage(error, true);
    if (AgreementPage* p = page(currentIndex()))
        p->load(m_agreement, m_agreement.isFrozen());
    refreshStatus();
    Q_EMIT agreementChanged();
}

void AgreementWizard::refreshStatus()
{
    const Agreement& a = m_agreement;
    QString banner = tr("<b>%1</b> · %2").arg(a.title.toHtmlEscaped(), Agreement::Statuses.label(a.status));
    if (a.isFrozen())
        banner += tr(" · Signed: it cannot change. Make an amendment to change it.");
    m_banner->setText(banner);

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
    m_send->setEnabled(a.status == AgreementStatus::Draft);
    m_sign->setEnabled(!a.isFrozen());
}

void AgreementWizard::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void AgreementWizard::printPreview()
{
    flush();
    AgreementPrinting::preview(m_agreement, this);
}

void AgreementWizard::saveAsPdf()
{
    flush();
    if (m_agreement.isFrozen()) {
        // Signed: the archive's copy is the PDF that was signed, byte for byte, not a reprint.
        const QString path = AgreementPrinting::askPdfFileName(m_agreement, this);
        if (path.isEmpty())
            return;
        QString error;
        if (!AgreementStore(m_db).exportSignedPdf(m_agreement.id, path, &error)) {
            MessageBox::error(this, tr("Save as PDF"), error);
            return;
        }
        showMessage(tr("Saved the signed PDF as %1; its SHA-256 is %2.").arg(path, m_agreement.pdfSha256), false);
        return;
    }
    const QString path = AgreementPrinting::saveAsPdf(m_agreement, this);
    if (path.isEmpty())
        return;
    showMessage(tr("Saved as %1.").arg(path), false);
}

void AgreementWizard::markSent()
{
    flush();
    QString error;
    Agreement next = m_agreement;
    if (!AgreementStore(m_db).markSent(next, QDateTime::currentDateTime(), &error)) {
        MessageBox::error(this, tr("Send for signing"), error);
        return;
    }
    m_agreement = next;
    reload();
    showMessage(tr("Marked as sent for signing."), false);
}

void AgreementWizard::recordSigning()
{
    flush();
    const FieldErrors missing = m_agreement.validateForSigning();
    if (!missing.isEmpty()) {
        MessageBox::error(this, tr("Record signing"),
                          tr("The agreement is not complete:\n%1").arg(joinErrors(missing)));
        return;
    }
    SigningDialog dialog(m_agreement.agency.shortName, m_agreement.organizer.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const QByteArray pdf = AgreementDocument::pdfBytes(m_agreement, &error);
    Agreement next = m_agreement;
    if (pdf.isEmpty()
        || !AgreementStore(m_db).markSigned(next, dialog.agencySignedOn(), dialog.organizerSignedOn(), pdf, &error,
                                            dialog.scan(), dialog.scanFileName())) {
        MessageBox::error(this, tr("Record signing"), tr("The signing could not be recorded: %1").arg(error));
        return;
    }
    reload();
    showMessage(tr("Signed. The agreement is now frozen; its fingerprint is %1.").arg(m_agreement.pdfSha256), false);
}

void AgreementWizard::done(int result)
{
    flush();
    QDialog::done(result);
}
