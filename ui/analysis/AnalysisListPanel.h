#pragma once

#include <QWidget>

class AnalysisWizard;
class CollaborationDocument;
class Database;
class QLabel;
class QTableWidget;

/**
 * The workspace tab "Nulägesanalys": one row for the organizer level and one for
 * each unit in scope, with its template, status and version, to start or open.
 */
class AnalysisListPanel : public QWidget
{
    Q_OBJECT

public:
    AnalysisListPanel(CollaborationDocument* document, Database& db, QWidget* parent = nullptr);

    /** Rows: 0 is the organizer level, then the units in scope in the collaboration's order. */
    QTableWidget* table() const { return m_table; }
    qint64 unitIdAt(int row) const;

    /** Creates the analysis for `unitId` (0: organizer level) with the newest template; returns its id. */
    qint64 startAnalysis(qint64 unitId);
    /** Opens the wizard for the current analysis of `unitId`, starting one if there is none. */
    AnalysisWizard* openAnalysis(qint64 unitId);
    void refresh();

Q_SIGNALS:
    void wizardOpened(AnalysisWizard* wizard);

private:
    CollaborationDocument* m_document;
    Database& m_db;
    QTableWidget* m_table;
    QLabel* m_message;
};
