#pragma once

#include "core/analysis/Analysis.h"
#include "core/analysis/AnalysisTemplate.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

class Database;

/**
 * One open nulägesanalys: the analysis, the template it was made with, the
 * programme's minimum group size and the wizard's own undo stack. Every change is
 * saved first and then recorded as a snapshot of the whole analysis, so undo
 * writes the earlier analysis back to the database.
 */
class AnalysisSession : public QObject
{
    Q_OBJECT

public:
    /** Loads analysis `id` with its template and programme; check isValid() and errorString(). */
    AnalysisSession(Database& db, qint64 id, QObject* parent = nullptr);

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }

    Database& database() const { return m_db; }
    const Analysis& analysis() const { return m_analysis; }
    const AnalysisTemplate& analysisTemplate() const { return m_template; }
    int minGroupSize() const { return m_minGroupSize; }
    /** "Strandängsskolan 7–9", or the organizer's name at organizer level. */
    QString levelName() const { return m_levelName; }
    QUndoStack* undoStack() { return &m_undo; }

    /** Saves `after` and records it as `text`; typing in one field (same mergeKey) merges into one step. */
    bool change(const Analysis& after, const QString& text, const QString& mergeKey = QString());
    /** Remembers the page to resume on. */
    bool setCurrentPage(const QString& pageId);
    /** Klar or fastställd, by `who`; the core's message in `error` when the analysis is not ready. */
    bool setStatus(AnalysisStatus status, const QString& who, QString* error);
    /** Makes a new draft version of the established analysis and continues with it. */
    bool startNewVersion(QString* error);

Q_SIGNALS:
    /** The analysis was replaced from outside the editors: undo, redo, a new version. */
    void reloaded();
    void saved();
    void saveFailed(const QString& message);
    void statusChanged();

private:
    bool apply(const Analysis& value);

    Database& m_db;
    bool m_valid = false;
    QString m_error;
    Analysis m_analysis;
    AnalysisTemplate m_template;
    int m_minGroupSize = 5;
    QString m_levelName;
    QUndoStack m_undo;
};
