// The window a process leader works in: the demo collaboration, meetings by keyboard,
// autosave without any explicit save, undo, phase changes, search and a damaged file.
#include "tests/ui/UiTestSupport.h"

#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "ui/collaboration/PhaseChangeDialog.h"
#include "ui/collaboration/PhaseStepper.h"
#include "ui/meeting/MeetingEditor.h"
#include "ui/navigation/NavigatorPanel.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/RecordTable.h"
#include "ui/workspace/CollaborationPage.h"
#include "ui/workspace/DatabaseOpener.h"
#include "ui/workspace/MainWindow.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

namespace {

std::unique_ptr<MainWindow> openWindow(TestDatabase& t)
{
    auto window = std::make_unique<MainWindow>(std::move(t.db));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

/** Presses Tab until `target` has the focus, at most `presses` times. */
bool tabUntil(QWidget* target, int presses)
{
    for (int i = 0; i < presses && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

QVariant meetingValue(const QString& path, const QString& column, qint64 id)
{
    return readFromFile(path, QStringLiteral("SELECT %1 FROM meeting WHERE id = %2").arg(column).arg(id));
}

} // namespace

TEST_CASE("The demo collaboration opens with its phases, units, people and meetings", "[ui][workspace]")
{
    TestDatabase t(true);
    auto window = openWindow(t);
    CollaborationPage* page = window->collaborationPage();
    REQUIRE(page); // the first collaboration opens by itself
    CHECK(page->document()->organizer().name == QStringLiteral("Ekbacka kommun"));
    CHECK(page->stepper()->phase() == 3);
    CHECK(page->stepper()->dateText(3) == QStringLiteral("2025-11-10"));
    CHECK(page->stepper()->dateText(4).isEmpty());
    CHECK(page->unitsList()->count() == 3);
    CHECK(page->teamTable()->model()->rowCount() == 3);
    CHECK(page->contactsTable()->model()->rowCount() == 4);
    CHECK(page->meetingList()->count() == 2);
}

TEST_CASE("A meeting added and filled in by keyboard alone is on disk without saving", "[ui][workspace]")
{
    TestDatabase t(true);
    const QString path = t.path;
    auto window = openWindow(t);
    CollaborationPage* page = window->collaborationPage();
    REQUIRE(page);

    QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier); // Ny möte
    REQUIRE(page->meetingList()->count() == 3);
    MeetingEditor* editor = page->meetingEditor();
    const qint64 id = editor->meetingId();
    REQUIRE(id > 0);
    REQUIRE(QApplication::focusWidget() == editor->startEdit());

    // Tab from the date (Tab steps through its date and time parts first), the length, to the kind.
    REQUIRE(tabUntil(editor->kindCombo(), 10));
    QTest::keyClick(editor->kindCombo(), Qt::Key_Down); // Dialogmöte → Gemensam träff
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == editor->placeEdit());
    typeText(editor->placeEdit(), QStringLiteral("Ekbackaskolan, aulan"));
    REQUIRE(tabUntil(editor->notesEdit(), 2)); // past the agenda
    const QString notes = QStringLiteral("Skolteamen redovisade lektionsbesöken. Åtgärderna för åk 7–9 prioriteras.");
    typeText(editor->notesEdit(), notes);

    // A participant: Tab to the table's Add button and press it; the name cell opens for typing.
    editor->participantsTable()->addButton()->setFocus();
    QTest::keyClick(editor->participantsTable()->addButton(), Qt::Key_Space);
    QWidget* cellEditor = QApplication::focusWidget();
    REQUIRE(cellEditor);
    typeText(cellEditor, QStringLiteral("Maria Lindqvist"));
    QTest::keyClick(cellEditor, Qt::Key_Return);

    // No Ctrl+S, no closing: within a second the words are in the file, as after a crash.
    waitUntil(
        [&] {
            return readFromFile(path,
                                QStringLiteral("SELECT name FROM meeting_participant WHERE meeting_id = %1").arg(id))
                       .toString()
                == QStringLiteral("Maria Lindqvist");
        },
        1000);
    CHECK(meetingValue(path, QStringLiteral("notes"), id).toString() == notes);
    CHECK(meetingValue(path, QStringLiteral("place"), id).toString() == QStringLiteral("Ekbackaskolan, aulan"));
    CHECK(meetingValue(path, QStringLiteral("kind"), id).toString() == QStringLiteral("gemensam_traff"));
    CHECK(readFromFile(path, QStringLiteral("SELECT name FROM meeting_participant WHERE meeting_id = %1").arg(id))
              .toString()
          == QStringLiteral("Maria Lindqvist"));
}

TEST_CASE("Ctrl+S saves typed text at once, and undo puts the old text back on disk", "[ui][workspace][undo]")
{
    TestDatabase t(true);
    const QString path = t.path;
    auto window = openWindow(t);
    CollaborationPage* page = window->collaborationPage();
    REQUIRE(page);
    page->tabs()->setCurrentIndex(1);
    MeetingEditor* editor = page->meetingEditor();
    const qint64 id = editor->meetingId();
    const QString before = meetingValue(path, QStringLiteral("notes"), id).toString();
    REQUIRE_FALSE(before.isEmpty());

    editor->notesEdit()->setFocus();
    editor->notesEdit()->moveCursor(QTextCursor::End);
    typeText(editor->notesEdit(), QStringLiteral(" Tillägg."));
    QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
    CHECK(meetingValue(path, QStringLiteral("notes"), id).toString() == before + QStringLiteral(" Tillägg."));

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(meetingValue(path, QStringLiteral("notes"), id).toString() == before);
    CHECK(editor->notesEdit()->toPlainText() == before);

    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(meetingValue(path, QStringLiteral("notes"), id).toString() == before + QStringLiteral(" Tillägg."));
}

TEST_CASE("Adding a meeting can be undone and redone, keeping its id", "[ui][workspace][undo]")
{
    TestDatabase t(true);
    const QString path = t.path;
    auto window = openWindow(t);
    CollaborationPage* page = window->collaborationPage();
    REQUIRE(page);
    page->addMeeting();
    const qint64 id = page->meetingEditor()->meetingId();
    CHECK(readFromFile(path, QStringLiteral("SELECT count(*) FROM meeting")).toInt() == 3);
    page->document()->undoStack()->undo();
    CHECK(readFromFile(path, QStringLiteral("SELECT count(*) FROM meeting")).toInt() == 2);
    CHECK(page->meetingList()->count() == 2);
    page->document()->undoStack()->redo();
    CHECK(readFromFile(path, QStringLiteral("SELECT count(*) FROM meeting WHERE id = %1").arg(id)).toInt() == 1);
}

TEST_CASE("Moving to the next phase records the date and note; undo records the step back", "[ui][workspace][undo]")
{
    TestDatabase t(true);
    const QString path = t.path;
    auto window = openWindow(t);
    CollaborationPage* page = window->collaborationPage();
    REQUIRE(page);
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<PhaseChangeDialog*>(modal);
        REQUIRE(dialog);
        dialog->dateEdit()->setDate(QDate(2026, 2, 13));
        typeText(dialog->noteEdit(), QStringLiteral("Nulägesanalysen fastställd"));
        dialog->accept();
    });
    page->stepper()->setFocus();
    QTest::keyClick(page->stepper(), Qt::Key_Right);
    QTest::keyClick(page->stepper(), Qt::Key_Return);
    CHECK(page->stepper()->phase() == 4);
    CHECK(page->stepper()->dateText(4) == QStringLiteral("2026-02-13"));
    CHECK(readFromFile(path, QStringLiteral("SELECT phase FROM collaboration WHERE id = 1")).toInt() == 4);
    CHECK(readFromFile(path, QStringLiteral("SELECT note FROM phase_change ORDER BY id DESC LIMIT 1")).toString()
          == QStringLiteral("Nulägesanalysen fastställd"));

    page->document()->undoStack()->undo();
    CHECK(page->stepper()->phase() == 3);
    CHECK(readFromFile(path, QStringLiteral("SELECT phase FROM collaboration WHERE id = 1")).toInt() == 3);
    // The history keeps both moves: forward to 4, then back to 3.
    CHECK(readFromFile(path, QStringLiteral("SELECT count(*) FROM phase_change WHERE collaboration_id = 1")).toInt()
          == 5);
}

