#pragma once

#include "core/domain/Collaboration.h"

#include <QWidget>

class QLabel;

/**
 * The collaboration's status history as a timeline on the overview (DfE's project status
 * page): each change with its decision date, from and to, the reason, who entered it and when.
 */
class StatusTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit StatusTimeline(QWidget* parent = nullptr);

    void setHistory(const QList<StatusChange>& history);
    int entryCount() const { return m_count; }
    QLabel* label() const { return m_label; }

    /** The timeline as HTML, newest first, every user-entered text escaped. */
    static QString html(const QList<StatusChange>& history);

private:
    QLabel* m_label;
    int m_count = 0;
};
