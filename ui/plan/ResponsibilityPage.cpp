#include "ResponsibilityPage.h"

#include "ui/widgets/ValidatedLineEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

/** Empty is allowed (the review page warns about it); otherwise YYYY-MM-DD. */
Validation::Check optionalDate(const QString& text)
{
    if (text.trimmed().isEmpty())
        return { true, QString(), QString() };
    return Validation::isoDate(text);
}

} // namespace

ResponsibilityPage::ResponsibilityPage(const PlanSessionContext& context, QWidget* parent)
    : InterventionFormPage(
        QStringLiteral("responsibility"), tr("Responsibility and timeline"),
        tr("Name who is responsible at the organizer and who delivers the intervention, when it starts "
           "and ends, and what research or proven experience it rests on."),
        context, parent)
    , m_responsible(new QLineEdit)
    , m_provider(new QComboBox)
    , m_providerName(new QLineEdit)
    , m_start(new ValidatedLineEdit(optionalDate))
    , m_end(new ValidatedLineEdit(optionalDate))
    , m_period(new QLabel)
    , m_status(new QComboBox)
    , m_grounds(makeTextEdit(QStringLiteral("groundsEdit"), tr("Research or proven experience"), 4))
{
    m_responsible->setObjectName(QStringLiteral("responsibleEdit"));
    m_responsible->setPlaceholderText(tr("Name and role, e.g. Maria Lindqvist, principal"));
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    for (auto p : ActionPlan::Providers.all())
        m_provider->addItem(ActionPlan::Providers.label(p), static_cast<int>(p));
    m_providerName->setObjectName(QStringLiteral("providerNameEdit"));
    m_providerName->setPlaceholderText(tr("The university or the external actor, e.g. Umeå universitet"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_start->lineEdit()->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_end->lineEdit()->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_start->lineEdit()->setAccessibleName(tr("Start"));
    m_end->lineEdit()->setAccessibleName(tr("End"));
    m_start->setMaximumWidth(200);
    m_end->setMaximumWidth(200);
    m_period->setWordWrap(true);
    m_period->setStyleSheet(QStringLiteral("color: palette(dark);"));
    if (context.periodStart.isValid())
        m_period->setText(tr("The collaboration runs %1 – %2.")
                              .arg(context.periodStart.toString(Qt::ISODate), context.periodEnd.toString(Qt::ISODate)));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (auto s : ActionPlan::Statuses.all())
        m_status->addItem(ActionPlan::Statuses.label(s), static_cast<int>(s));
    m_grounds->setMaximumHeight(m_grounds->fontMetrics().lineSpacing() * 8 + 12);
    m_grounds->setPlaceholderText(tr("e.g. research on collegial learning, Skolverket's support material, experience "
                                     "from earlier collaborations"));

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start, 0, Qt::AlignTop);
    auto* endLabel = new QLabel(tr("E&nd"));
    endLabel->setBuddy(m_end->lineEdit());
    // Level with the field's text, not with the message that may appear under it.
    endLabel->setMinimumHeight(m_end->lineEdit()->sizeHint().height());
    dates->addWidget(endLabel, 0, Qt::AlignTop);
    dates->addWidget(m_end, 0, Qt::AlignTop);
    dates->addWidget(m_period, 1, Qt::AlignTop);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Responsible"), m_responsible);
    form->addRow(tr("&Provider"), m_provider);
    form->addRow(tr("Provider's na&me"), m_providerName);
    auto* startLabel = new QLabel(tr("S&tart"));
    startLabel->setBuddy(m_start->lineEdit());
    form->addRow(startLabel, dates);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&Grounds"), m_grounds);
    auto* layout = new QVBoxLayout(detail());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_responsible, &QLineEdit::textEdited, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->responsible = m_responsible->text();
        Q_EMIT typed(tr("Edit responsible"), QStringLiteral("responsible/%1").arg(currentIndex()));
    });
    connect(m_providerName, &QLineEdit::textEdited, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->providerName = m_providerName->text();
        Q_EMIT typed(tr("Edit provider"), QStringLiteral("provider/%1").arg(currentIndex()));
    });
    connect(m_grounds, &QPlainTextEdit::textChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->grounds = m_grounds->toPlainText();
        Q_EMIT typed(tr("Edit grounds"), QStringLiteral("grounds/%1").arg(currentIndex()));
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->provider = static_cast<ProviderKind>(m_provider->currentData().toInt());
        Q_EMIT edited(tr("Change provider"));
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->status = static_cast<InterventionStatus>(m_status->currentData().toInt());
        Q_EMIT edited(tr("Change status"));
    });
    connect(m_start, &ValidatedLineEdit::edited, this, &ResponsibilityPage::datesTyped);
    connect(m_end, &ValidatedLineEdit::edited, this, &ResponsibilityPage::datesTyped);
}

void ResponsibilityPage::datesTyped()
{
    Intervention* i = current();
    if (m_loading || !i)
        return;
    // A date half typed is not saved; the one before stays until the new one is whole.
    if (m_start->isValid())
        i->start = QDate::fromString(m_start->value(), Qt::ISODate);
    if (m_end->isValid())
        i->end = QDate::fromString(m_end->value(), Qt::ISODate);
    if (m_start->isValid() || m_end->isValid())
        Q_EMIT typed(tr("Change dates"), QStringLiteral("dates/%1").arg(currentIndex()));
}

void ResponsibilityPage::showIntervention(const Intervention* i)
{
    const Intervention shown = i ? *i : Intervention {};
    if (m_responsible->text() != shown.responsible)
        m_responsible->setText(shown.responsible);
    m_provider->setCurrentIndex(m_provider->findData(static_cast<int>(shown.provider)));
    if (m_providerName->text() != shown.providerName)
        m_providerName->setText(shown.providerName);
    for (auto [edit, date] : { std::pair { m_start, shown.start }, std::pair { m_end, shown.end } }) {
        if (!edit->isValid() || QDate::fromString(edit->value(), Qt::ISODate) != date)
            edit->setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
    }
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(shown.status)));
    setTextKeepingCursor(m_grounds, shown.grounds);
}
