#include "GoalsPage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

enum Column { NameColumn, StatisticColumn, UnitColumn, BaselineColumn, TargetColumn, YearColumn, ColumnCount };

constexpr int kNoYear = 1999; ///< the spin box's "–"

QString formatNumber(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', QLocale::FloatingPointShortest) : QString();
}

/** Empty is no value; a number in the user's locale or with a point; anything else is refused. */
bool parseNumber(const QString& text, std::optional<double>* value)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *value = std::nullopt;
        return true;
    }
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (ok)
        *value = v;
    return ok;
}

QLabel* bold(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setBuddy(buddy);
    return label;
}

} // namespace

GoalsPage::GoalsPage(const PlanSessionContext& context, QWidget* parent)
    : InterventionFormPage(QStringLiteral("goals"), tr("Goals and indicators"),
                           tr("Write measurable goals, one per line, and the indicators that show whether they are "
                              "reached: a baseline, a target and the year it should be reached."),
                           context, parent)
    , m_goals(makeTextEdit(QStringLiteral("goalsEdit"), tr("Goals, one per line"), 3))
    , m_effects(makeTextEdit(QStringLiteral("effectsEdit"), tr("Expected effects on the results"), 2))
    , m_table(new QTableWidget(0, ColumnCount))
    , m_addIndicator(new QPushButton(tr("Add &indicator")))
    , m_removeIndicator(new QPushButton(tr("Remove indicator")))
    , m_indicatorForm(new QWidget)
    , m_name(new QLineEdit)
    , m_statistic(new QComboBox)
    , m_unit(new QLineEdit)
    , m_baseline(new QLineEdit)
    , m_target(new QLineEdit)
    , m_targetYear(new QSpinBox)
    , m_message(new QLabel)
    , m_offerLabel(new QLabel)
    , m_useBaseline(new QPushButton(tr("Use as b&aseline")))
{
    m_goals->setPlaceholderText(tr("One goal per line, e.g. The share of pupils eligible for upper secondary school "
                                   "rises from 71 % to 85 % by 2028."));
    m_effects->setPlaceholderText(tr("What the intervention should change in the results"));
    m_goals->setMinimumHeight(m_goals->fontMetrics().lineSpacing() * 4 + 12);
    m_goals->setMaximumHeight(m_goals->fontMetrics().lineSpacing() * 7 + 12);
    m_effects->setMaximumHeight(m_effects->fontMetrics().lineSpacing() * 3 + 12);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setAccessibleName(tr("Indicators"));
    m_table->setHorizontalHeaderLabels(
        { tr("Indicator"), tr("Statistic"), tr("Unit"), tr("Baseline"), tr("Target"), tr("Target year") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    auto* h = m_table->horizontalHeader();
    h->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(StatisticColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(StatisticColumn, 260);
    for (int c : { UnitColumn, BaselineColumn, TargetColumn, YearColumn })
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_addIndicator->setObjectName(QStringLiteral("addIndicatorButton"));
    m_removeIndicator->setObjectName(QStringLiteral("removeIndicatorButton"));
    m_name->setObjectName(QStringLiteral("indicatorNameEdit"));
    m_statistic->setObjectName(QStringLiteral("statisticCombo"));
    m_statistic->addItem(tr("(no statistic)"), QString());
    for (const auto& s : context.statistics)
        m_statistic->addItem(s.label, s.id);
    m_statistic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statistic->setMinimumContentsLength(20);
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    m_baseline->setObjectName(QStringLiteral("baselineEdit"));
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_targetYear->setObjectName(QStringLiteral("targetYearSpin"));
    m_targetYear->setRange(kNoYear, 2100);
    m_targetYear->setSpecialValueText(QStringLiteral("–"));
    m_unit->setMaximumWidth(90);
    m_baseline->setMaximumWidth(90);
    m_target->setMaximumWidth(90);
    m_message->setObjectName(QStringLiteral("indicatorMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_offerLabel->setObjectName(QStringLiteral("baselineOfferLabel"));
    m_offerLabel->setWordWrap(true);
    m_offerLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_useBaseline->setObjectName(QStringLiteral("useBaselineButton"));
    m_useBaseline->setAutoDefault(false);
    m_offerLabel->hide();
    m_useBaseline->hide();

    auto* grid = new QGridLayout(m_indicatorForm);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("&Name")), 0, 0);
    grid->addWidget(m_name, 0, 1, 1, 5);
    grid->addWidget(new QLabel(tr("&Statistic")), 0, 6);
    grid->addWidget(m_statistic, 0, 7);
    grid->addWidget(new QLabel(tr("U&nit")), 1, 0);
    grid->addWidget(m_unit, 1, 1);
    grid->addWidget(new QLabel(tr("&Baseline")), 1, 2);
    grid->addWidget(m_baseline, 1, 3);
    grid->addWidget(new QLabel(tr("&Target")), 1, 4);
    grid->addWidget(m_target, 1, 5);
    grid->addWidget(new QLabel(tr("Target &year")), 1, 6);
    grid->addWidget(m_targetYear, 1, 7, Qt::AlignLeft);
    auto* offer = new QHBoxLayout;
    offer->addWidget(m_offerLabel, 1);
    offer->addWidget(m_useBaseline);
    grid->addLayout(offer, 2, 0, 1, 8);
    grid->addWidget(m_message, 3, 0, 1, 8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(7, 1);
    const QList<QWidget*> buddies { m_name, m_statistic, m_unit, m_baseline, m_target, m_targetYear };
    const QList<std::pair<int, int>> cells { { 0, 0 }, { 0, 6 }, { 1, 0 }, { 1, 2 }, { 1, 4 }, { 1, 6 } };
    for (int n = 0; n < buddies.size(); ++n)
        qobject_cast<QLabel*>(grid->itemAtPosition(cells[n].first, cells[n].second)->widget())->setBuddy(buddies[n]);

    auto* indicatorButtons = new QHBoxLayout;
    indicatorButtons->addWidget(bold(tr("Indicators"), m_table));
    indicatorButtons->addStretch();
    indicatorButtons->addWidget(m_addIndicator);
    indicatorButtons->addWidget(m_removeIndicator);
    auto* layout = new QVBoxLayout(detail());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bold(tr("&Goals, one per line"), m_goals));
    layout->addWidget(m_goals, 2);
    layout->addWidget(bold(tr("E&xpected effects on the results"), m_effects));
    layout->addWidget(m_effects);
    layout->addLayout(indicatorButtons);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + m_table->fontMetrics().height() * 5);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_indicatorForm);

    connect(m_goals, &QPlainTextEdit::textChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        const QStringList lines = m_goals->toPlainText().split(QLatin1Char('\n'));
        QList<Goal> goals;
        for (int n = 0; n < lines.size(); ++n)
            goals.append({ n < i->goals.size() ? i->goals[n].id : 0, lines[n] });
        // A trailing empty line is where the next goal is being started.
        while (!goals.isEmpty() && goals.last().text.trimmed().isEmpty())
            goals.removeLast();
        i->goals = goals;
        Q_EMIT typed(tr("Edit goals"), QStringLiteral("goals/%1").arg(currentIndex()));
    });
    connect(m_effects, &QPlainTextEdit::textChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->expectedEffects = m_effects->toPlainText();
        Q_EMIT typed(tr("Edit expected effects"), QStringLiteral("effects/%1").arg(currentIndex()));
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_loading)
            showIndicator(row);
    });
    connect(m_useBaseline, &QPushButton::clicked, this, &GoalsPage::useOfferedBaseline);
    connect(m_addIndicator, &QPushButton::clicked, this, &GoalsPage::addIndicator);
    connect(m_removeIndicator, &QPushButton::clicked, this, &GoalsPage::removeIndicator);
    connect(m_name, &QLineEdit::textEdited, this, [this] { indicatorTyped(QStringLiteral("name")); });
    connect(m_unit, &QLineEdit::textEdited, this, [this] { indicatorTyped(QStringLiteral("unit")); });
    connect(m_baseline, &QLineEdit::textEdited, this, [this] { indicatorTyped(QStringLiteral("baseline")); });
    connect(m_target, &QLineEdit::textEdited, this, [this] { indicatorTyped(QStringLiteral("target")); });
    connect(m_targetYear, &QSpinBox::valueChanged, this, [this] { indicatorTyped(QStringLiteral("year")); });
    connect(m_statistic, &QComboBox::currentIndexChanged, this, [this] {
        Indicator* ind = currentIndicator();
        if (m_loading || !ind)
            return;
        ind->statistic = m_statistic->currentData().toString();
        // A statistic names the indicator and its unit when they are not written yet.
        for (const auto& s : m_context.statistics) {
            if (s.id != ind->statistic)
                continue;
            if (ind->name.trimmed().isEmpty()) {
                ind->name = s.label;
                m_name->setText(s.label);
            }
            if (ind->unit.trimmed().isEmpty()) {
                ind->unit = s.unit;
                m_unit->setText(s.unit);
            }
        }
        refreshRow(currentIndicatorRow());
        showOffer();
        Q_EMIT edited(tr("Link indicator to a statistic"));
    });
}

