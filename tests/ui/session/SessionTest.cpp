// The edit sessions: every change is on disk before it is a step, undo and redo write
// the value back, and a step the file refused is no step at all (the stack never goes
// out of step with the file).
#include "tests/ui/UiTestSupport.h"

#include "core/storage/AgreementStore.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "ui/session/AgreementSession.h"
#include "ui/session/AnalysisSession.h"
#include "ui/session/CollaborationDocument.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSqlQuery>

namespace {

Agreement demoDraft(Database& db)
{
    const auto draft = AgreementStore(db).newest(1, AgreementKind::Interventions);
    REQUIRE(draft);
    REQUIRE(draft->status == AgreementStatus::Draft);
    return *draft;
}

QString storedTitle(const TestDatabase& t, qint64 agreementId)
{
    return readFromFile(t.path, QStringLiteral("SELECT title FROM agreement WHERE id = %1").arg(agreementId))
        .toString();
}

/** From now on the file refuses every change to `table`, as a full disk or a trigger would. */
void refuseWrites(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_%1 BEFORE UPDATE ON main.%1 "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                       .arg(table)));
}

void allowWrites(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER temp.refuse_%1").arg(table)));
}

} // namespace

TEST_CASE("An agreement draft's changes are undone and redone in the file, typing in one field is one step, and "
          "typing it back is none",
          "[session][agreement]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Agreement draft = demoDraft(db);
    AgreementSession session(db, draft.id);
    REQUIRE(session.isValid());
    QUndoStack* stack = session.undoStack();
    QSignalSpy reloaded(&session, &EditSessionBase::reloaded);

    Agreement a = session.agreement();
    a.title = draft.title + QStringLiteral(" (r");
    REQUIRE(session.change(a, QStringLiteral("Title"), QStringLiteral("title")));
    a.title = draft.title + QStringLiteral(" (reviderad)");
    REQUIRE(session.change(a, QStringLiteral("Title"), QStringLiteral("title")));
    CHECK(stack->count() == 1);
    CHECK(storedTitle(t, draft.id) == draft.title + QStringLiteral(" (reviderad)"));

    a.finalReportDate = QDate(2030, 6, 30);
    REQUIRE(session.change(a, QStringLiteral("Final report")));
    CHECK(stack->count() == 2);

    stack->undo();
    CHECK(session.agreement().finalReportDate == draft.finalReportDate);
    stack->undo();
    CHECK(storedTitle(t, draft.id) == draft.title);
    CHECK(session.agreement().title == draft.title);
    CHECK(reloaded.count() == 2);
    stack->redo();
    CHECK(storedTitle(t, draft.id) == draft.title + QStringLiteral(" (reviderad)"));
    CHECK(AgreementStore(db).load(draft.id)->title == session.agreement().title);

    // Typed and erased again in one field: nothing to undo.
    stack->clear();
    a = session.agreement();
    a.title += QStringLiteral("!");
    REQUIRE(session.change(a, QStringLiteral("Title"), QStringLiteral("title")));
    a.title.chop(1);
    REQUIRE(session.change(a, QStringLiteral("Title"), QStringLiteral("title")));
    CHECK(stack->count() == 0);
    CHECK_FALSE(stack->canUndo());
}

TEST_CASE("Undo keeps an agreement's status: an agreement sent for signing stays sent when its text is undone",
          "[session][agreement]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Agreement draft = demoDraft(db);
    AgreementSession session(db, draft.id);
    Agreement a = session.agreement();
    a.title = QStringLiteral("ÖK 2 för Ekbacka");
    REQUIRE(session.change(a, QStringLiteral("Title")));
    QString error;
    INFO(error.toStdString());
    REQUIRE(session.markSent(QDateTime(QDate(2026, 3, 1), QTime(10, 0)), &error));
    session.undoStack()->undo();
    const auto stored = AgreementStore(db).load(draft.id);
    CHECK(stored->title == draft.title);
    CHECK(stored->status == AgreementStatus::Sent);
    CHECK(session.agreement().status == AgreementStatus::Sent);
}

TEST_CASE("A signed agreement refuses changes in its session, with the reason, and records no step",
          "[session][agreement]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const auto signedOk1 = AgreementStore(db).newest(1, AgreementKind::Cooperation);
    REQUIRE(signedOk1);
    REQUIRE(signedOk1->isFrozen());
    AgreementSession session(db, signedOk1->id);
    REQUIRE(session.isValid());
    QSignalSpy failed(&session, &EditSessionBase::saveFailed);
    Agreement a = session.agreement();
    a.title += QStringLiteral(" (ändrad)");
    CHECK_FALSE(session.change(a, QStringLiteral("Title")));
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("amendment")));
    CHECK(session.undoStack()->count() == 0);
    CHECK(storedTitle(t, signedOk1->id) == signedOk1->title);
}

