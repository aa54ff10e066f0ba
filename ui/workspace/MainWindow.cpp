#include "MainWindow.h"

#include "CollaborationPage.h"
#include "DatabaseOpener.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/SchoolUnitStore.h"
#include "ui/collaboration/CollaborationDialog.h"
#include "ui/collaboration/PhaseStepper.h"
#include "ui/import/ImportLogDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/navigation/ListModels.h"
#include "ui/navigation/NavigatorPanel.h"
#include "ui/organizer/OrganizerDialog.h"
#include "ui/organizer/SchoolUnitDialog.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/UndoKeys.h"

#include <QAction>

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThreadPool>
#include <QTime>
#include <QUndoGroup>
#include <QVBoxLayout>
#include <limits>

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_navigator(new NavigatorPanel)
    , m_workspace(new QStackedWidget)
    , m_welcome(new QWidget)
    , m_undoGroup(new QUndoGroup(this))
    , m_saveState(new QLabel)
{
    auto* hint = new QLabel(tr("<h2>Skoldialog</h2><p>Choose a collaboration in the list to the left, or search "
                               "with Ctrl+F.</p><p>Everything you write is saved as you write it.</p>"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    auto* welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addWidget(hint);
    m_workspace->addWidget(m_welcome);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_workspace);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 400, 966 });
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addPermanentWidget(m_saveState);

    createActions();
    connect(m_navigator, &NavigatorPanel::currentChanged, this, [this](NavigatorPanel::List list, qint64 id) {
        if (list == NavigatorPanel::Collaborations && (!m_document || m_document->collaboration().id != id))
            openCollaboration(id);
    });
    connect(m_navigator, &NavigatorPanel::activated, this, [this](NavigatorPanel::List list, qint64 id) {
        if (list == NavigatorPanel::Organizers)
            editOrganizer(id);
        else if (list == NavigatorPanel::Units)
            editSchoolUnit(id);
        else if (m_page)
            m_page->stepper()->setFocus();
    });
    connect(m_navigator, &NavigatorPanel::newRequested, this, [this](NavigatorPanel::List list) {
        switch (list) {
        case NavigatorPanel::Collaborations:
            newCollaboration();
            break;
        case NavigatorPanel::Organizers:
            newOrganizer();
            break;
        case NavigatorPanel::Units:
            newSchoolUnit();
            break;
        default:
            break;
        }
    });
    reloadLists();
    updateTitle();
    m_saveState->setText(tr("All changes saved"));
    resize(1366, 768);
    // Skolverket's files dropped on the window open the import wizard with them.
    setAcceptDrops(true);
    restoreLastCollaboration();
}

QString MainWindow::lastCollaborationKey() const
{
    // Per database file: a laptop may hold a demo and a real database.
    return QStringLiteral("lastCollaboration/") + QString::fromLatin1(m_db->path().toUtf8().toBase64());
}

void MainWindow::restoreLastCollaboration()
{
    qint64 id = QSettings().value(lastCollaborationKey()).toLongLong();
    if (id <= 0 || !openCollaboration(id)) {
        const QModelIndex first = m_navigator->view(NavigatorPanel::Collaborations)->model()->index(0, 0);
        if (first.isValid())
            openCollaboration(first.data(ListRoles::Id).toLongLong());
    }
}

MainWindow::~MainWindow()
{
    closeCollaboration();
}

