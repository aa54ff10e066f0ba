#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Validation", text);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QString digitsOnly(const QString& input, const QString& allowedSeparators)
{
    QString digits;
    for (QChar c : input.trimmed()) {
        if (isAsciiDigit(c)) // QChar::isDigit() also takes ٣ and ３, which the database's CHECKs refuse
            digits.append(c);
        else if (!allowedSeparators.contains(c))
            return QString(); // a stray character makes the whole value invalid
    }
    return digits;
}

Validation::Check fail(const QString& message)
{
    return { false, QString(), message };
}

Validation::Check pass(const QString& normalized)
{
    return { true, normalized, QString() };
}

} // namespace

QString joinErrors(const FieldErrors& errors)
{
    QStringList lines;
    for (const auto& e : errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

namespace Validation {

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!isAsciiDigit(digits[i]))
            return false;
        int d = digits[i].unicode() - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

Check organisationNumber(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Enter the organisation number (NNNNNN-NNNN)."));
    QString digits = digitsOnly(trimmed, QStringLiteral("- "));
    if (digits.isEmpty())
        return fail(tr("The organisation number may only contain digits and a dash (NNNNNN-NNNN)."));
    if (digits.size() == 12 && digits.startsWith(QLatin1String("16")))
        digits = digits.mid(2);
    if (digits.size() != 10)
        return fail(
            tr("The organisation number must have 10 digits (NNNNNN-NNNN); this one has %1.").arg(digits.size()));
    if (digits[2].digitValue() < 2)
        return fail(tr("The third digit of an organisation number is 2 or more; this looks like a personal "
                       "identity number."));
    if (!luhnValid(digits))
        return fail(tr("The check digit does not match: check the organisation number for a typing error."));
    return pass(digits.left(6) + QLatin1Char('-') + digits.mid(6));
}

Check schoolUnitCode(const QString& input)
{
    const QString digits = digitsOnly(input, QStringLiteral(" "));
    if (input.trimmed().isEmpty())
        return fail(tr("Enter the school unit code (8 digits)."));
    if (digits.size() != 8)
        return fail(tr("The school unit code must be exactly 8 digits."));
    return pass(digits);
}

Check municipalityCode(const QString& input)
{
    const QString digits = digitsOnly(input, QString());
    if (digits.size() != 4)
        return fail(tr("The municipality code must be exactly 4 digits, for example 0180."));
    return pass(digits);
}

Check postalCode(const QString& input)
{
    if (input.trimmed().isEmpty())
        return pass(QString());
    const QString digits = digitsOnly(input, QStringLiteral(" "));
    if (digits.size() != 5 || digits[0] == QLatin1Char('0'))
        return fail(tr("The postal code must be five digits, for example 171 04."));
    return pass(digits.left(3) + QLatin1Char(' ') + digits.mid(3));
}

Check isoDate(const QString& input)
{
    const QDate date = QDate::fromString(input.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return fail(tr("Write the date as YYYY-MM-DD, for example 2026-03-15."));
    return pass(date.toString(Qt::ISODate));
}

Check email(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return pass(QString());
    static const QRegularExpression shape(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!shape.match(trimmed).hasMatch())
        return fail(tr("The e-mail address should look like namn@exempel.se."));
    return pass(trimmed);
}

Check requiredText(const QString& input, const QString& what)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("%1 must be filled in.").arg(what));
    return pass(trimmed);
}

Check amountSek(const QString& input)
{
    QString text = input.trimmed();
    if (text.endsWith(QLatin1String("kr"), Qt::CaseInsensitive))
        text.chop(2);
    const QString digits = digitsOnly(text, QStringLiteral(" \u00a0"));
    if (digits.isEmpty() || digits.size() > 12)
        return fail(tr("Write the amount in whole kronor, for example 250 000."));
    return pass(QString::number(digits.toLongLong()));
}

} // namespace Validation

