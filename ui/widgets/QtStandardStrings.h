#pragma once

#include <QStringList>

/**
 * Qt 6 looks up its standard button texts (Save, Cancel, Yes, …) in the contexts
 * QPlatformTheme and QGnomeTheme. Debian's Swedish Qt catalogue predates them, so
 * Skoldialog's own catalogue carries them: listing them here lets lupdate keep them.
 */
namespace QtStandardStrings {

/** The button texts in their Qt contexts, translated with whatever catalogue is installed. */
QStringList translatedButtonTexts();

} // namespace QtStandardStrings
