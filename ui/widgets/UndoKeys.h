#pragma once

#include <QKeySequence>
#include <QList>

class QAction;
class QKeyEvent;

/**
 * The undo and redo keys, the same in every window: Ctrl+Z undoes, Ctrl+Y and
 * Ctrl+Shift+Z redo (Swedish office users expect Ctrl+Y; some platforms bind only one).
 */
namespace UndoKeys {

QList<QKeySequence> undoKeys();
QList<QKeySequence> redoKeys();
/** Gives `undo` and `redo` these keys. */
void install(QAction* undo, QAction* redo);
/** True when `event` is one of the undo or redo keys. */
bool matches(const QKeyEvent* event);

} // namespace UndoKeys
