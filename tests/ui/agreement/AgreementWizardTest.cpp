// The agreement wizard and the workspace's agreements tab, driven through their real
// widgets on the demo database: typing into a draft, printing it, signing it (after
// which the database refuses any change) and amending a signed agreement.
#include "tests/ui/UiTestSupport.h"

#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "core/storage/ProgrammeStore.h"
#include "ui/agreement/AgencyDetailsDialog.h"
#include "ui/agreement/AgreementPages.h"
#include "ui/agreement/AgreementWizard.h"
#include "ui/agreement/AgreementsPanel.h"
#include "ui/agreement/SigningDialog.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ValidatedLineEdit.h"

#include <catch2/catch.hpp>

#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

namespace {

constexpr qint64 kCollaboration = 1;
constexpr qint64 kSignedOk1 = 1; // the demo's ÖK 1, signed in 2025
constexpr qint64 kDraftOk2 = 2; // the demo's ÖK 2, a draft from the action plan

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

/** Tries a change as another program would, straight on the file. */
QString tryWrite(const QString& path, const QString& sql)
{
    QString error;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside-writer"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        if (!q.exec(sql))
            error = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outside-writer"));
    return error;
}

int sectionRow(const SectionsPage* page, const QString& heading)
{
    for (int i = 0; i < page->sectionList()->count(); ++i) {
        if (page->sectionList()->item(i)->text() == heading)
            return i;
    }
    return -1;
}

void signInDialog(const QDate& date)
{
    onNextModal([date](QWidget* modal) {
        auto* dialog = qobject_cast<SigningDialog*>(modal);
        REQUIRE(dialog);
        dialog->agencyDateEdit()->setDate(date);
        dialog->organizerDateEdit()->setDate(date);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("The demo's ÖK 2 draft, completed in the wizard by keyboard, prints what was typed", "[agreement][ui]")
{
    TestDatabase t(true);
    CollaborationDocument document(*t.db, kCollaboration);
    AgreementsPanel panel(&document, *t.db);
    REQUIRE(panel.list()->topLevelItemCount() == 2);
    panel.selectAgreement(kDraftOk2);
    CHECK(panel.removeButton()->isEnabled());
    CHECK_FALSE(panel.amendButton()->isEnabled());

    const QString pdf = t.dir.filePath(QStringLiteral("ok2.pdf"));
    const QString clause = QStringLiteral("Parterna följer upp insatserna vid varje dialogmöte.");
    onNextModal([&](QWidget* modal) {
        auto* wizard = qobject_cast<AgreementWizard*>(modal);
        REQUIRE(wizard);
        CHECK(wizard->pageCount() == 7);

        wizard->setCurrentIndex(1);
        auto* parties = qobject_cast<PartiesPage*>(wizard->page(1));
        REQUIRE(parties);
        QLineEdit* diary = parties->organizerFields().diaryNumber;
        diary->setFocus();
        diary->selectAll();
        typeText(diary, QStringLiteral("BUN 2026/14"));

        wizard->setCurrentIndex(3); // Åtaganden: the commitments and the plan's interventions
        auto* commitments = qobject_cast<SectionsPage*>(wizard->page(3));
        REQUIRE(commitments);
        CHECK(commitments->interventionTable()->rowCount() == 4);
        const int row = sectionRow(commitments, QStringLiteral("Huvudmannens åtaganden"));
        REQUIRE(row >= 0);
        commitments->sectionList()->setCurrentRow(row);
        commitments->bodyEdit()->setFocus();
        commitments->bodyEdit()->moveCursor(QTextCursor::End);
        typeText(commitments->bodyEdit(), QStringLiteral("\n") + clause);

        wizard->setCurrentIndex(wizard->pageCount() - 1); // leaving a page saves what was typed
        FileDialog::setNextFileName(pdf);
        QTest::mouseClick(wizard->pdfButton(), Qt::LeftButton);
        wizard->accept();
    });
    panel.openAgreement(kDraftOk2);

    CHECK(readFromFile(t.path, QStringLiteral("SELECT organizer_diary_number FROM agreement WHERE id = 2")).toString()
          == QStringLiteral("BUN 2026/14"));
    CHECK(readFromFile(t.path,
                       QStringLiteral("SELECT body FROM agreement_section WHERE agreement_id = 2 AND key = "
                                      "'huvudmannens_ataganden'"))
              .toString()
              .endsWith(clause));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("BUN 2026/14")));
    CHECK(text.contains(clause));
    CHECK(text.contains(QStringLiteral("202100-4185")));
    CHECK(text.contains(QStringLiteral("212000-9994")));
    INFO(text.toStdString());
    for (const char* title : { "Kollegialt lärande i matematik med FoU-team", "Matematiklyftet för lärare i åk 4–9",
                               "Gemensamma rutiner för lektionsstart och övergångar" })
        CHECK(text.contains(QString::fromUtf8(title)));
}

TEST_CASE("Recording the signing freezes the agreement in the wizard and in the database", "[agreement][ui]")
{
    TestDatabase t(true);
    AgreementWizard wizard(*t.db, kDraftOk2);
    REQUIRE(wizard.isValid());
    INFO(joinErrors(wizard.agreement().validateForSigning()).toStdString());
    REQUIRE(wizard.agreement().validateForSigning().isEmpty());

    signInDialog(QDate::currentDate());
    wizard.recordSigning();
    CHECK(wizard.agreement().status == AgreementStatus::Signed);
    const QString hash = wizard.agreement().pdfSha256;
    CHECK(hash.size() == 64);
    CHECK(readFromFile(t.path, QStringLiteral("SELECT pdf_sha256 FROM agreement WHERE id = 2")).toString() == hash);

    // Printed again, the signed agreement gives the same text.
    QString error;
    const QString first = t.dir.filePath(QStringLiteral("first.pdf")),
                  again = t.dir.filePath(QStringLiteral("again.pdf"));
    REQUIRE(AgreementDocument::writePdf(wizard.agreement(), first, &error));
    REQUIRE(AgreementDocument::writePdf(wizard.agreement(), again, &error));
    CHECK(pdfText(first) == pdfText(again));

    // The archive gets the very PDF that was signed: its fingerprint proves it.
    const QString archived = t.dir.filePath(QStringLiteral("arkiv.pdf"));
    FileDialog::setNextFileName(archived);
    wizard.saveAsPdf();
    QFile file(archived);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(AgreementStore::sha256(file.readAll()) == hash);

    wizard.setCurrentIndex(0);
    auto* kind = qobject_cast<KindPage*>(wizard.page(0));
    REQUIRE(kind);
    CHECK(kind->titleEdit()->isReadOnly());
    CHECK_FALSE(wizard.signButton()->isEnabled());

    CHECK_FALSE(tryWrite(t.path, QStringLiteral("UPDATE agreement SET title = 'Ändrad' WHERE id = 2")).isEmpty());
    CHECK_FALSE(
        tryWrite(t.path, QStringLiteral("UPDATE agreement_section SET body = 'x' WHERE agreement_id = 2")).isEmpty());
    CHECK_FALSE(
        tryWrite(t.path, QStringLiteral("DELETE FROM agreement_intervention WHERE agreement_id = 2")).isEmpty());
    CHECK(readFromFile(t.path, QStringLiteral("SELECT count(*) FROM agreement_intervention WHERE agreement_id = 2"))
              .toInt()
          == 4);
}

TEST_CASE("A signed agreement is changed only by an amendment, which replaces it once signed", "[agreement][ui]")
{
    TestDatabase t(true);
    CollaborationDocument document(*t.db, kCollaboration);
    AgreementsPanel panel(&document, *t.db);
    panel.selectAgreement(kSignedOk1);
    CHECK(panel.amendButton()->isEnabled());
    CHECK_FALSE(panel.removeButton()->isEnabled());

    onNextModal([](QWidget* modal) {
        auto* wizard = qobject_cast<AgreementWizard*>(modal);
        REQUIRE(wizard);
        CHECK(wizard->agreement().kind == AgreementKind::Amendment);
        CHECK(wizard->agreement().amendsId == kSignedOk1);
        signInDialog(QDate::currentDate());
        wizard->recordSigning();
        wizard->accept();
    });
    const qint64 amendment = panel.amendSelected();
    REQUIRE(amendment > 0);
    CHECK(readFromFile(t.path, QStringLiteral("SELECT status FROM agreement WHERE id = 1")).toString()
          == QStringLiteral("ersatt"));
    CHECK(readFromFile(t.path,
                       QStringLiteral("SELECT status || ' ' || amends_id FROM agreement WHERE id = %1").arg(amendment))
              .toString()
          == QStringLiteral("undertecknad 1"));
    // Replaced is as frozen as signed.
    CHECK_FALSE(tryWrite(t.path, QStringLiteral("UPDATE agreement SET title = 'Ändrad' WHERE id = 1")).isEmpty());
}

TEST_CASE("Skolverket's details are a setting: a wrong organisation number is refused, a new address reaches the "
          "next agreement",
          "[agreement][ui]")
{
    TestDatabase t(true);
    const auto party = ProgrammeStore(*t.db).party(1);
    REQUIRE(party);
    {
        AgencyDetailsDialog dialog(*party);
        dialog.organisationNumberEdit()->setText(QStringLiteral("202100-4186")); // the check digit is wrong
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
    }
    ProgrammeParty moved = *party;
    moved.address.street = QStringLiteral("Box 23069");
    moved.address.postalCode = QStringLiteral("104 35");
    moved.address.locality = QStringLiteral("Stockholm");
    QString error;
    REQUIRE(ProgrammeStore(*t.db).saveParty(moved, &error));

    CollaborationDocument document(*t.db, kCollaboration);
    AgreementsPanel panel(&document, *t.db);
    onNextModal([](QWidget* modal) {
        auto* wizard = qobject_cast<AgreementWizard*>(modal);
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            FAIL_CHECK(box->text().toStdString());
        REQUIRE(wizard);
        CHECK(wizard->agreement().agency.address == QStringLiteral("Box 23069, 104 35 Stockholm"));
        wizard->accept();
    });
    CHECK(panel.createDraft(AgreementKind::Cooperation) > 0);
    // The signed ÖK 1 still says what it said.
    CHECK(readFromFile(t.path, QStringLiteral("SELECT agency_address FROM agreement WHERE id = 1")).toString()
          == QStringLiteral("Box 4002, 171 04 Solna"));
}
