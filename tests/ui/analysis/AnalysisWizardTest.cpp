// The nulägesanalys wizard driven through its real widgets: a whole run, resume on
// the page it was left on, the minimum group size, undo, ranking by keyboard and
// an established analysis that can only be read.
#include "tests/ui/UiTestSupport.h"

#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "ui/analysis/AnalysisListPanel.h"
#include "ui/analysis/AnalysisPage.h"
#include "ui/analysis/AnalysisWizard.h"
#include "ui/analysis/AreasEditor.h"
#include "ui/analysis/CausesEditor.h"
#include "ui/analysis/EvidenceEditor.h"
#include "ui/analysis/ParticipantsEditor.h"
#include "ui/analysis/ProblemsEditor.h"
#include "ui/analysis/ResultsEditor.h"
#include "ui/analysis/ResultsModel.h"
#include "ui/analysis/SummaryEditor.h"
#include "ui/analysis/VoicesEditor.h"
#include "ui/session/AnalysisSession.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/RecordTable.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

namespace {

constexpr qint64 kCollaboration = 1;

/** The first unit in scope of the demo collaboration that is a school. */
qint64 schoolUnit(Database& db)
{
    CollaborationDocument doc(db, kCollaboration);
    REQUIRE(doc.isValid());
    for (const auto& u : doc.organizerUnits()) {
        if (doc.collaboration().unitIds.contains(u.id) && !SchoolForms::isPreschool(u.forms))
            return u.id;
    }
    FAIL("no school unit in scope");
    return 0;
}

/** A fresh draft for a school unit, saved with the newest skola template; `fill` may add content first. */
Analysis newAnalysis(Database& db, const std::function<void(Analysis&)>& fill = {})
{
    const auto tmpl = AnalysisTemplate::newestFor(AnalysisKind::School);
    REQUIRE(tmpl);
    Analysis a;
    a.collaborationId = kCollaboration;
    a.unitId = schoolUnit(db);
    a.templateId = tmpl->id;
    a.templateVersion = tmpl->version;
    QString error;
    REQUIRE(AnalysisStore(db).save(a, 5, &error));
    if (fill) {
        fill(a);
        INFO(error.toStdString());
        REQUIRE(AnalysisStore(db).save(a, 5, &error));
    }
    return a;
}

std::unique_ptr<AnalysisWizard> openWizard(Database& db, qint64 id)
{
    auto wizard = std::make_unique<AnalysisWizard>(db, id);
    INFO(wizard->errorString().toStdString());
    REQUIRE(wizard->isValid());
    wizard->show();
    REQUIRE(QTest::qWaitForWindowExposed(wizard.get()));
    return wizard;
}

template<typename T> T* editorOn(AnalysisWizard* wizard, const QString& pageId)
{
    AnalysisPage* page = wizard->pageById(pageId);
    REQUIRE(page);
    for (int i = 0; i < wizard->pageCount(); ++i) {
        if (wizard->page(i) == page)
            wizard->setCurrentIndex(i);
    }
    REQUIRE(wizard->currentPage() == page);
    auto* editor = qobject_cast<T*>(page->editor());
    REQUIRE(editor);
    return editor;
}

/** Types into a field that has the focus, as a user would. */
void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    typeText(field, text);
}

/** Opens the editor of a table cell, types, and presses Return. */
void typeInCell(QAbstractItemView* view, const QModelIndex& index, const QString& text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    view->edit(index);
    QWidget* cell = QApplication::focusWidget();
    REQUIRE(cell);
    REQUIRE(cell != view);
    typeText(cell, text);
    QTest::keyClick(cell, Qt::Key_Return);
}

void check(QListWidget* list, int row)
{
    REQUIRE(list->item(row));
    list->item(row)->setCheckState(Qt::Checked);
}

QString text(const QString& path, const QString& sql)
{
    return readFromFile(path, sql).toString();
}

} // namespace

