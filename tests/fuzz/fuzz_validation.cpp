// libFuzzer target for one parser of outside input in core/domain/Validation (chosen by
// FUZZ_CHECK at build time, see CMakeLists.txt). Beyond "never crashes", it asserts what
// the rest of the program relies on: an accepted value is normalised to the shape the
// database's CHECK constraints expect, and normalising is idempotent.
#include "Validation.h"

#include <QDate>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

namespace {

void expect(bool condition, const char* what, const QString& input, const Validation::Check& c)
{
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken: %s\n  input: \"%s\"\n  ok: %d normalized: \"%s\" error: \"%s\"\n", what,
                 qPrintable(input), c.ok, qPrintable(c.normalized), qPrintable(c.error));
    std::abort();
}

bool matches(const char* pattern, const QString& text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

Validation::Check check(const QString& input)
{
    return Validation::FUZZ_CHECK(input);
}

/** The shape an accepted, normalised value must have. */
bool wellFormed(const QString& n)
{
    const QString name = QStringLiteral(FUZZ_NAME);
    if (name == QLatin1String("organisationNumber")) {
        if (!matches("^[0-9]{6}-[0-9]{4}$", n))
            return false;
        const QString digits = n.left(6) + n.mid(7);
        return Validation::luhnValid(digits) && digits[2].digitValue() >= 2;
    }
    if (name == QLatin1String("schoolUnitCode"))
        return matches("^[0-9]{8}$", n);
    if (name == QLatin1String("municipalityCode"))
        return matches("^[0-9]{4}$", n);
    if (name == QLatin1String("postalCode"))
        return n.isEmpty() || matches("^[1-9][0-9]{2} [0-9]{2}$", n);
    if (name == QLatin1String("isoDate"))
        return matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", n) && QDate::fromString(n, Qt::ISODate).isValid();
    if (name == QLatin1String("amountSek"))
        return matches("^(0|[1-9][0-9]{0,11})$", n);
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256)
        return 0; // the fields are short; long inputs only slow the search down
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const Validation::Check c = check(input);
    if (!c.ok) {
        expect(!c.error.isEmpty(), "a refusal says why", input, c);
        expect(c.normalized.isEmpty(), "a refusal has no normalised value", input, c);
        return 0;
    }
    expect(c.error.isEmpty(), "an accepted value has no error", input, c);
    expect(wellFormed(c.normalized), "an accepted value is normalised to the stored shape", input, c);
    const Validation::Check again = check(c.normalized);
    expect(again.ok, "the normalised value passes again", c.normalized, again);
    expect(again.normalized == c.normalized, "normalising is idempotent", c.normalized, again);
    return 0;
}
