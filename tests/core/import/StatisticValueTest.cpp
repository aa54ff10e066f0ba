#include "core/domain/StatisticValue.h"
#include "core/domain/Validation.h"

#include <catch2/catch.hpp>

using Marker = StatisticValue::Marker;

TEST_CASE("Validation::parseDecimal reads numbers as Swedish statistics write them", "[import][validation]")
{
    double v = 0;
    CHECK((Validation::parseDecimal(u"241,3", &v) && v == 241.3));
    CHECK((Validation::parseDecimal(u"4 102", &v) && v == 4102));
    CHECK((Validation::parseDecimal(u"1 234 567", &v) && v == 1234567));
    CHECK((Validation::parseDecimal(u"1\u00a0234,5", &v) && v == 1234.5));
    CHECK((Validation::parseDecimal(u"-1 234", &v) && v == -1234));
    CHECK((Validation::parseDecimal(u"\u22122,5", &v) && v == -2.5));
    CHECK((Validation::parseDecimal(u"100", &v) && v == 100));
    CHECK((Validation::parseDecimal(u"0,5", &v) && v == 0.5));
    CHECK((Validation::parseDecimal(u"17.1", &v) && v == 17.1));
    for (const char16_t* bad : { u"", u"tolv", u"12 34", u"1 2345", u"1,2,3", u"12,", u",5", u"12a", u" ", u"-",
                                 u"1  234", u"1234567890123456" })
        CHECK_FALSE(Validation::parseDecimal(QStringView(bad), &v));
}

TEST_CASE("Validation::decimal says what is wrong and where", "[import][validation]")
{
    const auto c = Validation::decimal(QStringLiteral("tolv"), QStringLiteral("Antal elever"));
    CHECK_FALSE(c.ok);
    CHECK(c.error.contains(QStringLiteral("\"tolv\"")));
    CHECK(c.error.contains(QStringLiteral("Antal elever")));
    CHECK(Validation::decimal(QStringLiteral("3 877"), QString()).normalized == QStringLiteral("3877"));
}

TEST_CASE("Validation: läsår, länskod and kommunkoder that lost their leading zero", "[import][validation]")
{
    CHECK(Validation::schoolYear(QStringLiteral("2024/25")).normalized == QStringLiteral("2024/25"));
    CHECK(Validation::schoolYear(QStringLiteral("2024/2025")).normalized == QStringLiteral("2024/25"));
    CHECK(Validation::schoolYear(QStringLiteral("1999/00")).ok);
    CHECK_FALSE(Validation::schoolYear(QStringLiteral("2024/26")).ok);
    CHECK_FALSE(Validation::schoolYear(QStringLiteral("2024")).ok);
    CHECK_FALSE(Validation::schoolYear(QStringLiteral("VT24")).ok);
    CHECK(Validation::municipalityCodeRestoringZero(QStringLiteral("180")).normalized == QStringLiteral("0180"));
    CHECK(Validation::municipalityCodeRestoringZero(QStringLiteral("2180")).normalized == QStringLiteral("2180"));
    CHECK_FALSE(Validation::municipalityCodeRestoringZero(QStringLiteral("18")).ok);
    CHECK(Validation::countyCode(QStringLiteral("1")).normalized == QStringLiteral("01"));
    CHECK(Validation::countyCode(QStringLiteral("14")).normalized == QStringLiteral("14"));
    CHECK_FALSE(Validation::countyCode(QStringLiteral("145")).ok);
    CHECK(Validation::isSchoolUnitCode(u"48000763"));
    CHECK_FALSE(Validation::isSchoolUnitCode(u"4800076"));
    CHECK(Validation::isOrganisationNumberDigits(u"2120000142"));
    CHECK_FALSE(Validation::isOrganisationNumberDigits(u"2120000143")); // check digit
    CHECK_FALSE(Validation::isOrganisationNumberDigits(u"1912121212")); // a personnummer's third digit
    CHECK(Validation::isMunicipalityCode(u"0180"));
    CHECK_FALSE(Validation::isMunicipalityCode(u"180"));
}

