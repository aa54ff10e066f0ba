#include "SummaryEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

SummaryEditor::SummaryEditor(const TemplatePage& page, const AnalysisTemplate& tmpl, QWidget* parent)
    : PageEditor(page, parent)
    , m_template(tmpl)
    , m_summary(makeTextEdit(tr("Summary"), 8))
    , m_overview(new QTextBrowser)
{
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setPlaceholderText(tr("The results, the most important problems and their causes, and what you want "
                                     "to develop, in your own words."));
    m_overview->setObjectName(QStringLiteral("summaryOverview"));
    m_overview->setOpenLinks(false);
    m_overview->setMinimumHeight(m_overview->fontMetrics().lineSpacing() * 10);
    auto* summaryLabel = new QLabel(tr("&Summary"));
    summaryLabel->setBuddy(m_summary);
    auto* overviewLabel = new QLabel(tr("Overview: problems, causes and development areas"));
    for (auto* label : { summaryLabel, overviewLabel }) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    auto* left = new QVBoxLayout;
    left->addWidget(summaryLabel);
    left->addWidget(m_summary, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(overviewLabel);
    right->addWidget(m_overview, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT typed(tr("Edit summary"), QStringLiteral("summary"));
    });
}

void SummaryEditor::load(const Analysis& analysis)
{
    m_loading = true;
    setTextKeepingCursor(m_summary, analysis.summary);
    m_overview->setHtml(overviewHtml(analysis, m_template));
    m_loading = false;
}

void SummaryEditor::setReadOnly(bool readOnly)
{
    m_summary->setReadOnly(readOnly);
}

void SummaryEditor::writeTo(Analysis& analysis) const
{
    analysis.summary = m_summary->toPlainText();
}

QString SummaryEditor::overviewHtml(const Analysis& a, const AnalysisTemplate& tmpl)
{
    const auto esc = [](const QString& s) { return s.simplified().toHtmlEscaped(); };
    QString html;
    if (a.problems.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No problems described yet."));
    for (int i = 0; i < a.problems.size(); ++i) {
        const Problem& p = a.problems[i];
        html += QStringLiteral("<p style='margin-bottom:2px'><b>%1 %2.</b> %3</p><ul style='margin-top:0'>")
                    .arg(tr("Problem"))
                    .arg(i + 1)
                    .arg(esc(p.description));
        for (qint64 id : p.causeIds) {
            if (const Cause* c = a.cause(id))
                html += QStringLiteral("<li>%1: %2 <span style='color:#555'>(%3, %4)</span></li>")
                            .arg(tr("Cause"), esc(c->description), Analysis::CauseAreas.label(c->area).toLower(),
                                 Analysis::DecisionLevels.label(c->level).toLower());
        }
        if (p.causeIds.isEmpty())
            html += QStringLiteral("<li style='color:#8c1d18'>%1</li>").arg(tr("No cause linked yet"));
        for (qint64 id : p.evidenceIds) {
            if (const Evidence* e = a.evidenceItem(id))
                html += QStringLiteral("<li>%1: %2 – %3</li>")
                            .arg(tr("Evidence"), tmpl.choiceLabel(e->kind).toHtmlEscaped(), esc(e->title));
        }
        QStringList areas;
        for (int j = 0; j < a.areas.size(); ++j) {
            if (a.areas[j].problemIds.contains(p.id))
                areas << QStringLiteral("%1. %2").arg(j + 1).arg(esc(a.areas[j].title));
        }
        html += QStringLiteral("<li>%1: %2</li></ul>")
                    .arg(tr("Development area"), areas.isEmpty() ? tr("none yet") : areas.join(QStringLiteral("; ")));
    }
    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("Development areas in priority order"));
    for (const auto& d : a.areas)
        html += QStringLiteral("<li>%1</li>").arg(esc(d.title));
    html += QStringLiteral("</ol>");
    if (a.areas.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No development areas yet."));
    return html;
}
