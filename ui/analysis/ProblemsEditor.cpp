#include "ProblemsEditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

QListWidget* makeCheckList(const QString& name)
{
    auto* list = new QListWidget;
    list->setAccessibleName(name);
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setMinimumHeight(list->fontMetrics().lineSpacing() * 5 + 12);
    return list;
}

} // namespace

ProblemsEditor::ProblemsEditor(const TemplatePage& page, const AnalysisTemplate& tmpl, QWidget* parent)
    : ItemListEditorOf(page, tr("Problems"), tr("&Add problem"), false, parent)
    , m_template(tmpl)
    , m_description(makeTextEdit(tr("Description of the problem"), 4))
    , m_causeList(makeCheckList(tr("Causes behind the problem")))
    , m_evidenceList(makeCheckList(tr("Evidence that shows the problem")))
{
    m_description->setObjectName(QStringLiteral("problemDescriptionEdit"));
    m_description->setPlaceholderText(tr("A problem tied to the results, e.g. “Too few pupils in year 9 reach the "
                                         "knowledge requirements in mathematics.”"));
    m_causeList->setObjectName(QStringLiteral("problemCauseList"));
    m_evidenceList->setObjectName(QStringLiteral("problemEvidenceList"));
    form()->addRow(tr("&Description"), m_description);
    auto* causesLabel = new QLabel(tr("&Causes behind it (tick one or more)"));
    causesLabel->setBuddy(m_causeList);
    auto* evidenceLabel = new QLabel(tr("&Evidence that shows it"));
    evidenceLabel->setBuddy(m_evidenceList);
    detailColumn()->addWidget(causesLabel);
    detailColumn()->addWidget(m_causeList, 3);
    detailColumn()->addWidget(evidenceLabel);
    detailColumn()->addWidget(m_evidenceList, 2);
    setEmptyHint(tr("No problems yet. Describe each problem and tick the causes and evidence behind it."));

    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const int row = currentRow();
        if (m_loading || row < 0)
            return;
        m_items[row].description = m_description->toPlainText();
        refreshLabel(row);
        Q_EMIT typed(tr("Edit problem"), QStringLiteral("problem/%1").arg(row));
    });
    for (auto* list : { m_causeList, m_evidenceList })
        connect(list, &QListWidget::itemChanged, this, &ProblemsEditor::takeLinks);
}

void ProblemsEditor::takeLinks()
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    // Keep the analysis's order, not the order of ticking.
    Problem& p = m_items[row];
    p.causeIds.clear();
    for (int i = 0; i < m_causeList->count(); ++i) {
        if (m_causeList->item(i)->checkState() == Qt::Checked)
            p.causeIds << m_causeList->item(i)->data(Qt::UserRole).toLongLong();
    }
    p.evidenceIds.clear();
    for (int i = 0; i < m_evidenceList->count(); ++i) {
        if (m_evidenceList->item(i)->checkState() == Qt::Checked)
            p.evidenceIds << m_evidenceList->item(i)->data(Qt::UserRole).toLongLong();
    }
    refreshLabel(row);
    Q_EMIT edited(tr("Link problem"));
}

QString ProblemsEditor::itemLabel(int row) const
{
    const Problem& p = m_items[row];
    QString text = p.description.trimmed().isEmpty() ? tr("(not described yet)") : p.description.simplified();
    if (text.size() > 160) // cut at a word, and say so
        text = text.left(text.lastIndexOf(QLatin1Char(' '), 160)) + QStringLiteral(" …");
    return tr("%1\n%n cause(s)", nullptr, static_cast<int>(p.causeIds.size())).arg(text) + QStringLiteral(", ")
        + tr("%n evidence item(s)", nullptr, static_cast<int>(p.evidenceIds.size()));
}

void ProblemsEditor::load(const Analysis& analysis)
{
    m_loading = true;
    const int row = currentRow();
    m_items = analysis.problems;
    m_causes = analysis.causes;
    m_evidence = analysis.evidence;
    m_causeList->clear();
    for (const auto& c : m_causes) {
        auto* item
            = new QListWidgetItem(QStringLiteral("%1 (%2, %3)")
                                      .arg(c.description.simplified(), Analysis::CauseAreas.label(c.area).toLower(),
                                           Analysis::DecisionLevels.label(c.level).toLower()),
                                  m_causeList);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_evidenceList->clear();
    for (const auto& e : m_evidence) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1: %2").arg(m_template.choiceLabel(e.kind), e.title.trimmed()), m_evidenceList);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_causes.isEmpty())
        new QListWidgetItem(tr("No causes yet: add them on the page “Causes”."), m_causeList);
    if (m_evidence.isEmpty())
        new QListWidgetItem(tr("No evidence yet: add it on the page “Evidence”."), m_evidenceList);
    rebuildList(row < 0 ? 0 : row);
    m_loading = false;
}

void ProblemsEditor::writeTo(Analysis& analysis) const
{
    analysis.problems = m_items;
}

void ProblemsEditor::appendItem()
{
    m_items.append(Problem {});
    Q_EMIT edited(tr("Add problem"));
}

void ProblemsEditor::showItem(int row)
{
    const Problem p = row >= 0 ? m_items[row] : Problem {};
    setTextKeepingCursor(m_description, p.description);
    for (int i = 0; i < m_causeList->count(); ++i) {
        auto* item = m_causeList->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(p.causeIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
    }
    for (int i = 0; i < m_evidenceList->count(); ++i) {
        auto* item = m_evidenceList->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(p.evidenceIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                              : Qt::Unchecked);
    }
}

QWidget* ProblemsEditor::firstField() const
{
    return m_description;
}
