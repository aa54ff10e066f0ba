#include "IndicatorFollowUpBox.h"

#include "IndicatorChartWidget.h"
#include "MeasurementDialog.h"
#include "core/Clock.h"
#include "core/documents/IndicatorChart.h"
#include "core/followup/IndicatorFollowUp.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "core/storage/MeasurementStore.h"
#include "core/storage/PlanStore.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString valueText(double value, const QString& unit)
{
    return IndicatorChart::formatValue(value, unit, QLocale(), std::abs(value - std::round(value)) > 1e-9 ? 1 : 0);
}

} // namespace

IndicatorFollowUpBox::IndicatorFollowUpBox(Database& db, qint64 collaborationId, QWidget* parent)
    : QGroupBox(tr("Indicators"), parent)
    , m_db(db)
    , m_collaborationId(collaborationId)
    , m_indicator(new QComboBox)
    , m_status(new QLabel)
    , m_bands(new QLabel)
    , m_chart(new IndicatorChartWidget)
    , m_table(new QTableWidget(0, 4))
    , m_add(new QPushButton(tr("Add &measurement…")))
    , m_remove(new QPushButton(tr("Remove measurement")))
{
    setObjectName(QStringLiteral("indicatorBox"));
    m_indicator->setObjectName(QStringLiteral("indicatorCombo"));
    m_indicator->setAccessibleName(tr("Indicator"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(20);
    m_status->setObjectName(QStringLiteral("indicatorStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_bands->setObjectName(QStringLiteral("indicatorBandsLabel"));
    m_bands->setWordWrap(true);
    m_bands->setTextFormat(Qt::RichText);
    m_bands->setStyleSheet(QStringLiteral("color: #3c4043;"));
    m_table->setObjectName(QStringLiteral("measurementTable"));
    m_table->setAccessibleName(tr("Measurements"));
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("Value"), tr("Source"), tr("Comment") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setMinimumHeight(80);
    m_table->setMaximumHeight(100);
    QFont small = m_bands->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_bands->setFont(small);
    m_add->setObjectName(QStringLiteral("addMeasurementButton"));
    m_remove->setObjectName(QStringLiteral("removeMeasurementButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_indicator);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_bands);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, &IndicatorFollowUpBox::showIndicator);
    connect(m_add, &QPushButton::clicked, this, &IndicatorFollowUpBox::addMeasurement);
    connect(m_remove, &QPushButton::clicked, this, &IndicatorFollowUpBox::removeMeasurement);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this] { m_remove->setEnabled(!m_readOnly && m_table->currentRow() >= 0); });
    refresh();
}

const Indicator* IndicatorFollowUpBox::current() const
{
    const int i = m_indicator->currentIndex();
    return i >= 0 && i < m_indicators.size() ? &m_indicators[i].second : nullptr;
}

void IndicatorFollowUpBox::refresh()
{
    const QString keep = current() ? current()->uuid : QString();
    QString error;
    m_indicators.clear();
    if (const auto plan = PlanStore(m_db).load(m_collaborationId, &error)) {
        for (const auto& i : plan->interventions) {
            for (const auto& ind : i.indicators)
                m_indicators.append({ i.title, ind });
        }
    }
    // The planned paths start where the signed agreement's period starts.
    m_baselineDate = QDate();
    for (const auto& a : AgreementStore(m_db).list(m_collaborationId, &error)) {
        if (a.status == AgreementStatus::Signed && a.kind != AgreementKind::Cooperation)
            m_baselineDate = a.periodStart;
    }
    const QSignalBlocker blocker(m_indicator);
    m_indicator->clear();
    int select = 0;
    for (int n = 0; n < m_indicators.size(); ++n) {
        m_indicator->addItem(tr("%1 – %2").arg(m_indicators[n].second.name, m_indicators[n].first));
        if (m_indicators[n].second.uuid == keep)
            select = n;
    }
    m_indicator->setCurrentIndex(m_indicators.isEmpty() ? -1 : select);
    showIndicator(m_indicator->currentIndex());
}

void IndicatorFollowUpBox::selectIndicator(const QString& name)
{
    for (int n = 0; n < m_indicators.size(); ++n) {
        if (m_indicators[n].second.name == name)
            m_indicator->setCurrentIndex(n);
    }
}

void IndicatorFollowUpBox::showIndicator(int index)
{
    m_measurements.clear();
    m_table->setRowCount(0);
    const Indicator* ind = index >= 0 && index < m_indicators.size() ? &m_indicators[index].second : nullptr;
    m_add->setEnabled(ind && !m_readOnly);
    m_remove->setEnabled(false);
    if (!ind) {
        m_status->setText(tr("The action plan has no indicators yet: they are added to the goals in the plan."));
        m_bands->clear();
        m_chart->setPaint({}, tr("No indicator"));
        return;
    }
    QString error;
    m_measurements = MeasurementStore(m_db).list(ind->id, &error);
    m_table->setRowCount(static_cast<int>(m_measurements.size()));
    for (int r = 0; r < m_measurements.size(); ++r) {
        const Measurement& m = m_measurements[r];
        QString source = Measurement::Sources.label(m.source);
        if (!m.sourceText.isEmpty())
            source = tr("%1: %2").arg(source, m.sourceText);
        const QStringList cells { m.schoolYear.isEmpty() ? m.measuredOn.toString(Qt::ISODate) : m.schoolYear,
                                  valueText(m.value, ind->unit), source, m.comment };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }

    // The newest measurement's status, against where the indicator should be by its date.
    QString status;
    if (m_measurements.isEmpty()) {
        status = tr("No measurement yet. Baseline %1, target %2 by %3.")
                     .arg(ind->baseline ? valueText(*ind->baseline, ind->unit) : tr("not set"),
                          ind->target ? valueText(*ind->target, ind->unit) : tr("not set"))
                     .arg(ind->targetYear > 0 ? QString::number(ind->targetYear) : tr("(no year)"));
    } else {
        const Measurement& newest = m_measurements.last();
        const IndicatorAssessment a
            = IndicatorFollowUp::assess(*ind, m_baselineDate, newest.value, newest.effectiveDate());
        status = a.computed
            ? tr("Newest value %1 (%2): <b>%3</b>; expected by then %4.")
                  .arg(valueText(newest.value, ind->unit), newest.effectiveDate().toString(Qt::ISODate),
                       IndicatorFollowUp::Statuses.label(*a.computed).toHtmlEscaped(),
                       a.expected ? valueText(*a.expected, ind->unit) : QStringLiteral("–"))
            : tr("Newest value %1 (%2); no status: the indicator needs a baseline, a target and a target year.")
                  .arg(valueText(newest.value, ind->unit), newest.effectiveDate().toString(Qt::ISODate));
    }
    m_status->setText(status);
    QStringList bands;
    for (IndicatorStatus s : IndicatorFollowUp::Statuses.all())
        bands << QStringLiteral("<b>%1</b>: %2")
                     .arg(IndicatorFollowUp::Statuses.label(s).toHtmlEscaped(),
                          IndicatorFollowUp::bandDescription(s, ind->direction).toHtmlEscaped());
    m_bands->setText(bands.join(QStringLiteral(" · ")));

    const IndicatorChartInput input = IndicatorChart::inputFor(*ind, m_baselineDate, m_measurements);
    m_chart->setPaint(
        [input, font = m_chart->font()](QPainter& painter, const QRectF& rect) {
            IndicatorChart::paint(painter, rect, input, font, Clock::currentDate());
        },
        QString());
    m_chart->setHeightFor([input, font = m_chart->font(), device = m_chart](qreal width) {
        return IndicatorChart::preferredHeight(input, font, width, device);
    });
}

void IndicatorFollowUpBox::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setEnabled(!readOnly && current());
    m_remove->setEnabled(!readOnly && m_table->currentRow() >= 0);
}

bool IndicatorFollowUpBox::addMeasurement()
{
    const Indicator* ind = current();
    if (!ind || m_readOnly)
        return false;
    MeasurementDialog dialog(ind->id, ind->name, ind->unit, ind->statistic, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Measurement m = dialog.measurement();
    m.indicatorId = ind->id;
    QString error;
    if (!MeasurementStore(m_db).save(m, &error)) {
        MessageBox::error(this, tr("Add a measurement"), tr("The measurement could not be saved: %1").arg(error));
        return false;
    }
    showIndicator(m_indicator->currentIndex());
    Q_EMIT measurementsChanged();
    return true;
}

bool IndicatorFollowUpBox::removeMeasurement()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_measurements.size() || m_readOnly)
        return false;
    const Measurement& m = m_measurements[row];
    if (MessageBox::question(
            this, tr("Remove measurement"),
            tr("Remove the value %1 of %2?")
                .arg(m.schoolYear.isEmpty() ? m.measuredOn.toString(Qt::ISODate) : m.schoolYear, current()->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    QString error;
    if (!MeasurementStore(m_db).remove(m.id, &error)) {
        MessageBox::error(this, tr("Remove measurement"), error);
        return false;
    }
    showIndicator(m_indicator->currentIndex());
    Q_EMIT measurementsChanged();
    return true;
}
