#include "AreasEditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

AreasEditor::AreasEditor(const TemplatePage& page, QWidget* parent)
    : ItemListEditorOf(page, tr("Development areas, most important first"), tr("&Add area"), true, parent)
    , m_title(new QLineEdit)
    , m_description(makeTextEdit(tr("Description of the development area"), 5))
    , m_problemList(new QListWidget)
{
    m_title->setObjectName(QStringLiteral("areaTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Language-developing working methods in all subjects"));
    m_description->setObjectName(QStringLiteral("areaDescriptionEdit"));
    m_description->setPlaceholderText(tr("What should be better, and for whom?"));
    m_problemList->setObjectName(QStringLiteral("areaProblemList"));
    m_problemList->setAccessibleName(tr("Problems the area answers"));
    m_problemList->setWordWrap(true);
    m_problemList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problemList->setMinimumHeight(m_problemList->fontMetrics().lineSpacing() * 5 + 12);
    form()->addRow(tr("&Title"), m_title);
    form()->addRow(tr("&Description"), m_description);
    auto* problemsLabel = new QLabel(tr("&Problems it answers"));
    problemsLabel->setBuddy(m_problemList);
    detailColumn()->addWidget(problemsLabel);
    detailColumn()->addWidget(m_problemList, 1);
    setEmptyHint(tr("No development areas yet. Add the areas the improvement work will be about, then put them "
                    "in order: drag them, or use Alt+Up and Alt+Down."));

    connect(m_title, &QLineEdit::textEdited, this, [this] {
        const int row = currentRow();
        if (m_loading || row < 0)
            return;
        m_items[row].title = m_title->text();
        refreshLabel(row);
        Q_EMIT typed(tr("Edit development area"), QStringLiteral("area-title/%1").arg(row));
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const int row = currentRow();
        if (m_loading || row < 0)
            return;
        m_items[row].description = m_description->toPlainText();
        Q_EMIT typed(tr("Edit development area"), QStringLiteral("area-text/%1").arg(row));
    });
    connect(m_problemList, &QListWidget::itemChanged, this, [this] {
        const int row = currentRow();
        if (m_loading || row < 0)
            return;
        m_items[row].problemIds.clear();
        for (int i = 0; i < m_problemList->count(); ++i) {
            if (m_problemList->item(i)->checkState() == Qt::Checked)
                m_items[row].problemIds << m_problemList->item(i)->data(Qt::UserRole).toLongLong();
        }
        Q_EMIT edited(tr("Link development area"));
    });
}

QString AreasEditor::itemLabel(int row) const
{
    const DevelopmentArea& a = m_items[row];
    return QStringLiteral("%1. %2").arg(row + 1).arg(a.title.trimmed().isEmpty() ? tr("(no title yet)")
                                                                                 : a.title.trimmed());
}

void AreasEditor::load(const Analysis& analysis)
{
    m_loading = true;
    const int row = currentRow();
    m_items = analysis.areas;
    m_problemList->clear();
    for (const auto& p : analysis.problems) {
        auto* item = new QListWidgetItem(p.description.simplified(), m_problemList);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (analysis.problems.isEmpty())
        new QListWidgetItem(tr("No problems yet: describe them on the page “Problems”."), m_problemList);
    rebuildList(row < 0 ? 0 : row);
    m_loading = false;
}

void AreasEditor::writeTo(Analysis& analysis) const
{
    // An area without a title cannot be saved yet; it stays on screen until it has one.
    analysis.areas.clear();
    for (const auto& a : m_items) {
        if (!a.title.trimmed().isEmpty())
            analysis.areas.append(a);
    }
}

void AreasEditor::adoptIds(const Analysis& saved)
{
    qsizetype next = 0;
    for (auto& a : m_items) {
        if (a.title.trimmed().isEmpty())
            continue;
        if (next < saved.areas.size())
            a.id = saved.areas[next++].id;
    }
}

void AreasEditor::appendItem()
{
    m_items.append(DevelopmentArea {});
}

void AreasEditor::showItem(int row)
{
    const DevelopmentArea a = row >= 0 ? m_items[row] : DevelopmentArea {};
    if (m_title->text() != a.title)
        m_title->setText(a.title);
    setTextKeepingCursor(m_description, a.description);
    for (int i = 0; i < m_problemList->count(); ++i) {
        auto* item = m_problemList->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(a.problemIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                             : Qt::Unchecked);
    }
}

QWidget* AreasEditor::firstField() const
{
    return m_title;
}
