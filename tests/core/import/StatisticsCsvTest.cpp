// Sök statistik CSV: hand-made edge files in tests/data/import (see its README.md).
#include "ReaderTestSupport.h"

#include "core/import/ImportReader.h"
#include "core/import/StatisticsCsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace Import;
using Marker = StatisticValue::Marker;

namespace {

ImportFile readCsv(const QByteArray& bytes)
{
    return readBytes(bytes, QStringLiteral("test.csv"));
}

/** Records field for field; the line numbers are the same too (one record a line in both). */
void requireSameRecords(const ImportFile& a, const ImportFile& b)
{
    REQUIRE_FALSE(a.refused());
    REQUIRE_FALSE(b.refused());
    CHECK(a.report == b.report);
    REQUIRE(a.rows.size() == b.rows.size());
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        INFO("row " << i);
        CHECK(a.rows[i] == b.rows[i]);
    }
    CHECK(a.units == b.units);
    CHECK(a.organizers == b.organizers);
    CHECK(a.refusals.size() == b.refusals.size());
}

} // namespace

TEST_CASE("A Swedish Excel re-save reads to the same records as its UTF-8 original", "[import][csv]")
{
    for (const char* name : { "slutbetyg-skolenhet", "kostnader-kommun", "nationella-prov-kommun" }) {
        INFO(name);
        const ImportFile original = readFile(testData(QStringLiteral("import/%1-utf8.csv").arg(QLatin1String(name))));
        const ImportFile resaved = readFile(testData(QStringLiteral("import/%1-cp1252.csv").arg(QLatin1String(name))));
        INFO(refusalsText(original) << refusalsText(resaved));
        CHECK(original.recognition.encoding == TextEncoding::Utf8WithBom);
        CHECK_FALSE(original.recognition.crlf);
        CHECK(resaved.recognition.encoding == TextEncoding::Windows1252);
        CHECK(resaved.recognition.crlf);
        CHECK(original.recognition.title == resaved.recognition.title);
        CHECK(original.recognition.schoolYear == resaved.recognition.schoolYear);
        CHECK(original.recognition.layout == resaved.recognition.layout);
        CHECK(original.refusals.isEmpty());
        CHECK_FALSE(original.rows.isEmpty());
        requireSameRecords(original, resaved);
    }
    const ImportFile costs = readFile(testData(QStringLiteral("import/kostnader-kommun-cp1252.csv")));
    REQUIRE(costs.rows.size() > 3);
    CHECK(costs.rows[2].municipalityName == QStringLiteral("Alvesta"));
    CHECK(costs.rows[2].municipalityCode == QStringLiteral("0764")); // "764" in the file
    CHECK(costs.rows[2].countyCode == QStringLiteral("07")); // "7" in the file
    CHECK(costs.rows[2].countyName == QStringLiteral("Kronobergs län"));
    const ImportFile tests = readFile(testData(QStringLiteral("import/nationella-prov-kommun-cp1252.csv")));
    CHECK(tests.report.notes.join(QLatin1Char(' ')).contains(QStringLiteral("\"eleven ej deltagit\"")));
}

TEST_CASE("A bad value refuses its row with the line and the reason, the rest reads", "[import][csv]")
{
    const ImportFile file = readFile(testData(QStringLiteral("import/bad-values.csv")));
    INFO(refusalsText(file));
    REQUIRE_FALSE(file.refused());
    REQUIRE(file.refusals.size() == 6);
    CHECK(file.rows.size() == 40 - 6);
    QHash<int, Refusal> byLine;
    for (const auto& r : file.refusals)
        byLine.insert(r.line, r);
    const QList<int> lines = byLine.keys();
    CHECK(QSet<int>(lines.begin(), lines.end()) == QSet<int> { 7, 9, 10, 11, 12, 13 });
    CHECK(byLine[7].field == QStringLiteral("Antal elever"));
    CHECK(byLine[7].value == QStringLiteral("tolv"));
    CHECK(
        byLine[7].message().startsWith(QStringLiteral("line 7: \"tolv\" is not a number in the column Antal elever.")));
    CHECK(byLine[9].field == QStringLiteral("Skol-enhetskod"));
    CHECK(byLine[9].reason.contains(QStringLiteral("8 digits")));
    CHECK(byLine[10].field == QStringLiteral("Huvudman orgnr"));
    CHECK(byLine[10].reason.contains(QStringLiteral("check digit")));
    CHECK(byLine[11].field == QStringLiteral("Skola"));
    CHECK(byLine[12].reason.contains(QStringLiteral("10 fields")));
    CHECK(byLine[13].field == QStringLiteral("Kommun-kod"));
    for (const auto& row : file.rows)
        CHECK_FALSE(byLine.contains(row.line));
    CHECK(file.units.size() == file.rows.size());
}

TEST_CASE("An unterminated quote refuses the whole file with its position", "[import][csv]")
{
    const ImportFile file = readFile(testData(QStringLiteral("import/unterminated-quote.csv")));
    REQUIRE(file.refused());
    CHECK(file.error->position.line == 10);
    CHECK(file.error->position.column == 1);
    CHECK(file.error->message.contains(QStringLiteral("Line 10")));
    CHECK(file.rows.isEmpty());
    CHECK(file.refusals.isEmpty());
    CHECK(file.recordCount() == 0);

    // Text after a closing quote is as broken as a quote never closed.
    const QByteArray bytes
        = readTestFile(QStringLiteral("import/kostnader-kommun-utf8.csv")).replace("Ale;1440;", "\"Ale\"x;1440;");
    const ImportFile after = readCsv(bytes);
    REQUIRE(after.refused());
    CHECK(after.error->position.line == 8);
}

