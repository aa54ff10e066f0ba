#pragma once

#include "core/cases/FollowUpCases.h"

#include <QWidget>

class CollaborationDocument;
class Database;
class IndicatorFollowUpBox;
class QLabel;
class QPushButton;
class QTreeWidget;

/**
 * The workspace tab "Uppföljning": the delredovisningar the signed ÖK 2 schedules, with
 * their due dates, state and a warning when one is due within 30 days or overdue; the
 * plan's indicators with their measurements and chart; the slutredovisning and ending
 * the collaboration.
 */
class FollowUpPanel : public QWidget
{
    Q_OBJECT

public:
    /** Days before the due date a report not yet submitted is warned about. */
    static constexpr int kWarnDays = 30;

    FollowUpPanel(CollaborationDocument* document, Database& db, QWidget* parent = nullptr);

    QTreeWidget* reportList() const { return m_reports; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* odtButton() const { return m_odt; }
    QPushButton* submitButton() const { return m_submit; }
    QPushButton* newVersionButton() const { return m_newVersion; }
    QPushButton* finalReportButton() const { return m_final; }
    QPushButton* endButton() const { return m_end; }
    QLabel* warningLabel() const { return m_warning; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* finalReportLabel() const { return m_finalStatus; }
    IndicatorFollowUpBox* indicators() const { return m_indicators; }
    const QList<ScheduledReport>& schedule() const { return m_schedule; }

    /** The warning for one scheduled report on `today`, or empty (submitted, or due later). */
    static QString dueWarning(const ScheduledReport& r, const QDate& today);

    /** Opens the selected report (starting it when it is not started); returns when the wizard closes. */
    void openSelected();
    /** Starts delredovisning `number` from the signed agreement and the plan; returns its id, or 0. */
    qint64 startReport(int number);
    /** Asks first (it freezes), then marks the selected report submitted. */
    bool submitSelected();
    /** A new draft version of the selected submitted report. */
    qint64 newVersionOfSelected();
    void printSelected();
    bool exportSelected(bool odt);
    /** Opens the final report, starting it when there is none. */
    void openFinalReport();
    /** Asks for the decision's date and reason, then ends the collaboration. */
    bool endCollaboration();
    /** Asks for the reason, then reopens an ended collaboration. */
    bool reopenCollaboration();
    void selectNumber(int number);
    int selectedRow() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /** A report changed: the overview's status may have too. */
    void reportsChanged();

private:
    void updateButtons();
    void showMessage(const QString& text, bool error);
    void refreshFinal();

    CollaborationDocument* m_document;
    Database& m_db;
    QList<ScheduledReport> m_schedule;
    qint64 m_agreementId = 0;
    QTreeWidget* m_reports;
    QPushButton* m_open;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_odt;
    QPushButton* m_submit;
    QPushButton* m_newVersion;
    QLabel* m_warning;
    QLabel* m_message;
    QLabel* m_finalStatus;
    QPushButton* m_final;
    QPushButton* m_end;
    IndicatorFollowUpBox* m_indicators;
};
