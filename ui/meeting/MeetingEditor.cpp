#include "MeetingEditor.h"

#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/Autosave.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/RowIdentity.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/** Tab moves on, as in a form; a tab character is rarely wanted in minutes. */
QPlainTextEdit* makeTextEdit(const QString& accessibleName, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

MeetingEditor::MeetingEditor(CollaborationDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_autosave(new Autosave([this](const QString&, const QString&) { commit(); }, this))
    , m_heading(new QLabel)
    , m_start(new QDateTimeEdit)
    , m_duration(new QSpinBox)
    , m_kind(new QComboBox)
    , m_place(new QLineEdit)
    , m_agenda(makeTextEdit(tr("Agenda"), 4))
    , m_notes(makeTextEdit(tr("Notes"), 8))
    , m_participants(new RecordTable(tr("Participants"),
                                     { { tr("Name"), RecordColumn::Kind::Text, 170 },
                                       { tr("Role"), RecordColumn::Kind::Text, 170 },
                                       { tr("Organisation"), RecordColumn::Kind::Text, 0 } }))
    , m_decisions(new RecordTable(tr("Decisions"), { { tr("Decision"), RecordColumn::Kind::Text, 0 } }))
    , m_actionItems(new RecordTable(tr("Action items"),
                                    { { tr("What"), RecordColumn::Kind::Text, 0 },
                                      { tr("Who"), RecordColumn::Kind::Text, 140 },
                                      { tr("Due"), RecordColumn::Kind::Date, 100 },
                                      { tr("Done"), RecordColumn::Kind::Check, 60 } }))
{
    m_start->setObjectName(QStringLiteral("meetingStartEdit"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    for (auto k : Meeting::Kinds.all())
        m_kind->addItem(Meeting::Kinds.label(k), static_cast<int>(k));
    m_kind->setObjectName(QStringLiteral("meetingKindCombo"));
    m_place->setObjectName(QStringLiteral("meetingPlaceEdit"));
    m_place->setPlaceholderText(tr("e.g. Strandängsskolan, the staff room"));
    m_agenda->setObjectName(QStringLiteral("meetingAgendaEdit"));
    m_notes->setObjectName(QStringLiteral("meetingNotesEdit"));
    m_notes->setPlaceholderText(tr("What was said. Saved as you type."));
    m_actionItems->setNewRowValues([] {
        return QVariantList { QString(), QString(), QDate::currentDate().addDays(14), false };
    });
    for (auto* table : { m_participants, m_decisions, m_actionItems })
        table->view()->setMinimumHeight(table->view()->verticalHeader()->defaultSectionSize() * 6 + 30);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto* when = new QHBoxLayout;
    when->addWidget(m_start);
    when->addWidget(new QLabel(tr("Length")));
    when->addWidget(m_duration);
    when->addStretch();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* whenLabel = new QLabel(tr("&When"));
    whenLabel->setBuddy(m_start);
    form->addRow(whenLabel, when);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("&Agenda"), m_agenda);
    form->addRow(tr("&Notes"), m_notes);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_heading);
    column->addLayout(form);
    column->addWidget(m_participants);
    column->addWidget(m_decisions);
    column->addWidget(m_actionItems);
    column->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Typing waits for a pause; leaving the field saves at once.
    for (auto* edit : { m_agenda, m_notes })
        connect(edit, &QPlainTextEdit::textChanged, this, &MeetingEditor::scheduleCommit);
    connect(m_place, &QLineEdit::textEdited, this, &MeetingEditor::scheduleCommit);
    connect(m_place, &QLineEdit::editingFinished, this, &MeetingEditor::flush);
    for (auto* edit : std::initializer_list<QWidget*> { m_agenda, m_notes })
        edit->installEventFilter(this);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &MeetingEditor::commit);
    connect(m_duration, &QSpinBox::valueChanged, this, &MeetingEditor::commit);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingEditor::commit);
    for (auto* table : { m_participants, m_decisions, m_actionItems })
        connect(table, &RecordTable::edited, this, &MeetingEditor::commit);

    connect(m_document, &CollaborationDocument::meetingChanged, this, [this](qint64 id) {
        if (id != m_id)
            return;
        const Meeting* stored = m_document->meeting(id);
        if (stored && !(fromWidgets() == *stored)) // an undo or redo: show what is stored
            load(*stored);
    });
    setMeeting(0);
}

void MeetingEditor::setMeeting(qint64 id)
{
    flush();
    m_id = id;
    const Meeting* meeting = m_document->meeting(id);
    setEnabled(meeting != nullptr);
    load(meeting ? *meeting : Meeting {});
}

