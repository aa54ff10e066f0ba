#pragma once

#include "core/domain/Meeting.h"

#include <QWidget>

class CollaborationDocument;
class Autosave;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class RecordTable;

/**
 * Edits one meeting of the open collaboration. What is typed reaches the
 * database half a second after the last key (or when the field is left);
 * other changes at once. Each becomes one undoable step.
 */
class MeetingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingEditor(CollaborationDocument* document, QWidget* parent = nullptr);

    /** Shows meeting `id` (0 for none). Anything pending for the previous one is saved first. */
    void setMeeting(qint64 id);
    qint64 meetingId() const { return m_id; }

    /** Saves what is typed but not yet saved, now. */
    void flush();
    /** True while typed text waits for its save. */
    bool hasPendingChanges() const;

    QDateTimeEdit* startEdit() const { return m_start; }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* placeEdit() const { return m_place; }
    QPlainTextEdit* agendaEdit() const { return m_agenda; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    RecordTable* participantsTable() const { return m_participants; }
    RecordTable* decisionsTable() const { return m_decisions; }
    RecordTable* actionItemsTable() const { return m_actionItems; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Meeting fromWidgets() const;
    void load(const Meeting& meeting);
    void commit();
    void scheduleCommit();

    CollaborationDocument* m_document;
    qint64 m_id = 0;
    bool m_loading = false;
    Autosave* m_autosave;
    QLabel* m_heading;
    QDateTimeEdit* m_start;
    QSpinBox* m_duration;
    QComboBox* m_kind;
    QLineEdit* m_place;
    QPlainTextEdit* m_agenda;
    QPlainTextEdit* m_notes;
    RecordTable* m_participants;
    RecordTable* m_decisions;
    RecordTable* m_actionItems;
};
