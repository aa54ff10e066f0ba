// Organizers, units and collaborations made through the real dialogs, as a user types them.
#include "tests/ui/UiTestSupport.h"

#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/SchoolUnitStore.h"
#include "ui/collaboration/CollaborationDialog.h"
#include "ui/organizer/OrganizerDialog.h"
#include "ui/organizer/SchoolUnitDialog.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/ValidatedLineEdit.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace {

void clickSave(QDialog& dialog)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void type(ValidatedLineEdit* field, const QString& text)
{
    field->lineEdit()->clear();
    typeText(field->lineEdit(), text);
}

} // namespace

TEST_CASE("An organizer, a unit, a collaboration made in the dialogs are there after reopening", "[ui][dialogs]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialogs.db"));
    qint64 collaborationId = 0;
    {
        QString error;
        auto db = Database::open(path, &error, Database::Options { false });
        REQUIRE(db);

        OrganizerDialog organizerDialog(*db, Organizer {});
        type(organizerDialog.nameEdit(), QStringLiteral("Västra Åby kommun"));
        type(organizerDialog.numberEdit(), QStringLiteral("2120000142"));
        type(organizerDialog.municipalityEdit(), QStringLiteral("0180"));
        organizerDialog.contactsTable()->addRow();
        auto* contacts = organizerDialog.contactsTable()->model();
        contacts->setData(contacts->index(0, 0), QStringLiteral("Anna Berg"), Qt::EditRole);
        contacts->setData(contacts->index(0, 1), QStringLiteral("Skolchef"), Qt::EditRole);
        clickSave(organizerDialog);
        INFO(organizerDialog.errorText().toStdString());
        REQUIRE(organizerDialog.result() == QDialog::Accepted);
        CHECK(organizerDialog.organizer().organisationNumber == QStringLiteral("212000-0142"));

        SchoolUnitDialog unitDialog(*db, SchoolUnit {});
        type(unitDialog.nameEdit(), QStringLiteral("Åbyskolan"));
        type(unitDialog.codeEdit(), QStringLiteral("87654321"));
        unitDialog.formsList()->item(3)->setCheckState(Qt::Checked); // grundskola
        clickSave(unitDialog);
        INFO(unitDialog.errorText().toStdString());
        REQUIRE(unitDialog.result() == QDialog::Accepted);

        CollaborationDialog collaborationDialog(*db);
        typeText(collaborationDialog.diaryNumberEdit(), QStringLiteral("7.4.2-2026:17"));
        collaborationDialog.startEdit()->setDate(QDate(2026, 1, 15));
        REQUIRE(collaborationDialog.unitsList()->count() == 1);
        collaborationDialog.unitsList()->item(0)->setCheckState(Qt::Checked);
        clickSave(collaborationDialog);
        INFO(collaborationDialog.errorText().toStdString());
        REQUIRE(collaborationDialog.result() == QDialog::Accepted);
        collaborationId = collaborationDialog.collaboration().id;
    }

    QString error;
    auto db = Database::open(path, &error, Database::Options { false });
    REQUIRE(db);
    const auto organizer = OrganizerStore(*db).findByOrganisationNumber(QStringLiteral("212000-0142"));
    REQUIRE(organizer);
    CHECK(organizer->name == QStringLiteral("Västra Åby kommun"));
    REQUIRE(organizer->contacts.size() == 1);
    CHECK(organizer->contacts[0].role == QStringLiteral("Skolchef"));
    const auto units = SchoolUnitStore(*db).list(organizer->id);
    REQUIRE(units.size() == 1);
    CHECK(units[0].forms == QList<SchoolForm> { SchoolForm::Compulsory });
    const auto collaboration = CollaborationStore(*db).load(collaborationId);
    REQUIRE(collaboration);
    CHECK(collaboration->diaryNumber == QStringLiteral("7.4.2-2026:17"));
    CHECK(collaboration->plannedEndDate == QDate(2029, 1, 14)); // three years, the programme's default
    CHECK(collaboration->unitIds == QList<qint64> { units[0].id });
    CHECK(collaboration->phase == 1);
}

TEST_CASE("A wrong organisation number is shown under the field and nothing is saved", "[ui][dialogs]")
{
    TestDatabase t(false);
    OrganizerDialog dialog(*t.db, Organizer {});
    type(dialog.nameEdit(), QStringLiteral("Felstavade kommun"));
    type(dialog.numberEdit(), QStringLiteral("212000-0143")); // wrong check digit
    type(dialog.municipalityEdit(), QStringLiteral("0180"));
    clickSave(dialog);
    CHECK(dialog.result() != QDialog::Accepted);
    auto* message = dialog.numberEdit()->findChild<QLabel*>(QStringLiteral("validationMessage"));
    REQUIRE(message);
    CHECK(message->isVisibleTo(&dialog));
    CHECK_FALSE(message->text().isEmpty());
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(OrganizerStore(*t.db).list().isEmpty());
    CHECK(dialog.numberEdit()->text() == QStringLiteral("212000-0143")); // what was typed stays
}

TEST_CASE("A second organizer with the same number is refused, naming the first", "[ui][dialogs]")
{
    TestDatabase t(true);
    OrganizerDialog dialog(*t.db, Organizer {});
    type(dialog.nameEdit(), QStringLiteral("Dubblett kommun"));
    type(dialog.numberEdit(), QStringLiteral("212000-9994")); // Ekbacka kommun's
    type(dialog.municipalityEdit(), QStringLiteral("2598"));
    clickSave(dialog);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("Ekbacka kommun")));
    CHECK(OrganizerStore(*t.db).list().size() == 1);
}