TEST_CASE("A wizard run through the widgets stores the analysis the team wrote", "[ui][analysis]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Analysis start = newAnalysis(db);
    auto wizard = openWizard(db, start.id);
    CHECK(wizard->pageCount() == AnalysisTemplate::newestFor(AnalysisKind::School)->pages.size());
    CHECK(wizard->currentIndex() == 0);

    // 1. Participants and how the work was done.
    auto* participants = editorOn<ParticipantsEditor>(wizard.get(), QStringLiteral("scope"));
    QTest::mouseClick(participants->table()->addButton(), Qt::LeftButton);
    QWidget* cell = QApplication::focusWidget();
    REQUIRE(cell);
    typeText(cell, QStringLiteral("Johan Eriksson"));
    QTest::keyClick(cell, Qt::Key_Return);
    typeInCell(participants->table()->view(), participants->table()->model()->index(0, 1), QStringLiteral("Rektor"));
    typeInto(wizard->currentPage()->questionEdit(QStringLiteral("scope.process")),
             QStringLiteral("Sex träffar under hösten med hela skolteamet."));

    // 2. Results with a decimal comma and a marker, in a year added by the button.
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    auto* results = editorOn<ResultsEditor>(wizard.get(), QStringLiteral("results"));
    const int years = results->model()->periods().size();
    QTest::mouseClick(results->addYearButton(), Qt::LeftButton);
    REQUIRE(results->model()->periods().size() == years + 1);
    const QString newYear = results->model()->periods().last();
    typeInCell(results->table(), results->model()->index(0, 1), QStringLiteral("241,3"));
    typeInCell(results->table(), results->model()->index(0, years + 1), QStringLiteral(".."));
    CHECK(results->chartRow() == 0);

    // 3. Evidence.
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    auto* evidence = editorOn<EvidenceEditor>(wizard.get(), QStringLiteral("evidence"));
    QTest::mouseClick(evidence->addButton(), Qt::LeftButton);
    evidence->kindCombo()->setCurrentIndex(0); // Skolenkäten
    evidence->dateEdit()->setDate(QDate(2025, 4, 10));
    typeInto(evidence->titleEdit(), QStringLiteral("Skolenkäten våren 2025, åk 8"));
    typeInto(evidence->summaryEdit(), QStringLiteral("Hälften av eleverna upplever arbetsro."));

    // 4. Pupils' voices.
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    auto* voices = editorOn<VoicesEditor>(wizard.get(), QStringLiteral("voices"));
    QTest::mouseClick(voices->addButton(), Qt::LeftButton);
    voices->methodCombo()->setCurrentIndex(1); // gruppintervju
    typeInto(voices->groupEdit(), QStringLiteral("åk 8, två klasser"));
    voices->groupSizeSpin()->setValue(24);
    typeInto(voices->summaryEdit(), QStringLiteral("Eleverna vill ha fler genomgångar."));

    // 5. Causes: two, in different areas.
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    auto* causes = editorOn<CausesEditor>(wizard.get(), QStringLiteral("causes"));
    QTest::mouseClick(causes->addButton(), Qt::LeftButton);
    typeInto(causes->descriptionEdit(), QStringLiteral("Ingen gemensam struktur för lektionerna."));
    causes->areaCombo()->setCurrentIndex(causes->areaCombo()->findData(static_cast<int>(CauseArea::Teaching)));
    causes->levelCombo()->setCurrentIndex(causes->levelCombo()->findData(static_cast<int>(DecisionLevel::Teaching)));
    QTest::mouseClick(causes->addButton(), Qt::LeftButton);
    typeInto(causes->descriptionEdit(), QStringLiteral("Resultaten analyseras inte på huvudmannanivå."));
    causes->areaCombo()->setCurrentIndex(causes->areaCombo()->findData(static_cast<int>(CauseArea::FollowUp)));
    causes->levelCombo()->setCurrentIndex(causes->levelCombo()->findData(static_cast<int>(DecisionLevel::Organizer)));

    // 6. A problem linked to both causes and the evidence.
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    auto* problems = editorOn<ProblemsEditor>(wizard.get(), QStringLiteral("problems"));
    QTest::mouseClick(problems->addButton(), Qt::LeftButton);
    typeInto(problems->descriptionEdit(), QStringLiteral("För få elever i åk 9 når kunskapskraven i matematik."));
    check(problems->causeList(), 0);
    check(problems->causeList(), 1);
    check(problems->evidenceList(), 0);

    // 7. Two development areas, the problem under the first.
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    auto* areas = editorOn<AreasEditor>(wizard.get(), QStringLiteral("areas"));
    QTest::mouseClick(areas->addButton(), Qt::LeftButton);
    typeInto(areas->titleEdit(), QStringLiteral("Undervisning i matematik"));
    check(areas->problemList(), 0);
    QTest::mouseClick(areas->addButton(), Qt::LeftButton);
    typeInto(areas->titleEdit(), QStringLiteral("Systematiskt kvalitetsarbete"));

    // 8. Summary.
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    auto* summary = editorOn<SummaryEditor>(wizard.get(), QStringLiteral("summary"));
    CHECK(summary->overview()->toPlainText().contains(QStringLiteral("Undervisning i matematik")));
    typeInto(summary->summaryEdit(), QStringLiteral("Matematiken först."));
    // No save button: the pause after typing saves.
    waitUntil([&] {
        return text(t.path, QStringLiteral("SELECT summary FROM analysis WHERE id = %1").arg(start.id))
            == QStringLiteral("Matematiken först.");
    });

    QString error;
    const auto stored = AnalysisStore(db).load(start.id, &error);
    INFO(error.toStdString());
    REQUIRE(stored);
    REQUIRE(stored->causes.size() == 2);
    REQUIRE(stored->evidence.size() == 1);
    REQUIRE(stored->problems.size() == 1);
    REQUIRE(stored->areas.size() == 2);
    REQUIRE(stored->voices.size() == 1);

    Analysis expected = start;
    expected.currentPage = QStringLiteral("summary");
    expected.participants = { { QStringLiteral("Johan Eriksson"), QStringLiteral("Rektor"), QString() } };
    expected.answers
        = { { QStringLiteral("scope.process"), QStringLiteral("Sex träffar under hösten med hela skolteamet.") } };
    const QString firstYear = results->model()->periods().first();
    expected.results
        = { { QStringLiteral("averageGradesMeritRating9thGrade"), firstYear, 241.3, QString() },
            { QStringLiteral("averageGradesMeritRating9thGrade"), newYear, std::nullopt, QStringLiteral("..") } };
    expected.evidence
        = { { stored->evidence[0].id, QStringLiteral("skolenkaten"), QStringLiteral("Skolenkäten våren 2025, åk 8"),
              QStringLiteral("Hälften av eleverna upplever arbetsro."), QDate(2025, 4, 10) } };
    PupilVoice voice;
    voice.id = stored->voices[0].id;
    voice.method = QStringLiteral("gruppintervju");
    voice.group = QStringLiteral("åk 8, två klasser");
    voice.groupSize = 24;
    voice.summary = QStringLiteral("Eleverna vill ha fler genomgångar.");
    expected.voices = { voice };
    expected.causes = { { stored->causes[0].id, CauseArea::Teaching, DecisionLevel::Teaching,
                          QStringLiteral("Ingen gemensam struktur för lektionerna.") },
                        { stored->causes[1].id, CauseArea::FollowUp, DecisionLevel::Organizer,
                          QStringLiteral("Resultaten analyseras inte på huvudmannanivå.") } };
    expected.problems = { { stored->problems[0].id,
                            QStringLiteral("För få elever i åk 9 når kunskapskraven i matematik."),
                            { stored->causes[0].id, stored->causes[1].id },
                            { stored->evidence[0].id } } };
    expected.areas
        = { { stored->areas[0].id, QStringLiteral("Undervisning i matematik"), QString(), { stored->problems[0].id } },
            { stored->areas[1].id, QStringLiteral("Systematiskt kvalitetsarbete"), QString(), {} } };
    expected.summary = QStringLiteral("Matematiken först.");
    // What the team wrote: the identities the store gave the records (schema v6) are not part of it.
    Analysis written = *stored;
    written.uuid = expected.uuid;
    for (auto& p : written.participants)
        p = { p.name, p.role, p.organisation };
    for (auto& e : written.evidence)
        e.uuid.clear();
    for (auto& v : written.voices)
        v.uuid.clear();
    for (auto& c : written.causes)
        c.uuid.clear();
    for (auto& p : written.problems)
        p.uuid.clear();
    for (auto& a : written.areas)
        a.uuid.clear();
    CHECK(written == expected);
    // And in the file itself, through a connection of its own.
    CHECK(
        text(
            t.path,
            QStringLiteral("SELECT value FROM analysis_result WHERE analysis_id = %1 AND marker IS NULL").arg(start.id))
        == QStringLiteral("241.3"));
}

