#pragma once

#include <QWidget>

class AnalysisListPanel;
class CollaborationDocument;
class MeetingEditor;
class PhaseStepper;
class AgreementsPanel;
class FollowUpPanel;
class StatusTimeline;
class PlanPanel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class RecordTable;

/** The workspace of one collaboration: phases, units, people and meetings. */
class CollaborationPage : public QWidget
{
    Q_OBJECT

public:
    explicit CollaborationPage(CollaborationDocument* document, QWidget* parent = nullptr);

    CollaborationDocument* document() const { return m_document; }

    /** Saves everything typed but not yet saved. */
    void flush();
    bool hasPendingChanges() const;

    /** Adds a meeting, shows it and puts the cursor in its first field. */
    void addMeeting();
    void removeCurrentMeeting();
    /** Asks for the date and a note, then moves the collaboration to `phase`. */
    void requestPhase(int phase);

    PhaseStepper* stepper() const { return m_stepper; }
    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* meetingList() const { return m_meetingList; }
    MeetingEditor* meetingEditor() const { return m_meetingEditor; }
    QListWidget* unitsList() const { return m_units; }
    RecordTable* teamTable() const { return m_team; }
    RecordTable* contactsTable() const { return m_contacts; }
    AnalysisListPanel* analysisPanel() const { return m_analyses; }
    PlanPanel* planPanel() const { return m_plan; }
    AgreementsPanel* agreementsPanel() const { return m_agreements; }
    FollowUpPanel* followUpPanel() const { return m_followUp; }
    StatusTimeline* statusTimeline() const { return m_timeline; }
    /** Above every tab: says the collaboration is closed and read-only; hidden while it is not. */
    QLabel* readOnlyBanner() const { return m_banner; }
    QPushButton* reopenButton() const { return m_reopen; }

private:
    QWidget* buildOverview();
    QWidget* buildMeetings();
    void refreshHeader();
    void refreshOverview();
    void refreshMeetings(qint64 select = 0);
    /** The banner and what can be edited follow the status: avslutad is read-only everywhere. */
    void refreshReadOnly();
    void commitOverview(const QString& text, const QString& mergeKey = QString());

    CollaborationDocument* m_document;
    bool m_loading = false;
    QLabel* m_title;
    QLabel* m_subtitle;
    PhaseStepper* m_stepper;
    QTabWidget* m_tabs;
    // Overview
    QLineEdit* m_diaryNumber;
    QDateEdit* m_start;
    QDateEdit* m_plannedEnd;
    QComboBox* m_status;
    QLineEdit* m_statusReason;
    QLabel* m_statusHint;
    StatusTimeline* m_timeline;
    QWidget* m_details;
    QListWidget* m_units;
    RecordTable* m_team;
    RecordTable* m_contacts;
    // Meetings
    QListWidget* m_meetingList;
    QPushButton* m_addMeeting;
    QPushButton* m_removeMeeting;
    MeetingEditor* m_meetingEditor;
    // Analyses
    AnalysisListPanel* m_analyses;
    // Action plan
    PlanPanel* m_plan;
    AgreementsPanel* m_agreements;
    FollowUpPanel* m_followUp;
    QLabel* m_banner;
    QPushButton* m_reopen;
};
