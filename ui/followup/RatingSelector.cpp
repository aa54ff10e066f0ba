#include "RatingSelector.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RatingSelector::RatingSelector(const QList<Option>& options, QWidget* parent)
    : QWidget(parent)
    , m_options(options)
    , m_group(new QButtonGroup(this))
    , m_reasonLabel(new QLabel(tr("Reason for the rating")))
    , m_reason(new QPlainTextEdit)
    , m_hint(new QLabel)
    , m_labelText(tr("Reason for the rating"))
    , m_requiredText(tr("Reason for the rating (required for “%1”)"))
    , m_hintText(tr("Write why the intervention is rated “%1”, then the rating is saved."))
{
    m_group->setExclusive(true);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    int row = 0;
    for (const Option& o : std::as_const(m_options)) {
        auto* b = new QPushButton(o.label);
        b->setCheckable(true);
        b->setAutoDefault(false);
        b->setObjectName(QStringLiteral("rating%1Button").arg(o.value));
        b->setMinimumWidth(120);
        auto* meaning = new QLabel(o.meaning);
        meaning->setWordWrap(true);
        meaning->setBuddy(b);
        b->setAccessibleDescription(o.meaning);
        m_group->addButton(b, o.value);
        grid->addWidget(b, row, 0, Qt::AlignTop);
        grid->addWidget(meaning, row, 1);
        ++row;
    }
    m_reason->setObjectName(QStringLiteral("ratingReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(m_reasonLabel->text());
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 14);
    m_reasonLabel->setBuddy(m_reason);
    m_hint->setObjectName(QStringLiteral("ratingHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8c1d18;"));
    m_hint->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(grid);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);

    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        refreshHint();
        if (!m_loading)
            Q_EMIT chosen();
    });
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        refreshHint();
        if (!m_loading)
            Q_EMIT reasonTyped();
    });
}

int RatingSelector::value() const
{
    return m_group->checkedId();
}

QString RatingSelector::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RatingSelector::setValue(int value, const QString& reason)
{
    m_loading = true;
    if (QAbstractButton* b = m_group->button(value))
        b->setChecked(true);
    else if (QAbstractButton* checked = m_group->checkedButton()) {
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
    if (m_reason->toPlainText() != reason)
        m_reason->setPlainText(reason);
    refreshHint();
    m_loading = false;
}

void RatingSelector::setReadOnly(bool readOnly)
{
    for (QAbstractButton* b : m_group->buttons())
        b->setEnabled(!readOnly);
    m_reason->setReadOnly(readOnly);
}

void RatingSelector::setTexts(const QString& label, const QString& requiredLabel, const QString& hint)
{
    m_labelText = label;
    m_requiredText = requiredLabel;
    m_hintText = hint;
    m_reason->setAccessibleName(label);
    refreshHint();
}

bool RatingSelector::missingReason() const
{
    for (const Option& o : m_options) {
        if (o.value == value())
            return o.needsReason && reason().isEmpty();
    }
    return false;
}

QPushButton* RatingSelector::button(int value) const
{
    return qobject_cast<QPushButton*>(m_group->button(value));
}

void RatingSelector::refreshHint()
{
    bool needs = false;
    QString label;
    for (const Option& o : std::as_const(m_options)) {
        if (o.value == value()) {
            needs = o.needsReason;
            label = QString(o.label).remove(QLatin1Char('&'));
        }
    }
    m_reasonLabel->setText(!needs                                             ? m_labelText
                               : m_requiredText.contains(QLatin1String("%1")) ? m_requiredText.arg(label)
                                                                              : m_requiredText);
    m_hint->setText(m_hintText.arg(label));
    m_hint->setVisible(needs && reason().isEmpty());
}
