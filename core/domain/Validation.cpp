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
    return {false, QString(), message};
}

Validation::Check pass(const QString& normalized)
{
    return {true, normalized, QString()};
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
        return fail(tr("The organisation number must have 10 digits (NNNNNN-NNNN); this one has %1.")
                        .arg(digits.size()));
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
