#include "UndoKeys.h"

#include <QAction>
#include <QKeyEvent>

namespace UndoKeys {

QList<QKeySequence> undoKeys()
{
    return QKeySequence::keyBindings(QKeySequence::Undo);
}

QList<QKeySequence> redoKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& key :
         { QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) }) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

void install(QAction* undo, QAction* redo)
{
    undo->setShortcuts(undoKeys());
    redo->setShortcuts(redoKeys());
}

bool matches(const QKeyEvent* event)
{
    const QKeySequence pressed(event->keyCombination());
    const auto all = undoKeys() + redoKeys();
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo) || all.contains(pressed);
}

} // namespace UndoKeys
