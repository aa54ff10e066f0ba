#pragma once

#include "core/followup/ProgressReport.h"

#include "ui/session/ProgressReportSession.h"
#include "ui/wizard/WizardPage.h"

class QGroupBox;
class QLabel;
class QTreeWidget;
class QVBoxLayout;

/** One page of the progress report wizard: it shows part of a report and writes what is on screen back into one. */
class ProgressReportPage : public WizardPage<ProgressReport>
{
    Q_OBJECT

public:
    ProgressReportPage(const QString& id, const QString& title, const QString& help,
                       const ProgressReportSession& session, QWidget* parent = nullptr);

    QString pageId() const { return m_id; }
    QString title() const { return m_title; }

    /** The agreed intervention the page is on (its uuid; empty: none), shared between the pages. */
    virtual QString currentIntervention() const { return QString(); }
    virtual void selectIntervention(const QString& uuid) { Q_UNUSED(uuid); }
    /** After a save: what the page computes from the stored report (a status, a list) is shown again. */
    virtual void refreshAfterSave(const ProgressReport& report) { Q_UNUSED(report); }

Q_SIGNALS:
    /** Save what is typed now: the page is about to show another intervention. */
    void flushRequested();

protected:
    QVBoxLayout* body() const { return m_body; }

    const ProgressReportSession& m_session;

private:
    QString m_id;
    QString m_title;
    QVBoxLayout* m_body;
};

/** The report's interventions grouped under their development areas, as the agreement lists them. */
class InterventionTree
{
public:
    static QTreeWidget* make(const QString& objectName);
    /** Fills `tree` from `report`, keeping the selection on `select` (an agreed intervention's uuid). */
    static void fill(QTreeWidget* tree, const ProgressReport& report, const QString& select, bool withRatings = false);
    static QString currentUuid(const QTreeWidget* tree);
    static void select(QTreeWidget* tree, const QString& uuid);
};

/** a), b), c) and f) as the signed agreement states them, read-only and marked so. */
class FromPlanBox
{
public:
    static QGroupBox* make(QLabel** problems, QLabel** causes, QLabel** goals, QLabel** effects);
    static void show(const InterventionReview& review, QLabel* problems, QLabel* causes, QLabel* goals,
                     QLabel* effects);
};
