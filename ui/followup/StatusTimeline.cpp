#include "StatusTimeline.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

StatusTimeline::StatusTimeline(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel)
{
    setObjectName(QStringLiteral("statusTimeline"));
    m_label->setObjectName(QStringLiteral("statusTimelineText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QString StatusTimeline::html(const QList<StatusChange>& history)
{
    if (history.isEmpty())
        return tr("No status change recorded yet.");
    QString h = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const StatusChange& c = *it;
        const QString colour = c.to == CollaborationStatus::Closed ? QStringLiteral("#5f6368")
            : c.to == CollaborationStatus::Active                  ? QStringLiteral("#188038")
                                                                   : QStringLiteral("#b06000");
        const QString what = c.from
            ? tr("%1 → %2").arg(Collaboration::Statuses.label(*c.from), Collaboration::Statuses.label(c.to))
            : Collaboration::Statuses.label(c.to);
        QString line
            = QStringLiteral("<b>%1</b> &nbsp;%2").arg(c.decidedOn.toString(Qt::ISODate), what.toHtmlEscaped());
        if (!c.reason.isEmpty())
            line += QStringLiteral("<br>%1").arg(c.reason.toHtmlEscaped());
        const QString when = c.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        line += QStringLiteral("<br><span style=\"color:#5f6368\">%1</span>")
                    .arg((c.recordedBy.isEmpty() ? tr("entered on %1").arg(when)
                                                 : tr("entered by %1 on %2").arg(c.recordedBy, when))
                             .toHtmlEscaped());
        h += QStringLiteral("<tr><td valign=\"top\" style=\"color:%1; font-size:large\">●</td><td>%2</td></tr>")
                 .arg(colour, line);
    }
    h += QStringLiteral("</table>");
    return h;
}

void StatusTimeline::setHistory(const QList<StatusChange>& history)
{
    m_count = static_cast<int>(history.size());
    m_label->setText(html(history));
}
