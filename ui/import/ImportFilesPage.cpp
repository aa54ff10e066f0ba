#include "ImportFilesPage.h"

#include "ImportFilesModel.h"
#include "core/import/ImportPlan.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageStyles.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ImportFilesPage::ImportFilesPage(QWidget* parent)
    : WizardPageBase(parent)
    , m_paths(new QListWidget)
    , m_addFiles(new QPushButton(tr("Add &files…")))
    , m_addFolder(new QPushButton(tr("Add f&older…")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_model(new ImportFilesModel(this))
    , m_files(new QTableView)
    , m_busy(new QProgressBar)
    , m_status(new QLabel)
{
    m_paths->setObjectName(QStringLiteral("pathList"));
    m_paths->setAccessibleName(tr("Files and folders to import"));
    m_paths->setMaximumHeight(m_paths->fontMetrics().lineSpacing() * 4 + 12);
    m_addFiles->setObjectName(QStringLiteral("addFilesButton"));
    m_addFolder->setObjectName(QStringLiteral("addFolderButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setEnabled(false);
    for (auto* b : { m_addFiles, m_addFolder, m_remove })
        b->setAutoDefault(false);
    m_files->setObjectName(QStringLiteral("fileTable"));
    m_files->setAccessibleName(tr("What Skoldialog recognised in each file"));
    m_files->setModel(m_model);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setWordWrap(false);
    m_files->verticalHeader()->hide();
    m_files->setTabKeyNavigation(false);
    auto* h = m_files->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(ImportFilesModel::ContentColumn, QHeaderView::Stretch);
    const int em = m_files->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_files->setColumnWidth(ImportFilesModel::FileColumn, em * 15);
    m_files->setColumnWidth(ImportFilesModel::KindColumn, em * 11);
    m_files->setColumnWidth(ImportFilesModel::EncodingColumn, em * 9);
    m_files->setColumnWidth(ImportFilesModel::LayoutColumn, em * 9);
    m_files->setColumnWidth(ImportFilesModel::ResultColumn, em * 13);
    m_busy->setObjectName(QStringLiteral("readingProgress"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("filesStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    addHeading(layout, tr("Files"),
               tr("Choose the files you downloaded from Skolverket: the school-unit registry (JSON), statistics "
                  "and unit details from Planerade utbildningar (JSON, one file or a folder of them) and Sök "
                  "statistik reports (CSV, also after a re-save in Excel). Nothing is written until you press "
                  "Import on the last page."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_addFolder);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addWidget(m_paths);
    layout->addLayout(buttons);
    auto* status = new QHBoxLayout;
    status->addWidget(m_busy);
    status->addWidget(m_status, 1);
    layout->addLayout(status);
    layout->addWidget(m_files, 1);

    connect(m_paths, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_paths->currentRow() >= 0)
            Q_EMIT removeRequested(m_paths->currentRow());
    });
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        const QStringList files = FileDialog::openFileNames(
            this, tr("Add files to import"), tr("Skolverket's files (*.json *.csv *.txt);;All files (*)"));
        if (!files.isEmpty())
            Q_EMIT addRequested(files);
    });
    connect(m_addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialog::existingFolder(this, tr("Add a folder to import"));
        if (!folder.isEmpty())
            Q_EMIT addRequested({ folder });
    });
}

void ImportFilesPage::setPaths(const QStringList& paths)
{
    const int row = m_paths->currentRow();
    m_paths->clear();
    for (const auto& p : paths)
        m_paths->addItem(QDir::toNativeSeparators(p));
    m_paths->setCurrentRow(std::min(row, static_cast<int>(paths.size()) - 1));
    m_remove->setEnabled(m_paths->currentRow() >= 0);
}

void ImportFilesPage::setReading(bool reading, int pathCount)
{
    m_busy->setVisible(reading);
    if (reading)
        MessageStyles::show(m_status, tr("Reading %n file(s) or folder(s)…", nullptr, pathCount),
                            MessageStyles::Kind::Note);
}

void ImportFilesPage::setPlan(std::shared_ptr<const Import::Plan> plan, const QString& error)
{
    m_model->setPlan(plan);
    if (!error.isEmpty()) {
        MessageStyles::show(m_status, error, MessageStyles::Kind::Error);
        return;
    }
    if (!plan || plan->files.isEmpty()) {
        MessageStyles::show(m_status, tr("No files yet. Add files or a folder, or drop them on Skoldialog's window."),
                            MessageStyles::Kind::Note);
        return;
    }
    int refused = 0;
    for (const auto& f : plan->files)
        refused += f.refusedWhole() ? 1 : 0;
    const QString files = tr("%n file(s) read.", nullptr, static_cast<int>(plan->files.size()));
    if (refused > 0)
        MessageStyles::show(
            m_status,
            files + QLatin1Char(' ')
                + tr("%n file(s) cannot be read and will not be imported; the others will.", nullptr, refused),
            MessageStyles::Kind::Error);
    else
        MessageStyles::show(m_status, files + QLatin1Char(' ') + tr("See the preview on the next page."),
                            MessageStyles::Kind::Info);
}
