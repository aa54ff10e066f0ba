#include "ResultsEditor.h"

#include "ResultsModel.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageStyles.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
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
    , m_fetch(new QPushButton(tr("&Fetch from the statistics")))
    , m_compare(new QCheckBox(tr("Show the &kommun and the country")))
    , m_status(new QLabel)
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
    m_fetch->setObjectName(QStringLiteral("fetchButton"));
    m_fetch->setToolTip(tr("Fills the table with what was imported (Arkiv → Importera…). A value typed by hand is "
                           "not replaced without asking."));
    m_fetch->setEnabled(false);
    m_compare->setObjectName(QStringLiteral("compareCheck"));
    m_compare->setEnabled(false);
    m_status->setObjectName(QStringLiteral("fetchStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* legend = new QLabel(tr("Decimal comma or point. Markers from the statistics are kept as written: "
                                 "“.” no data, “..” too few to report, “~100” about 100. Values in blue cells come "
                                 "from the imported statistics; point at one to see its source."));
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
    buttons->addWidget(m_fetch);
    buttons->addStretch();
    buttons->addWidget(m_compare);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_status);
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
    connect(m_fetch, &QPushButton::clicked, this, &ResultsEditor::fetchFromStatistics);
    connect(m_compare, &QCheckBox::toggled, this, &ResultsEditor::updateChart);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid() && current.row() != m_chartRow) {
            m_chartRow = current.row();
            updateChart();
        }
    });
}

void ResultsEditor::setStatisticsFeed(StatisticsFeed feed)
{
    m_feed = std::move(feed);
    m_fetch->setEnabled(!m_readOnly && m_feed.own != nullptr);
    readSources();
    updateChart();
}

void ResultsEditor::readSources()
{
    QString error;
    const auto read = [&error](const StatisticsFeed::Read& from) {
        QString e;
        QList<SourcedValue> values = from ? from(&e) : QList<SourcedValue> {};
        if (!e.isEmpty())
            error = e;
        return values;
    };
    m_model->setSources(read(m_feed.own));
    m_kommun = read(m_feed.kommun);
    m_country = read(m_feed.country);
    m_compare->setEnabled(!m_kommun.isEmpty() || !m_country.isEmpty());
    m_compare->setToolTip(
        m_compare->isEnabled() ? QString() : tr("No kommun or national values were imported for these indicators."));
    if (!error.isEmpty())
        MessageStyles::show(m_status, tr("The statistics could not be read: %1").arg(error),
                            MessageStyles::Kind::Error);
    layoutColumns();
}

