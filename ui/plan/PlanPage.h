#pragma once

#include "ui/session/PlanSession.h"

#include <QWidget>

class QPlainTextEdit;
class QVBoxLayout;

/**
 * One page of the plan wizard. It shows part of a plan and writes what is on screen
 * back into one; the wizard decides when to save.
 */
class PlanPage : public QWidget
{
    Q_OBJECT

public:
    PlanPage(const QString& id, const QString& title, const QString& help, const PlanSessionContext& context,
             QWidget* parent = nullptr);

    QString pageId() const { return m_id; }
    QString title() const { return m_title; }

    /** Shows `plan`: on opening, on coming to the page, after undo. Text that is equal is left alone. */
    virtual void load(const ActionPlan& plan) = 0;
    /** Writes what is on screen into `plan`; what may not be saved yet is left out. */
    virtual void writeTo(ActionPlan& plan) const { Q_UNUSED(plan); }
    /** After a save: new rows got ids; take them over so later saves update the same rows. */
    virtual void adoptIds(const ActionPlan& saved) { Q_UNUSED(saved); }
    /** The intervention the page is on (0: none), shared between the pages. */
    virtual qint64 currentInterventionId() const { return 0; }
    virtual void selectIntervention(qint64 id) { Q_UNUSED(id); }
    /** Selects the first intervention of an area, or the area itself. */
    virtual void selectArea(qint64 areaId) { Q_UNUSED(areaId); }

Q_SIGNALS:
    /** Text was typed: save after a pause, as one merging step named `text`. */
    void typed(const QString& text, const QString& mergeKey);
    /** Anything else changed: save at once. */
    void edited(const QString& text);

protected:
    /** The page's own layout, below its title and help text. */
    QVBoxLayout* body() const { return m_body; }
    /** A multi-line field where Tab moves on, as in a form. */
    static QPlainTextEdit* makeTextEdit(const QString& objectName, const QString& accessibleName, int lines);
    /** Replaces the text only when it differs, so the cursor stays where the user is typing. */
    static void setTextKeepingCursor(QPlainTextEdit* edit, const QString& text);

    const PlanSessionContext& m_context;
    bool m_loading = false;

private:
    QString m_id;
    QString m_title;
    QVBoxLayout* m_body;
};
