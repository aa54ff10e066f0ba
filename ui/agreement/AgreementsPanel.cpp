#include "AgreementsPanel.h"

#include "AgencyDetailsDialog.h"
#include "AgreementWizard.h"
#include "core/cases/Cases.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "core/storage/ProgrammeStore.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

AgreementsPanel::AgreementsPanel(CollaborationDocument* document, Database& db, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_db(db)
    , m_list(new QTreeWidget(this))
    , m_newOk1(new QPushButton(tr("New ÖK &1…"), this))
    , m_newOk2(new QPushButton(tr("New ÖK &2…"), this))
    , m_amend(new QPushButton(tr("&Amend…"), this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_remove(new QPushButton(tr("&Remove draft"), this))
    , m_agency(new QPushButton(tr("Skolverket's &details…"), this))
    , m_message(new QLabel(this))
{
    m_list->setColumnCount(6);
    m_list->setHeaderLabels(
        { tr("Kind"), tr("Title"), tr("Status"), tr("Period"), tr("Signed"), tr("Fingerprint (SHA-256)") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    // Room above capitals, so the dots of "ÖK" and "Överenskommelse" are never cut off.
    m_list->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_newOk1->setToolTip(tr("The cooperation and process support, made from the case"));
    m_newOk2->setToolTip(tr("The interventions of the action plan, copied into the agreement"));
    m_amend->setToolTip(tr("A signed agreement cannot change: an amendment changes it, and replaces it once signed"));
    m_message->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_newOk1, m_newOk2, m_amend, m_open, m_remove })
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_agency);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);

    connect(m_newOk1, &QPushButton::clicked, this, [this] { createDraft(AgreementKind::Cooperation); });
    connect(m_newOk2, &QPushButton::clicked, this, [this] { createDraft(AgreementKind::Interventions); });
    connect(m_amend, &QPushButton::clicked, this, &AgreementsPanel::amendSelected);
    connect(m_open, &QPushButton::clicked, this, [this] { openAgreement(selectedId()); });
    connect(m_remove, &QPushButton::clicked, this, &AgreementsPanel::removeSelected);
    connect(m_agency, &QPushButton::clicked, this, &AgreementsPanel::editAgencyDetails);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openAgreement(selectedId()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AgreementsPanel::updateButtons);
    refresh();
}

void AgreementsPanel::refresh()
{
    const qint64 keep = selectedId();
    QString error;
    const auto agreements = AgreementStore(m_db).list(m_document->collaboration().id, &error);
    m_list->clear();
    for (const auto& a : agreements) {
        Agreement kindOnly;
        kindOnly.kind = a.kind;
        auto* item = new QTreeWidgetItem(m_list,
                                         { kindOnly.kindLabel(), a.title, Agreement::Statuses.label(a.status),
                                           a.periodStart.isValid() ? tr("%1 – %2").arg(
                                               a.periodStart.toString(Qt::ISODate), a.periodEnd.toString(Qt::ISODate))
                                                                   : QString(),
                                           a.signedOn.toString(Qt::ISODate), a.pdfSha256.left(16) });
        item->setData(0, Qt::UserRole, a.id);
        item->setData(0, Qt::UserRole + 1, int(a.status));
        item->setToolTip(5, a.pdfSha256);
    }
    for (int c : { 0, 2, 3, 4, 5 })
        m_list->resizeColumnToContents(c);
    if (!error.isEmpty())
        showMessage(error, true);
    selectAgreement(keep);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) // the newest, ready for Enter
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    updateButtons();
}

qint64 AgreementsPanel::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void AgreementsPanel::selectAgreement(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void AgreementsPanel::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const auto status = item ? AgreementStatus(item->data(0, Qt::UserRole + 1).toInt()) : AgreementStatus::Draft;
    m_open->setEnabled(item);
    m_amend->setEnabled(item && status == AgreementStatus::Signed);
    m_remove->setEnabled(item && status == AgreementStatus::Draft);
}

void AgreementsPanel::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

qint64 AgreementsPanel::createDraft(AgreementKind kind)
{
    QString error;
    std::optional<Agreement> draft = Cases::draftAgreement(m_db, m_document->collaboration().id, kind, &error);
    if (!draft || !AgreementStore(m_db).save(*draft, &error)) {
        MessageBox::error(this, tr("New agreement"), error.isEmpty() ? tr("The agreement could not be made.") : error);
        return 0;
    }
    refresh();
    selectAgreement(draft->id);
    openAgreement(draft->id);
    return draft->id;
}

qint64 AgreementsPanel::amendSelected()
{
    QString error;
    const auto amendment = AgreementStore(m_db).newAmendment(selectedId(), &error);
    if (!amendment) {
        MessageBox::error(this, tr("Amend"), error);
        return 0;
    }
    refresh();
    selectAgreement(amendment->id);
    openAgreement(amendment->id);
    return amendment->id;
}

void AgreementsPanel::openAgreement(qint64 id)
{
    if (id == 0)
        return;
    AgreementWizard wizard(m_db, id, this);
    if (!wizard.isValid()) {
        MessageBox::error(this, tr("Open agreement"), wizard.errorString());
        return;
    }
    connect(&wizard, &AgreementWizard::agreementChanged, this, &AgreementsPanel::refresh);
    wizard.exec();
    refresh();
}

void AgreementsPanel::removeSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    if (MessageBox::question(this, tr("Remove draft"),
                             tr("Remove the draft “%1”? This cannot be undone.").arg(item->text(1)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    QString error;
    if (!AgreementStore(m_db).remove(selectedId(), &error))
        MessageBox::error(this, tr("Remove draft"), error);
    refresh();
}

void AgreementsPanel::editAgencyDetails()
{
    QString error;
    const auto party = ProgrammeStore(m_db).party(m_document->collaboration().programmeId, &error);
    if (!party) {
        MessageBox::error(this, tr("Skolverket's details"), error);
        return;
    }
    AgencyDetailsDialog dialog(*party, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!ProgrammeStore(m_db).saveParty(dialog.party(), &error))
        MessageBox::error(this, tr("Skolverket's details"), error);
    else
        showMessage(tr("Skolverket's details are saved. New agreements use them; existing ones keep what they say."),
                    false);
}
