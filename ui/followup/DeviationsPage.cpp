#include "DeviationsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DeviationsPage::DeviationsPage(const ProgressReportSession& session, QWidget* parent)
    : ProgressReportPage(QStringLiteral("deviations"), tr("Deviations from the agreement"),
                         tr("What the program sees changed in the plan since the ÖK 2 was signed is proposed here: "
                            "confirm and explain each one. Add the deviations it cannot see yourself."),
                         session, parent)
    , m_list(new QListWidget)
    , m_add(new QPushButton(tr("&Add deviation")))
    , m_remove(new QPushButton(tr("Re&move")))
    , m_form(new QWidget)
    , m_origin(new QLabel)
    , m_kind(new QComboBox)
    , m_intervention(new QComboBox)
    , m_description(makeTextEdit(QStringLiteral("deviationDescriptionEdit"), tr("What changed"), 3))
    , m_confirm(new QCheckBox(tr("&Confirmed: this is a deviation from the agreement")))
    , m_explanation(makeTextEdit(QStringLiteral("deviationExplanationEdit"), tr("Explanation"), 4))
{
    m_list->setObjectName(QStringLiteral("deviationList"));
    m_list->setAccessibleName(tr("Deviations"));
    m_list->setWordWrap(true);
    m_list->setFixedWidth(320);
    m_list->setSpacing(2);
    m_add->setObjectName(QStringLiteral("addDeviationButton"));
    m_remove->setObjectName(QStringLiteral("removeDeviationButton"));
    for (auto* b : { m_add, m_remove })
        b->setAutoDefault(false);
    m_kind->setObjectName(QStringLiteral("deviationKindCombo"));
    for (DeviationKind k : ProgressReport::DeviationKinds.all())
        m_kind->addItem(ProgressReport::DeviationKinds.label(k), static_cast<int>(k));
    m_intervention->setObjectName(QStringLiteral("deviationInterventionCombo"));
    m_confirm->setObjectName(QStringLiteral("confirmDeviationBox"));
    m_origin->setObjectName(QStringLiteral("deviationOrigin"));
    m_origin->setWordWrap(true);
    m_explanation->setPlaceholderText(tr("Why it was done, and what it means for the goals"));

    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_origin);
    form->addRow(tr("&Type"), m_kind);
    form->addRow(tr("&Intervention"), m_intervention);
    form->addRow(tr("&What changed"), m_description);
    form->addRow(QString(), m_confirm);
    form->addRow(tr("&Explanation"), m_explanation);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    auto* row = new QHBoxLayout;
    row->addLayout(left);
    row->addWidget(m_form, 1);
    body()->addLayout(row, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int r) {
        if (m_loading || r == m_row)
            return;
        Q_EMIT flushRequested();
        showRow(m_session.report(), r);
    });
    connect(m_add, &QPushButton::clicked, this, &DeviationsPage::addDeviation);
    connect(m_remove, &QPushButton::clicked, this, &DeviationsPage::removeDeviation);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited(tr("Change the type of deviation"));
    });
    connect(m_intervention, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited(tr("Change the deviation's intervention"));
    });
    connect(m_confirm, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            Q_EMIT edited(tr("Confirm deviation"));
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT typed(tr("Edit what changed"), QStringLiteral("description:%1").arg(m_row));
    });
    connect(m_explanation, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT typed(tr("Edit the explanation"), QStringLiteral("explanation:%1").arg(m_row));
    });
}

void DeviationsPage::load(const ProgressReport& report)
{
    m_loading = true;
    m_intervention->clear();
    m_intervention->addItem(tr("None: an intervention added after signing"), QString());
    for (const auto& i : report.interventions)
        m_intervention->addItem(i.title, i.agreedInterventionUuid);
    m_loading = false;
    refreshList(report);
}

void DeviationsPage::refreshAfterSave(const ProgressReport& report)
{
    refreshList(report);
}

