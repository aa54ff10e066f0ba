#include "AgencyDetailsDialog.h"

#include "ui/widgets/ValidatedLineEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

AgencyDetailsDialog::AgencyDetailsDialog(const ProgrammeParty& party, QWidget* parent)
    : QDialog(parent)
    , m_party(party)
    , m_name(new QLineEdit(party.name, this))
    , m_shortName(new QLineEdit(party.shortName, this))
    , m_street(new QLineEdit(party.address.street, this))
    , m_postalCode(new ValidatedLineEdit(&Validation::postalCode, this))
    , m_locality(new QLineEdit(party.address.locality, this))
    , m_telephone(new QLineEdit(party.telephone, this))
    , m_organisationNumber(new ValidatedLineEdit(&Validation::organisationNumber, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Skolverket's details"));
    m_postalCode->setText(party.address.postalCode);
    m_organisationNumber->setText(party.organisationNumber);
    auto* intro = new QLabel(tr("How Skolverket is named in new agreements of the programme. Agreements already made "
                                "keep the details they were made with."),
                             this);
    intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Called in the &text"), m_shortName);
    form->addRow(tr("&Street or box"), m_street);
    form->addRow(tr("&Postal code"), m_postalCode);
    form->addRow(tr("&Locality"), m_locality);
    form->addRow(tr("Tele&phone"), m_telephone);
    form->addRow(tr("&Organisation number"), m_organisationNumber);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgencyDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgencyDetailsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ProgrammeParty AgencyDetailsDialog::party() const
{
    ProgrammeParty p = m_party;
    p.name = m_name->text().trimmed();
    p.shortName = m_shortName->text().trimmed();
    p.address = { m_street->text().trimmed(), m_postalCode->value(), m_locality->text().trimmed() };
    p.telephone = m_telephone->text().trimmed();
    p.organisationNumber = m_organisationNumber->value();
    return p;
}

void AgencyDetailsDialog::accept()
{
    m_postalCode->reveal();
    m_organisationNumber->reveal();
    const FieldErrors errors = party().validate();
    if (!errors.isEmpty() || !m_postalCode->isValid() || !m_organisationNumber->isValid()) {
        m_message->setText(errors.isEmpty() ? tr("Correct the fields marked above.") : joinErrors(errors));
        m_message->show();
        return;
    }
    QDialog::accept();
}
