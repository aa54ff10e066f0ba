// What every wizard has from WizardFrame, checked once on each of them: typing reaches
// the file within a second with nothing pressed, closing saves at once, Ctrl+Z writes
// the earlier value back and Ctrl+Y or Ctrl+Shift+Z the later, a signed record opens
// under the read-only banner, and a wizard reopens on the page it was closed on.
// The agreement wizard has undo too, through its AgreementSession.
// The per-wizard tests keep what differs between them.
#include "tests/ui/plan/PlanTestSupport.h"

#include "core/analysis/AnalysisTemplate.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "ui/agreement/AgreementPages.h"
#include "ui/agreement/AgreementWizard.h"
#include "ui/analysis/AnalysisPage.h"
#include "ui/analysis/AnalysisWizard.h"
#include "ui/analysis/SummaryEditor.h"
#include "ui/plan/ResponsibilityPage.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/UndoKeys.h"
#include "ui/workspace/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace {

constexpr qint64 kSignedOk1 = 1; // the demo's ÖK 1, signed
constexpr qint64 kDraftOk2 = 2; // the demo's ÖK 2, a draft

/** One wizard open on a text field, with the SQL that reads that field back from the file. */
struct Subject
{
    std::unique_ptr<WizardFrame> wizard;
    QWidget* field = nullptr;
    QString sql;
};

/** A new draft analysis for the first school unit in scope, its summary already written. */
qint64 newAnalysis(Database& db)
{
    const auto tmpl = AnalysisTemplate::newestFor(AnalysisKind::School);
    REQUIRE(tmpl);
    Analysis a;
    a.collaborationId = PlanTest::kCollaboration;
    CollaborationDocument doc(db, PlanTest::kCollaboration);
    REQUIRE(doc.isValid());
    for (const auto& u : doc.organizerUnits()) {
        if (a.unitId == 0 && doc.collaboration().unitIds.contains(u.id) && !SchoolForms::isPreschool(u.forms))
            a.unitId = u.id;
    }
    REQUIRE(a.unitId != 0);
    a.templateId = tmpl->id;
    a.templateVersion = tmpl->version;
    a.summary = QStringLiteral("Första utkastet.");
    QString error;
    INFO(error.toStdString());
    REQUIRE(AnalysisStore(db).save(a, 5, &error));
    return a.id;
}

Subject open(const std::string& kind, Database& db)
{
    Subject s;
    if (kind == "analysis") {
        const qint64 id = newAnalysis(db);
        auto* wizard = new AnalysisWizard(db, id);
        s.wizard.reset(wizard);
        REQUIRE(wizard->isValid());
        AnalysisPage* page = wizard->pageById(QStringLiteral("summary"));
        REQUIRE(page);
        wizard->show();
        wizard->setCurrentIndex(wizard->indexOf(QStringLiteral("summary")));
        auto* editor = qobject_cast<SummaryEditor*>(page->editor());
        REQUIRE(editor);
        s.field = editor->summaryEdit();
        s.sql = QStringLiteral("SELECT summary FROM analysis WHERE id = %1").arg(id);
    } else if (kind == "plan") {
        auto* wizard = new PlanWizard(db, PlanTest::kCollaboration);
        s.wizard.reset(wizard);
        REQUIRE(wizard->isValid());
        wizard->show();
        auto* page = PlanTest::goTo<ResponsibilityPage>(wizard);
        const qint64 first = PlanTest::storedPlan(db).interventions.first().id;
        page->selectIntervention(first);
        s.field = page->responsibleEdit();
        s.sql = QStringLiteral("SELECT responsible FROM intervention WHERE id = %1").arg(first);
    } else {
        auto* wizard = new AgreementWizard(db, kDraftOk2);
        s.wizard.reset(wizard);
        REQUIRE(wizard->isValid());
        wizard->show();
        wizard->setCurrentIndex(0);
        auto* page = qobject_cast<KindPage*>(wizard->page(0));
        REQUIRE(page);
        s.field = page->titleEdit();
        s.sql = QStringLiteral("SELECT title FROM agreement WHERE id = %1").arg(kDraftOk2);
    }
    REQUIRE(QTest::qWaitForWindowExposed(s.wizard.get()));
    return s;
}

QString textOf(QWidget* field)
{
    if (auto* line = qobject_cast<QLineEdit*>(field))
        return line->text();
    return qobject_cast<QPlainTextEdit*>(field)->toPlainText();
}

/** Puts the cursor at the end of the field and types `text`, as a user adding to it would. */
void append(QWidget* field, const QString& text)
{
    field->setFocus();
    if (auto* line = qobject_cast<QLineEdit*>(field))
        line->end(false);
    else
        qobject_cast<QPlainTextEdit*>(field)->moveCursor(QTextCursor::End);
    typeText(field, text);
}

} // namespace

TEST_CASE("In every wizard, what is typed is in the file within a second without pressing anything", "[ui][wizard]")
{
    const std::string kind = GENERATE(as<std::string> {}, "analysis", "plan", "agreement");
    INFO(kind);
    TestDatabase t(true);
    Subject s = open(kind, *t.db);
    const QString before = readFromFile(t.path, s.sql).toString();
    const QString after = before + QStringLiteral(" Tillägg, åäö.");
    append(s.field, QStringLiteral(" Tillägg, åäö."));
    CHECK(s.wizard->hasPendingChanges());
    waitUntil([&] { return readFromFile(t.path, s.sql).toString() == after; }, 1000);
    CHECK(readFromFile(t.path, s.sql).toString() == after);
    CHECK_FALSE(s.wizard->hasPendingChanges());
    CHECK(s.wizard->savedLabel()->text().startsWith(QStringLiteral("Saved ")));
}

