#pragma once

#include <QUndoCommand>

#include <functional>

/** Merge ids for commands that may merge with the one before (typing in one field). */
enum class MergeId {
    None = -1,
    CollaborationField = 1,
    MeetingField = 2,
    AnalysisField = 3,
    PlanField = 4,
    AgreementField = 5,
    ProgressReportField = 6,
    FinalReportField = 7
};

/**
 * One generic undo command (Tiled's ChangeValue): it holds the whole value before
 * and after, and `apply` writes a value to the database and refreshes the views.
 * The change was already saved when the command is pushed, so the first redo is
 * skipped. Successive edits with the same merge id and key merge into one step;
 * a merge that comes back to the value before is no step at all.
 *
 * When `apply` refuses (the file is read-only, the disk is full, a trigger said no),
 * the command marks itself obsolete: QUndoStack then drops it, so the stack never
 * claims a step the file did not take. Undoing that change later is not possible,
 * which is the truth: the file still holds it.
 *
 * `applyUndo`, when given, writes the value before in place of `apply` (a change
 * that must put back more than the value, such as the plan's links to a problem).
 */
template<typename T> class SnapshotCommand : public QUndoCommand
{
public:
    using Apply = std::function<bool(const T&)>;

    SnapshotCommand(const QString& text, T before, T after, Apply apply, MergeId mergeId = MergeId::None,
                    QString mergeKey = QString(), Apply applyUndo = Apply())
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
        , m_applyUndo(std::move(applyUndo))
        , m_mergeId(mergeId)
        , m_mergeKey(std::move(mergeKey))
    {
    }

    void undo() override
    {
        if (!(m_applyUndo ? m_applyUndo(m_before) : m_apply(m_before)))
            setObsolete(true);
    }
    void redo() override
    {
        if (m_alreadyApplied) {
            m_alreadyApplied = false;
            return;
        }
        if (!m_apply(m_after))
            setObsolete(true);
    }
    int id() const override { return static_cast<int>(m_mergeId); }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const SnapshotCommand<T>*>(other);
        if (!next || next->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty() || m_applyUndo || next->m_applyUndo)
            return false;
        m_after = next->m_after;
        // Typed and typed back: nothing is left to undo (Tiled's ChangeValue does the same).
        setObsolete(m_after == m_before);
        return true;
    }

    const T& before() const { return m_before; }
    const T& after() const { return m_after; }

private:
    T m_before;
    T m_after;
    Apply m_apply;
    Apply m_applyUndo;
    MergeId m_mergeId;
    QString m_mergeKey;
    bool m_alreadyApplied = true;
};