QString GoalsPage::statisticLabel(const QString& id) const
{
    for (const auto& s : m_context.statistics) {
        if (s.id == id)
            return s.label;
    }
    return id;
}

void GoalsPage::showIntervention(const Intervention* i)
{
    QStringList lines;
    if (i) {
        for (const auto& g : i->goals)
            lines << g.text;
    }
    // Keep the line being started: what is on screen already says the same.
    QString onScreen = m_goals->toPlainText();
    while (onScreen.endsWith(QLatin1Char('\n')))
        onScreen.chop(1);
    if (onScreen != lines.join(QLatin1Char('\n')))
        m_goals->setPlainText(lines.join(QLatin1Char('\n')));
    setTextKeepingCursor(m_effects, i ? i->expectedEffects : QString());
    const int row = m_table->currentRow();
    refreshTable(row < 0 ? 0 : row);
}

void GoalsPage::prune(Intervention& i) const
{
    i.goals.removeIf([](const Goal& g) { return g.text.trimmed().isEmpty(); });
    i.indicators.removeIf([](const Indicator& ind) { return ind.name.trimmed().isEmpty(); });
}

int GoalsPage::currentIndicatorRow() const
{
    return m_table->currentRow();
}

Indicator* GoalsPage::currentIndicator()
{
    Intervention* i = current();
    const int row = currentIndicatorRow();
    return i && row >= 0 && row < i->indicators.size() ? &i->indicators[row] : nullptr;
}

