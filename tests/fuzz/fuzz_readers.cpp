// libFuzzer targets for the importers' readers in core/import (one per reader, chosen by
// FUZZ_READER at build time, see CMakeLists.txt). Beyond "never crashes", each asserts
// what the importer relies on: a file refused whole holds no record; every refusal says
// where and why; every record read has its identifiers in the stored shape; a value has a
// number exactly when it is exact; and the CSV reader reads the same rows whether the
// bytes come at once or a few at a time (records crossing the reader's chunks).
#include "core/import/ImportReader.h"
#include "core/import/JsonReaders.h"
#include "core/import/StatisticsCsvReader.h"

#include <QBuffer>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

using namespace Import;

namespace {

void expect(bool condition, const char* what)
{
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

bool matches(const char* pattern, const QString& text)
{
    static QHash<QString, QRegularExpression> cache;
    const QString key = QString::fromLatin1(pattern);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QRegularExpression(key));
    return it->match(text).hasMatch();
}

/** A sequential device that hands out at most `step` bytes per read. */
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray& data, qint64 step)
        : m_data(data)
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min({ max, m_step, qint64(m_data.size()) - m_pos });
        if (n <= 0)
            return 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

void checkValue(const StatisticValue& v)
{
    expect(v.exact.has_value() == (v.marker == StatisticValue::Marker::None), "a number exactly when exact");
    if (v.approximately)
        expect(v.marker == StatisticValue::Marker::NearlyAll || v.marker == StatisticValue::Marker::Approximate,
               "an approximate number only under an approximate marker");
}

void checkFile(const ImportFile& f)
{
    if (f.refused()) {
        expect(!f.error->message.isEmpty(), "a file refused says why");
        expect(f.recordCount() == 0 && f.organizers.isEmpty() && f.refusals.isEmpty(),
               "a file refused whole holds no record");
        return;
    }
    for (const Refusal& r : f.refusals) {
        expect(!r.reason.isEmpty(), "a refusal says why");
        expect(r.line > 0 || r.record > 0, "a refusal names its line or record");
    }
    for (const UnitRecord& u : f.units) {
        expect(matches("^[0-9]{8}$", u.code), "a unit's code has 8 digits");
        expect(!u.name.trimmed().isEmpty(), "a unit has a name");
        expect(u.municipalityCode.isEmpty() || matches("^[0-9]{4}$", u.municipalityCode), "kommunkod has 4 digits");
        expect(u.organisationNumber.isEmpty() || matches("^[0-9]{6}-[0-9]{4}$", u.organisationNumber),
               "a unit's orgnr is NNNNNN-NNNN");
        expect(u.incomplete || !u.organisationNumber.isEmpty() || f.recognition.kind == FileKind::StatisticsReport,
               "a complete unit names its huvudman");
    }
    for (const OrganizerRecord& o : f.organizers) {
        expect(matches("^[0-9]{6}-[0-9]{4}$", o.organisationNumber), "an organizer's orgnr is NNNNNN-NNNN");
        expect(Validation::organisationNumber(o.organisationNumber).ok, "an organizer's orgnr passes the rule");
    }
    for (const StatisticRecord& s : f.statistics) {
        expect(matches("^[0-9]{8}$", s.schoolUnitCode), "a statistic's unit code has 8 digits");
        checkValue(s.value);
    }
    for (const StatisticsRow& row : f.rows) {
        expect(row.values.size() == f.report.measures.size(), "a row has a value per measure");
        expect(row.line > 0, "a row knows its line");
        expect(row.schoolUnitCode.isEmpty() || matches("^[0-9]{8}$", row.schoolUnitCode), "a row's code has 8 digits");
        expect(row.municipalityCode.isEmpty() || matches("^[0-9]{4}$", row.municipalityCode), "a row's kommunkod");
        expect(row.countyCode.isEmpty() || matches("^[0-9]{2}$", row.countyCode), "a row's länskod");
        for (const StatisticValue& v : row.values)
            checkValue(v);
    }
}

void fuzzStatisticsCsv(const QByteArray& bytes)
{
    // Always through the CSV reader, also for bytes that do not look like a report.
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ImportFile whole;
    StatisticsCsvReader::readAll(&buffer, &whole);
    checkFile(whole);
    TrickleDevice trickle(bytes, 1 + bytes.size() % 61);
    ImportFile pieces;
    StatisticsCsvReader::readAll(&trickle, &pieces);
    if (pieces.recognition.encoding == whole.recognition.encoding) {
        expect(pieces.refused() == whole.refused(), "chunks do not change whether a file is refused");
        expect(pieces.rows == whole.rows, "chunks do not change the rows");
        expect(pieces.refusals.size() == whole.refusals.size(), "chunks do not change the refusals");
    }
}

void fuzzJson(const QByteArray& bytes, bool registry)
{
    QJsonDocument document;
    FileError error;
    ImportFile file;
    if (!parseJson(bytes, &document, &error)) {
        expect(!error.message.isEmpty() && error.position.line >= 1 && error.position.column >= 1,
               "broken JSON is refused with its position");
        return;
    }
    if (registry)
        RegistryReader::read(document, &file);
    else
        PlannedEducationReader::read(document, &file);
    checkFile(file);
    checkFile(readBytes(bytes));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 1 << 16)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString reader = QStringLiteral(FUZZ_READER);
    if (reader == QLatin1String("statisticsCsv"))
        fuzzStatisticsCsv(bytes);
    else
        fuzzJson(bytes, reader == QLatin1String("registryJson"));
    return 0;
}
