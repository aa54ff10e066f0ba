#include "ImportApplyPage.h"

#include "ui/widgets/MessageStyles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ImportApplyPage::ImportApplyPage(QWidget* parent)
    : WizardPageBase(parent)
    , m_intro(new QLabel)
    , m_import(new QPushButton(tr("&Import")))
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("C&ancel import")))
    , m_result(new QLabel)
    , m_log(new QPushButton(tr("Import &log…")))
{
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_import->setObjectName(QStringLiteral("importButton"));
    QFont bold = m_import->font();
    bold.setBold(true);
    m_import->setFont(bold);
    m_import->setMinimumWidth(m_import->fontMetrics().horizontalAdvance(m_import->text()) + 48);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p %"));
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setEnabled(false);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_log->setObjectName(QStringLiteral("logButton"));
    for (auto* b : { m_import, m_cancel, m_log })
        b->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    addHeading(layout, tr("Import"),
               tr("Import writes every file in one go: all of it or, when you cancel or a write fails, nothing. "
                  "Each import is kept in the import log with the file's SHA-256 and can be undone from there."));
    layout->addWidget(m_intro);
    auto* row = new QHBoxLayout;
    row->addWidget(m_import);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    layout->addWidget(m_result);
    auto* logRow = new QHBoxLayout;
    logRow->addStretch();
    logRow->addWidget(m_log);
    layout->addLayout(logRow);
    layout->addStretch(1);

    connect(m_import, &QPushButton::clicked, this, &ImportApplyPage::importRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ImportApplyPage::cancelRequested);
    connect(m_log, &QPushButton::clicked, this, &ImportApplyPage::logRequested);
}

void ImportApplyPage::setIntro(const QString& text, bool canImport)
{
    m_intro->setText(text);
    m_import->setEnabled(canImport);
}

void ImportApplyPage::setRunning(bool running)
{
    m_import->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_log->setEnabled(!running);
    if (running) {
        m_result->hide();
        m_progress->setRange(0, 0);
    }
}

void ImportApplyPage::setProgress(qint64 done, qint64 total)
{
    // A progress bar counts in int: scale to per mille so 3 million rows fit.
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
}

void ImportApplyPage::showResult(const QString& text, bool error)
{
    MessageStyles::show(m_result, text, error ? MessageStyles::Kind::Error : MessageStyles::Kind::Info);
}
