#include "CausesEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

CausesEditor::CausesEditor(const TemplatePage& page, QWidget* parent)
    : ItemListEditorOf(page, tr("Causes"), tr("&Add cause"), false, parent)
    , m_area(new QComboBox)
    , m_level(new QComboBox)
    , m_description(makeTextEdit(tr("Description of the cause"), 6))
{
    for (auto a : Analysis::CauseAreas.all())
        m_area->addItem(Analysis::CauseAreas.label(a), static_cast<int>(a));
    for (auto l : Analysis::DecisionLevels.all())
        m_level->addItem(Analysis::DecisionLevels.label(l), static_cast<int>(l));
    m_area->setObjectName(QStringLiteral("causeAreaCombo"));
    m_level->setObjectName(QStringLiteral("causeLevelCombo"));
    m_description->setObjectName(QStringLiteral("causeDescriptionEdit"));
    m_description->setPlaceholderText(tr("What in the organisation, the teaching or the follow-up explains the "
                                         "results? Be concrete."));
    form()->addRow(tr("&Description"), m_description);
    form()->addRow(tr("A&rea"), m_area);
    form()->addRow(tr("Decision &level"), m_level);
    detailColumn()->addStretch();
    setEmptyHint(tr("No causes yet. Add one for each cause you have found; the problems are linked to them next."));

    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const int row = currentRow();
        if (m_loading || row < 0)
            return;
        m_items[row].description = m_description->toPlainText();
        refreshLabel(row);
        Q_EMIT typed(tr("Edit cause"), QStringLiteral("cause/%1").arg(row));
    });
    for (auto* combo : { m_area, m_level }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            const int row = currentRow();
            if (m_loading || row < 0)
                return;
            m_items[row].area = static_cast<CauseArea>(m_area->currentData().toInt());
            m_items[row].level = static_cast<DecisionLevel>(m_level->currentData().toInt());
            refreshLabel(row);
            Q_EMIT edited(tr("Change cause"));
        });
    }
}

QString CausesEditor::itemLabel(int row) const
{
    const Cause& c = m_items[row];
    const QString text
        = c.description.trimmed().isEmpty() ? tr("(not described yet)") : c.description.simplified().left(90);
    return QStringLiteral("%1 · %2\n%3")
        .arg(Analysis::CauseAreas.label(c.area), Analysis::DecisionLevels.label(c.level), text);
}

void CausesEditor::load(const Analysis& analysis)
{
    m_loading = true;
    const int row = currentRow();
    m_items = analysis.causes;
    rebuildList(row < 0 ? 0 : row);
    m_loading = false;
}

void CausesEditor::writeTo(Analysis& analysis) const
{
    analysis.causes = m_items;
}

void CausesEditor::appendItem()
{
    Cause c;
    // Most causes found in a school's analysis lie in its teaching, on the school's own levels.
    if (!m_items.isEmpty()) {
        c.area = m_items.last().area;
        c.level = m_items.last().level;
    }
    m_items.append(c);
    Q_EMIT edited(tr("Add cause"));
}

void CausesEditor::showItem(int row)
{
    const Cause c = row >= 0 ? m_items[row] : Cause {};
    m_area->setCurrentIndex(m_area->findData(static_cast<int>(c.area)));
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(c.level)));
    setTextKeepingCursor(m_description, c.description);
}

QWidget* CausesEditor::firstField() const
{
    return m_description;
}
