#pragma once

#include <QUndoCommand>

#include <functional>

/** Merge ids for commands that may merge with the one before (typing in one field). */
enum class MergeId { None = -1, CollaborationField = 1, MeetingField = 2, AnalysisField = 3, PlanField = 4 };

/**
 * One generic undo command (Tiled's ChangeValue): it holds the whole value before
 * and after, and `apply` writes a value to the database and refreshes the views.
 * The change was already saved when the command is pushed, so the first redo is
 * skipped. Successive edits with the same merge id and key merge into one step.
 */
template<typename T> class SnapshotCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const T&)>;

    SnapshotCommand(const QString& text, T before, T after, Apply apply, MergeId mergeId = MergeId::None,
                    QString mergeKey = QString())
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
        , m_mergeId(mergeId)
        , m_mergeKey(std::move(mergeKey))
    {
    }

    void undo() override { m_apply(m_before); }
    void redo() override
    {
        if (m_alreadyApplied) {
            m_alreadyApplied = false;
            return;
        }
        m_apply(m_after);
    }
    int id() const override { return static_cast<int>(m_mergeId); }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const SnapshotCommand<T>*>(other);
        if (!next || next->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty())
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    T m_before;
    T m_after;
    Apply m_apply;
    MergeId m_mergeId;
    QString m_mergeKey;
    bool m_alreadyApplied = true;
};