TEST_CASE("Closed half-way, the wizard reopens on the same page with everything kept", "[ui][analysis]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Analysis start = newAnalysis(db);
    {
        auto wizard = openWizard(db, start.id);
        auto* causes = editorOn<CausesEditor>(wizard.get(), QStringLiteral("causes"));
        QTest::mouseClick(causes->addButton(), Qt::LeftButton);
        typeInto(causes->descriptionEdit(), QStringLiteral("Lärarna saknar tid för kollegialt lärande."));
        wizard->accept(); // the bell rings: closed at once, before the typing pause is over
    }
    CHECK(text(t.path, QStringLiteral("SELECT current_page FROM analysis WHERE id = %1").arg(start.id))
          == QStringLiteral("causes"));
    auto wizard = openWizard(db, start.id);
    REQUIRE(wizard->currentPage() == wizard->pageById(QStringLiteral("causes")));
    auto* causes = qobject_cast<CausesEditor*>(wizard->currentPage()->editor());
    REQUIRE(causes);
    CHECK(causes->list()->count() == 1);
    CHECK(causes->descriptionEdit()->toPlainText() == QStringLiteral("Lärarna saknar tid för kollegialt lärande."));
}

TEST_CASE("A pupil group below the programme's minimum is refused on screen and not saved", "[ui][analysis]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Analysis start = newAnalysis(db);
    auto wizard = openWizard(db, start.id);
    const int minimum = wizard->session()->minGroupSize();
    REQUIRE(minimum > 3);
    auto* voices = editorOn<VoicesEditor>(wizard.get(), QStringLiteral("voices"));
    QTest::mouseClick(voices->addButton(), Qt::LeftButton);
    typeInto(voices->groupEdit(), QStringLiteral("elevrådet"));
    voices->groupSizeSpin()->setValue(3);
    typeInto(voices->summaryEdit(), QStringLiteral("Rasterna är för korta."));
    // After the pause the save is refused and says why.
    waitUntil([&] { return !wizard->hasPendingChanges() && voices->problemLabel()->isVisible(); });

    PupilVoice refused;
    refused.group = QStringLiteral("elevrådet");
    refused.groupSize = 3;
    refused.summary = QStringLiteral("Rasterna är för korta.");
    const QString message = refused.validate(minimum).value(0).message;
    REQUIRE_FALSE(message.isEmpty());
    CHECK(voices->problemLabel()->isVisible());
    CHECK(voices->problemLabel()->text().contains(message));
    CHECK(readFromFile(t.path, QStringLiteral("SELECT count(*) FROM pupil_voice WHERE analysis_id = %1").arg(start.id))
              .toInt()
          == 0);
    // What was typed stays on screen to be put right.
    CHECK(voices->summaryEdit()->toPlainText() == QStringLiteral("Rasterna är för korta."));

    voices->groupSizeSpin()->setValue(minimum);
    waitUntil([&] {
        return readFromFile(t.path,
                            QStringLiteral("SELECT group_size FROM pupil_voice WHERE analysis_id = %1").arg(start.id))
                   .toInt()
            == minimum;
    });
    CHECK_FALSE(voices->problemLabel()->isVisible());
    CHECK(
        readFromFile(t.path, QStringLiteral("SELECT group_size FROM pupil_voice WHERE analysis_id = %1").arg(start.id))
            .toInt()
        == minimum);
}