void GoalsPage::refreshTable(int select)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const Intervention* i = current();
    const int count = i ? static_cast<int>(i->indicators.size()) : 0;
    m_table->setRowCount(count);
    for (int row = 0; row < count; ++row)
        refreshRow(row);
    const int row = count == 0 ? -1 : std::clamp(select, 0, count - 1);
    m_table->setCurrentCell(row, row < 0 ? -1 : NameColumn);
    showIndicator(row);
    m_loading = wasLoading;
}

void GoalsPage::refreshRow(int row)
{
    const Intervention* i = current();
    if (!i || row < 0 || row >= i->indicators.size())
        return;
    const Indicator& ind = i->indicators[row];
    const QStringList cells { ind.name.trimmed().isEmpty() ? tr("(no name yet)") : ind.name,
                              statisticLabel(ind.statistic),
                              ind.unit,
                              formatNumber(ind.baseline),
                              formatNumber(ind.target),
                              ind.targetYear > 0 ? QString::number(ind.targetYear) : QStringLiteral("–") };
    for (int c = 0; c < ColumnCount; ++c) {
        if (auto* item = m_table->item(row, c))
            item->setText(cells[c]);
        else
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

void GoalsPage::showIndicator(int row)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const Intervention* i = current();
    const Indicator ind = i && row >= 0 && row < i->indicators.size() ? i->indicators[row] : Indicator {};
    if (m_name->text() != ind.name)
        m_name->setText(ind.name);
    int index = m_statistic->findData(ind.statistic);
    if (index < 0) {
        m_statistic->addItem(ind.statistic, ind.statistic);
        index = m_statistic->count() - 1;
    }
    m_statistic->setCurrentIndex(index);
    if (m_unit->text() != ind.unit)
        m_unit->setText(ind.unit);
    std::optional<double> shown;
    if (!parseNumber(m_baseline->text(), &shown) || shown != ind.baseline)
        m_baseline->setText(formatNumber(ind.baseline));
    if (!parseNumber(m_target->text(), &shown) || shown != ind.target)
        m_target->setText(formatNumber(ind.target));
    m_targetYear->setValue(ind.targetYear > 0 ? ind.targetYear : kNoYear);
    m_message->hide();
    showOffer();
    m_indicatorForm->setEnabled(row >= 0);
    m_removeIndicator->setEnabled(row >= 0);
    m_loading = wasLoading;
}

void GoalsPage::indicatorTyped(const QString& field)
{
    Indicator* ind = currentIndicator();
    if (m_loading || !ind)
        return;
    ind->name = m_name->text();
    ind->unit = m_unit->text();
    ind->targetYear = m_targetYear->value() == kNoYear ? 0 : m_targetYear->value();
    QStringList errors;
    if (!parseNumber(m_baseline->text(), &ind->baseline))
        errors << tr("The baseline must be a number, e.g. 71 or 71,5.");
    if (!parseNumber(m_target->text(), &ind->target))
        errors << tr("The target must be a number, e.g. 85 or 85,5.");
    m_message->setText(errors.join(QLatin1Char(' ')));
    m_message->setVisible(!errors.isEmpty());
    refreshRow(currentIndicatorRow());
    if (errors.isEmpty() || field == QStringLiteral("name") || field == QStringLiteral("unit")
        || field == QStringLiteral("year"))
        Q_EMIT typed(tr("Edit indicator"),
                     QStringLiteral("indicator/%1/%2/%3").arg(currentIndex()).arg(currentIndicatorRow()).arg(field));
}

void GoalsPage::addIndicator()
{
    Intervention* i = current();
    if (!i)
        return;
    Indicator ind;
    ind.targetYear = m_context.periodEnd.isValid() ? m_context.periodEnd.year() : 0;
    i->indicators.append(ind);
    refreshTable(static_cast<int>(i->indicators.size()) - 1);
    m_name->setFocus();
    // Not saved until it has a name: an indicator without one is not valid.
}

void GoalsPage::removeIndicator()
{
    Intervention* i = current();
    const int row = currentIndicatorRow();
    if (!i || row < 0 || row >= i->indicators.size())
        return;
    i->indicators.removeAt(row);
    refreshTable(row);
    Q_EMIT edited(tr("Remove indicator"));
}

void GoalsPage::showOffer()
{
    const Intervention* i = current();
    const Indicator* ind = currentIndicator();
    m_offer = i && ind && !ind->statistic.isEmpty() && m_lookup ? m_lookup(*i, ind->statistic) : std::nullopt;
    if (!m_offer) {
        const bool linked = ind && !ind->statistic.isEmpty() && m_lookup;
        m_offerLabel->setText(linked ? tr("No imported value of this statistic yet (Arkiv → Importera…).") : QString());
        m_offerLabel->setVisible(linked);
        m_useBaseline->hide();
        return;
    }
    const QString value = QLocale().toString(m_offer->value, 'f', QLocale::FloatingPointShortest);
    m_offerLabel->setText(tr("Newest imported value: %1 in %2, %3 (from %4).")
                              .arg(value, m_offer->period, m_offer->where, m_offer->source));
    m_offerLabel->show();
    m_useBaseline->show();
    m_useBaseline->setEnabled(!ind->baseline || std::abs(*ind->baseline - m_offer->value) > 1e-9);
}

void GoalsPage::useOfferedBaseline()
{
    Indicator* ind = currentIndicator();
    if (!ind || !m_offer)
        return;
    ind->baseline = m_offer->value;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_baseline->setText(formatNumber(ind->baseline));
    m_loading = wasLoading;
    refreshRow(currentIndicatorRow());
    m_useBaseline->setEnabled(false);
    Q_EMIT edited(tr("Take the baseline from the statistics"));
}
