#include "FinalReportPages.h"

#include "RatingSelector.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

FinalReportPage::FinalReportPage(const QString& id, const QString& title, const QString& help,
                                 const FinalReportSession& session, QWidget* parent)
    : WizardPage<FinalReport>(parent)
    , m_session(session)
    , m_id(id)
    , m_title(title)
    , m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("page:") + id);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    addHeading(layout, title, help);
    m_body->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body, 1);
}

namespace {
QString outcomeMeaning(AreaOutcome o)
{
    switch (o) {
    case AreaOutcome::Reached:
        return CloseOutPage::tr("The area's goals are reached and the results show it.");
    case AreaOutcome::PartlyReached:
        return CloseOutPage::tr("Some goals are reached, or all of them part of the way.");
    case AreaOutcome::NotReached:
        return CloseOutPage::tr("The interventions were carried out, but the goals are not reached.");
    case AreaOutcome::NotPursued:
        return CloseOutPage::tr("The interventions of the area were not carried out, or stopped early.");
    }
    return QString();
}

QList<RatingSelector::Option> outcomeOptions()
{
    QList<RatingSelector::Option> options;
    for (AreaOutcome o : FinalReport::Outcomes.all())
        options << RatingSelector::Option { static_cast<int>(o), FinalReport::Outcomes.label(o), outcomeMeaning(o),
                                            true };
    return options;
}
} // namespace

CloseOutPage::CloseOutPage(const FinalReportSession& session, QWidget* parent)
    : FinalReportPage(QStringLiteral("areas"), tr("Close-out per area"),
                      tr("For each development area: how far its goals were reached, why, and how the work is carried "
                         "on after Skolverket's support ends."),
                      session, parent)
    , m_areas(new QListWidget)
    , m_heading(new QLabel)
    , m_outcome(new RatingSelector(outcomeOptions()))
    , m_continuation(
          makeTextEdit(QStringLiteral("continuationEdit"), tr("How the work is carried on after the support ends"), 5))
{
    m_areas->setObjectName(QStringLiteral("areaList"));
    m_areas->setAccessibleName(tr("Development areas"));
    m_areas->setWordWrap(true);
    m_areas->setFixedWidth(270);
    m_areas->setSpacing(2);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("outcomeSelector"));
    m_outcome->setTexts(tr("Reason for the outcome"), tr("Reason for the outcome (required)"),
                        tr("Write why the area's outcome is “%1”, then the outcome is saved."));
    m_continuation->setPlaceholderText(
        tr("Who carries it on, in which forum, how it is followed up in the systematic quality work"));
    auto* right = new QVBoxLayout;
    right->addWidget(m_heading);
    auto* box = new QGroupBox(tr("Outcome"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_outcome);
    right->addWidget(box);
    auto* label = new QLabel(tr("&How the work is carried on after the support ends"));
    label->setBuddy(m_continuation);
    right->addWidget(label);
    right->addWidget(m_continuation, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_areas);
    row->addLayout(right, 1);
    body()->addLayout(row, 1);

    connect(m_areas, &QListWidget::currentRowChanged, this, [this](int r) {
        if (m_loading || r == m_row)
            return;
        Q_EMIT flushRequested();
        showArea(m_session.report(), r);
    });
    connect(m_outcome, &RatingSelector::chosen, this, [this] {
        if (!m_loading)
            Q_EMIT edited(tr("Set the area's outcome"));
    });
    connect(m_outcome, &RatingSelector::reasonTyped, this, [this] {
        if (!m_loading)
            Q_EMIT typed(tr("Edit the reason for the outcome"), QStringLiteral("reason:%1").arg(m_row));
    });
    connect(m_continuation, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT typed(tr("Edit how the work is carried on"), QStringLiteral("continuation:%1").arg(m_row));
    });
}

