#include "IndicatorReadingsPage.h"

#include "core/followup/IndicatorFollowUp.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { InterventionColumn, Name, Baseline, Target, Value, Measured, Expected, Status, ColumnCount };

std::optional<double> parseNumber(const QString& text, bool* ok)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00a0));
    t.remove(QLatin1Char('%'));
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    const double v = t.toDouble(ok);
    if (!*ok)
        return std::nullopt;
    return v;
}
} // namespace

IndicatorReadingsPage::IndicatorReadingsPage(const ProgressReportSession& session, QWidget* parent)
    : ProgressReportPage(QStringLiteral("indicators"), tr("Indicators"),
                         tr("The newest value of each indicator, from its measurements. The status compares it with "
                            "where the indicator should be by then on the way from the baseline to the target."),
                         session, parent)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_form(new QWidget)
    , m_name(new QLabel)
    , m_value(new QLineEdit)
    , m_date(new QDateEdit)
    , m_comment(new QLineEdit)
    , m_status(new QComboBox)
    , m_reason(new QLineEdit)
    , m_computed(new QLabel)
    , m_bands(new QLabel)
    , m_hint(new QLabel)
{
    m_table->setObjectName(QStringLiteral("readingTable"));
    m_table->setAccessibleName(tr("Indicators"));
    m_table->setHorizontalHeaderLabels({ tr("Intervention"), tr("Indicator"), tr("Baseline"), tr("Target"),
                                         tr("Newest value"), tr("Measured"), tr("Expected by then"), tr("Status") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InterventionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_value->setObjectName(QStringLiteral("readingValueEdit"));
    m_date->setObjectName(QStringLiteral("readingDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_comment->setObjectName(QStringLiteral("readingCommentEdit"));
    m_status->setObjectName(QStringLiteral("statusOverrideCombo"));
    m_status->addItem(tr("As computed"), -1);
    for (IndicatorStatus s : IndicatorFollowUp::Statuses.all())
        m_status->addItem(IndicatorFollowUp::Statuses.label(s), static_cast<int>(s));
    m_reason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the status is set by hand (required)"));
    m_name->setWordWrap(true);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_computed->setObjectName(QStringLiteral("computedStatusLabel"));
    m_computed->setWordWrap(true);
    m_bands->setObjectName(QStringLiteral("bandsLabel"));
    m_bands->setWordWrap(true);
    m_bands->setTextFormat(Qt::RichText);
    m_bands->setStyleSheet(QStringLiteral("color: #3c4043;"));
    m_hint->setObjectName(QStringLiteral("readingHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8c1d18;"));
    m_hint->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Newest &value"), m_value);
    form->addRow(tr("Measured &on"), m_date);
    form->addRow(tr("Co&mment"), m_comment);
    form->addRow(tr("Computed status"), m_computed);
    form->addRow(tr("&Status in this report"), m_status);
    form->addRow(tr("Reason for the &override"), m_reason);
    auto* formBox = new QGroupBox(tr("The indicator in this report"));
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->addWidget(m_name);
    formLayout->addLayout(form);
    formLayout->addWidget(m_hint);
    auto* bandsBox = new QGroupBox(tr("How the status is computed"));
    auto* bandsLayout = new QVBoxLayout(bandsBox);
    bandsLayout->addWidget(m_bands);
    bandsLayout->addStretch();
    auto* lower = new QHBoxLayout(m_form);
    lower->setContentsMargins(0, 0, 0, 0);
    lower->addWidget(formBox, 3);
    lower->addWidget(bandsBox, 2);
    body()->addWidget(m_table, 1);
    body()->addWidget(m_form);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row == m_row || m_loading)
            return;
        Q_EMIT flushRequested();
        showReading(m_session.report(), row);
    });
    const auto typedIn = [this](const QString& what) {
        if (!m_loading)
            Q_EMIT typed(what, QStringLiteral("reading:%1:%2").arg(m_row).arg(what));
    };
    connect(m_value, &QLineEdit::textEdited, this, [typedIn] { typedIn(tr("Edit the newest value")); });
    connect(m_comment, &QLineEdit::textEdited, this, [typedIn] { typedIn(tr("Edit the comment")); });
    connect(m_reason, &QLineEdit::textEdited, this, [typedIn] { typedIn(tr("Edit the reason for the override")); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited(tr("Change the date of the value"));
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited(tr("Set the status"));
    });
}

QString IndicatorReadingsPage::valueText(const std::optional<double>& value, const QString& unit) const
{
    if (!value)
        return QStringLiteral("–");
    const QString number = QLocale().toString(*value, 'f', std::abs(*value - std::round(*value)) > 1e-9 ? 1 : 0);
    return unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, unit);
}

void IndicatorReadingsPage::load(const ProgressReport& report)
{
    m_loading = true;
    refreshTable(report);
    m_loading = false;
    showReading(report,
                m_row >= 0 && m_row < report.indicators.size() ? m_row : (report.indicators.isEmpty() ? -1 : 0));
}

void IndicatorReadingsPage::refreshAfterSave(const ProgressReport& report)
{
    m_loading = true;
    refreshTable(report);
    if (m_row >= 0 && m_row < report.indicators.size()) {
        const IndicatorReading& x = report.indicators[m_row];
        m_computed->setText(x.assessment.computed ? tr("%1 (expected by then: %2)")
                                                        .arg(IndicatorFollowUp::Statuses.label(*x.assessment.computed),
                                                             valueText(x.assessment.expected, x.unit))
                                                  : tr("none yet: the indicator needs a value, a baseline, a target "
                                                       "and a target year"));
        m_table->setCurrentCell(m_row, 0);
    }
    m_loading = false;
}