TEST_CASE("A planned end before the start is refused on the spot and not saved", "[ui][workspace]")
{
    TestDatabase t(true);
    const QString path = t.path;
    auto window = openWindow(t);
    CollaborationPage* page = window->collaborationPage();
    REQUIRE(page);
    auto* end = page->findChild<QDateEdit*>(QStringLiteral("plannedEndEdit"));
    REQUIRE(end);
    end->setDate(QDate(2024, 1, 1));
    Q_EMIT end->editingFinished();
    CHECK(readFromFile(path, QStringLiteral("SELECT planned_end_date FROM collaboration WHERE id = 1")).toString()
          == QStringLiteral("2028-08-31"));
    end->setDate(QDate(2028, 12, 31));
    Q_EMIT end->editingFinished();
    CHECK(readFromFile(path, QStringLiteral("SELECT planned_end_date FROM collaboration WHERE id = 1")).toString()
          == QStringLiteral("2028-12-31"));
}

TEST_CASE("Search narrows every list to the rows holding all the words", "[ui][workspace][search]")
{
    TestDatabase t(true);
    auto window = openWindow(t);
    NavigatorPanel* navigator = window->navigator();
    navigator->setCurrentList(NavigatorPanel::Units);
    CHECK(navigator->visibleCount(NavigatorPanel::Units) == 3);
    typeText(navigator->searchEdit(), QStringLiteral("strand ekbacka"));
    CHECK(navigator->visibleCount(NavigatorPanel::Units) == 1); // Strandängsskolan, whose organizer is Ekbacka
    navigator->searchEdit()->clear();
    typeText(navigator->searchEdit(), QStringLiteral("99120003"));
    CHECK(navigator->visibleCount(NavigatorPanel::Units) == 1);
    CHECK(navigator->visibleCount(NavigatorPanel::Collaborations) == 0);
    navigator->searchEdit()->clear();
    typeText(navigator->searchEdit(), QStringLiteral("solrosen"));
    CHECK(navigator->visibleCount(NavigatorPanel::Collaborations) == 1); // found by its unit
}