TEST_CASE("A refused undo or redo drops its step, so the undo stack never goes out of step with the file", "[session]")
{
    TestDatabase t(true);
    Database& db = *t.db;
    const Agreement draft = demoDraft(db);
    AgreementSession session(db, draft.id);
    QUndoStack* stack = session.undoStack();
    QSignalSpy failed(&session, &EditSessionBase::saveFailed);
    const QString first = draft.title + QStringLiteral(" 1");
    const QString second = draft.title + QStringLiteral(" 2");
    Agreement a = session.agreement();
    a.title = first;
    REQUIRE(session.change(a, QStringLiteral("First")));
    a.title = second;
    REQUIRE(session.change(a, QStringLiteral("Second")));
    REQUIRE(stack->count() == 2);

    SECTION("undo")
    {
        refuseWrites(db, QStringLiteral("agreement"));
        stack->undo();
        CHECK(failed.count() == 1);
        CHECK(storedTitle(t, draft.id) == second);
        CHECK(session.agreement().title == second);
        // The refused step is gone: what is left to undo is the first change, and nothing to redo.
        CHECK(stack->count() == 1);
        CHECK(stack->index() == 1);
        CHECK_FALSE(stack->canRedo());
        CHECK(stack->undoText() == QStringLiteral("First"));

        allowWrites(db, QStringLiteral("agreement"));
        stack->undo();
        CHECK(storedTitle(t, draft.id) == draft.title);
        CHECK(session.agreement().title == draft.title);
    }
    SECTION("redo")
    {
        stack->undo();
        REQUIRE(storedTitle(t, draft.id) == first);
        refuseWrites(db, QStringLiteral("agreement"));
        stack->redo();
        CHECK(failed.count() == 1);
        CHECK(storedTitle(t, draft.id) == first);
        CHECK(session.agreement().title == first);
        CHECK(stack->count() == 1);
        CHECK(stack->index() == 1);
        CHECK_FALSE(stack->canRedo());

        allowWrites(db, QStringLiteral("agreement"));
        stack->undo();
        CHECK(storedTitle(t, draft.id) == draft.title);
    }
}

TEST_CASE("The analysis and the collaboration sessions drop a refused undo too", "[session]")
{
    TestDatabase t(true);
    Database& db = *t.db;

    SECTION("analysis")
    {
        const auto list = AnalysisStore(db).list(1);
        qint64 draftId = 0;
        for (const auto& s : list) {
            if (s.status == AnalysisStatus::Draft)
                draftId = s.id;
        }
        if (draftId == 0) {
            const auto established = AnalysisStore(db).current(1, 0);
            REQUIRE(established);
            QString error;
            const auto next = AnalysisStore(db).newVersion(*established, &error);
            INFO(error.toStdString());
            REQUIRE(next);
            draftId = next->id;
        }
        AnalysisSession session(db, draftId);
        REQUIRE(session.isValid());
        Analysis a = session.analysis();
        a.summary = QStringLiteral("Ny sammanfattning");
        REQUIRE(session.change(a, QStringLiteral("Summary")));
        refuseWrites(db, QStringLiteral("analysis"));
        session.undoStack()->undo();
        CHECK(session.undoStack()->count() == 0);
        CHECK(session.analysis().summary == QStringLiteral("Ny sammanfattning"));
        CHECK(readFromFile(t.path, QStringLiteral("SELECT summary FROM analysis WHERE id = %1").arg(draftId)).toString()
              == QStringLiteral("Ny sammanfattning"));
    }
    SECTION("collaboration")
    {
        CollaborationDocument doc(db, 1);
        REQUIRE(doc.isValid());
        Collaboration c = doc.collaboration();
        const QString before = c.diaryNumber;
        c.diaryNumber = QStringLiteral("2026:999");
        REQUIRE(doc.changeCollaboration(c, QStringLiteral("Diary number")));
        refuseWrites(db, QStringLiteral("collaboration"));
        doc.undoStack()->undo();
        CHECK(doc.undoStack()->count() == 0);
        CHECK(doc.collaboration().diaryNumber == QStringLiteral("2026:999"));
        allowWrites(db, QStringLiteral("collaboration"));
        CHECK(readFromFile(t.path, QStringLiteral("SELECT diary_number FROM collaboration WHERE id = 1")).toString()
              == QStringLiteral("2026:999"));
        CHECK(before != c.diaryNumber);
    }
}

TEST_CASE("A decision added to a meeting, undone and redone, comes back as the same record with the same uuid",
          "[session][identity]")
{
    TestDatabase t(true);
    CollaborationDocument doc(*t.db, 1);
    REQUIRE_FALSE(doc.meetings().isEmpty());
    Meeting after = doc.meetings().first();
    const qint64 meetingId = after.id;
    const auto decisions = [&] {
        return readFromFile(t.path,
                            QStringLiteral("SELECT count(*) FROM decision WHERE meeting_id = %1").arg(meetingId))
            .toInt();
    };
    const int before = decisions();
    after.decisions.append({ QStringLiteral("Rektorerna redovisar lärgruppernas planering i mars") });
    REQUIRE(doc.changeMeeting(after, QStringLiteral("Nytt beslut")));
    REQUIRE(decisions() == before + 1);
    const QString sql
        = QStringLiteral("SELECT uuid FROM decision WHERE meeting_id = %1 AND text LIKE 'Rektorerna%'").arg(meetingId);
    const QString uuid = readFromFile(t.path, sql).toString();
    REQUIRE_FALSE(uuid.isEmpty());

    doc.undoStack()->undo();
    CHECK(decisions() == before);
    doc.undoStack()->redo();
    CHECK(decisions() == before + 1);
    CHECK(readFromFile(t.path, sql).toString() == uuid);
}