namespace Validation {

namespace {

bool asciiDigits(QStringView text, qsizetype count)
{
    if (text.size() != count)
        return false;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

} // namespace

bool isSchoolUnitCode(QStringView text)
{
    return asciiDigits(text, 8);
}

bool isOrganisationNumberDigits(QStringView text)
{
    return asciiDigits(text, 10) && text[2].unicode() >= u'2' && luhnValid(text);
}

bool isMunicipalityCode(QStringView text)
{
    return asciiDigits(text, 4);
}

bool parseDecimal(QStringView text, double* value)
{
    static constexpr double kPowers[]
        = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool negative = false;
    if (i < n && (text[i] == QLatin1Char('-') || text[i] == QChar(0x2212))) {
        negative = true;
        ++i;
    }
    qint64 mantissa = 0;
    int digits = 0; // significant digits taken, at most 15 so the result is exact
    int groupDigits = 0; // digits in the current group of the integer part
    bool grouped = false;
    bool sawDigit = false;
    for (; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9') {
            mantissa = mantissa * 10 + (c - u'0');
            if (mantissa != 0 && ++digits > 15)
                return false;
            ++groupDigits;
            sawDigit = true;
            if (grouped && groupDigits > 3)
                return false;
        } else if (c == u' ' || c == u'\u00a0' || c == u'\u202f') {
            // a thousands separator: after 1–3 digits, then only groups of exactly three
            if (!sawDigit || groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3))
                return false;
            grouped = true;
            groupDigits = 0;
        } else {
            break;
        }
    }
    if (!sawDigit || groupDigits == 0 || (grouped && groupDigits != 3))
        return false;
    int decimals = 0;
    if (i < n && (text[i] == QLatin1Char(',') || text[i] == QLatin1Char('.'))) {
        ++i;
        for (; i < n; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            mantissa = mantissa * 10 + (c - u'0');
            if (mantissa != 0 && ++digits > 15)
                return false;
            ++decimals;
        }
        if (decimals == 0)
            return false;
    }
    if (i != n)
        return false;
    // Exact integer over an exact power of ten: the quotient is correctly rounded.
    if (decimals > 15)
        return false;
    const double result = double(mantissa) / kPowers[decimals];
    *value = negative ? -result : result;
    return true;
}

Check decimal(const QString& input, const QString& column)
{
    double value = 0;
    if (!parseDecimal(QStringView(input).trimmed(), &value))
        return fail(tr("\"%1\" is not a number in the column %2. Write a number such as 12,5 or a marker "
                       "(\".\", \"..\", \"~100\").")
                        .arg(input, column));
    return pass(QString::number(value, 'g', 15));
}

Check schoolYear(const QString& input)
{
    const QString t = input.trimmed();
    const auto bad = [] { return fail(tr("Write the school year as 2024/25.")); };
    if (t.size() != 7 && t.size() != 9)
        return bad();
    if (t[4] != QLatin1Char('/'))
        return bad();
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (i != 4 && !isAsciiDigit(t[i]))
            return bad();
    }
    const int first = t.left(4).toInt();
    const int second = t.mid(5).toInt();
    const int expected = t.size() == 7 ? (first + 1) % 100 : first + 1;
    if (second != expected)
        return bad();
    return pass(t.left(5) + QString::number((first + 1) % 100).rightJustified(2, QLatin1Char('0')));
}

Check municipalityCodeRestoringZero(const QString& input)
{
    const QString digits = digitsOnly(input, QString());
    if (digits.size() == 3)
        return pass(QLatin1Char('0') + digits);
    return municipalityCode(input);
}

Check countyCode(const QString& input)
{
    const QString digits = digitsOnly(input, QString());
    if (digits.size() == 1)
        return pass(QLatin1Char('0') + digits);
    if (digits.size() != 2)
        return fail(tr("The county code must be 2 digits, for example 01."));
    return pass(digits);
}

} // namespace Validation