void MainWindow::createActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, &MainWindow::openOtherDatabase);
    file->addAction(tr("&Back up database…"), this, &MainWindow::backupDatabase);
    file->addSeparator();
    QAction* import
        = file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] { importFiles(); });
    import->setObjectName(QStringLiteral("importAction"));
    QAction* importLog = file->addAction(tr("Import &log…"), this, &MainWindow::showImportLog);
    importLog->setObjectName(QStringLiteral("importLogAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    UndoKeys::install(undo, redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* save = edit->addAction(tr("&Save now"), QKeySequence::Save, this, &MainWindow::saveNow);
    save->setObjectName(QStringLiteral("saveAction"));
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_navigator->searchEdit()->setFocus();
        m_navigator->searchEdit()->selectAll();
    });

    auto* collaboration = menuBar()->addMenu(tr("&Collaboration"));
    collaboration->addAction(tr("New &collaboration…"), this, &MainWindow::newCollaboration);
    collaboration->addAction(tr("New &organizer…"), this, &MainWindow::newOrganizer);
    collaboration->addAction(tr("New school &unit…"), this, &MainWindow::newSchoolUnit);
    collaboration->addSeparator();
    QAction* meeting = collaboration->addAction(tr("New &meeting"), QKeySequence(Qt::CTRL | Qt::Key_M), this, [this] {
        if (m_page)
            m_page->addMeeting();
    });
    meeting->setObjectName(QStringLiteral("newMeetingAction"));
    collaboration->addAction(tr("&Next phase…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] {
        if (m_page && m_document->collaboration().phase < Phases::Last)
            m_page->requestPhase(m_document->collaboration().phase + 1);
    });

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Skoldialog"), this, [this] {
        MessageBox::information(this, tr("About Skoldialog"),
                                tr("Skoldialog %1\n\nFor Samverkan för bästa skola: cases, meetings, analysis, plans "
                                   "and agreements, offline.\n\nLicence: EUPL-1.2\nDatabase: %2")
                                    .arg(QApplication::applicationVersion(), m_db->path()));
    });
}

void MainWindow::reloadLists()
{
    QString error;
    if (!m_navigator->reload(*m_db, &error))
        showSaveError(error);
}

void MainWindow::updateTitle()
{
    const QString file = QFileInfo(m_db->path()).fileName();
    setWindowTitle(m_document ? tr("%1 – Skoldialog (%2)").arg(m_document->organizer().name, file)
                              : tr("Skoldialog (%1)").arg(file));
}

void MainWindow::closeCollaboration()
{
    if (!m_document)
        return;
    m_page->flush();
    m_workspace->setCurrentWidget(m_welcome);
    m_undoGroup->removeStack(m_document->undoStack());
    delete m_page;
    delete m_document;
    m_page = nullptr;
    m_document = nullptr;
}

bool MainWindow::openCollaboration(qint64 id)
{
    closeCollaboration();
    auto* document = new CollaborationDocument(*m_db, id, this);
    if (!document->isValid()) {
        showSaveError(document->errorString());
        delete document;
        return false;
    }
    m_document = document;
    m_page = new CollaborationPage(document);
    m_workspace->addWidget(m_page);
    m_workspace->setCurrentWidget(m_page);
    m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());
    connect(document, &CollaborationDocument::saved, this, &MainWindow::showSaved);
    connect(document, &CollaborationDocument::saveFailed, this, &MainWindow::showSaveError);
    // The list shows phase and status: keep it current without losing the selection.
    // Only that list: the unit list may hold the whole country.
    connect(document, &CollaborationDocument::collaborationChanged, this, [this] {
        QString error;
        if (!m_navigator->reload(NavigatorPanel::Collaborations, *m_db, &error))
            showSaveError(error);
    });
    m_navigator->select(NavigatorPanel::Collaborations, id);
    QSettings().setValue(lastCollaborationKey(), id);
    updateTitle();
    return true;
}

void MainWindow::saveNow()
{
    if (m_page)
        m_page->flush();
    showSaved();
}

