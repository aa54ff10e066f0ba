#include "FundingPage.h"

#include "ui/widgets/ValidatedLineEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {

/** Empty: no money that year. Otherwise whole kronor, as Money::parse reads them. */
Validation::Check optionalAmount(const QString& text)
{
    if (text.trimmed().isEmpty())
        return { true, QString(), QString() };
    return Validation::amountSek(text);
}

} // namespace

FundingPage::FundingPage(const PlanSessionContext& context, QWidget* parent)
    : InterventionFormPage(
        QStringLiteral("funding"), tr("Funding and budget"),
        tr("Choose how Skolverket funds the intervention and write its budget for each calendar year "
           "in whole kronor, e.g. 250 000. Leave a year empty when nothing is spent then."),
        context, parent)
    , m_mode(new QComboBox)
    , m_form(new QComboBox)
    , m_budget(new QGroupBox(tr("Budget per year")))
    , m_grid(new QGridLayout(m_budget))
    , m_total(new QLabel)
{
    m_mode->setObjectName(QStringLiteral("fundingModeCombo"));
    for (auto m : ActionPlan::FundingModes.all())
        m_mode->addItem(ActionPlan::FundingModes.label(m), static_cast<int>(m));
    m_form->setObjectName(QStringLiteral("fundingFormCombo"));
    for (auto f : ActionPlan::FundingForms.all())
        m_form->addItem(ActionPlan::FundingForms.label(f), static_cast<int>(f));
    m_total->setObjectName(QStringLiteral("budgetTotalLabel"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_grid->setColumnStretch(2, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Funding &mode"), m_mode);
    form->addRow(tr("Funding &form"), m_form);
    auto* layout = new QVBoxLayout(detail());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_budget);
    layout->addStretch();
    rebuildYears(context.years());

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->fundingMode = static_cast<FundingMode>(m_mode->currentData().toInt());
        Q_EMIT edited(tr("Change funding mode"));
    });
    connect(m_form, &QComboBox::currentIndexChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->fundingForm = static_cast<FundingForm>(m_form->currentData().toInt());
        Q_EMIT edited(tr("Change funding form"));
    });
}

void FundingPage::rebuildYears(const QList<int>& years)
{
    if (years == m_amounts.keys())
        return;
    for (auto* edit : std::as_const(m_amounts))
        edit->deleteLater();
    m_amounts.clear();
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        if (QWidget* w = item->widget(); w && w != m_total)
            w->deleteLater();
        delete item;
    }
    int row = 0;
    for (int year : years) {
        auto* edit = new ValidatedLineEdit(optionalAmount);
        edit->setObjectName(QStringLiteral("amountEdit%1").arg(year));
        edit->lineEdit()->setAccessibleName(tr("Budget %1").arg(year));
        edit->lineEdit()->setPlaceholderText(tr("e.g. 250 000"));
        edit->lineEdit()->setAlignment(Qt::AlignRight);
        edit->setFixedWidth(220);
        auto* label = new QLabel(QString::number(year));
        label->setBuddy(edit->lineEdit());
        label->setMinimumHeight(edit->lineEdit()->sizeHint().height());
        m_grid->addWidget(label, row, 0, Qt::AlignTop);
        m_grid->addWidget(edit, row, 1, Qt::AlignTop);
        ++row;
        m_amounts.insert(year, edit);
        connect(edit, &ValidatedLineEdit::edited, this, [this, year] { amountTyped(year); });
        // Leaving the field shows the amount as it is stored: "1 250 000 kr". Only the line edit is touched: it
        // also loses the focus while its ValidatedLineEdit is being destroyed.
        QLineEdit* line = edit->lineEdit();
        connect(line, &QLineEdit::editingFinished, this, [line] {
            const auto amount = line->text().trimmed().isEmpty() ? std::nullopt : Money::parse(line->text());
            if (amount && line->text() != Money::format(*amount))
                line->setText(Money::format(*amount));
        });
    }
    m_grid->addWidget(m_total, row, 0, 1, 3);
}

void FundingPage::amountTyped(int year)
{
    Intervention* i = current();
    ValidatedLineEdit* edit = m_amounts.value(year);
    if (m_loading || !i || !edit)
        return;
    i->budget.removeIf([year](const BudgetLine& line) { return line.year == year; });
    if (!edit->isValid()) {
        // A refused amount is shown under the field and never saved: the year keeps what was saved before,
        // not the digits typed on the way ("12" of "12,5").
        if (const Intervention* before = saved(i->id)) {
            for (const auto& line : before->budget) {
                if (line.year == year)
                    i->budget.append(line);
            }
        }
    } else if (!edit->text().trimmed().isEmpty()) {
        const auto amount = Money::parse(edit->text());
        if (!amount)
            return;
        i->budget.append({ year, *amount });
    }
    std::sort(i->budget.begin(), i->budget.end(),
              [](const BudgetLine& a, const BudgetLine& b) { return a.year < b.year; });
    refreshTotal();
    Q_EMIT typed(tr("Change budget"), QStringLiteral("budget/%1/%2").arg(currentIndex()).arg(year));
}

void FundingPage::refreshTotal()
{
    const Intervention* i = current();
    m_total->setText(i ? tr("Total: %1").arg(Money::format(i->totalSek())) : QString());
}

void FundingPage::showIntervention(const Intervention* i)
{
    const Intervention shown = i ? *i : Intervention {};
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(shown.fundingMode)));
    m_form->setCurrentIndex(m_form->findData(static_cast<int>(shown.fundingForm)));
    QList<int> years = m_context.years();
    for (const auto& line : shown.budget) {
        if (!years.contains(line.year))
            years.append(line.year);
    }
    std::sort(years.begin(), years.end());
    rebuildYears(years);
    for (auto it = m_amounts.cbegin(); it != m_amounts.cend(); ++it) {
        ValidatedLineEdit* edit = it.value();
        bool present = false;
        for (const auto& line : shown.budget)
            present = present || line.year == it.key();
        const qint64 amount = shown.budgetFor(it.key());
        // The field being typed in keeps its text while it says the same amount.
        const auto typed = Money::parse(edit->text());
        const bool same = present ? (typed && *typed == amount) : edit->text().trimmed().isEmpty();
        if (!same || !edit->lineEdit()->hasFocus())
            edit->setText(present ? Money::format(amount) : QString());
    }
    refreshTotal();
}