TEST_CASE("Ctrl+Z in the wizard writes the earlier text back to the file", "[ui][analysis][undo]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Analysis start = newAnalysis(db, [](Analysis& a) { a.summary = QStringLiteral("Första utkastet."); });
    auto wizard = openWizard(db, start.id);
    auto* summary = editorOn<SummaryEditor>(wizard.get(), QStringLiteral("summary"));
    summary->summaryEdit()->setFocus();
    summary->summaryEdit()->moveCursor(QTextCursor::End);
    typeText(summary->summaryEdit(), QStringLiteral(" Tillägg om förskolan."));
    const QString summarySql = QStringLiteral("SELECT summary FROM analysis WHERE id = %1").arg(start.id);
    waitUntil([&] { return text(t.path, summarySql) == QStringLiteral("Första utkastet. Tillägg om förskolan."); });
    REQUIRE(text(t.path, summarySql) == QStringLiteral("Första utkastet. Tillägg om förskolan."));

    QTest::keyClick(summary->summaryEdit(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(text(t.path, summarySql) == QStringLiteral("Första utkastet."));
    CHECK(summary->summaryEdit()->toPlainText() == QStringLiteral("Första utkastet."));
    QTest::keyClick(summary->summaryEdit(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(text(t.path, summarySql) == QStringLiteral("Första utkastet. Tillägg om förskolan."));
}

TEST_CASE("Development areas ranked by keyboard are stored in the new order", "[ui][analysis]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Analysis start = newAnalysis(db, [](Analysis& a) {
        a.areas = { { 0, QStringLiteral("Trygghet och studiero"), QString(), {} },
                    { 0, QStringLiteral("Språkutvecklande arbetssätt"), QString(), {} } };
    });
    auto wizard = openWizard(db, start.id);
    auto* areas = editorOn<AreasEditor>(wizard.get(), QStringLiteral("areas"));
    areas->list()->setFocus();
    areas->list()->setCurrentRow(1);
    QTest::keyClick(areas->list(), Qt::Key_Up, Qt::AltModifier);
    const QString firstSql
        = QStringLiteral("SELECT title FROM development_area WHERE analysis_id = %1 ORDER BY position LIMIT 1")
              .arg(start.id);
    CHECK(text(t.path, firstSql) == QStringLiteral("Språkutvecklande arbetssätt"));
    CHECK(areas->list()->currentRow() == 0);
    CHECK(areas->list()->item(0)->text().startsWith(QStringLiteral("1. Språkutvecklande")));
    // And back down with the button.
    QTest::mouseClick(areas->moveDownButton(), Qt::LeftButton);
    CHECK(text(t.path, firstSql) == QStringLiteral("Trygghet och studiero"));
}

TEST_CASE("An established analysis opens read-only; a new version is a draft again", "[ui][analysis]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    Analysis a = newAnalysis(db, [](Analysis& a) {
        a.causes = { { 0, CauseArea::Teaching, DecisionLevel::Teaching, QStringLiteral("Otydliga lektionsstarter.") } };
        a.summary = QStringLiteral("Fastställd sammanfattning.");
    });
    a.problems = { { 0, QStringLiteral("Låga resultat i matematik."), { a.causes[0].id }, {} } };
    QString error;
    REQUIRE(AnalysisStore(db).save(a, 5, &error));
    a.areas = { { 0, QStringLiteral("Matematik"), QString(), { a.problems[0].id } } };
    REQUIRE(AnalysisStore(db).save(a, 5, &error));
    REQUIRE(AnalysisStore(db).setStatus(a, AnalysisStatus::Established, QStringLiteral("Eva Holm"), 5, &error));

    auto wizard = openWizard(db, a.id);
    CHECK(wizard->banner()->isVisible());
    CHECK(wizard->banner()->text().contains(QStringLiteral("Eva Holm")));
    CHECK(wizard->newVersionButton()->isVisible());
    CHECK_FALSE(wizard->markDoneButton()->isEnabled());
    auto* causes = editorOn<CausesEditor>(wizard.get(), QStringLiteral("causes"));
    CHECK_FALSE(causes->descriptionEdit()->isEnabled());
    CHECK_FALSE(causes->addButton()->isEnabled());
    auto* summary = editorOn<SummaryEditor>(wizard.get(), QStringLiteral("summary"));
    CHECK(summary->summaryEdit()->isReadOnly());
    typeInto(summary->summaryEdit(), QStringLiteral("Ändrat"));
    wizard->flush(); // whatever the pause after typing would save, saved now
    CHECK(text(t.path, QStringLiteral("SELECT summary FROM analysis WHERE id = %1").arg(a.id))
          == QStringLiteral("Fastställd sammanfattning."));

    QTest::mouseClick(wizard->newVersionButton(), Qt::LeftButton);
    const Analysis& next = wizard->session()->analysis();
    CHECK(next.version == 2);
    CHECK(next.status == AnalysisStatus::Draft);
    CHECK(next.id != a.id);
    CHECK_FALSE(wizard->banner()->isVisible());
    CHECK(summary->summaryEdit()->isReadOnly() == false);
    CHECK(text(t.path, QStringLiteral("SELECT status FROM analysis WHERE id = %1").arg(a.id))
          == QStringLiteral("faststalld"));
}

