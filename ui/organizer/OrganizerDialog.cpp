#include "OrganizerDialog.h"

#include "ContactColumns.h"
#include "core/storage/OrganizerStore.h"
#include "ui/widgets/ValidatedLineEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OrganizerDialog::OrganizerDialog(Database& db, const Organizer& organizer, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_organizer(organizer)
    , m_name(new ValidatedLineEdit([](const QString& t) { return Validation::requiredText(t, tr("The name")); }))
    , m_number(new ValidatedLineEdit(&Validation::organisationNumber))
    , m_type(new QComboBox)
    , m_municipality(new ValidatedLineEdit(&Validation::municipalityCode))
    , m_street(new QLineEdit)
    , m_postalCode(new ValidatedLineEdit(&Validation::postalCode))
    , m_locality(new QLineEdit)
    , m_contacts(new RecordTable(tr("Contacts"), ContactColumns::columns()))
    , m_error(new QLabel)
{
    setWindowTitle(organizer.id == 0 ? tr("New organizer") : tr("Organizer %1").arg(organizer.name));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_number->setObjectName(QStringLiteral("orgNumberEdit"));
    m_number->lineEdit()->setPlaceholderText(QStringLiteral("NNNNNN-NNNN"));
    m_municipality->setObjectName(QStringLiteral("municipalityCodeEdit"));
    m_municipality->lineEdit()->setPlaceholderText(tr("4 digits, e.g. 0180"));
    m_postalCode->lineEdit()->setPlaceholderText(QStringLiteral("NNN NN"));
    for (auto t : Organizer::Types.all())
        m_type->addItem(Organizer::Types.label(t), static_cast<int>(t));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Organisation n&umber"), m_number);
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("&Municipality code"), m_municipality);
    form->addRow(tr("Postal &address"), m_street);
    form->addRow(tr("&Postal code"), m_postalCode);
    form->addRow(tr("&Locality"), m_locality);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganizerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_contacts, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_name->setText(organizer.name);
    m_number->setText(organizer.organisationNumber);
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(organizer.type)));
    m_municipality->setText(organizer.municipalityCode);
    m_street->setText(organizer.postalAddress.street);
    m_postalCode->setText(organizer.postalAddress.postalCode);
    m_locality->setText(organizer.postalAddress.locality);
    m_contacts->model()->setRows(ContactColumns::toRows(organizer.contacts));
    resize(720, 560);
}

QString OrganizerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Organizer OrganizerDialog::fromForm() const
{
    Organizer o = m_organizer;
    o.name = m_name->text().trimmed();
    o.organisationNumber = m_number->value();
    o.type = static_cast<OrganizerType>(m_type->currentData().toInt());
    o.municipalityCode = m_municipality->value();
    o.postalAddress = { m_street->text().trimmed(), m_postalCode->value(), m_locality->text().trimmed() };
    o.contacts = ContactColumns::fromRows(m_contacts->model()->rows());
    return o;
}

void OrganizerDialog::accept()
{
    for (auto* field : { m_name, m_number, m_municipality, m_postalCode })
        field->reveal();
    Organizer o = fromForm();
    QString error;
    if (!OrganizerStore(m_db).save(o, &error)) {
        m_error->setText(tr("Not saved: %1").arg(error));
        m_error->show();
        return;
    }
    m_organizer = o;
    QDialog::accept();
}