void MainWindow::showSaved()
{
    m_saveState->setStyleSheet(QString());
    m_saveState->setText(tr("All changes saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

void MainWindow::showSaveError(const QString& message)
{
    m_saveState->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_saveState->setText(tr("Not saved"));
    statusBar()->showMessage(message);
    MessageBox::error(this, tr("Not saved"), tr("%1\n\nWhat you typed is still on screen.").arg(message));
}

void MainWindow::newCollaboration()
{
    CollaborationDialog dialog(*m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadLists();
    m_navigator->setCurrentList(NavigatorPanel::Collaborations);
    openCollaboration(dialog.collaboration().id);
}

void MainWindow::newOrganizer()
{
    OrganizerDialog dialog(*m_db, Organizer {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadLists();
    m_navigator->setCurrentList(NavigatorPanel::Organizers);
    m_navigator->select(NavigatorPanel::Organizers, dialog.organizer().id);
}

void MainWindow::newSchoolUnit()
{
    SchoolUnit unit;
    unit.organizerId = m_navigator->selectedId(NavigatorPanel::Organizers);
    SchoolUnitDialog dialog(*m_db, unit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadLists();
    m_navigator->setCurrentList(NavigatorPanel::Units);
    m_navigator->select(NavigatorPanel::Units, dialog.unit().id);
}

void MainWindow::editOrganizer(qint64 id)
{
    QString error;
    const auto organizer = OrganizerStore(*m_db).load(id, &error);
    if (!organizer) {
        showSaveError(error);
        return;
    }
    OrganizerDialog dialog(*m_db, *organizer, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadLists();
}

void MainWindow::editSchoolUnit(qint64 id)
{
    QString error;
    const auto unit = SchoolUnitStore(*m_db).load(id, &error);
    if (!unit) {
        showSaveError(error);
        return;
    }
    SchoolUnitDialog dialog(*m_db, *unit, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadLists();
}

void MainWindow::openOtherDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("Skoldialog databases (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    closeCollaboration();
    // Release this file first: opening the same file again must not meet our own lock.
    if (QFileInfo(path).absoluteFilePath() == m_db->path())
        return;
    auto db = openDatabaseInteractively(path, this);
    if (!db)
        return;
    m_db = std::move(db);
    reloadLists();
    updateTitle();
}

void MainWindow::backupDatabase()
{
    saveNow();
    const QString suggestion = QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/")
        + QFileInfo(m_db->path()).completeBaseName() + QStringLiteral("-") + QDate::currentDate().toString(Qt::ISODate)
        + QStringLiteral(".db");
    const QString out
        = QFileDialog::getSaveFileName(this, tr("Back up database"), suggestion, tr("Skoldialog databases (*.db)"));
    if (out.isEmpty())
        return;
    QString error;
    if (!Backups::copyTo(m_db->path(), out, &error)) {
        MessageBox::error(this, tr("The backup failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(out), 8000);
}

void MainWindow::startBackgroundChecks(std::function<void()> done)
{
    const QString path = m_db->path();
    const bool fullCheck = m_db->integrityCheckDeferred();
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self, path, fullCheck, done] {
        QString damage;
        if (fullCheck) {
            const DatabaseInspection inspection = Database::inspect(path, Database::Check::Full);
            if (inspection.state == DatabaseInspection::State::Corrupt)
                damage = inspection.message;
        }
        // A damaged file is not backed up: it would push a good backup out of the ten kept.
        if (damage.isEmpty()) {
            QString error;
            if (Backups::create(path, &error).isEmpty())
                qWarning("Backup failed: %s", qPrintable(error));
        }
        QMetaObject::invokeMethod(qApp, [self, damage, done] {
            if (self && !damage.isEmpty())
                self->handleDamage(damage);
            if (done)
                done();
        });
    });
}

void MainWindow::handleDamage(const QString& message)
{
    closeCollaboration();
    const QString path = m_db->path();
    m_db.reset(); // let go of the file, so the backup can take its place
    auto db = offerNewestBackup(path, message, this);
    if (!db) {
        // Nothing better to open: go on with the file as it is, as the user chose.
        QString error;
        db = Database::open(path, &error, Database::Options { false, std::numeric_limits<qint64>::max() });
        if (!db) {
            MessageBox::error(this, tr("The database cannot be opened"), error);
            close();
            return;
        }
    }
    m_db = std::move(db);
    reloadLists();
    updateTitle();
    restoreLastCollaboration();
}

void MainWindow::importFiles(const QStringList& paths)
{
    saveNow();
    ImportWizard wizard(*m_db, paths, this);
    bool changed = false;
    connect(&wizard, &ImportWizard::databaseChanged, this, [&changed] { changed = true; });
    wizard.exec();
    if (changed)
        afterImport();
}

void MainWindow::showImportLog()
{
    saveNow();
    ImportLogDialog log(*m_db, this);
    bool changed = false;
    connect(&log, &ImportLogDialog::databaseChanged, this, [&changed] { changed = true; });
    log.exec();
    if (changed)
        afterImport();
}

void MainWindow::afterImport()
{
    // An import may have renamed the organizer or the units the open collaboration shows.
    const qint64 open = m_document ? m_document->collaboration().id : 0;
    reloadLists();
    if (open > 0)
        openCollaboration(open);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (!mime->hasUrls())
        return;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            return;
    }
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Not inside the drop: the source application waits until the drop returns.
    QMetaObject::invokeMethod(
        this, [this, paths] { importFiles(paths); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    closeCollaboration();
    event->accept();
}
