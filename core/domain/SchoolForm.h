#pragma once

#include <QList>
#include <QString>

#include <optional>

/** Skolform, with the names in force since 2 July 2023. */
enum class SchoolForm {
    Preschool, ///< förskola
    PreschoolClass, ///< förskoleklass
    LeisureTimeCentre, ///< fritidshem
    Compulsory, ///< grundskola
    AdaptedCompulsory, ///< anpassad grundskola (was grundsärskola)
    Special, ///< specialskola
    Sami, ///< sameskola
    UpperSecondary, ///< gymnasieskola
    AdaptedUpperSecondary, ///< anpassad gymnasieskola (was gymnasiesärskola)
};

namespace SchoolForms {

QList<SchoolForm> all();
/** Stable code stored in the database, e.g. "grundskola". */
QString code(SchoolForm form);
/** Name shown to the user, in the user's language. */
QString label(SchoolForm form);
/**
 * Reads a stored code, a Swedish name (current or pre-2023, e.g.
 * "grundsärskola"), or a Skolenhetsregistret code such as "GR" or "FSK".
 */
std::optional<SchoolForm> parse(const QString& text);
/** True for förskola only: its analysis uses the förskola template. */
bool isPreschool(const QList<SchoolForm>& forms);

} // namespace SchoolForms
