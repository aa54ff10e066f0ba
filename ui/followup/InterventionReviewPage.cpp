#include "InterventionReviewPage.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

InterventionReviewPage::InterventionReviewPage(const ProgressReportSession& session, QWidget* parent)
    : ProgressReportPage(QStringLiteral("interventions"), tr("Interventions: d) and e)"),
                         tr("What the plan said is filled in from the signed ÖK 2. Write d) what improvements are "
                            "seen against each goal and how far it was reached, and e) which goals were not reached "
                            "and why."),
                         session, parent)
    , m_tree(InterventionTree::make(QStringLiteral("reviewTree")))
    , m_scroll(new QScrollArea)
    , m_heading(new QLabel)
    , m_goalBox(new QWidget)
    , m_notReached(makeTextEdit(QStringLiteral("notReachedEdit"), tr("e) Goals not reached and why"), 3))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("interventionHeading"));

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_heading);
    layout->addWidget(FromPlanBox::make(&m_problems, &m_causes, &m_goals, &m_effects));
    auto* written = new QGroupBox(tr("Written in this report"));
    auto* writtenLayout = new QVBoxLayout(written);
    new QVBoxLayout(m_goalBox);
    m_goalBox->layout()->setContentsMargins(0, 0, 0, 0);
    writtenLayout->addWidget(m_goalBox);
    auto* eLabel = new QLabel(tr("&e) Goals not reached, and why"));
    eLabel->setBuddy(m_notReached);
    writtenLayout->addWidget(eLabel);
    writtenLayout->addWidget(m_notReached);
    layout->addWidget(written);
    layout->addStretch();
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* row = new QHBoxLayout;
    row->addWidget(m_tree);
    row->addWidget(m_scroll, 1);
    body()->addLayout(row, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        const QString uuid = InterventionTree::currentUuid(m_tree);
        if (uuid.isEmpty() || uuid == m_shown)
            return;
        Q_EMIT flushRequested();
        show(m_session.report(), uuid);
    });
    connect(m_notReached, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT typed(tr("Edit e) goals not reached"), QStringLiteral("e:") + m_shown);
    });
}

void InterventionReviewPage::load(const ProgressReport& report)
{
    InterventionTree::fill(m_tree, report, m_shown);
    const QString uuid = InterventionTree::currentUuid(m_tree);
    show(report, uuid);
}

void InterventionReviewPage::selectIntervention(const QString& uuid)
{
    InterventionTree::select(m_tree, uuid);
}

void InterventionReviewPage::show(const ProgressReport& report, const QString& uuid)
{
    m_loading = true;
    const InterventionReview* review = report.intervention(uuid);
    const bool changed = uuid != m_shown;
    m_shown = review ? uuid : QString();
    if (!review) {
        m_heading->setText(tr("The agreement has no interventions."));
        rebuildGoals(InterventionReview());
        m_notReached->clear();
        m_loading = false;
        return;
    }
    m_heading->setText(QStringLiteral("%1 · %2").arg(review->areaTitle, review->title));
    FromPlanBox::show(*review, m_problems, m_causes, m_goals, m_effects);
    if (changed || m_improvements.size() != review->goals.size())
        rebuildGoals(*review);
    for (int n = 0; n < review->goals.size(); ++n)
        setTextKeepingCursor(m_improvements[n], review->goals[n].improvements);
    setTextKeepingCursor(m_notReached, review->goalsNotReached);
    if (changed)
        m_scroll->ensureVisible(0, 0);
    m_loading = false;
}

void InterventionReviewPage::rebuildGoals(const InterventionReview& review)
{
    for (QPlainTextEdit* edit : std::as_const(m_improvements))
        edit->blockSignals(true);
    QLayout* layout = m_goalBox->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_improvements.clear();
    if (review.goals.isEmpty()) {
        auto* none = new QLabel(tr("The agreement states no goals for this intervention: write what was seen in e)."));
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    for (int n = 0; n < review.goals.size(); ++n) {
        auto* label = new QLabel(tr("d) Goal %1: %2").arg(n + 1).arg(review.goals[n].goal));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        auto* edit = makeTextEdit(QStringLiteral("improvementsEdit%1").arg(n),
                                  tr("d) Improvements seen against goal %1, and how far it was reached").arg(n + 1), 3);
        edit->setPlaceholderText(tr("What has improved against this goal, and how far it was reached"));
        edit->setReadOnly(m_readOnly);
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, n] {
            if (!m_loading)
                Q_EMIT typed(tr("Edit d) for goal %1").arg(n + 1), QStringLiteral("d:%1:%2").arg(m_shown).arg(n));
        });
        m_improvements << edit;
    }
    // Tab runs through the goals in order, then to e).
    QWidget* previous = m_tree;
    for (QPlainTextEdit* edit : std::as_const(m_improvements)) {
        setTabOrder(previous, edit);
        previous = edit;
    }
    setTabOrder(previous, m_notReached);
}

void InterventionReviewPage::writeTo(ProgressReport& report) const
{
    for (auto& i : report.interventions) {
        if (i.agreedInterventionUuid != m_shown)
            continue;
        for (int n = 0; n < i.goals.size() && n < m_improvements.size(); ++n)
            i.goals[n].improvements = m_improvements[n]->toPlainText();
        i.goalsNotReached = m_notReached->toPlainText();
    }
}

void InterventionReviewPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPlainTextEdit* edit : std::as_const(m_improvements))
        edit->setReadOnly(readOnly);
    m_notReached->setReadOnly(readOnly);
}
