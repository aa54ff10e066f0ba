#include "ProgressReportPages.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

NextStepsPage::NextStepsPage(const ProgressReportSession& session, QWidget* parent)
    : ProgressReportPage(QStringLiteral("nextSteps"), tr("Next steps"),
                         tr("What the organizer and Skolverket agree to do next, especially where an intervention is "
                            "at risk or deviates, and how ready the work is for the next period."),
                         session, parent)
    , m_nextSteps(makeTextEdit(QStringLiteral("nextStepsEdit"), tr("Next steps"), 10))
    , m_attention(new QLabel)
{
    m_attention->setObjectName(QStringLiteral("attentionLabel"));
    m_attention->setWordWrap(true);
    m_attention->setTextFormat(Qt::RichText);
    m_attention->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* label = new QLabel(tr("Next &steps for the whole report"));
    label->setBuddy(m_nextSteps);
    auto* left = new QVBoxLayout;
    left->addWidget(label);
    left->addWidget(m_nextSteps, 1);
    auto* attention = new QGroupBox(tr("Needs attention"));
    auto* attentionLayout = new QVBoxLayout(attention);
    attentionLayout->addWidget(m_attention);
    attentionLayout->addStretch();
    auto* row = new QHBoxLayout;
    row->addLayout(left, 3);
    row->addWidget(attention, 2);
    body()->addLayout(row, 1);
    connect(m_nextSteps, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT typed(tr("Edit next steps"), QStringLiteral("nextSteps"));
    });
}

void NextStepsPage::load(const ProgressReport& report)
{
    m_loading = true;
    setTextKeepingCursor(m_nextSteps, report.nextSteps);
    QString html;
    for (const auto& i : report.interventions) {
        if (!i.rating || *i.rating == InterventionRating::OnPlan)
            continue;
        html += QStringLiteral("<p><b>%1</b> – %2<br>%3</p>")
                    .arg(ProgressReport::Ratings.label(*i.rating).toHtmlEscaped(), i.title.toHtmlEscaped(),
                         i.ratingReason.toHtmlEscaped());
    }
    m_attention->setText(html.isEmpty() ? tr("No intervention is rated at risk or deviating.") : html);
    m_loading = false;
}

void NextStepsPage::writeTo(ProgressReport& report) const
{
    report.nextSteps = m_nextSteps->toPlainText();
}

void NextStepsPage::setReadOnly(bool readOnly)
{
    m_nextSteps->setReadOnly(readOnly);
}

ProgressReviewPage::ProgressReviewPage(const ProgressReportSession& session, QWidget* parent)
    : ProgressReportPage(QStringLiteral("review"), tr("Review and submit"),
                         tr("What the report holds and what it still needs. Print it, save it as PDF or as ODT (Word "
                            "opens it: Skolverket asks for a Word file), and mark it submitted."),
                         session, parent)
    , m_status(new QLabel)
    , m_overview(new QLabel)
    , m_problems(new QListWidget)
    , m_print(new QPushButton(tr("&Print…")))
    , m_pdf(new QPushButton(tr("Save as P&DF…")))
    , m_odt(new QPushButton(tr("Save as OD&T…")))
    , m_submit(new QPushButton(tr("&Mark as submitted…")))
{
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));
    m_status->setWordWrap(true);
    m_overview->setObjectName(QStringLiteral("reportOverview"));
    m_overview->setWordWrap(true);
    m_overview->setTextFormat(Qt::RichText);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_problems->setObjectName(QStringLiteral("submissionProblems"));
    m_problems->setAccessibleName(tr("Before it can be submitted"));
    m_problems->setWordWrap(true);
    m_problems->setSpacing(2);
    m_print->setObjectName(QStringLiteral("printReportButton"));
    m_pdf->setObjectName(QStringLiteral("pdfReportButton"));
    m_odt->setObjectName(QStringLiteral("odtReportButton"));
    m_submit->setObjectName(QStringLiteral("submitReportButton"));
    auto* buttons = new QHBoxLayout;
    for (auto* b : { m_print, m_pdf, m_odt, m_submit }) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto* overview = new QGroupBox(tr("The report"));
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_overview);
    overviewLayout->addStretch();
    auto* problems = new QGroupBox(tr("Before it can be submitted"));
    auto* problemsLayout = new QVBoxLayout(problems);
    problemsLayout->addWidget(m_problems);
    auto* row = new QHBoxLayout;
    row->addWidget(overview, 1);
    row->addWidget(problems, 1);
    body()->addWidget(m_status);
    body()->addLayout(buttons);
    body()->addLayout(row, 1);
}

void ProgressReviewPage::load(const ProgressReport& report)
{
    QString status
        = tr("%1 · %2 · due %3")
              .arg(report.title(), ProgressReport::States.label(report.state), report.due.toString(Qt::ISODate));
    if (report.submittedOn.isValid())
        status += tr(" · submitted %1").arg(report.submittedOn.toString(Qt::ISODate));
    m_status->setText(status);

    int rated = 0;
    int goals = 0;
    int written = 0;
    QMap<InterventionRating, int> perRating;
    for (const auto& i : report.interventions) {
        if (i.rating) {
            ++rated;
            ++perRating[*i.rating];
        }
        for (const auto& g : i.goals) {
            ++goals;
            written += g.improvements.trimmed().isEmpty() ? 0 : 1;
        }
    }
    QString html = QStringLiteral("<p>%1</p><p>%2</p><ul>")
                       .arg(tr("%1 of %2 interventions rated; d) written for %3 of %4 goals.")
                                .arg(rated)
                                .arg(report.interventions.size())
                                .arg(written)
                                .arg(goals)
                                .toHtmlEscaped(),
                            tr("Ratings:").toHtmlEscaped());
    for (InterventionRating r : ProgressReport::Ratings.all())
        html += QStringLiteral("<li>%1: %2</li>")
                    .arg(ProgressReport::Ratings.label(r).toHtmlEscaped())
                    .arg(perRating[r]);
    int proposed = 0;
    for (const auto& d : report.deviations)
        proposed += d.proposed && !d.confirmed ? 1 : 0;
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("%1 indicators, %2 deviations (%3 proposed and not confirmed).")
                         .arg(report.indicators.size())
                         .arg(report.deviations.size())
                         .arg(proposed)
                         .toHtmlEscaped());
    m_overview->setText(html);

    m_problems->clear();
    const FieldErrors errors = report.validateForSubmission();
    for (const auto& e : errors)
        new QListWidgetItem(QStringLiteral("⚠ %1").arg(e.message), m_problems);
    if (errors.isEmpty())
        new QListWidgetItem(report.isFrozen() ? tr("Submitted: the report is kept as it was handed in.")
                                              : tr("Everything a submitted report needs is written."),
                            m_problems);
    m_submit->setEnabled(!report.isFrozen() && errors.isEmpty() && m_session.readOnlyReason().isEmpty());
}

void ProgressReviewPage::setReadOnly(bool readOnly)
{
    if (readOnly)
        m_submit->setEnabled(false);
}
