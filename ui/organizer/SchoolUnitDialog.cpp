#include "SchoolUnitDialog.h"

#include "core/storage/OrganizerStore.h"
#include "core/storage/SchoolUnitStore.h"
#include "ui/widgets/ValidatedLineEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

SchoolUnitDialog::SchoolUnitDialog(Database& db, const SchoolUnit& unit, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_unit(unit)
    , m_name(new ValidatedLineEdit([](const QString& t) { return Validation::requiredText(t, tr("The name")); }))
    , m_code(new ValidatedLineEdit(&Validation::schoolUnitCode))
    , m_organizer(new QComboBox)
    , m_forms(new QListWidget)
    , m_status(new QComboBox)
    , m_street(new QLineEdit)
    , m_postalCode(new ValidatedLineEdit(&Validation::postalCode))
    , m_locality(new QLineEdit)
    , m_principal(new QLineEdit)
    , m_pupils(new QSpinBox)
    , m_error(new QLabel)
{
    setWindowTitle(unit.id == 0 ? tr("New school unit") : tr("School unit %1").arg(unit.name));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_code->setObjectName(QStringLiteral("unitCodeEdit"));
    m_code->lineEdit()->setPlaceholderText(tr("8 digits"));
    m_organizer->setObjectName(QStringLiteral("organizerCombo"));
    for (const auto& o : OrganizerStore(db).list())
        m_organizer->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.organisationNumber), o.id);
    for (auto form : SchoolForms::all()) {
        auto* item = new QListWidgetItem(SchoolForms::label(form), m_forms);
        item->setData(Qt::UserRole, static_cast<int>(form));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(unit.forms.contains(form) ? Qt::Checked : Qt::Unchecked);
    }
    m_forms->setObjectName(QStringLiteral("formsList"));
    m_forms->setMaximumHeight(m_forms->sizeHintForRow(0) * 5 + 8);
    for (auto s : SchoolUnit::Statuses.all())
        m_status->addItem(SchoolUnit::Statuses.label(s), static_cast<int>(s));
    m_pupils->setRange(-1, 100000);
    m_pupils->setSpecialValueText(tr("Not known"));
    m_postalCode->lineEdit()->setPlaceholderText(QStringLiteral("NNN NN"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("School unit &code"), m_code);
    form->addRow(tr("&Organizer"), m_organizer);
    form->addRow(tr("School &forms"), m_forms);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&Visiting address"), m_street);
    form->addRow(tr("&Postal code"), m_postalCode);
    form->addRow(tr("&Locality"), m_locality);
    form->addRow(tr("P&rincipal"), m_principal);
    form->addRow(tr("Number of p&upils"), m_pupils);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SchoolUnitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    m_name->setText(unit.name);
    m_code->setText(unit.code);
    if (unit.organizerId > 0)
        m_organizer->setCurrentIndex(m_organizer->findData(unit.organizerId));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(unit.status)));
    m_street->setText(unit.visitingAddress.street);
    m_postalCode->setText(unit.visitingAddress.postalCode);
    m_locality->setText(unit.visitingAddress.locality);
    m_principal->setText(unit.principal);
    m_pupils->setValue(unit.pupilCount.value_or(-1));
    resize(560, 600);
}

QString SchoolUnitDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

SchoolUnit SchoolUnitDialog::fromForm() const
{
    SchoolUnit u = m_unit;
    u.name = m_name->text().trimmed();
    u.code = m_code->value();
    u.organizerId = m_organizer->currentData().toLongLong();
    u.forms.clear();
    for (int i = 0; i < m_forms->count(); ++i) {
        if (m_forms->item(i)->checkState() == Qt::Checked)
            u.forms.append(static_cast<SchoolForm>(m_forms->item(i)->data(Qt::UserRole).toInt()));
    }
    u.status = static_cast<UnitStatus>(m_status->currentData().toInt());
    u.visitingAddress = { m_street->text().trimmed(), m_postalCode->value(), m_locality->text().trimmed() };
    u.principal = m_principal->text().trimmed();
    u.pupilCount = m_pupils->value() < 0 ? std::nullopt : std::optional<int>(m_pupils->value());
    return u;
}

void SchoolUnitDialog::accept()
{
    for (auto* field : { m_name, m_code, m_postalCode })
        field->reveal();
    SchoolUnit u = fromForm();
    QString error;
    if (!SchoolUnitStore(m_db).save(u, &error)) {
        m_error->setText(tr("Not saved: %1").arg(error));
        m_error->show();
        return;
    }
    m_unit = u;
    QDialog::accept();
}
