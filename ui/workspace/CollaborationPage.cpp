#include "CollaborationPage.h"

#include "ui/agreement/AgreementsPanel.h"
#include "ui/analysis/AnalysisListPanel.h"
#include "ui/analysis/AnalysisWizard.h"
#include "ui/collaboration/PhaseChangeDialog.h"
#include "ui/collaboration/PhaseStepper.h"
#include "ui/followup/FollowUpPanel.h"
#include "ui/followup/StatusTimeline.h"
#include "ui/meeting/MeetingEditor.h"
#include "ui/organizer/ContactColumns.h"
#include "ui/plan/PlanPanel.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageStyles.h"
#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

CollaborationPage::CollaborationPage(CollaborationDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_stepper(new PhaseStepper)
    , m_tabs(new QTabWidget)
    , m_banner(MessageStyles::makeReadOnlyBanner())
    , m_reopen(new QPushButton(tr("&Reopen…")))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stepper->setObjectName(QStringLiteral("phaseStepper"));
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->addTab(buildOverview(), tr("&Overview"));
    m_tabs->addTab(buildMeetings(), QString());
    m_analyses = new AnalysisListPanel(m_document, m_document->database());
    m_analyses->setObjectName(QStringLiteral("analysisPanel"));
    m_tabs->addTab(m_analyses, tr("Current-state &analysis"));
    m_plan = new PlanPanel(m_document, m_document->database());
    m_plan->setObjectName(QStringLiteral("planPanel"));
    m_tabs->addTab(m_plan, tr("Action &plan"));
    m_agreements = new AgreementsPanel(m_document, m_document->database());
    m_agreements->setObjectName(QStringLiteral("agreementsPanel"));
    m_tabs->addTab(m_agreements, tr("A&greements"));
    m_followUp = new FollowUpPanel(m_document, m_document->database());
    m_followUp->setObjectName(QStringLiteral("followUpPanel"));
    m_tabs->addTab(m_followUp, tr("&Follow-up"));
    m_reopen->setObjectName(QStringLiteral("bannerReopenButton"));
    m_reopen->setAutoDefault(false);
    connect(m_reopen, &QPushButton::clicked, m_followUp, &FollowUpPanel::reopenCollaboration);
    // The analysis wizard may change what the plan points at, and the plan tab shows its areas.
    connect(m_analyses, &AnalysisListPanel::wizardOpened, this,
            [this](QDialog* wizard) { connect(wizard, &QDialog::finished, m_plan, &PlanPanel::refresh); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addWidget(m_stepper);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_reopen);
    layout->addLayout(bannerRow);
    layout->addWidget(m_tabs, 1);

    connect(m_stepper, &PhaseStepper::phaseRequested, this, &CollaborationPage::requestPhase);
    connect(m_document, &CollaborationDocument::collaborationChanged, this, [this] {
        refreshHeader();
        refreshOverview();
        refreshReadOnly();
    });
    connect(m_document, &CollaborationDocument::meetingsChanged, this, [this] { refreshMeetings(); });
    connect(m_document, &CollaborationDocument::meetingChanged, this, [this](qint64 id) {
        // Keep the list's label in step with the meeting's date and kind.
        for (int i = 0; i < m_meetingList->count(); ++i) {
            if (m_meetingList->item(i)->data(Qt::UserRole).toLongLong() == id) {
                if (const Meeting* m = m_document->meeting(id))
                    m_meetingList->item(i)->setText(QStringLiteral("%1\n%2").arg(
                        m->start.toString(QStringLiteral("yyyy-MM-dd HH:mm")), Meeting::Kinds.label(m->kind)));
            }
        }
    });
    refreshHeader();
    refreshOverview();
    refreshMeetings();
    refreshReadOnly();
}

void CollaborationPage::refreshReadOnly()
{
    const bool closed = m_document->isReadOnly();
    QString text;
    if (closed) {
        QDate since;
        QString reason;
        for (const auto& change : m_document->statusHistory()) {
            if (change.to == CollaborationStatus::Closed) {
                since = change.decidedOn;
                reason = change.reason;
            }
        }
        text = tr("This collaboration is closed%1: everything in it can be read, printed and saved, nothing changed. "
                  "To change it, reopen it with a reason.")
                   .arg(since.isValid() ? tr(" since %1").arg(since.toString(Qt::ISODate)) : QString());
        if (!reason.isEmpty())
            text += QLatin1Char(' ') + tr("Reason: %1").arg(reason);
    }
    m_banner->setText(text);
    m_banner->setVisible(closed);
    m_reopen->setVisible(closed);
    m_details->setEnabled(!closed);
    m_units->setEnabled(!closed);
    m_team->setEnabled(!closed);
    m_contacts->setEnabled(!closed);
    m_addMeeting->setEnabled(!closed);
    m_removeMeeting->setEnabled(!closed && m_meetingList->currentItem());
    m_meetingEditor->setEnabled(!closed);
    m_stepper->setEnabled(!closed);
    m_timeline->setHistory(m_document->statusHistory());
}

QWidget* CollaborationPage::buildOverview()
{
    m_diaryNumber = new QLineEdit;
    m_diaryNumber->setObjectName(QStringLiteral("diaryNumberEdit"));
    m_start = new QDateEdit;
    m_plannedEnd = new QDateEdit;
    for (auto* date : { m_start, m_plannedEnd }) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_plannedEnd->setObjectName(QStringLiteral("plannedEndEdit"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (auto s : Collaboration::Statuses.all())
        m_status->addItem(Collaboration::Statuses.label(s), static_cast<int>(s));
    m_statusReason = new QLineEdit;
    m_statusReason->setObjectName(QStringLiteral("statusReasonEdit"));
    m_statusReason->setPlaceholderText(tr("Why it is paused, declined or closed"));
    m_statusHint = new QLabel;
    m_statusHint->setWordWrap(true);
    m_statusHint->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_statusHint->hide();
    m_units = new QListWidget;
    m_units->setObjectName(QStringLiteral("scopeUnitsList"));
    m_units->setWordWrap(true);
    m_units->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_units->setSpacing(2);
    m_team = new RecordTable(tr("Dialogue team (Skolverket)"), ContactColumns::columns());
    m_team->setObjectName(QStringLiteral("teamTable"));
    m_contacts = new RecordTable(tr("The organizer's contacts"), ContactColumns::columns());
    m_contacts->setObjectName(QStringLiteral("organizerContactsTable"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Diary number"), m_diaryNumber);
    form->addRow(tr("S&tart"), m_start);
    form->addRow(tr("Planned &end"), m_plannedEnd);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&Reason"), m_statusReason);
    form->addRow(QString(), m_statusHint);
    auto* details = new QGroupBox(tr("Collaboration"));
    details->setLayout(form);
    m_details = details;
    m_timeline = new StatusTimeline;
    auto* timelineBox = new QGroupBox(tr("Status history"));
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);
    auto* unitsBox = new QGroupBox(tr("Units in the collaboration"));
    auto* unitsLayout = new QVBoxLayout(unitsBox);
    unitsLayout->addWidget(m_units);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(details);
    leftLayout->addWidget(timelineBox, 1);
    leftLayout->addWidget(unitsBox, 1);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_team);
    rightLayout->addWidget(m_contacts);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    connect(m_diaryNumber, &QLineEdit::editingFinished, this,
            [this] { commitOverview(tr("Edit diary number"), QStringLiteral("diary")); });
    connect(m_start, &QDateEdit::editingFinished, this, [this] { commitOverview(tr("Change start date")); });
    connect(m_plannedEnd, &QDateEdit::editingFinished, this, [this] { commitOverview(tr("Change planned end")); });
    connect(m_statusReason, &QLineEdit::editingFinished, this,
            [this] { commitOverview(tr("Edit status reason"), QStringLiteral("reason")); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // Closing is the phase-6 decision, with its date and reason: the ending dialog records it.
        if (!m_loading && m_status->currentData().toInt() == static_cast<int>(CollaborationStatus::Closed)) {
            const QSignalBlocker block(m_status);
            m_status->setCurrentIndex(m_status->findData(static_cast<int>(m_document->collaboration().status)));
            QMetaObject::invokeMethod(
                this, [this] { m_followUp->endCollaboration(); }, Qt::QueuedConnection);
            return;
        }
        // A reason is required for anything but active: ask for it before saving.
        const bool needsReason = m_status->currentData().toInt() != static_cast<int>(CollaborationStatus::Active);
        if (needsReason && m_statusReason->text().trimmed().isEmpty() && !m_loading) {
            m_statusHint->setText(tr("Write the reason, then the status is saved."));
            m_statusHint->show();
            m_statusReason->setFocus();
            return;
        }
        commitOverview(tr("Change status"));
    });
    connect(m_units, &QListWidget::itemChanged, this, [this] { commitOverview(tr("Change units in scope")); });
    connect(m_team, &RecordTable::edited, this, [this] { commitOverview(tr("Edit dialogue team")); });
    connect(m_contacts, &RecordTable::edited, this, [this] { commitOverview(tr("Edit contacts")); });
    return splitter;
}

QWidget* CollaborationPage::buildMeetings()
{
    m_meetingList = new QListWidget;
    m_meetingList->setObjectName(QStringLiteral("meetingList"));
    m_meetingList->setAccessibleName(tr("Meetings"));
    auto* add = new QPushButton(tr("Ne&w meeting"));
    add->setObjectName(QStringLiteral("newMeetingButton"));
    m_addMeeting = add;
    m_removeMeeting = new QPushButton(tr("Remove"));
    m_meetingEditor = new MeetingEditor(m_document);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeMeeting);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_meetingList, 1);
    leftLayout->addLayout(buttons);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_meetingEditor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 200, 700 });
    splitter->setChildrenCollapsible(false);

    connect(add, &QPushButton::clicked, this, &CollaborationPage::addMeeting);
    connect(m_removeMeeting, &QPushButton::clicked, this, &CollaborationPage::removeCurrentMeeting);
    connect(m_meetingList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_meetingEditor->setMeeting(item ? item->data(Qt::UserRole).toLongLong() : 0);
        m_removeMeeting->setEnabled(item != nullptr && !m_document->isReadOnly());
    });
    return splitter;
}

