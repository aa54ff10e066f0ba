#include "CollaborationDialog.h"

#include "core/storage/CollaborationStore.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/ProgrammeStore.h"
#include "core/storage/SchoolUnitStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

CollaborationDialog::CollaborationDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_programmes(ProgrammeStore(db).list())
    , m_organizer(new QComboBox)
    , m_programme(new QComboBox)
    , m_diaryNumber(new QLineEdit)
    , m_start(new QDateEdit(QDate::currentDate()))
    , m_plannedEnd(new QDateEdit)
    , m_units(new QListWidget)
    , m_error(new QLabel)
{
    setWindowTitle(tr("New collaboration"));
    m_organizer->setObjectName(QStringLiteral("organizerCombo"));
    for (const auto& o : OrganizerStore(db).list())
        m_organizer->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.organisationNumber), o.id);
    for (const auto& p : m_programmes)
        m_programme->addItem(p.name, p.id);
    m_diaryNumber->setObjectName(QStringLiteral("diaryNumberEdit"));
    m_diaryNumber->setPlaceholderText(tr("e.g. 7.4.2-2026:123"));
    for (auto* date : { m_start, m_plannedEnd }) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_units->setObjectName(QStringLiteral("unitsList"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Organizer"), m_organizer);
    form->addRow(tr("&Programme"), m_programme);
    form->addRow(tr("&Diary number"), m_diaryNumber);
    form->addRow(tr("&Start"), m_start);
    form->addRow(tr("Planned &end"), m_plannedEnd);
    form->addRow(tr("&Units in scope"), m_units);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CollaborationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_organizer, &QComboBox::currentIndexChanged, this, &CollaborationDialog::fillUnits);
    connect(m_programme, &QComboBox::currentIndexChanged, this, &CollaborationDialog::updatePlannedEnd);
    connect(m_start, &QDateEdit::dateChanged, this, &CollaborationDialog::updatePlannedEnd);
    fillUnits();
    updatePlannedEnd();
    resize(560, 480);
}

QString CollaborationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CollaborationDialog::fillUnits()
{
    m_units->clear();
    const qint64 organizerId = m_organizer->currentData().toLongLong();
    if (organizerId <= 0)
        return;
    for (const auto& u : SchoolUnitStore(m_db).list(organizerId)) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(u.name, u.code), m_units);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
}

void CollaborationDialog::updatePlannedEnd()
{
    int months = 36;
    for (const auto& p : m_programmes) {
        if (p.id == m_programme->currentData().toLongLong())
            months = p.durationMonths;
    }
    m_plannedEnd->setDate(Collaboration::plannedEndFor(m_start->date(), months));
}

void CollaborationDialog::accept()
{
    Collaboration c;
    c.organizerId = m_organizer->currentData().toLongLong();
    c.programmeId = m_programme->currentData().toLongLong();
    c.diaryNumber = m_diaryNumber->text().trimmed();
    c.startDate = m_start->date();
    c.plannedEndDate = m_plannedEnd->date();
    c.changePhase(Phases::First, c.startDate);
    for (int i = 0; i < m_units->count(); ++i) {
        if (m_units->item(i)->checkState() == Qt::Checked)
            c.unitIds.append(m_units->item(i)->data(Qt::UserRole).toLongLong());
    }
    QString error;
    if (!CollaborationStore(m_db).save(c, &error)) {
        m_error->setText(tr("Not saved: %1").arg(error));
        m_error->show();
        return;
    }
    m_collaboration = c;
    QDialog::accept();
}
