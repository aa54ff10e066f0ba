#pragma once

#include "EditSession.h"
#include "core/analysis/Analysis.h"
#include "core/analysis/AnalysisTemplate.h"
#include "core/plan/PlanLinks.h"

/**
 * One open nulägesanalys: the analysis, the template it was made with, the
 * programme's minimum group size and the wizard's own undo stack. Every change is
 * saved first and then recorded as a snapshot of the whole analysis, so undo
 * writes the earlier analysis back to the database.
 */
class AnalysisSession : public EditSession<Analysis>
{
    Q_OBJECT

public:
    /** Loads analysis `id` with its template and programme; check isValid() and errorString(). */
    AnalysisSession(Database& db, qint64 id, QObject* parent = nullptr);

    const Analysis& analysis() const { return m_value; }
    const AnalysisTemplate& analysisTemplate() const { return m_template; }
    int minGroupSize() const { return m_minGroupSize; }
    /** "Strandängsskolan 7–9", or the organizer's name at organizer level. */
    QString levelName() const { return m_levelName; }

    /**
     * change() for a removal the action plan's interventions used (the user agreed):
     * the plan's `links` are dropped and the analysis saved in one transaction, and
     * one undo puts back both the removed item and the links, again in one.
     */
    bool changeRemoving(const Analysis& after, const QString& text, const PlanLinks& links);
    /** Remembers the page to resume on. */
    bool setCurrentPage(const QString& pageId);
    /** Klar or fastställd, by `who`; the core's message in `error` when the analysis is not ready. */
    bool setStatus(AnalysisStatus status, const QString& who, QString* error);
    /** Makes a new draft version of the established analysis and continues with it. */
    bool startNewVersion(QString* error);

Q_SIGNALS:
    void statusChanged();

protected:
    bool write(Analysis& value, QString* error) override;
    void keepOnUndo(Analysis& value) const override;
    QString refusal() const override;

private:
    AnalysisTemplate m_template;
    int m_minGroupSize = 5;
    QString m_levelName;
};