void CollaborationPage::refreshHeader()
{
    const auto& c = m_document->collaboration();
    m_title->setText(m_document->organizer().name);
    QStringList parts { m_document->programmeName() };
    if (!c.diaryNumber.isEmpty())
        parts << tr("Dnr %1").arg(c.diaryNumber);
    parts << QStringLiteral("%1 – %2").arg(c.startDate.toString(Qt::ISODate), c.plannedEndDate.toString(Qt::ISODate));
    parts << Collaboration::Statuses.label(c.status);
    m_subtitle->setText(parts.join(QStringLiteral("  ·  ")));
    m_stepper->setPhase(c.phase, c.phaseHistory);
}

void CollaborationPage::refreshOverview()
{
    m_loading = true;
    const auto& c = m_document->collaboration();
    if (!m_diaryNumber->hasFocus())
        m_diaryNumber->setText(c.diaryNumber);
    m_start->setDate(c.startDate);
    m_plannedEnd->setDate(c.plannedEndDate);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(c.status)));
    if (!m_statusReason->hasFocus())
        m_statusReason->setText(c.statusReason);
    m_statusHint->hide();
    m_units->clear();
    // The units in scope first: a large municipality has hundreds of units.
    QList<SchoolUnit> units = m_document->organizerUnits();
    std::stable_partition(units.begin(), units.end(), [&](const SchoolUnit& u) { return c.unitIds.contains(u.id); });
    for (const auto& u : units) {
        QStringList forms;
        for (auto f : u.forms)
            forms << SchoolForms::label(f);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 (%2)\n%3").arg(u.name, u.code, forms.join(QStringLiteral(", "))), m_units);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(c.unitIds.contains(u.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (ContactColumns::fromRows(m_team->model()->rows()) != c.dialogueTeam)
        m_team->model()->setRows(ContactColumns::toRows(c.dialogueTeam));
    if (ContactColumns::fromRows(m_contacts->model()->rows()) != c.organizerContacts)
        m_contacts->model()->setRows(ContactColumns::toRows(c.organizerContacts));
    m_loading = false;
}