void CloseOutPage::load(const FinalReport& report)
{
    m_loading = true;
    m_areas->clear();
    for (int n = 0; n < report.areas.size(); ++n) {
        const AreaCloseOut& a = report.areas[n];
        new QListWidgetItem(
            QStringLiteral("%1. %2\n%3")
                .arg(n + 1)
                .arg(a.areaTitle, a.outcome ? FinalReport::Outcomes.label(*a.outcome) : tr("no outcome yet")),
            m_areas);
    }
    m_loading = false;
    showArea(report, m_row >= 0 && m_row < report.areas.size() ? m_row : (report.areas.isEmpty() ? -1 : 0));
}

void CloseOutPage::showArea(const FinalReport& report, int row)
{
    m_loading = true;
    const bool changed = row != m_row;
    m_row = row;
    if (row >= 0 && row < report.areas.size()) {
        m_areas->setCurrentRow(row);
        const AreaCloseOut& a = report.areas[row];
        m_heading->setText(a.areaTitle);
        if (changed || !m_outcome->missingReason())
            m_outcome->setValue(a.outcome ? static_cast<int>(*a.outcome) : -1, a.reason);
        setTextKeepingCursor(m_continuation, a.continuation);
    } else {
        m_heading->setText(tr("The agreement has no development areas."));
    }
    m_loading = false;
}

void CloseOutPage::writeTo(FinalReport& report) const
{
    if (m_row < 0 || m_row >= report.areas.size())
        return;
    AreaCloseOut& a = report.areas[m_row];
    a.reason = m_outcome->reason();
    if (m_outcome->value() >= 0 && !m_outcome->missingReason())
        a.outcome = static_cast<AreaOutcome>(m_outcome->value());
    a.continuation = m_continuation->toPlainText();
}

void CloseOutPage::setReadOnly(bool readOnly)
{
    m_outcome->setReadOnly(readOnly);
    m_continuation->setReadOnly(readOnly);
}

SynthesisPage::SynthesisPage(const FinalReportSession& session, QWidget* parent)
    : FinalReportPage(QStringLiteral("synthesis"), tr("Synthesis"),
                      tr("The organizer's own summary of the collaboration: what changed in the capacity to plan, "
                         "follow up and develop education, and what is left to do."),
                      session, parent)
    , m_synthesis(makeTextEdit(QStringLiteral("synthesisEdit"), tr("Synthesis"), 14))
{
    body()->addWidget(m_synthesis, 1);
    connect(m_synthesis, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT typed(tr("Edit the synthesis"), QStringLiteral("synthesis"));
    });
}

void SynthesisPage::load(const FinalReport& report)
{
    m_loading = true;
    setTextKeepingCursor(m_synthesis, report.synthesis);
    m_loading = false;
}

void SynthesisPage::writeTo(FinalReport& report) const
{
    report.synthesis = m_synthesis->toPlainText();
}

void SynthesisPage::setReadOnly(bool readOnly)
{
    m_synthesis->setReadOnly(readOnly);
}

HistoryPage::HistoryPage(const FinalReportSession& session, QWidget* parent)
    : FinalReportPage(QStringLiteral("history"), tr("History"),
                      tr("Assembled from every progress report, newest version of each: per intervention its ratings, "
                         "d) and e), and the deviations. Read-only: correct a progress report to change it."),
                      session, parent)
    , m_browser(new QTextBrowser)
{
    m_browser->setObjectName(QStringLiteral("historyBrowser"));
    m_browser->setAccessibleName(tr("History"));
    m_browser->setOpenLinks(false);
    body()->addWidget(m_browser, 1);
}

