#include "VoicesEditor.h"

#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/** What is on screen, without the empty rows a table keeps while one is being added. */
PupilVoice cleaned(PupilVoice v)
{
    v.themes.removeIf([](const VoiceTheme& t) { return t.text.trimmed().isEmpty(); });
    v.quotes.removeIf([](const QString& q) { return q.trimmed().isEmpty(); });
    return v;
}

} // namespace

VoicesEditor::VoicesEditor(const TemplatePage& page, int minGroupSize, QWidget* parent)
    : ItemListEditorOf(page, tr("Groups heard"), tr("&Add group"), false, parent)
    , m_minGroupSize(minGroupSize)
    , m_method(new QComboBox)
    , m_group(new QLineEdit)
    , m_groupSize(new QSpinBox)
    , m_summary(makeTextEdit(tr("What the group said"), 4))
    , m_themes(new RecordTable(
          tr("Themes"),
          { { tr("Theme"), RecordColumn::Kind::Text, 0 }, { tr("Raised by"), RecordColumn::Kind::Text, 90 } }))
    , m_quotes(new RecordTable(tr("Anonymised quotes"), { { tr("Quote"), RecordColumn::Kind::Text, 0 } }))
    , m_problem(new QLabel)
{
    for (const auto& c : page.choices)
        m_method->addItem(c.label, c.id);
    m_method->setObjectName(QStringLiteral("voiceMethodCombo"));
    m_group->setObjectName(QStringLiteral("voiceGroupEdit"));
    m_group->setPlaceholderText(tr("e.g. year 8, two classes (never names)"));
    m_groupSize->setObjectName(QStringLiteral("voiceGroupSizeSpin"));
    m_groupSize->setRange(0, 5000);
    m_groupSize->setSuffix(tr(" pupils"));
    m_summary->setObjectName(QStringLiteral("voiceSummaryEdit"));
    m_summary->setPlaceholderText(tr("A summary in your own words. Never names or details that point out a pupil."));
    m_themes->setObjectName(QStringLiteral("voiceThemesTable"));
    m_quotes->setObjectName(QStringLiteral("voiceQuotesTable"));
    for (auto* table : { m_themes, m_quotes })
        table->view()->setMinimumHeight(table->view()->verticalHeader()->defaultSectionSize() * 3 + 30);
    m_problem->setObjectName(QStringLiteral("voiceProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background: #fdecea; border: 1px solid #f1b8b3; "
                                            "border-radius: 4px; padding: 6px; }"));
    m_problem->hide();

    auto* privacy = new QLabel(tr("Only groups of at least %n pupils are saved, so that no single pupil can be "
                                  "pointed out.",
                                  nullptr, minGroupSize));
    privacy->setWordWrap(true);
    privacy->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto* groupRow = new QHBoxLayout;
    groupRow->addWidget(m_group, 1);
    auto* sizeLabel = new QLabel(tr("&Size"));
    sizeLabel->setBuddy(m_groupSize);
    groupRow->addWidget(sizeLabel);
    groupRow->addWidget(m_groupSize);
    auto* groupLabel = new QLabel(tr("&Group"));
    groupLabel->setBuddy(m_group);
    form()->addRow(tr("&Method"), m_method);
    form()->addRow(groupLabel, groupRow);
    form()->addRow(tr("S&ummary"), m_summary);
    detailColumn()->addWidget(m_problem);
    detailColumn()->addWidget(m_themes, 1);
    detailColumn()->addWidget(m_quotes, 1);
    detailColumn()->addWidget(privacy);
    setEmptyHint(tr("No groups yet. Add each way the pupils were heard: a survey, group interviews, the pupil "
                    "council."));

    connect(m_group, &QLineEdit::textEdited, this, [this] { takeFields(true); });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] { takeFields(true); });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] { takeFields(false); });
    connect(m_groupSize, &QSpinBox::valueChanged, this, [this] { takeFields(true); });
    connect(m_themes, &RecordTable::edited, this, [this] { takeFields(false); });
    connect(m_quotes, &RecordTable::edited, this, [this] { takeFields(false); });
}

