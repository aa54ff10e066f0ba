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

} // namespace Validation