TEST_CASE("A damaged database is replaced by its newest backup when the user agrees", "[ui][recovery]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("skadad.db"));
    {
        TestDatabase t(true);
        QString error;
        REQUIRE(Backups::copyTo(t.path, path, &error));
    }
    {
        QString error;
        auto db = Database::open(path, &error, Database::Options { true }); // takes a backup
        REQUIRE(db);
    }
    REQUIRE_FALSE(Backups::newest(path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(4096, 'x'));
    file.close();

    MessageBox::setNextAnswer(QMessageBox::Open); // "open the newest backup?"
    MessageBox::setNextAnswer(QMessageBox::Ok); // "the backup is open; the damaged file is kept as …"
    auto db = openDatabaseInteractively(path, nullptr);
    REQUIRE(db);
    CHECK(readFromFile(path, QStringLiteral("SELECT name FROM organizer")).toString()
          == QStringLiteral("Ekbacka kommun"));
    const QStringList aside = QDir(dir.path()).entryList({ QStringLiteral("skadad.db.damaged-*") });
    CHECK(aside.size() == 1); // the damaged file is kept, never deleted
}

TEST_CASE("Damage found by the check after the window is shown offers the newest backup", "[ui][recovery]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stor.db"));
    {
        TestDatabase t(true);
        QString error;
        REQUIRE(Backups::copyTo(t.path, path, &error));
    }
    REQUIRE_FALSE(Backups::create(path, nullptr).isEmpty()); // yesterday's backup
    {
        // The root page of a table nothing reads at opening: only the full check notices.
        const qint64 page = readFromFile(path,
                                         QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = "
                                                        "'unit_statistic'"))
                                .toLongLong();
        REQUIRE(page > 1);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek((page - 1) * 4096);
        file.write(QByteArray(4096, '\xff'));
    }
    QString error;
    Database::Options large;
    large.backupOnOpen = false;
    large.fullCheckLimitBytes = 0; // a national-sized file: the full check comes after the window
    auto db = Database::open(path, &error, large);
    REQUIRE(db);
    MainWindow window(std::move(db));
    window.show();

    MessageBox::setNextAnswer(QMessageBox::Open); // "open the newest backup?"
    MessageBox::setNextAnswer(QMessageBox::Ok); // "the backup is open"
    bool done = false;
    window.startBackgroundChecks([&] { done = true; });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 10000));
    CHECK(Database::inspect(path).state == DatabaseInspection::State::Sound); // the backup is in place
    CHECK(QDir(dir.path()).entryList({ QStringLiteral("stor.db.damaged-*") }).size() == 1);
    CHECK(window.collaborationPage()); // and the window works on it
    CHECK(readFromFile(path, QStringLiteral("SELECT name FROM organizer")).toString()
          == QStringLiteral("Ekbacka kommun"));
}

TEST_CASE("A database from a newer Skoldialog is refused with a message and left untouched", "[ui][recovery]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ny.db"));
    {
        QString error;
        auto db = Database::open(path, &error, Database::Options { false });
        REQUIRE(db);
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    MessageBox::setNextAnswer(QMessageBox::Ok);
    auto db = openDatabaseInteractively(path, nullptr);
    CHECK_FALSE(db);
    CHECK(MessageBox::lastText().contains(QStringLiteral("999")));
    CHECK(readFromFile(path, QStringLiteral("PRAGMA user_version")).toInt() == 999);
}