TEST_CASE("The streaming reader reads row by row and stops at the footer", "[import][csv]")
{
    QByteArray bytes = readTestFile(QStringLiteral("import/kostnader-kommun-utf8.csv"));
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    StatisticsCsvReader reader(&buffer);
    REQUIRE(reader.readHeader());
    CHECK(reader.recognition().kind == FileKind::StatisticsReport);
    CHECK(reader.header().notes == QStringList { QStringLiteral("Endast kommunal huvudman") });
    StatisticsRow row;
    Refusal refusal;
    int rows = 0;
    int lastLine = 0;
    StatisticsCsvReader::Step step;
    while ((step = reader.next(&row, &refusal)) == StatisticsCsvReader::Step::Row) {
        CHECK(row.line > lastLine);
        lastLine = row.line;
        ++rows;
    }
    CHECK(step == StatisticsCsvReader::Step::End);
    CHECK(rows == 25);
    CHECK(reader.next(&row, &refusal) == StatisticsCsvReader::Step::End);
    CHECK(reader.bytesRead() == bytes.size());
}

TEST_CASE("Quoted fields as Excel writes them, line breaks inside quotes, and lines longer than a chunk",
          "[import][csv]")
{
    QByteArray head = "Statistik fr\xC3\xA5n Skolverket, https://www.skolverket.se\r\n\r\n"
                      "Grundskola - Test\r\nValt l\xC3\xA4s\xC3\xA5r: 2024/25\r\n\r\n"
                      "Kommun;Kommun-kod;L\xC3\xA4n;L\xC3\xA4ns-kod;Typ av huvudman;Antal elever\r\n";
    QByteArray bytes = head
        + "\"Ale; med semikolon\";1440;\"V\xC3\xA4stra \"\"G\xC3\xB6talands\"\" l\xC3\xA4n\";14;Samtliga;\"3 877\"\r\n"
          "\"Rad\nbrytning\";1489;L\xC3\xA4n;14;Kommunal;12\r\n"
          "Sista;0180;Stockholms l\xC3\xA4n;01;Enskild;~100\r\n";
    const ImportFile file = readCsv(bytes);
    INFO(refusalsText(file));
    REQUIRE(file.rows.size() == 3);
    CHECK(file.recognition.encoding == TextEncoding::Utf8);
    CHECK(file.rows[0].municipalityName == QStringLiteral("Ale; med semikolon"));
    CHECK(file.rows[0].countyName == QStringLiteral("Västra \"Götalands\" län"));
    CHECK(file.rows[0].values[0].exact == 3877);
    CHECK(file.rows[1].municipalityName == QStringLiteral("Rad\nbrytning"));
    CHECK(file.rows[1].line == 8);
    CHECK(file.rows[2].line == 10);
    CHECK(file.rows[2].values[0].marker == Marker::NearlyAll);

    // 3 MB: rows cross the reader's 1 MB chunks, a quoted field among them
    QByteArray big = head;
    int expected = 0;
    while (big.size() < 3 * 1024 * 1024) {
        big += "\"Kommun " + QByteArray::number(expected) + "\";0180;L\xC3\xA4n;01;Samtliga;"
            + QByteArray::number(expected) + ",5\r\n";
        ++expected;
    }
    const ImportFile large = readCsv(big);
    REQUIRE_FALSE(large.refused());
    REQUIRE(large.rows.size() == expected);
    for (int i = 0; i < expected; ++i) {
        if (large.rows[i].values[0].exact != i + 0.5 || large.rows[i].line != 7 + i) {
            FAIL("row " << i << " reads wrong");
        }
    }
}

TEST_CASE("A file that is not a Sök statistik report is refused whole, saying what it is not", "[import][csv]")
{
    const ImportFile other = readCsv("Namn;Kommun\nAle;1440\n");
    REQUIRE(other.refused());
    CHECK(other.recognition.kind == FileKind::Unknown);
    const ImportFile noColumns
        = readCsv("Statistik fr\xC3\xA5n Skolverket, https://www.skolverket.se\n\nTitel\nValt år: 2024\n");
    REQUIRE(noColumns.refused());
    CHECK(noColumns.error->message.contains(QStringLiteral("Kommun-kod")));
    const ImportFile empty = readCsv(QByteArray());
    CHECK(empty.refused());
}

TEST_CASE("A refusal reads in Swedish as the summary shows it", "[import][csv]")
{
    QTranslator swedish;
    REQUIRE(swedish.load(QStringLiteral(":/i18n/skoldialog_sv.qm")));
    QCoreApplication::installTranslator(&swedish);
    const ImportFile file = readFile(testData(QStringLiteral("import/bad-values.csv")));
    REQUIRE_FALSE(file.refusals.isEmpty());
    const QString message = file.refusals.first().message();
    QCoreApplication::removeTranslator(&swedish);
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("rad 7: \"tolv\" är inte ett tal i kolumnen Antal elever.")));
}
