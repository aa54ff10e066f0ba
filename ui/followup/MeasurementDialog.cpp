#include "MeasurementDialog.h"

#include "core/Clock.h"

#include <cmath>
#include <limits>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

MeasurementDialog::MeasurementDialog(qint64 indicatorId, const QString& indicatorName, const QString& unit,
                                     const QString& statisticKey, QWidget* parent)
    : QDialog(parent)
    , m_indicatorId(indicatorId)
    , m_statisticKey(statisticKey)
    , m_value(new QLineEdit)
    , m_byDate(new QRadioButton(tr("On a &date")))
    , m_bySchoolYear(new QRadioButton(tr("For a &school year")))
    , m_date(new QDateEdit(Clock::currentDate()))
    , m_schoolYear(new QLineEdit)
    , m_source(new QComboBox)
    , m_sourceText(new QLineEdit)
    , m_comment(new QLineEdit)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("measurementDialog"));
    setWindowTitle(tr("Add a measurement"));
    auto* heading = new QLabel(unit.isEmpty() ? indicatorName : tr("%1 (%2)").arg(indicatorName, unit));
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_value->setObjectName(QStringLiteral("measurementValueEdit"));
    m_value->setPlaceholderText(tr("e.g. 62 or 245,5"));
    m_date->setObjectName(QStringLiteral("measurementDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_schoolYear->setObjectName(QStringLiteral("measurementSchoolYearEdit"));
    m_schoolYear->setPlaceholderText(tr("e.g. 2025/26"));
    m_byDate->setChecked(true);
    m_schoolYear->setEnabled(false);
    m_source->setObjectName(QStringLiteral("measurementSourceCombo"));
    for (MeasurementSource s : Measurement::Sources.all()) {
        if (s == MeasurementSource::ImportedStatistic && statisticKey.isEmpty())
            continue;
        m_source->addItem(Measurement::Sources.label(s), static_cast<int>(s));
    }
    m_sourceText->setObjectName(QStringLiteral("measurementSourceEdit"));
    m_sourceText->setPlaceholderText(tr("e.g. Skolverket, SIRIS; the school's own survey"));
    m_comment->setObjectName(QStringLiteral("measurementCommentEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #8c1d18;"));
    m_error->hide();

    auto* when = new QHBoxLayout;
    when->addWidget(m_byDate);
    when->addWidget(m_date);
    when->addSpacing(12);
    when->addWidget(m_bySchoolYear);
    when->addWidget(m_schoolYear);
    auto* form = new QFormLayout;
    form->addRow(tr("&Value"), m_value);
    form->addRow(tr("When"), when);
    form->addRow(tr("S&ource"), m_source);
    form->addRow(tr("Source &details"), m_sourceText);
    form->addRow(tr("&Comment"), m_comment);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasurementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_byDate, &QRadioButton::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        m_schoolYear->setEnabled(!on);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(600, sizeHint().height());
    m_value->setFocus();
}

Measurement MeasurementDialog::measurement() const
{
    Measurement m;
    m.indicatorId = m_indicatorId;
    QString text = m_value->text().trimmed();
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00a0));
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    m.value = text.toDouble(&ok);
    if (!ok)
        m.value = std::numeric_limits<double>::quiet_NaN();
    if (m_byDate->isChecked())
        m.measuredOn = m_date->date();
    else
        m.schoolYear = m_schoolYear->text().trimmed();
    m.source = static_cast<MeasurementSource>(m_source->currentData().toInt());
    m.sourceText = m_sourceText->text().trimmed();
    if (m.source == MeasurementSource::ImportedStatistic)
        m.statisticKey = m_statisticKey;
    m.comment = m_comment->text().trimmed();
    return m;
}

void MeasurementDialog::accept()
{
    QStringList problems;
    const Measurement m = measurement();
    if (std::isnan(m.value)) {
        problems << tr("Write the value as a number, like 62 or 245,5.");
    } else {
        for (const auto& e : m.validate())
            problems << e.message;
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return;
    }
    QDialog::accept();
}
