// The import wizard driven through its real widgets on a real database file, with
// Skolverket's real files: the national export, a folder of statistics responses,
// cancel half-way, the import log with its undo, and files dropped on the window.
#include "ImportTestSupport.h"
#include "tests/ui/UiTestSupport.h"

#include "core/import/ImportService.h"
#include "core/storage/Database.h"
#include "core/storage/StatisticStore.h"
#include "ui/import/ImportApplyPage.h"
#include "ui/import/ImportFilesModel.h"
#include "ui/import/ImportFilesPage.h"
#include "ui/import/ImportLogDialog.h"
#include "ui/import/ImportPreviewModel.h"
#include "ui/import/ImportPreviewPage.h"
#include "ui/import/ImportWizard.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/workspace/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace ImportFixtures;

namespace {

qint64 count(const QString& path, const QString& table)
{
    return readFromFile(path, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

/** Entries of the preview with `outcome` about `target`. */
int entries(const ImportPreviewModel* model, Import::Target target, Import::Outcome outcome)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Import::Entry* e = model->entry(row);
        n += e->target == target && e->outcome == outcome ? 1 : 0;
    }
    return n;
}

std::unique_ptr<ImportWizard> openWizard(Database& db)
{
    auto wizard = std::make_unique<ImportWizard>(db);
    wizard->show();
    REQUIRE(QTest::qWaitForWindowExposed(wizard.get()));
    return wizard;
}

void waitForPlan(ImportWizard* wizard)
{
    waitUntil([wizard] { return !wizard->isPlanning(); }, 60000);
    REQUIRE_FALSE(wizard->isPlanning());
}

} // namespace