QString HistoryPage::html(const FinalReport& report)
{
    const auto esc
        = [](const QString& s) { return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); };
    QString h;
    QString area;
    for (const InterventionHistory& i : report.history) {
        if (i.areaTitle != area) {
            area = i.areaTitle;
            h += QStringLiteral("<h2>%1</h2>").arg(esc(area));
        }
        h += QStringLiteral("<h3>%1</h3>").arg(esc(i.title));
        h += QStringLiteral("<p><i>%1</i> %2<br><i>%3</i> %4<br><i>%5</i> %6</p>")
                 .arg(tr("a) Problems:"), esc(i.problems), tr("b) Causes:"), esc(i.causes), tr("f) Expected effects:"),
                      esc(i.expectedEffects));
        if (i.entries.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(tr("No progress report has written about it yet."));
        for (const ReviewHistoryEntry& e : i.entries) {
            QString title = tr("Progress report %1").arg(e.reportNumber);
            if (e.reportVersion > 1)
                title = tr("Progress report %1, version %2").arg(e.reportNumber).arg(e.reportVersion);
            h += QStringLiteral("<p><b>%1</b> (%2) – %3%4</p>")
                     .arg(esc(title), esc(ProgressReport::States.label(e.state)),
                          e.rating ? esc(ProgressReport::Ratings.label(*e.rating)) : esc(tr("not rated")),
                          e.ratingReason.isEmpty() ? QString() : QStringLiteral(": ") + esc(e.ratingReason));
            h += QStringLiteral("<ul>");
            for (const GoalReview& g : e.goals)
                h += QStringLiteral("<li><i>%1</i><br>d) %2</li>").arg(esc(g.goal), esc(g.improvements));
            h += QStringLiteral("</ul><p>e) %1</p>").arg(esc(e.goalsNotReached));
        }
    }
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Deviations from the agreement"));
    if (report.deviations.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(tr("No deviation was confirmed in the progress reports."));
    for (const Deviation& d : report.deviations)
        h += QStringLiteral("<p><b>%1</b> – %2: %3<br>%4</p>")
                 .arg(esc(ProgressReport::DeviationKinds.label(d.kind)), esc(d.interventionTitle), esc(d.description),
                      esc(d.explanation));
    return h;
}

void HistoryPage::load(const FinalReport& report)
{
    m_browser->setHtml(html(report));
}

FinalReviewPage::FinalReviewPage(const FinalReportSession& session, QWidget* parent)
    : FinalReportPage(QStringLiteral("review"), tr("Review and submit"),
                      tr("What the final report still needs. Print it, save it as PDF or ODT, and mark it submitted; "
                         "then the collaboration can be ended."),
                      session, parent)
    , m_status(new QLabel)
    , m_problems(new QListWidget)
    , m_print(new QPushButton(tr("&Print…")))
    , m_pdf(new QPushButton(tr("Save as P&DF…")))
    , m_odt(new QPushButton(tr("Save as OD&T…")))
    , m_submit(new QPushButton(tr("&Mark as submitted…")))
{
    m_status->setObjectName(QStringLiteral("finalStatusLabel"));
    m_status->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("finalProblems"));
    m_problems->setWordWrap(true);
    m_problems->setSpacing(2);
    m_submit->setObjectName(QStringLiteral("submitFinalButton"));
    auto* buttons = new QHBoxLayout;
    for (auto* b : { m_print, m_pdf, m_odt, m_submit }) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto* box = new QGroupBox(tr("Before it can be submitted"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_problems);
    body()->addWidget(m_status);
    body()->addLayout(buttons);
    body()->addWidget(box, 1);
}

void FinalReviewPage::load(const FinalReport& report)
{
    QString status = tr("Final report · %1 · due %2")
                         .arg(ProgressReport::States.label(report.state), report.due.toString(Qt::ISODate));
    if (report.submittedOn.isValid())
        status += tr(" · submitted %1").arg(report.submittedOn.toString(Qt::ISODate));
    m_status->setText(status);
    m_problems->clear();
    const FieldErrors errors = report.validateForSubmission();
    for (const auto& e : errors)
        new QListWidgetItem(QStringLiteral("⚠ %1").arg(e.message), m_problems);
    if (errors.isEmpty())
        new QListWidgetItem(report.isFrozen() ? tr("Submitted: the final report is kept as it was handed in.")
                                              : tr("Everything a submitted final report needs is written."),
                            m_problems);
    m_submit->setEnabled(!report.isFrozen() && errors.isEmpty() && m_session.readOnlyReason().isEmpty());
}

void FinalReviewPage::setReadOnly(bool readOnly)
{
    if (readOnly)
        m_submit->setEnabled(false);
}
