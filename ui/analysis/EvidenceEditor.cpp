#include "EvidenceEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {
const QDate kNoDate(2000, 1, 1); // the date edit's "no date"
}

EvidenceEditor::EvidenceEditor(const TemplatePage& page, QWidget* parent)
    : ItemListEditorOf(page, tr("Evidence"), tr("&Add evidence"), false, parent)
    , m_kind(new QComboBox)
    , m_title(new QLineEdit)
    , m_date(new QDateEdit)
    , m_summary(makeTextEdit(tr("Summary of the evidence"), 7))
{
    for (const auto& c : page.choices)
        m_kind->addItem(c.label, c.id);
    m_kind->setObjectName(QStringLiteral("evidenceKindCombo"));
    m_title->setObjectName(QStringLiteral("evidenceTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Skolenkäten spring 2025, pupils in year 8"));
    m_date->setObjectName(QStringLiteral("evidenceDateEdit"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(kNoDate);
    m_date->setSpecialValueText(tr("No date"));
    m_summary->setObjectName(QStringLiteral("evidenceSummaryEdit"));
    m_summary->setPlaceholderText(tr("What does it show? Summarise briefly; link it to the problems later."));
    form()->addRow(tr("&Kind"), m_kind);
    form()->addRow(tr("&Title"), m_title);
    form()->addRow(tr("&Date"), m_date);
    form()->addRow(tr("&Summary"), m_summary);
    detailColumn()->addStretch();
    setEmptyHint(tr("No evidence yet. Add what else shows how the school works: surveys, the inspectorate's "
                    "decisions, observations."));

    connect(m_title, &QLineEdit::textEdited, this, [this] { takeFields(true); });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] { takeFields(true); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { takeFields(false); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { takeFields(false); });
}

void EvidenceEditor::takeFields(bool typing)
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    Evidence& e = m_items[row];
    e.kind = m_kind->currentData().toString();
    e.title = m_title->text();
    e.summary = m_summary->toPlainText();
    e.date = m_date->date() == kNoDate ? QDate() : m_date->date();
    refreshLabel(row);
    if (typing)
        Q_EMIT typed(tr("Edit evidence"), QStringLiteral("evidence/%1").arg(row));
    else
        Q_EMIT edited(tr("Change evidence"));
}

QString EvidenceEditor::itemLabel(int row) const
{
    const Evidence& e = m_items[row];
    QString head = m_kind->itemText(m_kind->findData(e.kind));
    if (e.date.isValid())
        head += QStringLiteral(" · ") + e.date.toString(Qt::ISODate);
    return QStringLiteral("%1\n%2").arg(head, e.title.trimmed().isEmpty() ? tr("(no title yet)") : e.title.trimmed());
}

void EvidenceEditor::load(const Analysis& analysis)
{
    m_loading = true;
    const int row = currentRow();
    m_items = analysis.evidence;
    rebuildList(row < 0 ? 0 : row);
    m_loading = false;
}

void EvidenceEditor::writeTo(Analysis& analysis) const
{
    analysis.evidence = m_items;
}

void EvidenceEditor::appendItem()
{
    Evidence e;
    e.kind = m_page.choices.isEmpty() ? QString() : m_page.choices.first().id;
    e.date = QDate::currentDate();
    m_items.append(e);
    Q_EMIT edited(tr("Add evidence"));
}

void EvidenceEditor::showItem(int row)
{
    const Evidence e = row >= 0 ? m_items[row] : Evidence {};
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(e.kind)));
    if (m_title->text() != e.title)
        m_title->setText(e.title);
    m_date->setDate(e.date.isValid() ? e.date : kNoDate);
    setTextKeepingCursor(m_summary, e.summary);
}

QWidget* EvidenceEditor::firstField() const
{
    return m_title;
}