TEST_CASE("The wizard imports the national export and a folder of statistics, showing the preview's counts",
          "[ui][import]")
{
    TestDatabase t(false);
    Database& db = *t.db;
    auto wizard = openWizard(db);
    ImportFilesPage* files = wizard->filesPage();

    // 1. The national export, chosen with Add files: recognised with its title and läsår, fast.
    FileDialog::setNextFileName(nationalExport());
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(files->addFilesButton(), Qt::LeftButton);
    waitForPlan(wizard.get());
    const qint64 previewMs = timer.elapsed();
    INFO("preview of the national export after " << previewMs << " ms");
    CHECK(previewMs < 1000);
    REQUIRE(files->pathList()->count() == 1);
    ImportFilesModel* fileModel = files->model();
    QAbstractItemModelTester fileTester(fileModel);
    REQUIRE(fileModel->rowCount() == 1);
    const auto cell = [fileModel](int column) { return fileModel->index(0, column).data().toString(); };
    CHECK(cell(ImportFilesModel::FileColumn).startsWith(QStringLiteral("Grundskola - Slutbetyg")));
    CHECK_FALSE(cell(ImportFilesModel::KindColumn).isEmpty());
    CHECK(cell(ImportFilesModel::ContentColumn).contains(QStringLiteral("Slutbetyg årskurs 9, samtliga elever")));
    CHECK(cell(ImportFilesModel::ContentColumn).contains(QStringLiteral("2024/25")));
    CHECK(cell(ImportFilesModel::EncodingColumn).contains(QStringLiteral("UTF-8")));
    CHECK_FALSE(cell(ImportFilesModel::ResultColumn).contains(QStringLiteral("Refused")));

    // 2. The preview: every unit new, filterable and searchable.
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    REQUIRE(wizard->currentIndex() == 1);
    ImportPreviewPage* preview = wizard->previewPage();
    QAbstractItemModelTester previewTester(preview->model());
    CHECK(entries(preview->model(), Import::Target::Unit, Import::Outcome::New) == 1714);
    const Import::Counts counts = wizard->plan()->counts();
    CHECK(preview->summaryLabel()->text().contains(QLocale().toString(counts.total())));
    CHECK(preview->summaryLabel()->text().contains(QLocale().toString(counts.newRecords)));
    CHECK(preview->filter()->rowCount() == preview->model()->rowCount());
    preview->outcomeCombo()->setCurrentIndex(ImportPreviewPage::Refused);
    CHECK(preview->filter()->rowCount() == counts.refused);
    preview->outcomeCombo()->setCurrentIndex(ImportPreviewPage::New);
    CHECK(preview->filter()->rowCount() == counts.newRecords);
    preview->searchEdit()->setFocus();
    typeText(preview->searchEdit(), QStringLiteral("oasens skola"));
    QTest::keyClick(preview->searchEdit(), Qt::Key_Return);
    REQUIRE(preview->filter()->rowCount() >= 1);
    CHECK(preview->filter()
              ->index(0, ImportPreviewModel::RecordColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Oasens skola")));
    CHECK(preview->shownLabel()->text().startsWith(QLocale().toString(preview->filter()->rowCount())));
    preview->searchEdit()->clear();
    preview->outcomeCombo()->setCurrentIndex(ImportPreviewPage::All);

    // 3. Import: the units are in the file, the summary says so.
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    ImportApplyPage* apply = wizard->applyPage();
    REQUIRE(apply->importButton()->isEnabled());
    QTest::mouseClick(apply->importButton(), Qt::LeftButton);
    CHECK(apply->resultLabel()->isVisible());
    CHECK(apply->resultLabel()->text().startsWith(QStringLiteral("Imported.")));
    CHECK(count(t.path, QStringLiteral("school_unit")) == 1714);
    CHECK_FALSE(apply->importButton()->isEnabled());
    waitForPlan(wizard.get());
    CHECK(wizard->plan()->changesNothing()); // the same file again would change nothing

    // 4. A folder of statistics responses instead: the unknown unit's are refused, the rest imports.
    QTemporaryDir dir;
    QStringList codes;
    const QString folder = statisticsFolder(dir, 20, &codes);
    wizard->setCurrentIndex(0);
    files->pathList()->setCurrentRow(0);
    QTest::mouseClick(files->removeButton(), Qt::LeftButton);
    CHECK(files->pathList()->count() == 0);
    FileDialog::setNextFileName(folder);
    QTest::mouseClick(files->addFolderButton(), Qt::LeftButton);
    waitForPlan(wizard.get());
    REQUIRE(fileModel->rowCount() == 21);
    wizard->setCurrentIndex(1);
    const int newValues = entries(preview->model(), Import::Target::Statistic, Import::Outcome::New);
    CHECK(newValues > 20 * 20);
    preview->outcomeCombo()->setCurrentIndex(ImportPreviewPage::Refused);
    REQUIRE(preview->filter()->rowCount() > 0);
    preview->table()->setCurrentIndex(preview->filter()->index(0, 0));
    CHECK_FALSE(preview->detailsView()->toPlainText().isEmpty()); // the reason
    CHECK_FALSE(preview->filter()->index(0, ImportPreviewModel::WhereColumn).data().toString().isEmpty());
    wizard->setCurrentIndex(2);
    QTest::mouseClick(apply->importButton(), Qt::LeftButton);
    CHECK(apply->resultLabel()->text().startsWith(QStringLiteral("Imported.")));
    const qint64 unitId
        = readFromFile(t.path, QStringLiteral("SELECT id FROM school_unit WHERE code = '%1'").arg(codes.first()))
              .toLongLong();
    QString error;
    CHECK(StatisticStore(db).forUnit(unitId, QStringLiteral(""), &error).size() > 20);
}

TEST_CASE("An import cancelled half-way writes nothing and says so", "[ui][import]")
{
    TestDatabase t(false);
    Database& db = *t.db;
    auto wizard = openWizard(db);
    wizard->addPaths({ nationalExport() });
    waitForPlan(wizard.get());
    wizard->setCurrentIndex(2);
    ImportApplyPage* apply = wizard->applyPage();
    const QByteArray before = fileHash(t.path);

    // Cancel is clicked while the import runs, as soon as it reports its first progress.
    bool clicked = false;
    QObject::connect(apply->progressBar(), &QProgressBar::valueChanged, apply, [&](int value) {
        if (!clicked && value > 0 && wizard->isImporting()) {
            clicked = true;
            REQUIRE(apply->cancelButton()->isEnabled());
            QTest::mouseClick(apply->cancelButton(), Qt::LeftButton);
        }
    });
    QTest::mouseClick(apply->importButton(), Qt::LeftButton);
    REQUIRE(clicked);
    CHECK(apply->resultLabel()->text().contains(QStringLiteral("cancelled")));
    CHECK(apply->resultLabel()->text().contains(QStringLiteral("Nothing was written")));
    CHECK(count(t.path, QStringLiteral("school_unit")) == 0);
    CHECK(count(t.path, QStringLiteral("organizer")) == 0);
    QString error;
    CHECK(Import::Service(db).log(&error).isEmpty());
    CHECK(fileHash(t.path) == before);
    // The import can still be run after the cancel.
    CHECK(apply->importButton()->isEnabled());
}

TEST_CASE("The import log lists an import with its SHA-256 and undoes it as a whole", "[ui][import]")
{
    TestDatabase t(false);
    Database& db = *t.db;
    importThroughService(db, { nationalExport() });
    REQUIRE(count(t.path, QStringLiteral("school_unit")) == 1714);

    ImportLogDialog log(db);
    log.show();
    REQUIRE(QTest::qWaitForWindowExposed(&log));
    QAbstractItemModelTester tester(log.model());
    REQUIRE(log.model()->rowCount() >= 1);
    const QString sha = log.model()->index(0, ImportLogModel::ShaColumn).data().toString();
    CHECK(sha.size() == 64);
    CHECK(log.model()->index(0, ImportLogModel::FileColumn).data().toString().startsWith(QStringLiteral("Grundskola")));
    CHECK(log.model()->index(0, ImportLogModel::NewColumn).data().toString() != QStringLiteral("0"));

    // No: nothing happens.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(log.undoButton(), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Grundskola - Slutbetyg")));
    CHECK(count(t.path, QStringLiteral("school_unit")) == 1714);

    bool changed = false;
    QObject::connect(&log, &ImportLogDialog::databaseChanged, [&changed] { changed = true; });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(log.undoButton(), Qt::LeftButton);
    INFO(log.resultLabel()->text().toStdString());
    CHECK(changed);
    CHECK(log.resultLabel()->text().contains(QStringLiteral("is undone")));
    CHECK(count(t.path, QStringLiteral("school_unit")) == 0);
    CHECK(log.model()->index(0, ImportLogModel::StateColumn).data().toString().startsWith(QStringLiteral("undone")));
    CHECK_FALSE(log.undoButton()->isEnabled());
}

TEST_CASE("Files dropped on the main window open the import wizard with them", "[ui][import][workspace]")
{
    TestDatabase t(true);
    MainWindow window(std::move(t.db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(nationalExport()) });
    QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());

    QStringList paths;
    int fileRows = -1;
    onNextModal([&](QWidget* modal) {
        auto* wizard = qobject_cast<ImportWizard*>(modal);
        REQUIRE(wizard);
        paths = wizard->paths();
        waitForPlan(wizard);
        fileRows = wizard->filesPage()->model()->rowCount();
        wizard->reject();
    });
    QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    waitUntil([&] { return fileRows >= 0; }, 10000);
    CHECK(paths == QStringList { nationalExport() });
    CHECK(fileRows == 1);
}