void CollaborationPage::commitOverview(const QString& text, const QString& mergeKey)
{
    if (m_loading)
        return;
    Collaboration after = m_document->collaboration();
    after.diaryNumber = m_diaryNumber->text().trimmed();
    after.startDate = m_start->date();
    after.plannedEndDate = m_plannedEnd->date();
    after.status = static_cast<CollaborationStatus>(m_status->currentData().toInt());
    after.statusReason = m_statusReason->text().trimmed();
    after.unitIds.clear();
    for (int i = 0; i < m_units->count(); ++i) {
        if (m_units->item(i)->checkState() == Qt::Checked)
            after.unitIds.append(m_units->item(i)->data(Qt::UserRole).toLongLong());
    }
    after.dialogueTeam = ContactColumns::fromRows(m_team->model()->rows());
    after.organizerContacts = ContactColumns::fromRows(m_contacts->model()->rows());
    // Contacts keep their ids from the stored list, so an unchanged list compares equal.
    const auto keepIds = [](QList<Contact>& edited, const QList<Contact>& stored) {
        for (qsizetype i = 0; i < edited.size() && i < stored.size(); ++i)
            edited[i].id = stored[i].id;
    };
    keepIds(after.dialogueTeam, m_document->collaboration().dialogueTeam);
    keepIds(after.organizerContacts, m_document->collaboration().organizerContacts);
    const auto errors = after.validate();
    if (!errors.isEmpty()) {
        m_statusHint->setText(joinErrors(errors));
        m_statusHint->show();
        return;
    }
    m_statusHint->hide();
    m_document->changeCollaboration(after, text, mergeKey);
}