void DeviationsPage::refreshList(const ProgressReport& report)
{
    m_loading = true;
    m_list->clear();
    for (const auto& d : report.deviations) {
        QString state;
        if (d.proposed)
            state = d.confirmed ? tr("proposed, confirmed") : tr("proposed: confirm and explain");
        else
            state = tr("added by hand");
        const QString title = d.interventionTitle.isEmpty() ? tr("(no intervention)") : d.interventionTitle;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1: %2\n%3").arg(ProgressReport::DeviationKinds.label(d.kind), title, state), m_list);
        if (d.proposed && !d.confirmed) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    m_loading = false;
    const int row = std::min<int>(m_row < 0 ? 0 : m_row, static_cast<int>(report.deviations.size()) - 1);
    showRow(report, row);
}

void DeviationsPage::showRow(const ProgressReport& report, int row)
{
    m_loading = true;
    m_row = row;
    const bool has = row >= 0 && row < report.deviations.size();
    m_form->setEnabled(has);
    m_remove->setEnabled(has && !m_readOnly && !report.deviations[row].proposed);
    m_add->setEnabled(!m_readOnly);
    if (!has) {
        m_origin->setText(tr("No deviations: the plan has not changed since the ÖK 2 was signed. Add one if the work "
                             "departed from the agreement in a way the plan does not show."));
        m_form->setEnabled(false);
        m_origin->setEnabled(true);
        m_loading = false;
        return;
    }
    m_list->setCurrentRow(row);
    const Deviation& d = report.deviations[row];
    m_origin->setText(d.proposed ? tr("Proposed by the program from the plan as it stands now: confirm it and explain "
                                      "why, or leave it unconfirmed if it is no deviation.")
                                 : tr("Added by hand."));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(d.kind)));
    m_kind->setEnabled(!d.proposed && !m_readOnly);
    m_intervention->setCurrentIndex(std::max(0, m_intervention->findData(d.agreedInterventionUuid)));
    m_intervention->setEnabled(!d.proposed && !m_readOnly);
    setTextKeepingCursor(m_description, d.description);
    m_description->setReadOnly(d.proposed || m_readOnly);
    m_confirm->setChecked(d.confirmed);
    m_confirm->setVisible(d.proposed);
    setTextKeepingCursor(m_explanation, d.explanation);
    m_explanation->setReadOnly(m_readOnly);
    m_loading = false;
}

void DeviationsPage::addDeviation()
{
    m_addPending = true;
    Q_EMIT edited(tr("Add deviation"));
    m_description->setFocus();
}

void DeviationsPage::removeDeviation()
{
    if (m_row < 0)
        return;
    m_removePending = m_row;
    Q_EMIT edited(tr("Remove deviation"));
}

void DeviationsPage::writeTo(ProgressReport& report) const
{
    if (m_row >= 0 && m_row < report.deviations.size()) {
        Deviation& d = report.deviations[m_row];
        if (!d.proposed) {
            d.kind = static_cast<DeviationKind>(m_kind->currentData().toInt());
            d.agreedInterventionUuid = m_intervention->currentData().toString();
            d.interventionTitle = m_intervention->currentIndex() > 0 ? m_intervention->currentText() : QString();
            d.description = m_description->toPlainText();
            d.confirmed = true; // written by a person: no confirming needed
        } else {
            d.confirmed = m_confirm->isChecked();
        }
        d.explanation = m_explanation->toPlainText();
    }
    if (m_removePending >= 0 && m_removePending < report.deviations.size()
        && !report.deviations[m_removePending].proposed)
        report.deviations.removeAt(m_removePending);
    m_removePending = -1;
    if (m_addPending) {
        Deviation d;
        d.kind = DeviationKind::Changed;
        d.confirmed = true;
        // A changed intervention names the agreed one it concerns: the first, until the user picks another.
        if (!report.interventions.isEmpty()) {
            d.agreedInterventionUuid = report.interventions.first().agreedInterventionUuid;
            d.interventionTitle = report.interventions.first().title;
        }
        report.deviations.append(d);
        m_addPending = false;
    }
}

void DeviationsPage::adoptIds(const ProgressReport& saved)
{
    // A deviation just added is the last one: show it, ready for its description.
    if (m_list->count() < saved.deviations.size())
        m_row = static_cast<int>(saved.deviations.size()) - 1;
    else if (m_row >= saved.deviations.size())
        m_row = static_cast<int>(saved.deviations.size()) - 1;
}

void DeviationsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
    m_confirm->setEnabled(!readOnly);
    m_explanation->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_kind->setEnabled(!readOnly);
    m_intervention->setEnabled(!readOnly);
}
