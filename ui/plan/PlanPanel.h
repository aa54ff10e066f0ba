#pragma once

#include <QWidget>

class CollaborationDocument;
class Database;
class PlanWizard;
class QLabel;
class QPushButton;
class QStackedWidget;

/**
 * The workspace tab "Åtgärdsplan": a button that starts the plan from the analysis,
 * or, once there is one, what it holds (areas, interventions, budget, warnings) with
 * buttons to open the wizard, see the timeline, print and export it.
 */
class PlanPanel : public QWidget
{
    Q_OBJECT

public:
    PlanPanel(CollaborationDocument* document, Database& db, QWidget* parent = nullptr);

    QPushButton* createButton() const { return m_create; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* timelineButton() const { return m_timeline; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* odtButton() const { return m_odt; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* summaryLabel() const { return m_summary; }
    bool hasPlan() const { return m_hasPlan; }

    /** Starts the plan from the analysis at organizer level; the refusal is shown as the core wrote it. */
    bool createPlan();
    PlanWizard* openWizard();
    void showTimeline();
    void printPreview();
    /** Asks where (FileDialog, which tests answer), then writes the plan as PDF (`odt` false) or ODT. */
    bool exportPlan(bool odt);
    void refresh();

Q_SIGNALS:
    void wizardOpened(PlanWizard* wizard);

private:
    QString askFileName(bool odt);
    void showMessage(const QString& text, bool error);

    CollaborationDocument* m_document;
    Database& m_db;
    bool m_hasPlan = false;
    QStackedWidget* m_stack;
    QPushButton* m_create;
    QLabel* m_summary;
    QPushButton* m_open;
    QPushButton* m_timeline;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_odt;
    QLabel* m_message;
};
