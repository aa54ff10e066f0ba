#include "ResultsEditor.h"

#include "ResultsModel.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

ResultsEditor::ResultsEditor(const TemplatePage& page, QWidget* parent)
    : PageEditor(page, parent)
    , m_model(new ResultsModel(page.indicators, this))
    , m_table(new QTableView)
    , m_addYear(new QPushButton(tr("Add school &year")))
    , m_chartView(new QChartView)
{
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setAccessibleName(tr("Results per school year"));
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("2020/21")) + 16);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Room for the indicator's name beside six school years, so a name wraps over two lines at most.
    m_table->setMinimumWidth(
        m_table->horizontalHeader()->defaultSectionSize() * 6
        + m_table->fontMetrics().horizontalAdvance(QStringLiteral("Andel som nått kunskapskraven")));
    m_addYear->setObjectName(QStringLiteral("addYearButton"));

    auto* legend = new QLabel(tr("Decimal comma or point. Markers from the statistics are kept as written: "
                                 "“.” no data, “..” too few to report, “~100” about 100."));
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: palette(dark);"));

    m_chartView->setObjectName(QStringLiteral("trendChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(300, 260);
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setChart(chart);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addYear);
    buttons->addStretch();
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(legend);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_model, &ResultsModel::edited, this, [this] {
        updateChart();
        if (!m_loading)
            Q_EMIT edited(tr("Edit results"));
    });
    connect(m_addYear, &QPushButton::clicked, this, [this] {
        const int column = m_model->addPeriod();
        const QModelIndex cell = m_model->index(std::max(0, m_table->currentIndex().row()), column);
        m_table->setFocus();
        m_table->setCurrentIndex(cell);
        updateChart();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid() && current.row() != m_chartRow) {
            m_chartRow = current.row();
            updateChart();
        }
    });
}

void ResultsEditor::load(const Analysis& analysis)
{
    m_loading = true;
    if (m_model->results() != analysis.results) {
        const QModelIndex current = m_table->currentIndex();
        m_model->setResults(analysis.results);
        if (current.isValid())
            m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
    }
    m_table->resizeRowsToContents();
    updateChart();
    m_loading = false;
}

void ResultsEditor::setReadOnly(bool readOnly)
{
    m_addYear->setEnabled(!readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::EditTriggers(QAbstractItemView::NoEditTriggers)
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                                     | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
}

void ResultsEditor::writeTo(Analysis& analysis) const
{
    analysis.results = m_model->results();
}

void ResultsEditor::updateChart()
{
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    if (m_model->indicators().isEmpty())
        return;
    const TemplateIndicator& ind = m_model->indicators().value(m_chartRow);
    chart->setTitle(ind.unit.isEmpty() ? ind.label : QStringLiteral("%1 (%2)").arg(ind.label, ind.unit));
    auto* line = new QLineSeries;
    auto* points = new QScatterSeries;
    points->setMarkerSize(8);
    double low = ind.max, high = ind.min;
    const QList<IndicatorValue> results = m_model->results();
    const QStringList& periods = m_model->periods();
    for (int i = 0; i < periods.size(); ++i) {
        for (const auto& r : results) {
            if (r.indicator == ind.id && r.period == periods[i] && r.value) {
                line->append(i, *r.value);
                points->append(i, *r.value);
                low = std::min(low, *r.value);
                high = std::max(high, *r.value);
            }
        }
    }
    chart->addSeries(line);
    chart->addSeries(points);
    points->setColor(line->color());
    auto* x = new QBarCategoryAxis;
    // "2020/21" → "20/21" once the years crowd the axis; the table above names them in full.
    QStringList labels = periods;
    if (periods.size() > 5) {
        for (auto& l : labels)
            l = l.mid(2);
    }
    x->append(labels);
    auto* y = new QValueAxis;
    if (line->count() == 0) {
        y->setRange(ind.min, ind.max);
    } else {
        // Show the change, not the whole scale: a meritvärde from 200 to 215 on 0–340 looks flat.
        const double margin = std::max((high - low) * 0.25, (ind.max - ind.min) * 0.02);
        y->setRange(std::max(ind.min, low - margin), std::min(ind.max, high + margin));
        y->applyNiceNumbers();
    }
    y->setLabelFormat(y->max() - y->min() < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}
