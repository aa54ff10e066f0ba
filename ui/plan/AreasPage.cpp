#include "AreasPage.h"

#include <QTextBrowser>
#include <QVBoxLayout>

AreasPage::AreasPage(const PlanSessionContext& context, QWidget* parent)
    : PlanPage(QStringLiteral("areas"), tr("Development areas"),
               tr("The plan starts from the development areas of the analysis, most important first, with the "
                  "problems and causes behind them. They are changed in the analysis, not here."),
               context, parent)
    , m_view(new QTextBrowser)
{
    m_view->setObjectName(QStringLiteral("areasView"));
    m_view->setAccessibleName(tr("Development areas of the analysis"));
    m_view->setOpenLinks(false);
    body()->addWidget(m_view, 1);
}

void AreasPage::load(const ActionPlan& plan)
{
    const Analysis& a = m_context.analysis;
    QString html;
    int number = 0;
    for (const auto& area : a.areas) {
        ++number;
        const int count = static_cast<int>(plan.interventionsOf(area.id).size());
        html += QStringLiteral("<h3>%1. %2</h3>").arg(number).arg(area.title.toHtmlEscaped());
        if (!area.description.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(area.description.toHtmlEscaped());
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(count == 0 ? tr("No intervention in the plan yet.")
                                    : tr("%n intervention(s) in the plan.", nullptr, count));
        if (area.problemIds.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Problems and their causes").toHtmlEscaped());
        for (qint64 problemId : area.problemIds) {
            const Problem* p = a.problem(problemId);
            if (!p)
                continue;
            html += QStringLiteral("<li>%1").arg(p->description.toHtmlEscaped());
            if (!p->causeIds.isEmpty()) {
                html += QStringLiteral("<ul>");
                for (qint64 causeId : p->causeIds) {
                    if (const Cause* c = a.cause(causeId))
                        html += QStringLiteral("<li style=\"color:#444\">%1 · %2: %3</li>")
                                    .arg(Analysis::CauseAreas.label(c->area).toHtmlEscaped(),
                                         Analysis::DecisionLevels.label(c->level).toHtmlEscaped(),
                                         c->description.toHtmlEscaped());
                }
                html += QStringLiteral("</ul>");
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    if (a.areas.isEmpty())
        html = QStringLiteral("<p>%1</p>").arg(tr("The analysis has no development area.").toHtmlEscaped());
    m_view->setHtml(html);
}