TEST_CASE("Marking as done asks who, and shows the core's message when the analysis is not ready", "[ui][analysis]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Analysis start = newAnalysis(db);
    auto wizard = openWizard(db, start.id);
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<QInputDialog*>(modal);
        REQUIRE(dialog);
        dialog->setTextValue(QStringLiteral("Lena Berg"));
        dialog->accept();
    });
    wizard->markDone();
    CHECK(wizard->messageLabel()->isVisible());
    Analysis empty;
    empty.collaborationId = kCollaboration;
    const FieldErrors missing = empty.validate(5, true);
    REQUIRE_FALSE(missing.isEmpty());
    for (const auto& e : missing)
        CHECK(wizard->messageLabel()->text().contains(e.message));
    CHECK(text(t.path, QStringLiteral("SELECT status FROM analysis WHERE id = %1").arg(start.id))
          == QStringLiteral("utkast"));
}

TEST_CASE("The workspace lists the organizer level and each unit in scope, with the right template", "[ui][analysis]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    CollaborationDocument doc(db, kCollaboration);
    REQUIRE(doc.isValid());
    AnalysisListPanel panel(&doc, db);
    REQUIRE(panel.table()->rowCount() == 1 + doc.collaboration().unitIds.size());
    CHECK(panel.unitIdAt(0) == 0);
    for (int row = 1; row < panel.table()->rowCount(); ++row) {
        const qint64 unitId = panel.unitIdAt(row);
        bool preschool = false;
        for (const auto& u : doc.organizerUnits())
            preschool = preschool || (u.id == unitId && SchoolForms::isPreschool(u.forms));
        CHECK(panel.table()->item(row, 1)->text()
              == Analysis::Kinds.label(preschool ? AnalysisKind::Preschool : AnalysisKind::School));
        if (preschool && !AnalysisStore(db).current(kCollaboration, unitId)) {
            const qint64 id = panel.startAnalysis(unitId);
            REQUIRE(id > 0);
            CHECK(AnalysisStore(db).load(id)->templateId == QStringLiteral("nulagesanalys-forskola"));
        }
    }
}

