#include "core/I18n.h"
#include "core/domain/Phase.h"
#include "core/domain/Validation.h"
#include "ui/widgets/QtStandardStrings.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

TEST_CASE("Skoldialog speaks Swedish unless the system asks for English", "[i18n]")
{
    CHECK(I18n::chooseLanguage(QLocale(QLocale::Swedish, QLocale::Sweden)) == QLocale::Swedish);
    CHECK(I18n::chooseLanguage(QLocale(QLocale::C)) == QLocale::Swedish);
    CHECK(I18n::chooseLanguage(QLocale(QLocale::Finnish, QLocale::Finland)) == QLocale::Swedish);
    CHECK(I18n::chooseLanguage(QLocale(QLocale::English, QLocale::UnitedKingdom)) == QLocale::English);
}

TEST_CASE("The Swedish catalogue is built in and translates the domain's words", "[i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/skoldialog_sv.qm")));
    QCoreApplication::installTranslator(&translator);
    CHECK(Phases::name(3) == QStringLiteral("Nulägesanalys"));
    CHECK(Phases::name(4) == QStringLiteral("Åtgärdsplan och överenskommelse"));
    const auto wrong = Validation::organisationNumber(QStringLiteral("202100-4186"));
    CHECK_FALSE(wrong.ok);
    CHECK(wrong.error.contains(QStringLiteral("kontrollsiffra"), Qt::CaseInsensitive));
    // Strings from the CLI and the opening of a damaged file are in the catalogue too.
    CHECK(QCoreApplication::translate("Cli", "Commands:") != QStringLiteral("Commands:"));
    CHECK(QCoreApplication::translate("DatabaseOpener", "The database is damaged")
          != QStringLiteral("The database is damaged"));
    CHECK(QCoreApplication::translate("SchoolForms", "Adapted compulsory school")
          == QStringLiteral("Anpassad grundskola"));
    // Qt's standard buttons: Debian's Swedish Qt catalogue lacks them, ours has them.
    const QStringList buttons = QtStandardStrings::translatedButtonTexts();
    CHECK(buttons.contains(QStringLiteral("Spara")));
    CHECK(buttons.contains(QStringLiteral("Avbryt")));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Avbryt"));
    QCoreApplication::removeTranslator(&translator);
    CHECK(Phases::name(3) == QStringLiteral("Current-state analysis"));
}
