#include "ImportPreviewPage.h"

#include "ImportPreviewModel.h"
#include "core/import/ImportPlan.h"
#include "ui/widgets/MessageStyles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString countsText(const Import::Counts& c)
{
    const QLocale l;
    return ImportPreviewPage::tr("%1 records: %2 new, %3 changed, %4 unchanged, %5 refused")
        .arg(l.toString(c.total()), l.toString(c.newRecords), l.toString(c.changed), l.toString(c.unchanged),
             l.toString(c.refused));
}

} // namespace

ImportPreviewPage::ImportPreviewPage(QWidget* parent)
    : WizardPageBase(parent)
    , m_summary(new QLabel)
    , m_outcome(new QComboBox)
    , m_search(new QLineEdit)
    , m_model(new ImportPreviewModel(this))
    , m_filter(new ImportPreviewFilter(this))
    , m_table(new QTableView)
    , m_details(new QPlainTextEdit)
    , m_shown(new QLabel)
{
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->setAccessibleName(tr("Show records"));
    m_outcome->addItems(
        { tr("All records"), tr("New and changed"), tr("New"), tr("Changed"), tr("Unchanged"), tr("Refused") });
    m_search->setObjectName(QStringLiteral("previewSearch"));
    m_search->setPlaceholderText(tr("Search: name, code, field, reason…"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("Records of the import"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Uniform rows: a view over 150,000 rows must not measure each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(false);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_table->setColumnWidth(ImportPreviewModel::OutcomeColumn, em * 7);
    m_table->setColumnWidth(ImportPreviewModel::KindColumn, em * 8);
    m_table->setColumnWidth(ImportPreviewModel::RecordColumn, em * 25);
    m_table->setColumnWidth(ImportPreviewModel::FileColumn, em * 12);
    m_table->setColumnWidth(ImportPreviewModel::WhereColumn, em * 5);
    h->setSectionResizeMode(ImportPreviewModel::DetailColumn, QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setAccessibleName(tr("The record's changes or why it is refused"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 5 + 12);
    m_details->setPlaceholderText(tr("Choose a record to see each changed field, old → new, or why it is refused."));
    m_shown->setObjectName(QStringLiteral("shownLabel"));
    m_shown->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    addHeading(layout, tr("Preview"),
               tr("What the import would do to each record. Nothing is written yet. Changed records show each "
                  "field old → new; refused ones say why and where in the file."));
    layout->addWidget(m_summary);
    auto* filters = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("&Show"));
    showLabel->setBuddy(m_outcome);
    filters->addWidget(showLabel);
    filters->addWidget(m_outcome);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_shown);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::applyFilter);
    // Searching 150,000 rows on every key would lag: wait for a pause in the typing.
    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &ImportPreviewPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this, searchTimer] {
        searchTimer->stop();
        applyFilter();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportPreviewPage::showDetails);
}

void ImportPreviewPage::setReading(bool reading)
{
    if (reading)
        MessageStyles::show(m_summary, tr("Reading the files and comparing them with the database…"),
                            MessageStyles::Kind::Note);
}

void ImportPreviewPage::setPlan(std::shared_ptr<const Import::Plan> plan)
{
    m_model->setPlan(plan);
    if (!plan || plan->files.isEmpty())
        MessageStyles::show(m_summary, tr("No files chosen yet."), MessageStyles::Kind::Note);
    else if (plan->changesNothing())
        MessageStyles::show(m_summary,
                            countsText(plan->counts()) + QStringLiteral(". ")
                                + tr("Importing would change nothing: the database already says what the files say."),
                            MessageStyles::Kind::Note);
    else
        MessageStyles::show(m_summary, countsText(plan->counts()) + QLatin1Char('.'), MessageStyles::Kind::Info);
    applyFilter();
}

void ImportPreviewPage::applyFilter()
{
    using Import::Outcome;
    QSet<int> outcomes;
    switch (m_outcome->currentIndex()) {
    case NewAndChanged:
        outcomes = { static_cast<int>(Outcome::New), static_cast<int>(Outcome::Changed) };
        break;
    case New:
        outcomes = { static_cast<int>(Outcome::New) };
        break;
    case Changed:
        outcomes = { static_cast<int>(Outcome::Changed) };
        break;
    case Unchanged:
        outcomes = { static_cast<int>(Outcome::Unchanged) };
        break;
    case Refused:
        outcomes = { static_cast<int>(Outcome::Refused) };
        break;
    default:
        break;
    }
    m_filter->setFilter(outcomes, m_search->text());
    const QLocale l;
    m_shown->setText(tr("%1 of %2 shown").arg(l.toString(m_filter->rowCount()), l.toString(m_model->rowCount())));
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    showDetails();
}

void ImportPreviewPage::showDetails()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const QString text = current.isValid() ? m_model->details(current.row()) : QString();
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
}