TEST_CASE("Print preview lays the analysis out through the document module", "[ui][analysis]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Analysis start = newAnalysis(db, [](Analysis& a) { a.summary = QStringLiteral("Utskrift av analysen."); });
    auto wizard = openWizard(db, start.id);
    MessageBox::setNextAnswer(QMessageBox::Ok); // swallows an error, should one come, and records its text
    bool shown = false;
    onNextModal([&shown](QWidget* modal) {
        shown = qobject_cast<QPrintPreviewDialog*>(modal) != nullptr;
        waitForPreviewPages(modal);
        modal->close();
    });
    wizard->printPreview();
    CHECK(shown);
    const bool failed = MessageBox::lastText().contains(QStringLiteral("could not"));
    CHECK_FALSE(failed);
    if (!failed)
        MessageBox::information(nullptr, QString(), QString()); // takes the unused answer off the queue
}

TEST_CASE("Removing a cause that a problem points to removes the link too, and undo brings both back", "[ui][analysis]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    Analysis a = newAnalysis(db, [](Analysis& a) {
        a.causes = { { 0, CauseArea::Organisation, DecisionLevel::Principal,
                       QStringLiteral("Ingen gemensam planeringstid.") } };
    });
    a.problems = { { 0, QStringLiteral("Låg måluppfyllelse i åk 9."), { a.causes[0].id }, {} } };
    QString error;
    REQUIRE(AnalysisStore(db).save(a, 5, &error));
    auto wizard = openWizard(db, a.id);
    auto* causes = editorOn<CausesEditor>(wizard.get(), QStringLiteral("causes"));
    causes->list()->setCurrentRow(0);
    QTest::mouseClick(causes->removeButton(), Qt::LeftButton);
    const QString links
        = QStringLiteral("SELECT count(*) FROM problem_cause WHERE problem_id = %1").arg(a.problems[0].id);
    CHECK(readFromFile(t.path, QStringLiteral("SELECT count(*) FROM cause WHERE analysis_id = %1").arg(a.id)).toInt()
          == 0);
    CHECK(readFromFile(t.path, links).toInt() == 0);
    wizard->undo();
    CHECK(readFromFile(t.path, links).toInt() == 1);
    CHECK(causes->list()->count() == 1);
}
