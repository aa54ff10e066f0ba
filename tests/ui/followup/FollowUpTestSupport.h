#pragma once
// What the follow-up GUI tests share: the demo's ÖK 2 signed, a progress report started from it,
// the wizard opened on it and its pages reached through the step list.
#include "tests/ui/UiTestSupport.h"

#include "core/agreement/Agreement.h"
#include "core/cases/FollowUpCases.h"
#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "core/storage/ProgressReportStore.h"
#include "ui/followup/ProgressReportWizard.h"

#include <catch2/catch.hpp>

#include <QListWidget>
#include <QTest>

#include <memory>

namespace FollowUpTest {

constexpr qint64 kCollaboration = 1;

/** Sends and signs the demo's ÖK 2 draft, as the agreement wizard would; returns it signed. */
inline Agreement signOk2(Database& db)
{
    AgreementStore store(db);
    QString error;
    auto ok2 = store.newest(kCollaboration, AgreementKind::Interventions, &error);
    INFO(error.toStdString());
    REQUIRE(ok2);
    if (ok2->status == AgreementStatus::Signed)
        return *ok2;
    REQUIRE(store.markSent(*ok2, QDateTime(ok2->periodStart.addDays(-20), QTime(9, 0)), &error));
    const QByteArray pdf = AgreementDocument::pdfBytes(*ok2, &error);
    REQUIRE_FALSE(pdf.isEmpty());
    REQUIRE(store.markSigned(*ok2, ok2->periodStart.addDays(-10), ok2->periodStart.addDays(-12), pdf, &error));
    return *ok2;
}

/** Delredovisning `number` started from the signed ÖK 2 and stored; returns its id. */
inline qint64 startReport(Database& db, int number = 1)
{
    QString error;
    auto draft = Cases::draftProgressReport(db, kCollaboration, number, &error);
    INFO(error.toStdString());
    REQUIRE(draft);
    REQUIRE(ProgressReportStore(db).saveDraft(*draft, &error));
    return draft->id;
}

inline ProgressReport storedReport(Database& db, qint64 id)
{
    QString error;
    auto r = ProgressReportStore(db).load(id, &error);
    INFO(error.toStdString());
    REQUIRE(r);
    return *r;
}

inline std::unique_ptr<ProgressReportWizard> openWizard(Database& db, qint64 id)
{
    auto wizard = std::make_unique<ProgressReportWizard>(db, id);
    INFO(wizard->errorString().toStdString());
    REQUIRE(wizard->isValid());
    wizard->show();
    REQUIRE(QTest::qWaitForWindowExposed(wizard.get()));
    // Active, so its mnemonics (Alt+N for Next) reach it as they would on screen.
    wizard->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(wizard.get()));
    return wizard;
}

/** Goes to the page of type T by keyboard: focus in the step list, Down until it is there. */
template<typename T> T* goTo(ProgressReportWizard* wizard)
{
    T* page = wizard->page<T>();
    REQUIRE(page);
    QListWidget* steps = wizard->stepList();
    steps->setFocus();
    for (int guard = 0; wizard->currentPage() != page && guard < 2 * wizard->pageCount(); ++guard)
        QTest::keyClick(steps, wizard->indexOf(page->pageId()) > wizard->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(wizard->currentPage() == page);
    return page;
}

} // namespace FollowUpTest