void ResultsEditor::layoutColumns()
{
    // The columns move as school years are added: every period column is as wide as "2020/21", the source last.
    auto* header = m_table->horizontalHeader();
    for (int c = 1; c < m_model->columnCount(); ++c) {
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        header->resizeSection(c, header->defaultSectionSize());
    }
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    if (m_model->sourceColumn() >= 0) {
        header->setSectionResizeMode(m_model->sourceColumn(), QHeaderView::Interactive);
        header->resizeSection(m_model->sourceColumn(), m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    }
}

QString ResultsEditor::conflictList(const FetchPlan& plan) const
{
    QStringList lines;
    constexpr int kShown = 12;
    for (int n = 0; n < plan.conflicts.size() && n < kShown; ++n) {
        const auto& [typed, fetched] = plan.conflicts[n];
        QString label = typed.indicator;
        for (const auto& ind : m_model->indicators()) {
            if (ind.id == typed.indicator)
                label = ind.label;
        }
        const auto text = [](const IndicatorValue& v) {
            return v.value && v.marker.isEmpty() ? QLocale().toString(*v.value, 'f', QLocale::FloatingPointShortest)
                                                 : v.marker;
        };
        lines << tr("• %1, %2: %3 on screen, %4 in %5")
                     .arg(label, typed.period, text(typed), text(fetched.value), fetched.source);
    }
    if (plan.conflicts.size() > kShown)
        lines << tr("… and %n more", nullptr, static_cast<int>(plan.conflicts.size()) - kShown);
    return lines.join(QLatin1Char('\n'));
}

void ResultsEditor::fetchFromStatistics()
{
    if (!m_feed.own || m_readOnly)
        return;
    readSources();
    QStringList ids;
    for (const auto& ind : m_model->indicators())
        ids << ind.id;
    const FetchPlan plan = StatisticsFetch::plan(m_model->results(), m_model->sources(), ids);
    if (m_model->sources().isEmpty()) {
        MessageStyles::show(m_status,
                            tr("Nothing was imported for %1 yet. Import Skolverket's files with Arkiv → Importera… "
                               "and fetch again.")
                                .arg(m_feed.levelName),
                            MessageStyles::Kind::Note);
        return;
    }
    if (plan.isEmpty()) {
        MessageStyles::show(m_status,
                            tr("The table already holds every value the statistics have for %1.").arg(m_feed.levelName),
                            MessageStyles::Kind::Info);
        return;
    }
    bool overwrite = false;
    if (!plan.conflicts.isEmpty()) {
        const auto answer = MessageBox::question(
            this, tr("Replace values typed by hand?"),
            tr("%n value(s) on screen differ from the imported statistics:", nullptr,
               static_cast<int>(plan.conflicts.size()))
                + QStringLiteral("\n\n") + conflictList(plan) + QStringLiteral("\n\n")
                + tr("Yes replaces them with the statistics' values, No keeps them and fills only the empty cells. "
                     "Undo (Ctrl+Z) brings the table back either way."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return;
        overwrite = answer == QMessageBox::Yes;
    }
    const int changed = static_cast<int>(plan.fills.size()) + (overwrite ? static_cast<int>(plan.conflicts.size()) : 0);
    if (changed == 0) {
        MessageStyles::show(m_status, tr("Nothing changed: the values typed by hand were kept."),
                            MessageStyles::Kind::Info);
        return;
    }
    m_model->setResults(StatisticsFetch::apply(m_model->results(), plan, overwrite));
    layoutColumns();
    m_table->resizeRowsToContents();
    updateChart();
    QString text = tr("%n value(s) fetched from the statistics for %1.", nullptr, changed).arg(m_feed.levelName);
    if (!overwrite && !plan.conflicts.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n value(s) typed by hand kept.", nullptr, static_cast<int>(plan.conflicts.size()));
    MessageStyles::show(m_status, text, MessageStyles::Kind::Info);
    Q_EMIT edited(tr("Fetch from the statistics"));
}

void ResultsEditor::load(const Analysis& analysis)
{
    m_loading = true;
    if (m_feed.own)
        readSources();
    if (m_model->results() != analysis.results) {
        const QModelIndex current = m_table->currentIndex();
        m_model->setResults(analysis.results);
        layoutColumns();
        if (current.isValid())
            m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
    }
    m_table->resizeRowsToContents();
    updateChart();
    m_loading = false;
}

void ResultsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_addYear->setEnabled(!readOnly);
    m_fetch->setEnabled(!readOnly && m_feed.own != nullptr);
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
            if (r.indicator == ind.id && r.period == periods[i] && r.value && r.marker.isEmpty()) {
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
    const bool compare = m_compare->isEnabled() && m_compare->isChecked();
    chart->legend()->setVisible(compare);
    if (compare) {
        line->setName(m_feed.levelName);
        chart->legend()->markers(points).first()->setVisible(false);
        const auto addLine = [&](const QList<SourcedValue>& values, const QString& name, const QColor& color) {
            auto* other = new QLineSeries;
            other->setName(name);
            other->setObjectName(name);
            QPen pen(color);
            pen.setWidth(2);
            pen.setStyle(Qt::DashLine);
            other->setPen(pen);
            other->setPointsVisible(true); // a single school year is a point, not a line
            for (int i = 0; i < periods.size(); ++i) {
                for (const auto& v : values) {
                    if (v.value.indicator == ind.id && v.value.period == periods[i] && v.value.value
                        && v.value.marker.isEmpty()) {
                        other->append(i, *v.value.value);
                        low = std::min(low, *v.value.value);
                        high = std::max(high, *v.value.value);
                    }
                }
            }
            if (other->count() == 0) {
                delete other;
                return;
            }
            chart->addSeries(other);
        };
        if (!m_feed.kommunName.isEmpty())
            addLine(m_kommun, m_feed.kommunName, QColor(0xc2, 0x6b, 0x00));
        addLine(m_country, tr("The country"), QColor(0x55, 0x55, 0x55));
    }
    auto* x = new QBarCategoryAxis;
    // "2020/21" → "20/21" once the years crowd the axis; the table above names them in full.
    QStringList labels = periods;
    if (periods.size() > 5) {
        for (auto& l : labels)
            l = l.mid(2);
    }
    x->append(labels);
    auto* y = new QValueAxis;
    if (low > high) {
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
