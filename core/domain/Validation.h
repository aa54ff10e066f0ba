#pragma once

#include <QDate>
#include <QList>
#include <QString>

/** One field that failed validation, with a message in the user's language. */
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

/** Joins field errors into one readable message, one per line. */
QString joinErrors(const FieldErrors& errors);

/**
 * The single validation of outside input. The UI's inline messages, the CLI and
 * the importers all go through these, so a rule holds everywhere at once.
 */
namespace Validation {

/** The outcome of checking one value: the normalised form when ok, else why not. */
struct Check
{
    bool ok = false;
    QString normalized;
    QString error;
};

/** True when the digits pass the Luhn (modulus 10) check. */
bool luhnValid(QStringView digits);

/**
 * Organisationsnummer: NNNNNN-NNNN (dash optional, or the 12-digit form
 * "16" + ten digits), third digit at least 2, last digit a Luhn check digit.
 * Normalised to NNNNNN-NNNN.
 */
Check organisationNumber(const QString& input);

/** Skolenhetskod: exactly 8 digits. */
Check schoolUnitCode(const QString& input);

/** Kommunkod: exactly 4 digits. */
Check municipalityCode(const QString& input);

/** Postnummer: five digits, written "NNN NN". Empty is allowed. */
Check postalCode(const QString& input);

/** A date written YYYY-MM-DD. */
Check isoDate(const QString& input);

/** An e-mail address in its ordinary shape. Empty is allowed. */
Check email(const QString& input);

/** Non-empty after trimming; `what` names the field in the message. */
Check requiredText(const QString& input, const QString& what);

/** An amount in whole kronor: digits with optional spaces, "kr" allowed. */
Check amountSek(const QString& input);

/**
 * The fast paths of schoolUnitCode, organisationNumber and municipalityCode for large
 * files: true when `text` already is the value in the shape files write it (8, 10 and 4
 * ASCII digits; the ten digits of an organisationsnummer with third digit at least 2 and
 * a Luhn check digit). No allocation. When false, the full check says why, or
 * normalises an unusual spelling ("212000-0142", "9912 0001").
 */
bool isSchoolUnitCode(QStringView text);
bool isOrganisationNumberDigits(QStringView text);
bool isMunicipalityCode(QStringView text);

/**
 * A number as Swedish statistics write it: digits with a decimal comma (or point),
 * ordinary, no-break or narrow no-break spaces between groups of three digits, a
 * leading '-' or U+2212. Allocates nothing: it runs for every cell of a large file.
 * False for anything else ("tolv", "1,2,3", "", "12 34").
 */
bool parseDecimal(QStringView text, double* value);

/**
 * parseDecimal as a Check (normalised with a decimal point); `column` names where the
 * value stood: ""tolv" is not a number in the column Antal elever. …".
 */
Check decimal(const QString& input, const QString& column);

/** Läsår written "2024/25" (the second year follows the first); "2024/2025" is normalised to "2024/25". */
Check schoolYear(const QString& input);

/**
 * Kommunkod as a spreadsheet may have left it: 4 digits, or 3 whose leading zero a
 * re-save dropped ("180" → "0180"). Normalised to 4 characters.
 */
Check municipalityCodeRestoringZero(const QString& input);

/** Länskod: 2 digits ("01", "14"), or 1 whose leading zero a re-save dropped ("1" → "01"). */
Check countyCode(const QString& input);

} // namespace Validation
