#include "ImportWizard.h"

#include "ImportApplyPage.h"
#include "ImportFilesPage.h"
#include "ImportLogDialog.h"
#include "ImportPreviewPage.h"
#include "core/import/ImportService.h"
#include "core/storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThreadPool>
#include <QToolButton>

#include <atomic>

namespace {

/** Reads and plans `paths` against the file at `dbPath` through a read-only connection of this thread's own. */
std::shared_ptr<const Import::Plan> planOffThread(const QString& dbPath, const QStringList& paths, QString* error)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("import-preview-%1").arg(++counter);
    auto plan = std::make_shared<Import::Plan>();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            *plan = Import::Service(db).plan(paths, error);
        else
            *error = ImportWizard::tr("The database could not be read for the preview: %1").arg(db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return plan;
}

} // namespace

ImportWizard::ImportWizard(Database& db, const QStringList& paths, QWidget* parent)
    : WizardFrame(parent)
    , m_db(db)
    , m_files(new ImportFilesPage)
    , m_preview(new ImportPreviewPage)
    , m_apply(new ImportApplyPage)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from Skolverket"));
    stepList()->setAccessibleName(tr("Steps of the import"));
    setHeadline(tr("Import Skolverket's files"),
                tr("Registry units, unit statistics and Sök statistik reports, from files you downloaded"));
    // Nothing is typed here: the frame's undo and "saved" belong to the editing wizards.
    for (auto* b : findChildren<QToolButton*>())
        b->hide();
    savedLabel()->hide();
    addPage(QStringLiteral("files"), tr("Files"), m_files);
    addPage(QStringLiteral("preview"), tr("Preview"), m_preview);
    addPage(QStringLiteral("import"), tr("Import"), m_apply);

    connect(m_files, &ImportFilesPage::addRequested, this, &ImportWizard::addPaths);
    connect(m_files, &ImportFilesPage::removeRequested, this, &ImportWizard::removePath);
    connect(m_apply, &ImportApplyPage::importRequested, this, &ImportWizard::runImport);
    connect(m_apply, &ImportApplyPage::cancelRequested, this, &ImportWizard::cancelImport);
    connect(m_apply, &ImportApplyPage::logRequested, this, &ImportWizard::showLog);
    openOn(QStringLiteral("files"));
    m_files->setPlan(nullptr, {});
    m_preview->setPlan(nullptr);
    refreshApplyPage();
    if (!paths.isEmpty())
        addPaths(paths);
}

ImportWizard::~ImportWizard()
{
    detach();
}

void ImportWizard::commit(const QString&, const QString&)
{
    // Nothing to save as it is typed: the import writes only when Importera is pressed.
}

void ImportWizard::pageShown(int, int)
{
    refreshApplyPage();
}

void ImportWizard::addPaths(const QStringList& paths)
{
    bool added = false;
    for (const auto& p : paths) {
        const QString absolute = QFileInfo(p).absoluteFilePath();
        if (!m_paths.contains(absolute)) {
            m_paths << absolute;
            added = true;
        }
    }
    if (!added)
        return;
    m_files->setPaths(m_paths);
    replan();
}

void ImportWizard::removePath(int index)
{
    if (index < 0 || index >= m_paths.size())
        return;
    m_paths.removeAt(index);
    m_files->setPaths(m_paths);
    replan();
}

void ImportWizard::replan()
{
    const int generation = ++m_generation;
    m_planning = true;
    m_files->setReading(true, static_cast<int>(m_paths.size()));
    m_preview->setReading(true);
    refreshApplyPage();
    const QString dbPath = m_db.path();
    const QStringList paths = m_paths;
    QPointer<ImportWizard> self(this);
    QThreadPool::globalInstance()->start([self, generation, dbPath, paths] {
        QString error;
        auto plan = planOffThread(dbPath, paths, &error);
        QMetaObject::invokeMethod(qApp, [self, generation, plan, error] {
            // A later choice of files replaced this one: its plan is dropped.
            if (self && generation == self->m_generation)
                self->planFinished(plan, error);
        });
    });
}

void ImportWizard::planFinished(std::shared_ptr<const Import::Plan> plan, const QString& error)
{
    m_planning = false;
    m_plan = std::move(plan);
    m_files->setReading(false, 0);
    m_files->setPlan(m_plan, error);
    m_preview->setPlan(m_plan);
    refreshApplyPage();
    Q_EMIT planReady();
}

void ImportWizard::refreshApplyPage()
{
    if (m_importing)
        return;
    if (m_planning) {
        m_apply->setIntro(tr("Reading the files…"), false);
        return;
    }
    if (!m_plan || m_plan->files.isEmpty()) {
        m_apply->setIntro(tr("Choose the files to import on the first page."), false);
        return;
    }
    if (m_plan->changesNothing()) {
        m_apply->setIntro(tr("Nothing to import: the database already says what the files say."), false);
        return;
    }
    m_apply->setIntro(tr("Import will write: %1").arg(Import::Service::summaryText(*m_plan)), true);
}

void ImportWizard::setBusy(bool busy)
{
    // While writing, only Cancel works: the window cannot close, nor the files change.
    m_importing = busy;
    stepList()->setEnabled(!busy);
    nextButton()->setEnabled(!busy && currentIndex() < pageCount() - 1);
    backButton()->setEnabled(!busy && currentIndex() > 0);
    if (auto* close = findChild<QPushButton*>(QStringLiteral("closeButton")))
        close->setEnabled(!busy);
    m_files->setEnabled(!busy);
    m_preview->setEnabled(!busy);
    m_apply->setRunning(busy);
}

void ImportWizard::runImport()
{
    if (!m_plan || m_planning || m_importing || m_plan->changesNothing())
        return;
    m_cancel = false;
    setBusy(true);
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    const auto result = Import::Service(m_db).apply(*m_plan, [this, &sinceEvents](qint64 done, qint64 total) {
        m_apply->setProgress(done, total);
        // The one transaction runs on this thread: let the window paint and Cancel be clicked now and then.
        if (sinceEvents.elapsed() >= 30) {
            QApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
            sinceEvents.restart();
        }
        return !m_cancel;
    });
    setBusy(false);
    if (result.cancelled) {
        m_apply->setProgress(0, 1);
        m_apply->showResult(tr("The import was cancelled. Nothing was written: the database is as it was before."),
                            false);
        refreshApplyPage();
        return;
    }
    if (!result.ok) {
        m_apply->showResult(tr("Nothing was imported: %1").arg(result.error), true);
        refreshApplyPage();
        return;
    }
    m_apply->setProgress(1, 1);
    m_apply->showResult(tr("Imported. %1").arg(result.summary), false);
    Q_EMIT databaseChanged();
    // What is in the database now is what the files say: the preview shows it so.
    replan();
}

void ImportWizard::cancelImport()
{
    if (m_importing)
        m_cancel = true;
}

void ImportWizard::showLog()
{
    ImportLogDialog log(m_db, this);
    connect(&log, &ImportLogDialog::databaseChanged, this, [this] {
        Q_EMIT databaseChanged();
        replan();
    });
    log.exec();
}

void ImportWizard::done(int result)
{
    // Closing while writing cancels instead: the transaction is rolled back, the window stays.
    if (m_importing) {
        cancelImport();
        return;
    }
    WizardFrame::done(result);
}