void IndicatorReadingsPage::refreshTable(const ProgressReport& report)
{
    m_table->setRowCount(static_cast<int>(report.indicators.size()));
    for (int r = 0; r < report.indicators.size(); ++r) {
        const IndicatorReading& x = report.indicators[r];
        const InterventionReview* i = report.intervention(x.agreedInterventionUuid);
        const auto status = x.assessment.status();
        QString statusText = status ? IndicatorFollowUp::Statuses.label(*status) : tr("no value");
        if (x.assessment.isOverridden())
            statusText = tr("%1 (set by hand)").arg(statusText);
        const QStringList cells {
            i ? i->title : QString(),
            x.name,
            valueText(x.baseline, x.unit),
            x.targetYear > 0 ? tr("%1 by %2").arg(valueText(x.target, x.unit)).arg(x.targetYear)
                             : valueText(x.target, x.unit),
            valueText(x.value, x.unit),
            x.measuredOn.toString(Qt::ISODate),
            valueText(x.assessment.expected, x.unit),
            statusText,
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, c, item);
            }
            item->setText(cells[c]);
        }
    }
    m_table->resizeRowsToContents();
}

void IndicatorReadingsPage::showReading(const ProgressReport& report, int row)
{
    m_loading = true;
    m_row = row;
    const bool has = row >= 0 && row < report.indicators.size();
    m_form->setEnabled(has);
    if (has) {
        m_table->setCurrentCell(row, m_table->currentColumn() < 0 ? 0 : m_table->currentColumn());
        const IndicatorReading& x = report.indicators[row];
        m_name->setText(x.unit.isEmpty() ? x.name : tr("%1 (%2)").arg(x.name, x.unit));
        if (!m_value->hasFocus())
            m_value->setText(x.value ? QLocale().toString(*x.value, 'f', QLocale::FloatingPointShortest) : QString());
        m_date->setDate(x.measuredOn.isValid() ? x.measuredOn : report.due);
        if (!m_comment->hasFocus())
            m_comment->setText(x.comment);
        m_computed->setText(x.assessment.computed ? tr("%1 (expected by then: %2)")
                                                        .arg(IndicatorFollowUp::Statuses.label(*x.assessment.computed),
                                                             valueText(x.assessment.expected, x.unit))
                                                  : tr("none yet: the indicator needs a value, a baseline, a target "
                                                       "and a target year"));
        m_status->setCurrentIndex(
            std::max(0, m_status->findData(x.assessment.chosen ? int(*x.assessment.chosen) : -1)));
        if (!m_reason->hasFocus())
            m_reason->setText(x.assessment.overrideReason);
        QString bands = QStringLiteral("<b>%1</b><br>").arg(ActionPlan::Directions.label(x.direction).toHtmlEscaped());
        for (IndicatorStatus s : IndicatorFollowUp::Statuses.all())
            bands += QStringLiteral("<b>%1</b>: %2<br>")
                         .arg(IndicatorFollowUp::Statuses.label(s).toHtmlEscaped(),
                              IndicatorFollowUp::bandDescription(s, x.direction).toHtmlEscaped());
        m_bands->setText(bands);
    } else {
        m_name->setText(tr("The agreed interventions have no indicators."));
        m_bands->clear();
    }
    m_hint->hide();
    m_loading = false;
}

void IndicatorReadingsPage::writeTo(ProgressReport& report) const
{
    if (m_row < 0 || m_row >= report.indicators.size())
        return;
    IndicatorReading& x = report.indicators[m_row];
    bool ok = true;
    const auto value = parseNumber(m_value->text(), &ok);
    QStringList problems;
    if (ok) {
        if (value != x.value)
            x.measurementId = 0; // typed here, not read from a measurement
        x.value = value;
    } else {
        problems << tr("“%1” is not a number: write it like 62 or 245,5.").arg(m_value->text());
    }
    x.measuredOn = m_date->date();
    x.comment = m_comment->text().trimmed();
    // Recomputed from the numbers on screen; the chosen status and its reason are kept beside it.
    IndicatorAssessment assessment;
    if (x.value)
        assessment
            = IndicatorFollowUp::assess(m_session.indicatorFor(x), m_session.baselineDate(), *x.value, x.measuredOn);
    const int chosen = m_status->currentData().toInt();
    assessment.overrideReason = m_reason->text().trimmed();
    if (chosen >= 0 && assessment.overrideReason.isEmpty()) {
        problems << tr("Write why the status is set by hand, then it is saved.");
        assessment.chosen = x.assessment.chosen;
    } else if (chosen >= 0) {
        assessment.chosen = static_cast<IndicatorStatus>(chosen);
    }
    x.assessment = assessment;
    m_hint->setText(problems.join(QLatin1Char('\n')));
    m_hint->setVisible(!problems.isEmpty());
}

void IndicatorReadingsPage::setReadOnly(bool readOnly)
{
    for (QWidget* w : std::initializer_list<QWidget*> { m_value, m_comment, m_reason })
        static_cast<QLineEdit*>(w)->setReadOnly(readOnly);
    m_date->setReadOnly(readOnly);
    m_status->setEnabled(!readOnly);
}
