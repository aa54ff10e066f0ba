#pragma once

#include "SnapshotCommand.h"

#include <QObject>
#include <QUndoStack>

class Database;

/**
 * What every open document shares whatever its type: the database, whether it
 * loaded, the one undo stack and the signals the editors listen to. A template
 * cannot be a Q_OBJECT, so EditSession<T> stands on this.
 */
class EditSessionBase : public QObject
{
    Q_OBJECT

public:
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    Database& database() const { return m_db; }
    QUndoStack* undoStack() { return &m_undo; }
    /** The collaboration it belongs to is avslutad: nothing in it changes until it is reopened (schema v7). */
    bool collaborationClosed() const { return m_closed; }

Q_SIGNALS:
    /** The value was replaced from outside the editors: undo, redo, a reload. */
    void reloaded();
    /** A change reached the disk. */
    void saved();
    /** A save failed: nothing was written, the text in the editors is kept. */
    void saveFailed(const QString& message);

protected:
    explicit EditSessionBase(Database& db, QObject* parent = nullptr);
    /** Reads whether collaboration `collaborationId` is avslutad (ReadOnly::isClosed). */
    void readClosed(qint64 collaborationId);
    /** The subclass's refusal, else ReadOnly::message() while the collaboration is closed. */
    QString refusalOrClosed(const QString& refusal) const;

    Database& m_db;
    bool m_valid = false;
    QString m_error;
    QUndoStack m_undo;
    bool m_closed = false;
};

/**
 * One open document of type T (an analysis, a plan, an agreement, a collaboration):
 * the value as stored and its undo stack. Every change is saved first and then
 * recorded as a snapshot of the whole value, so undo writes the earlier value back
 * to the database; a refused undo or redo drops its step (SnapshotCommand).
 *
 * A subclass loads the value (setLoaded) and says how it is written (write), what
 * undo keeps from the value as it stands now (keepOnUndo: where the wizard stands,
 * the status) and when no change is allowed (refusal).
 */
template<typename T> class EditSession : public EditSessionBase
{
public:
    const T& value() const { return m_value; }

    /**
     * Saves `after` and records it as `text`; typing in one field (same, non-empty
     * mergeKey) merges into one step. False, with saveFailed, when it was not saved.
     */
    bool change(const T& after, const QString& text, const QString& mergeKey = QString())
    {
        return changeWith(after, text, mergeKey, {}, {});
    }

protected:
    /** Writes a value and what goes with it; new rows get their ids written back into it. */
    using Writer = std::function<bool(T&, QString*)>;

    EditSession(Database& db, MergeId mergeId, QObject* parent = nullptr)
        : EditSessionBase(db, parent)
        , m_mergeId(mergeId)
    {
    }

    /** Writes `value` to the database; new rows get their ids written back into it. */
    virtual bool write(T& value, QString* error) = 0;
    /** Undo and redo restore the content; what `value` takes from the value as it stands now. */
    virtual void keepOnUndo(T& value) const { Q_UNUSED(value); }
    /** Why the value cannot change now (it is frozen); empty when it can. */
    virtual QString refusal() const { return QString(); }

    void setLoaded(T value)
    {
        m_value = std::move(value);
        m_valid = true;
        if constexpr (requires { m_value.collaborationId; })
            readClosed(m_value.collaborationId);
    }

    /**
     * change() for a step that writes more than the value: `writeChange` saves the value
     * after (and what goes with it, in one transaction) on the change and on redo, and
     * `writeUndo` the value before (and what went with it) on undo. Null writers write
     * the value alone. A step with writers of its own never merges.
     */
    bool changeWith(const T& after, const QString& text, const QString& mergeKey, Writer writeChange, Writer writeUndo)
    {
        if (after == m_value)
            return true;
        if (const QString why = refusalOrClosed(refusal()); !why.isEmpty()) {
            Q_EMIT saveFailed(why);
            return false;
        }
        const T before = m_value;
        T toSave = after;
        QString error;
        if (!(writeChange ? writeChange(toSave, &error) : write(toSave, &error))) {
            Q_EMIT saveFailed(error);
            return false;
        }
        m_value = toSave;
        const bool ownWriters = writeChange || writeUndo;
        auto* command = new SnapshotCommand<T>(
            text, before, toSave, [this, writeChange](const T& v) { return apply(v, writeChange); }, m_mergeId,
            ownWriters ? QString() : mergeKey,
            ownWriters
                ? typename SnapshotCommand<T>::Apply([this, writeUndo](const T& v) { return apply(v, writeUndo); })
                : typename SnapshotCommand<T>::Apply());
        m_undo.push(command);
        Q_EMIT saved();
        return true;
    }

    /** Writes `target` as undo or redo does and tells the editors; false (with saveFailed) when refused. */
    bool apply(const T& target, const Writer& writer = {})
    {
        T copy = target;
        keepOnUndo(copy);
        QString error;
        if (const QString why = refusalOrClosed(refusal()); !why.isEmpty())
            error = why;
        else if (writer ? writer(copy, &error) : write(copy, &error)) {
            m_value = copy;
            Q_EMIT reloaded();
            Q_EMIT saved();
            return true;
        }
        Q_EMIT saveFailed(error);
        return false;
    }

    T m_value;

private:
    MergeId m_mergeId;
};
