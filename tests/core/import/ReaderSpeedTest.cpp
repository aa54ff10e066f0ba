// Not in ctest (hidden): how fast the CSV reader streams a large school-level report.
//   import_tests "[.speed]"   (SKOLDIALOG_SPEED_ROWS=3000000 for the benchmark's size)
#include "core/import/StatisticsCsvReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ctime>

using namespace Import;

TEST_CASE("The CSV reader streams a large report", "[.speed]")
{
    const int rows = qEnvironmentVariableIsSet("SKOLDIALOG_SPEED_ROWS")
        ? qEnvironmentVariableIntValue("SKOLDIALOG_SPEED_ROWS")
        : 300000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray out
            = "\xEF\xBB\xBFStatistik fr\xC3\xA5n Skolverket, https://www.skolverket.se;;;;;;;;;;\n;;;;;;;;;;\n"
              "Grundskola - Slutbetyg \xC3\xA5rskurs 9, samtliga elever;;;;;;;;;;\nValt l\xC3\xA4s\xC3\xA5r: "
              "2024/25;;;;;;;;;;\n;;;;;;;;;;\n"
              "Skola;Skol-enhetskod;Skolkommun;Kommun-kod;Typ av huvudman;Huvudman;Huvudman orgnr;Antal elever;"
              "Andel (%) elever som uppfyllt betygskriterierna i alla \xC3\xA4mnen;Andel (%) elever beh\xC3\xB6riga "
              "till yrkesprog.;Genomsnittligt meritv\xC3\xA4rde (17 \xC3\xA4mnen)\n";
        const char* values[] = { "..", ".", "~100", "87,5", "1 204", "241,3", "100" };
        for (int i = 0; i < rows; ++i) {
            out += "Skolan nummer " + QByteArray::number(i) + ";" + QByteArray::number(10000000 + i)
                + ";B\xC3\xA4ttre kommun;0180;Kommunal;"
                  "Stockholms kommun;2120000142;"
                + values[i % 7] + ";" + values[(i + 1) % 7] + ";" + values[(i + 2) % 7] + ";" + values[(i + 3) % 7]
                + "\n";
            if (out.size() > (1 << 20)) {
                f.write(out);
                out.clear();
            }
        }
        f.write(out);
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    StatisticsCsvReader reader(&f);
    REQUIRE(reader.readHeader());
    StatisticsRow row;
    Refusal refusal;
    int read = 0;
    double sum = 0;
    while (reader.next(&row, &refusal) == StatisticsCsvReader::Step::Row) {
        ++read;
        if (row.values[0].exact)
            sum += *row.values[0].exact;
    }
    const qint64 ms = timer.elapsed();
    const double cpuMs = double(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    if (qEnvironmentVariableIsSet("SKOLDIALOG_SPEED_KEEP"))
        QFile::copy(path, qEnvironmentVariable("SKOLDIALOG_SPEED_KEEP"));
    CHECK(read == rows);
    WARN(rows << " rows, " << f.size() / 1e6 << " MB in " << ms << " ms: " << (ms ? rows / ms * 1000 : 0)
              << " rows/s; CPU " << cpuMs << " ms: " << qint64(rows / cpuMs * 1000) << " rows/s (" << sum << ")");
}
