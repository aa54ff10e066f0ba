#pragma once

#include <QString>

class QLabel;
class QWidget;

/**
 * The one look of messages in a window: a calm blue note (a read-only banner), a
 * green "done" and a red "what went wrong". Every wizard and panel shows its
 * messages through here, so they look alike everywhere.
 */
namespace MessageStyles {

enum class Kind { Note, Info, Error };

QString styleSheet(Kind kind);
/** Shows `text` in `label` in the look of `kind`; an empty text hides the label. */
void show(QLabel* label, const QString& text, Kind kind);
/** True when `label` was last given an error. */
bool isError(const QLabel* label);
/**
 * The read-only banner: a word-wrapped Note named "readOnlyBanner", hidden until it is
 * given a text. The wizards' frame and the collaboration's workspace both show this one.
 */
QLabel* makeReadOnlyBanner(QWidget* parent = nullptr);

} // namespace MessageStyles
