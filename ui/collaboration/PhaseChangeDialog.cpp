#include "PhaseChangeDialog.h"

#include "core/domain/Phase.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PhaseChangeDialog::PhaseChangeDialog(int fromPhase, int toPhase, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_note(new QLineEdit)
{
    setWindowTitle(tr("Change phase"));
    auto* text = new QLabel(toPhase > fromPhase ? tr("Move the collaboration forward from %1 %2 to %3 %4?")
                                                      .arg(fromPhase)
                                                      .arg(Phases::name(fromPhase))
                                                      .arg(toPhase)
                                                      .arg(Phases::name(toPhase))
                                                : tr("Move the collaboration back from %1 %2 to %3 %4?")
                                                      .arg(fromPhase)
                                                      .arg(Phases::name(fromPhase))
                                                      .arg(toPhase)
                                                      .arg(Phases::name(toPhase)));
    text->setWordWrap(true);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note->setPlaceholderText(tr("e.g. The board accepted on 28 August"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Note"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change phase"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_note->setFocus();
}

QDate PhaseChangeDialog::date() const
{
    return m_date->date();
}

QString PhaseChangeDialog::note() const
{
    return m_note->text().trimmed();
}