void MeetingEditor::load(const Meeting& m)
{
    m_loading = true;
    m_heading->setText(m.id ? QStringLiteral("%1, %2").arg(Meeting::Kinds.label(m.kind),
                                                           QLocale().toString(m.start.date(), QLocale::LongFormat))
                            : tr("No meeting chosen"));
    m_start->setDateTime(m.start.isValid() ? m.start : QDateTime::currentDateTime());
    m_duration->setValue(m.durationMinutes);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m.kind)));
    if (m_place->text() != m.place)
        m_place->setText(m.place);
    if (m_agenda->toPlainText() != m.agenda)
        m_agenda->setPlainText(m.agenda);
    if (m_notes->toPlainText() != m.notes)
        m_notes->setPlainText(m.notes);
    QList<QVariantList> rows;
    for (const auto& p : m.participants)
        rows.append({ p.name, p.role, p.organisation, p.id }); // the id rides past the shown columns
    m_participants->model()->setRows(rows);
    rows.clear();
    for (const auto& d : m.decisions)
        rows.append({ d.text, d.id });
    m_decisions->model()->setRows(rows);
    rows.clear();
    for (const auto& a : m.actionItems)
        rows.append({ a.text, a.owner, a.dueDate, a.done, a.id });
    m_actionItems->model()->setRows(rows);
    m_loading = false;
}

Meeting MeetingEditor::fromWidgets() const
{
    const Meeting* stored = m_document->meeting(m_id);
    Meeting m = stored ? *stored : Meeting {};
    m.start = m_start->dateTime();
    m.start.setTime(QTime(m.start.time().hour(), m.start.time().minute()));
    m.durationMinutes = m_duration->value();
    m.kind = static_cast<MeetingKind>(m_kind->currentData().toInt());
    m.place = m_place->text();
    m.agenda = m_agenda->toPlainText();
    m.notes = m_notes->toPlainText();
    m.participants.clear();
    for (const auto& r : m_participants->model()->rows()) {
        // A row just added and not yet named is kept on screen but not saved.
        if (!r.value(0).toString().trimmed().isEmpty())
            m.participants.append({ r.value(0).toString().trimmed(), r.value(1).toString().trimmed(),
                                    r.value(2).toString().trimmed(), r.value(3).toLongLong() });
    }
    m.decisions.clear();
    for (const auto& r : m_decisions->model()->rows()) {
        if (!r.value(0).toString().trimmed().isEmpty())
            m.decisions.append({ r.value(0).toString().trimmed(), r.value(1).toLongLong() });
    }
    m.actionItems.clear();
    for (const auto& r : m_actionItems->model()->rows()) {
        if (!r.value(0).toString().trimmed().isEmpty())
            m.actionItems.append({ r.value(0).toString().trimmed(), r.value(1).toString().trimmed(),
                                   r.value(2).toDate(), r.value(3).toBool(), r.value(4).toLongLong() });
    }
    if (stored) {
        carryIdentity(m.participants, stored->participants);
        carryIdentity(m.decisions, stored->decisions);
        carryIdentity(m.actionItems, stored->actionItems);
    }
    return m;
}

bool MeetingEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_agenda || watched == m_notes))
        flush();
    return QWidget::eventFilter(watched, event);
}

void MeetingEditor::scheduleCommit()
{
    if (!m_loading && m_id)
        m_autosave->schedule();
}

bool MeetingEditor::hasPendingChanges() const
{
    return m_autosave->pending();
}

void MeetingEditor::flush()
{
    m_autosave->flush();
}

void MeetingEditor::commit()
{
    m_autosave->cancel();
    if (m_loading || !m_id)
        return;
    const Meeting* stored = m_document->meeting(m_id);
    if (!stored)
        return;
    const Meeting after = fromWidgets();
    // Name the step after what changed; typing in one field merges into one step.
    QString text, mergeKey;
    if (after.notes != stored->notes) {
        text = tr("Edit notes");
        mergeKey = QStringLiteral("notes");
    } else if (after.agenda != stored->agenda) {
        text = tr("Edit agenda");
        mergeKey = QStringLiteral("agenda");
    } else if (after.place != stored->place) {
        text = tr("Edit place");
        mergeKey = QStringLiteral("place");
    } else if (after.participants != stored->participants) {
        text = tr("Edit participants");
    } else if (after.decisions != stored->decisions) {
        text = tr("Edit decisions");
    } else if (after.actionItems != stored->actionItems) {
        text = tr("Edit action items");
    } else {
        text = tr("Edit meeting");
    }
    m_document->changeMeeting(after, text, mergeKey);
    m_heading->setText(QStringLiteral("%1, %2").arg(Meeting::Kinds.label(after.kind),
                                                    QLocale().toString(after.start.date(), QLocale::LongFormat)));
}