void VoicesEditor::takeFields(bool typing)
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    PupilVoice& v = m_items[row];
    v.method = m_method->currentData().toString();
    v.group = m_group->text();
    v.groupSize = m_groupSize->value();
    v.summary = m_summary->toPlainText();
    v.themes.clear();
    for (const auto& r : m_themes->model()->rows())
        v.themes.append({ r.value(0).toString(), r.value(1).toString().trimmed().toInt() });
    v.quotes.clear();
    for (const auto& r : m_quotes->model()->rows())
        v.quotes << r.value(0).toString();
    refreshLabel(row);
    showProblem(row);
    if (typing)
        Q_EMIT typed(tr("Edit pupils' voice"), QStringLiteral("voice/%1").arg(row));
    else
        Q_EMIT edited(tr("Change pupils' voice"));
}

void VoicesEditor::showProblem(int row)
{
    const FieldErrors errors = row >= 0 ? cleaned(m_items[row]).validate(m_minGroupSize) : FieldErrors {};
    if (errors.isEmpty()) {
        m_problem->hide();
        return;
    }
    m_problem->setText(tr("Not saved: %1").arg(joinErrors(errors)));
    m_problem->show();
}

QString VoicesEditor::itemLabel(int row) const
{
    const PupilVoice& v = m_items[row];
    const QString head = m_method->itemText(m_method->findData(v.method));
    const QString group = v.group.trimmed().isEmpty() ? tr("(no group yet)") : v.group.trimmed();
    QString label = QStringLiteral("%1\n%2, %3").arg(head, group, tr("%n pupil(s)", nullptr, v.groupSize));
    if (!cleaned(v).validate(m_minGroupSize).isEmpty())
        label += QStringLiteral("\n") + tr("Not saved");
    return label;
}

void VoicesEditor::load(const Analysis& analysis)
{
    m_loading = true;
    const int row = currentRow();
    m_items = analysis.voices;
    m_stored.clear();
    for (const auto& v : analysis.voices)
        m_stored.insert(v.id, v);
    rebuildList(row < 0 ? 0 : row);
    m_loading = false;
}

void VoicesEditor::writeTo(Analysis& analysis) const
{
    analysis.voices.clear();
    m_writtenRows.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        const PupilVoice v = cleaned(m_items[i]);
        if (v.validate(m_minGroupSize).isEmpty()) {
            analysis.voices.append(v);
            m_writtenRows << i;
        } else if (m_stored.contains(v.id)) {
            analysis.voices.append(m_stored.value(v.id)); // the saved version stays until this one may replace it
            m_writtenRows << i;
        }
    }
}

void VoicesEditor::adoptIds(const Analysis& saved)
{
    for (qsizetype i = 0; i < m_writtenRows.size() && i < saved.voices.size(); ++i) {
        PupilVoice& v = m_items[m_writtenRows[i]];
        v.id = saved.voices[i].id;
        m_stored.insert(v.id, saved.voices[i]);
    }
}

void VoicesEditor::appendItem()
{
    PupilVoice v;
    v.method = m_page.choices.isEmpty() ? QString() : m_page.choices.first().id;
    m_items.append(v);
}

void VoicesEditor::showItem(int row)
{
    const PupilVoice v = row >= 0 ? m_items[row] : PupilVoice {};
    m_method->setCurrentIndex(std::max(0, m_method->findData(v.method)));
    if (m_group->text() != v.group)
        m_group->setText(v.group);
    m_groupSize->setValue(v.groupSize);
    setTextKeepingCursor(m_summary, v.summary);
    QList<QVariantList> rows;
    for (const auto& t : v.themes)
        rows.append({ t.text, QString::number(t.count) });
    if (m_themes->model()->rows() != rows)
        m_themes->model()->setRows(rows);
    rows.clear();
    for (const auto& q : v.quotes)
        rows.append({ q });
    if (m_quotes->model()->rows() != rows)
        m_quotes->model()->setRows(rows);
    // A new, empty group is not an error yet; say so once something is written.
    if (row >= 0 && (v.groupSize > 0 || !v.summary.isEmpty() || !v.themes.isEmpty()))
        showProblem(row);
    else
        m_problem->hide();
}

QWidget* VoicesEditor::firstField() const
{
    return m_group;
}
