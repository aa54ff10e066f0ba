#include "core/domain/Validation.h"

#include <catch2/catch.hpp>

using namespace Validation;

TEST_CASE("Organisation numbers of real bodies are valid and normalised", "[validation]")
{
    CHECK(organisationNumber(QStringLiteral("202100-4185")).ok); // Skolverket
    CHECK(organisationNumber(QStringLiteral("212000-0142")).ok); // Stockholms stad
    CHECK(organisationNumber(QStringLiteral("212000-1355")).ok); // Göteborgs stad
    CHECK(organisationNumber(QStringLiteral("2021004185")).normalized == QStringLiteral("202100-4185"));
    CHECK(organisationNumber(QStringLiteral("16202100-4185")).normalized == QStringLiteral("202100-4185"));
    CHECK(organisationNumber(QStringLiteral(" 212000-0142 ")).normalized == QStringLiteral("212000-0142"));
}

TEST_CASE("Organisation numbers with faults are refused with a reason", "[validation]")
{
    const auto wrongCheck = organisationNumber(QStringLiteral("202100-4186"));
    CHECK_FALSE(wrongCheck.ok);
    CHECK(wrongCheck.error.contains(QStringLiteral("check digit")));
    CHECK_FALSE(organisationNumber(QStringLiteral("202100-418")).ok); // nine digits
    CHECK_FALSE(organisationNumber(QStringLiteral("202100-41855")).ok); // eleven digits
    CHECK_FALSE(organisationNumber(QStringLiteral("811218-9876")).ok); // third digit 1: a personal number
    CHECK_FALSE(organisationNumber(QStringLiteral("20210O-4185")).ok); // a letter O
    CHECK_FALSE(organisationNumber(QString()).ok);
    CHECK_FALSE(organisationNumber(QStringLiteral("17202100-4185")).ok); // 12 digits not starting 16
}

TEST_CASE("School unit and municipality codes have fixed lengths", "[validation]")
{
    CHECK(schoolUnitCode(QStringLiteral("12345678")).ok);
    CHECK_FALSE(schoolUnitCode(QStringLiteral("1234567")).ok);
    CHECK_FALSE(schoolUnitCode(QStringLiteral("123456789")).ok);
    CHECK_FALSE(schoolUnitCode(QStringLiteral("1234567a")).ok);
    CHECK(municipalityCode(QStringLiteral("0180")).ok);
    CHECK(municipalityCode(QStringLiteral("0180")).normalized == QStringLiteral("0180"));
    CHECK_FALSE(municipalityCode(QStringLiteral("180")).ok);
    CHECK_FALSE(municipalityCode(QStringLiteral("01800")).ok);
}

TEST_CASE("Postal codes, dates, e-mail and amounts", "[validation]")
{
    CHECK(postalCode(QStringLiteral("17104")).normalized == QStringLiteral("171 04"));
    CHECK(postalCode(QString()).ok);
    CHECK_FALSE(postalCode(QStringLiteral("1710")).ok);
    CHECK(isoDate(QStringLiteral("2026-02-28")).ok);
    CHECK_FALSE(isoDate(QStringLiteral("2026-02-30")).ok);
    CHECK(email(QStringLiteral("karin@skolverket.se")).ok);
    CHECK_FALSE(email(QStringLiteral("karin@skolverket")).ok);
    CHECK(amountSek(QStringLiteral("250 000 kr")).normalized == QStringLiteral("250000"));
    CHECK_FALSE(amountSek(QStringLiteral("12,50")).ok);
}

TEST_CASE("Only the digits 0-9 count: other scripts' digits are refused (found by fuzzing)", "[validation]")
{
    // U+0660… are Arabic-Indic digits and U+FF11… full-width ones: QChar::isDigit() takes them,
    // but the database stores codes as [0-9] only.
    CHECK_FALSE(organisationNumber(QString::fromUtf8("\u0665 56212-00\u06605")).ok);
    CHECK_FALSE(schoolUnitCode(QString::fromUtf8("\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668")).ok);
    CHECK_FALSE(municipalityCode(QString::fromUtf8("\uff10\uff11\uff18\uff10")).ok);
    CHECK_FALSE(postalCode(QString::fromUtf8("17\u06604")).ok);
    CHECK_FALSE(amountSek(QString::fromUtf8("\u0661\u0660\u0660")).ok);
    CHECK_FALSE(luhnValid(QString::fromUtf8("\u0660\u0660")));
}