TEST_CASE("In every wizard, closing saves at once what was typed", "[ui][wizard]")
{
    const std::string kind = GENERATE(as<std::string> {}, "analysis", "plan", "agreement");
    INFO(kind);
    TestDatabase t(true);
    Subject s = open(kind, *t.db);
    const QString after = readFromFile(t.path, s.sql).toString() + QStringLiteral(" Sist.");
    append(s.field, QStringLiteral(" Sist."));
    REQUIRE(s.wizard->hasPendingChanges());
    s.wizard->accept();
    CHECK(readFromFile(t.path, s.sql).toString() == after);
}

TEST_CASE("In every wizard, Ctrl+Z writes the earlier value back, Ctrl+Y and Ctrl+Shift+Z the later",
          "[ui][wizard][undo]")
{
    const std::string kind = GENERATE(as<std::string> {}, "analysis", "plan", "agreement");
    INFO(kind);
    TestDatabase t(true);
    Subject s = open(kind, *t.db);
    const QString before = readFromFile(t.path, s.sql).toString();
    const QString after = before + QStringLiteral(" Ändrat.");
    append(s.field, QStringLiteral(" Ändrat."));
    s.wizard->flush();
    REQUIRE(readFromFile(t.path, s.sql).toString() == after);

    QTest::keyClick(s.field, Qt::Key_Z, Qt::ControlModifier);
    CHECK(readFromFile(t.path, s.sql).toString() == before);
    CHECK(textOf(s.field) == before);
    QTest::keyClick(s.field, Qt::Key_Y, Qt::ControlModifier);
    CHECK(readFromFile(t.path, s.sql).toString() == after);
    CHECK(textOf(s.field) == after);
    QTest::keyClick(s.field, Qt::Key_Z, Qt::ControlModifier);
    CHECK(readFromFile(t.path, s.sql).toString() == before);
    QTest::keyClick(s.field, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(readFromFile(t.path, s.sql).toString() == after);
    CHECK(textOf(s.field) == after);
}

TEST_CASE("The main window and every wizard undo on Ctrl+Z and redo on Ctrl+Y and Ctrl+Shift+Z", "[ui][wizard][undo]")
{
    const QKeySequence undo(Qt::CTRL | Qt::Key_Z), ctrlY(Qt::CTRL | Qt::Key_Y),
        ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    TestDatabase t(true);
    Database& db = *t.db;
    AnalysisWizard analysis(db, newAnalysis(db));
    PlanWizard plan(db, PlanTest::kCollaboration);
    AgreementWizard agreement(db, kDraftOk2);
    for (WizardFrame* wizard : std::initializer_list<WizardFrame*> { &analysis, &plan, &agreement }) {
        INFO(wizard->objectName().toStdString());
        CHECK(wizard->undoAction()->shortcuts().contains(undo));
        CHECK(wizard->redoAction()->shortcuts().contains(ctrlY));
        CHECK(wizard->redoAction()->shortcuts().contains(ctrlShiftZ));
    }
    MainWindow window(std::move(t.db));
    bool undoFound = false, redoFound = false;
    for (QAction* action : window.findChildren<QAction*>()) {
        undoFound = undoFound || action->shortcuts() == UndoKeys::undoKeys();
        redoFound = redoFound
            || (action->shortcuts().contains(ctrlY) && action->shortcuts().contains(ctrlShiftZ)
                && action->shortcuts() == UndoKeys::redoKeys());
    }
    CHECK(undoFound);
    CHECK(redoFound);
}

TEST_CASE("A signed agreement opens under the read-only banner, and typing changes nothing in the file", "[ui][wizard]")
{
    TestDatabase t(true);
    {
        Subject draft = open("agreement", *t.db);
        CHECK_FALSE(draft.wizard->banner()->isVisible());
    }
    AgreementWizard wizard(*t.db, kSignedOk1);
    REQUIRE(wizard.isValid());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK(wizard.banner()->isVisible());
    CHECK_FALSE(wizard.banner()->text().isEmpty());
    wizard.setCurrentIndex(0);
    auto* kind = qobject_cast<KindPage*>(wizard.page(0));
    REQUIRE(kind);
    const QString sql = QStringLiteral("SELECT title FROM agreement WHERE id = %1").arg(kSignedOk1);
    const QString before = readFromFile(t.path, sql).toString();
    append(kind->titleEdit(), QStringLiteral(" Ändrat"));
    wizard.flush();
    CHECK(readFromFile(t.path, sql).toString() == before);
}

TEST_CASE("Closed on a later page, the analysis and the plan wizard reopen on it", "[ui][wizard]")
{
    const std::string kind = GENERATE(as<std::string> {}, "analysis", "plan");
    INFO(kind);
    TestDatabase t(true);
    Database& db = *t.db;
    const qint64 analysisId = kind == "analysis" ? newAnalysis(db) : 0;
    const auto make = [&]() -> std::unique_ptr<WizardFrame> {
        if (kind == "analysis")
            return std::make_unique<AnalysisWizard>(db, analysisId);
        return std::make_unique<PlanWizard>(db, PlanTest::kCollaboration);
    };
    auto first = make();
    CHECK(first->currentIndex() == 0);
    CHECK_FALSE(first->backButton()->isEnabled());
    first->setCurrentIndex(3);
    QTest::mouseClick(first->nextButton(), Qt::LeftButton);
    first->accept();
    first.reset();

    auto again = make();
    CHECK(again->currentIndex() == 4);
    CHECK(again->stepList()->currentRow() == 4);
    CHECK(again->backButton()->isEnabled());
}
