#include "RatingPage.h"

#include "RatingSelector.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QList<RatingSelector::Option> ratingOptions()
{
    QList<RatingSelector::Option> options;
    const QStringList labels { RatingPage::tr("&On plan"), RatingPage::tr("At &risk"), RatingPage::tr("&Deviates") };
    int n = 0;
    for (InterventionRating r : ProgressReport::Ratings.all()) {
        options << RatingSelector::Option { static_cast<int>(r), labels.value(n++, ProgressReport::Ratings.label(r)),
                                            ProgressReport::ratingDescription(r), r != InterventionRating::OnPlan };
    }
    return options;
}
} // namespace

RatingPage::RatingPage(const ProgressReportSession& session, QWidget* parent)
    : ProgressReportPage(QStringLiteral("ratings"), tr("Rating and next steps"),
                         tr("Rate each intervention against the plan. “At risk” and “Deviates” need a reason; next "
                            "steps say what is done about it."),
                         session, parent)
    , m_tree(InterventionTree::make(QStringLiteral("ratingTree")))
    , m_heading(new QLabel)
    , m_summary(new QLabel)
    , m_selector(new RatingSelector(ratingOptions()))
    , m_nextSteps(makeTextEdit(QStringLiteral("interventionNextStepsEdit"), tr("Next steps for the intervention"), 4))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("ratingSummary"));
    m_selector->setObjectName(QStringLiteral("ratingSelector"));
    m_nextSteps->setPlaceholderText(tr("What is done next, especially when the intervention is at risk or deviates"));

    auto* right = new QVBoxLayout;
    right->addWidget(m_heading);
    right->addWidget(m_summary);
    auto* ratingBox = new QGroupBox(tr("Rating"));
    auto* ratingLayout = new QVBoxLayout(ratingBox);
    ratingLayout->addWidget(m_selector);
    right->addWidget(ratingBox);
    auto* stepsLabel = new QLabel(tr("&Next steps for the intervention"));
    stepsLabel->setBuddy(m_nextSteps);
    right->addWidget(stepsLabel);
    right->addWidget(m_nextSteps);
    right->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_tree);
    row->addLayout(right, 1);
    body()->addLayout(row, 1);
    setTabOrder(m_tree, m_selector);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        const QString uuid = InterventionTree::currentUuid(m_tree);
        if (uuid.isEmpty() || uuid == m_shown)
            return;
        Q_EMIT flushRequested();
        show(m_session.report(), uuid);
    });
    connect(m_selector, &RatingSelector::chosen, this, [this] {
        if (!m_loading)
            Q_EMIT edited(tr("Rate intervention"));
    });
    connect(m_selector, &RatingSelector::reasonTyped, this, [this] {
        if (!m_loading)
            Q_EMIT typed(tr("Edit the reason for the rating"), QStringLiteral("reason:") + m_shown);
    });
    connect(m_nextSteps, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT typed(tr("Edit next steps"), QStringLiteral("steps:") + m_shown);
    });
}

void RatingPage::load(const ProgressReport& report)
{
    InterventionTree::fill(m_tree, report, m_shown, true);
    show(report, InterventionTree::currentUuid(m_tree));
}

void RatingPage::selectIntervention(const QString& uuid)
{
    InterventionTree::select(m_tree, uuid);
}

void RatingPage::show(const ProgressReport& report, const QString& uuid)
{
    m_loading = true;
    const InterventionReview* review = report.intervention(uuid);
    const bool changed = m_shown != uuid;
    m_shown = review ? uuid : QString();
    if (review) {
        m_heading->setText(QStringLiteral("%1 · %2").arg(review->areaTitle, review->title));
        int written = 0;
        for (const auto& g : review->goals)
            written += g.improvements.trimmed().isEmpty() ? 0 : 1;
        m_summary->setText(tr("d) written for %1 of %2 goals · e) %3")
                               .arg(written)
                               .arg(review->goals.size())
                               .arg(review->goalsNotReached.trimmed().isEmpty() ? tr("not written") : tr("written")));
        // What is typed but not yet saved stays on screen: the reason waits for a rating that needs one.
        const int value = review->rating ? static_cast<int>(*review->rating) : -1;
        if (changed || !m_selector->missingReason())
            m_selector->setValue(value, review->ratingReason);
        setTextKeepingCursor(m_nextSteps, review->nextSteps);
    }
    m_loading = false;
}

void RatingPage::writeTo(ProgressReport& report) const
{
    for (auto& i : report.interventions) {
        if (i.agreedInterventionUuid != m_shown)
            continue;
        i.ratingReason = m_selector->reason();
        // A rating that needs a reason is saved with it, not before (the reason is required).
        if (m_selector->value() >= 0 && !m_selector->missingReason())
            i.rating = static_cast<InterventionRating>(m_selector->value());
        i.nextSteps = m_nextSteps->toPlainText();
    }
}

void RatingPage::setReadOnly(bool readOnly)
{
    m_selector->setReadOnly(readOnly);
    m_nextSteps->setReadOnly(readOnly);
}