void CollaborationPage::refreshMeetings(qint64 select)
{
    if (select == 0 && m_meetingList->currentItem())
        select = m_meetingList->currentItem()->data(Qt::UserRole).toLongLong();
    m_meetingList->clear();
    for (const auto& m : m_document->meetings()) {
        auto* item
            = new QListWidgetItem(QStringLiteral("%1\n%2").arg(m.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                               Meeting::Kinds.label(m.kind)),
                                  m_meetingList);
        item->setData(Qt::UserRole, m.id);
        if (m.id == select)
            m_meetingList->setCurrentItem(item);
    }
    if (!m_meetingList->currentItem() && m_meetingList->count() > 0)
        m_meetingList->setCurrentRow(0);
    if (m_meetingList->count() == 0)
        m_meetingEditor->setMeeting(0);
    m_removeMeeting->setEnabled(m_meetingList->currentItem() != nullptr && !m_document->isReadOnly());
    m_tabs->setTabText(1, tr("&Meetings (%1)").arg(m_document->meetings().size()));
}

void CollaborationPage::flush()
{
    m_meetingEditor->flush();
    if (m_diaryNumber->hasFocus() || m_statusReason->hasFocus())
        commitOverview(tr("Edit collaboration"));
}

bool CollaborationPage::hasPendingChanges() const
{
    return m_meetingEditor->hasPendingChanges();
}

void CollaborationPage::addMeeting()
{
    flush();
    const qint64 id = m_document->addMeeting();
    if (id == 0)
        return;
    refreshMeetings(id);
    m_tabs->setCurrentIndex(1);
    m_meetingEditor->startEdit()->setFocus();
}

void CollaborationPage::removeCurrentMeeting()
{
    auto* item = m_meetingList->currentItem();
    if (!item)
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove meeting"),
        tr("Remove the meeting on %1 with its notes, decisions and action items? You can undo this with Ctrl+Z.")
            .arg(item->text().section(QLatin1Char('\n'), 0, 0)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_document->removeMeeting(item->data(Qt::UserRole).toLongLong());
}

void CollaborationPage::requestPhase(int phase)
{
    const Collaboration& current = m_document->collaboration();
    if (phase == current.phase)
        return;
    flush();
    PhaseChangeDialog dialog(current.phase, phase, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Collaboration after = current;
    after.changePhase(phase, dialog.date(), dialog.note());
    m_document->changeCollaboration(after, tr("Change phase to %1").arg(Phases::name(phase)));
}
