#include "ReviewPage.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget* makeTable(const QString& objectName, const QString& what)
{
    auto* table = new QTableWidget(0, 2);
    table->setObjectName(objectName);
    table->setAccessibleName(what);
    table->setHorizontalHeaderLabels({ what, ReviewPage::tr("Amount") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setTabKeyNavigation(false);
    table->setFocusPolicy(Qt::NoFocus);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

void fill(QTableWidget* table, const QList<std::pair<QString, qint64>>& rows)
{
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        auto* amount = new QTableWidgetItem(Money::format(rows[r].second));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(r, 1, amount);
    }
    // As high as its rows: the warnings below get the rest of the page.
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() + 2;
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setFixedHeight(height);
}

} // namespace

ReviewPage::ReviewPage(const PlanSessionContext& context, QWidget* parent)
    : PlanPage(QStringLiteral("review"), tr("Review"),
               tr("The plan's budget added up, and what is still missing. Choose a warning to go to it."), context,
               parent)
    , m_years(makeTable(QStringLiteral("yearTable"), tr("Year")))
    , m_modes(makeTable(QStringLiteral("modeTable"), tr("Funding mode")))
    , m_forms(makeTable(QStringLiteral("formTable"), tr("Funding form")))
    , m_total(new QLabel)
    , m_warnings(new QListWidget)
{
    m_total->setObjectName(QStringLiteral("planTotalLabel"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_warnings->setObjectName(QStringLiteral("warningList"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_warnings->setSpacing(2);
    auto* tables = new QHBoxLayout;
    tables->addWidget(m_years, 2, Qt::AlignTop);
    tables->addWidget(m_modes, 5, Qt::AlignTop);
    tables->addWidget(m_forms, 3, Qt::AlignTop);
    auto* totals = new QGroupBox(tr("Budget"));
    auto* totalsLayout = new QVBoxLayout(totals);
    totalsLayout->addLayout(tables);
    totalsLayout->addWidget(m_total);
    auto* warnings = new QGroupBox(tr("&Warnings"));
    auto* warningsLayout = new QVBoxLayout(warnings);
    warningsLayout->addWidget(m_warnings);
    body()->addWidget(totals);
    body()->addWidget(warnings, 1);

    const auto activate = [this](QListWidgetItem* item) {
        const int row = item ? item->data(Qt::UserRole).toInt() : -1;
        if (row >= 0 && row < m_list.size())
            Q_EMIT warningActivated(m_list[row]);
    };
    connect(m_warnings, &QListWidget::itemClicked, this, activate);
    connect(m_warnings, &QListWidget::itemActivated, this, activate);
}

void ReviewPage::load(const ActionPlan& plan)
{
    const PlanTotals t = plan.totals();
    QList<std::pair<QString, qint64>> years;
    QList<int> yearList = m_context.years();
    for (int y : t.perYear.keys()) {
        if (!yearList.contains(y))
            yearList.append(y);
    }
    std::sort(yearList.begin(), yearList.end());
    for (int y : yearList)
        years.append({ QString::number(y), t.perYear.value(y) });
    fill(m_years, years);
    QList<std::pair<QString, qint64>> modes;
    for (auto m : ActionPlan::FundingModes.all())
        modes.append({ ActionPlan::FundingModes.label(m), t.perMode.value(m) });
    fill(m_modes, modes);
    QList<std::pair<QString, qint64>> forms;
    for (auto f : ActionPlan::FundingForms.all())
        forms.append({ ActionPlan::FundingForms.label(f), t.perForm.value(f) });
    fill(m_forms, forms);
    m_total->setText(tr("The plan in total: %1").arg(Money::format(t.total)));

    m_list = plan.warnings(m_context.analysis, m_context.periodStart, m_context.periodEnd);
    m_warnings->clear();
    for (int n = 0; n < m_list.size(); ++n) {
        auto* item = new QListWidgetItem(QStringLiteral("⚠ %1").arg(m_list[n].message), m_warnings);
        item->setData(Qt::UserRole, n);
        item->setToolTip(tr("Go to it"));
    }
    if (m_list.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No warnings: every area has an intervention with goals, indicators, "
                                            "dates in the period and a budget."),
                                         m_warnings);
        item->setData(Qt::UserRole, -1);
    }
}