TEST_CASE("StatisticValue keeps every marker as written and never invents a number", "[import]")
{
    const auto exact = StatisticValue::fromText(u"241,3");
    REQUIRE(exact);
    CHECK(exact->marker == Marker::None);
    CHECK(exact->exact == 241.3);
    CHECK_FALSE(exact->approximately);
    CHECK(exact->text == QStringLiteral("241,3"));

    const auto missing = StatisticValue::fromText(u".");
    REQUIRE(missing);
    CHECK(missing->marker == Marker::Missing);
    CHECK_FALSE(missing->exact);
    const auto suppressed = StatisticValue::fromText(u"..");
    REQUIRE(suppressed);
    CHECK(suppressed->marker == Marker::Suppressed);
    CHECK_FALSE(suppressed->exact);

    const auto nearlyAll = StatisticValue::fromText(u"~100");
    REQUIRE(nearlyAll);
    CHECK(nearlyAll->marker == Marker::NearlyAll);
    CHECK_FALSE(nearlyAll->exact); // "~100" is not 100,0
    CHECK(nearlyAll->approximately == 100);
    CHECK(nearlyAll->text == QStringLiteral("~100"));

    for (const char16_t* text : { u"cirka 1110", u"cirka 1 110" }) {
        const auto approx = StatisticValue::fromText(QStringView(text));
        REQUIRE(approx);
        CHECK(approx->marker == Marker::Approximate);
        CHECK_FALSE(approx->exact);
        CHECK(approx->approximately == 1110);
        CHECK(approx->text == QString::fromUtf16(text));
    }
    CHECK_FALSE(StatisticValue::fromText(u"tolv"));
    CHECK_FALSE(StatisticValue::fromText(u"~mycket"));
    CHECK_FALSE(StatisticValue::fromText(u"cirka"));
}

TEST_CASE("StatisticValue reads every valueType of the v4 API", "[import]")
{
    const auto exists = StatisticValue::fromApi(QStringLiteral("15,6"), false, u"EXISTS");
    REQUIRE(exists);
    CHECK(exists->exact == 15.6);
    const auto pupils = StatisticValue::fromApi(QStringLiteral("cirka 130"), false, u"EXISTS");
    REQUIRE(pupils);
    CHECK(pupils->marker == Marker::Approximate);
    CHECK_FALSE(pupils->exact);
    CHECK(StatisticValue::fromApi(QStringLiteral("."), false, u"MISSING")->marker == Marker::Missing);
    const auto nullMissing = StatisticValue::fromApi(QString(), true, u"MISSING");
    REQUIRE(nullMissing);
    CHECK(nullMissing->marker == Marker::Missing);
    CHECK(StatisticValue::fromApi(QStringLiteral(".."), false, u"OMITTED_DUE_TO_BASED_ON_FEW_PUPILS")->marker
          == Marker::Suppressed);
    const auto rounded
        = StatisticValue::fromApi(QStringLiteral("~100"), false, u"ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE");
    REQUIRE(rounded);
    CHECK(rounded->marker == Marker::NearlyAll);
    CHECK_FALSE(rounded->exact);
    CHECK(StatisticValue::fromApi(QStringLiteral("*"), false, u"TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION")
              ->marker
          == Marker::Excluded);
    const auto unknown = StatisticValue::fromApi(QStringLiteral("12,0"), false, u"SOMETHING_NEW");
    REQUIRE(unknown);
    CHECK(unknown->marker == Marker::Unknown);
    CHECK_FALSE(unknown->exact); // an unknown type: no number, the text as written
    CHECK(unknown->text == QStringLiteral("12,0"));
    CHECK_FALSE(StatisticValue::fromApi(QStringLiteral("tolv"), false, u"EXISTS"));
    CHECK_FALSE(StatisticValue::fromApi(QStringLiteral(".."), false, u"EXISTS"));
    CHECK_FALSE(StatisticValue::fromApi(QString(), true, u"EXISTS"));
}

TEST_CASE("StatisticValue marker codes round-trip", "[import]")
{
    for (Marker m : { Marker::None, Marker::Missing, Marker::Suppressed, Marker::NearlyAll, Marker::Approximate,
                      Marker::Excluded, Marker::Unknown }) {
        CHECK(StatisticValue::markerFromCode(StatisticValue::markerCode(m)) == m);
        CHECK_FALSE(StatisticValue::markerLabel(m).isEmpty());
    }
    CHECK_FALSE(StatisticValue::markerFromCode(u"nonsense"));
}
