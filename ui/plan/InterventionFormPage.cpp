#include "InterventionFormPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Role { IsAreaRole = Qt::UserRole, AreaRole, IndexRole, LabelRole };

/** Breaks `text` into lines no wider than `width` at spaces: the tree shows long titles whole. */
QString wrapped(const QString& text, const QFontMetrics& fm, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

InterventionFormPage::InterventionFormPage(const QString& id, const QString& title, const QString& help,
                                           const PlanSessionContext& context, QWidget* parent)
    : PlanPage(id, title, help, context, parent)
    , m_tree(new QTreeWidget)
    , m_left(new QWidget)
    , m_detail(new QWidget)
    , m_emptyHint(new QLabel)
{
    m_tree->setObjectName(QStringLiteral("interventionTree"));
    m_tree->setAccessibleName(tr("Development areas and their interventions"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(14);
    m_tree->setExpandsOnDoubleClick(false);
    // Long Swedish titles wrap instead of being cut: the one column is as wide as the view.
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    auto* leftLayout = new QVBoxLayout(m_left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* treeLabel = new QLabel(tr("&Interventions by development area"));
    QFont bold = treeLabel->font();
    bold.setBold(true);
    treeLabel->setFont(bold);
    treeLabel->setBuddy(m_tree);
    leftLayout->addWidget(treeLabel);
    leftLayout->addWidget(m_tree, 1);

    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); padding: 12px;"));
    m_emptyHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyHint->setText(tr("Choose an intervention on the left."));
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_emptyHint);
    rightLayout->addWidget(m_detail, 1);
    m_detail->hide();

    auto* splitter = new QSplitter;
    splitter->addWidget(m_left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 300, 800 });
    splitter->setChildrenCollapsible(false);
    body()->addWidget(splitter, 1);

    m_tree->viewport()->installEventFilter(this);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_loading)
            onCurrentChanged();
    });
}

QString InterventionFormPage::labelOf(const Intervention& i) const
{
    return i.title.trimmed().isEmpty() ? tr("(no title yet)") : i.title.trimmed();
}

void InterventionFormPage::load(const ActionPlan& plan)
{
    m_saved = plan;
    const qint64 id = currentInterventionId();
    const qint64 area = currentAreaId();
    m_plan = plan;
    int index = -1;
    for (int i = 0; i < m_plan.interventions.size(); ++i) {
        if (id != 0 && m_plan.interventions[i].id == id)
            index = i;
    }
    if (index < 0 && area == 0 && !m_plan.interventions.isEmpty())
        index = 0;
    rebuildTree(index, area);
}

void InterventionFormPage::writeTo(ActionPlan& plan) const
{
    plan.interventions = m_plan.interventions;
    for (auto& i : plan.interventions)
        prune(i);
}

void InterventionFormPage::adoptIds(const ActionPlan& saved)
{
    m_saved = saved;
    for (qsizetype n = 0; n < m_plan.interventions.size() && n < saved.interventions.size(); ++n) {
        Intervention& mine = m_plan.interventions[n];
        const Intervention& stored = saved.interventions[n];
        mine.id = stored.id;
        qsizetype next = 0;
        for (auto& g : mine.goals) {
            if (!g.text.trimmed().isEmpty() && next < stored.goals.size())
                g.id = stored.goals[next++].id;
        }
        next = 0;
        for (auto& ind : mine.indicators) {
            if (!ind.name.trimmed().isEmpty() && next < stored.indicators.size())
                ind.id = stored.indicators[next++].id;
        }
    }
}

int InterventionFormPage::currentIndex() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, IsAreaRole).toBool())
        return -1;
    const int index = item->data(0, IndexRole).toInt();
    return index < m_plan.interventions.size() ? index : -1;
}

Intervention* InterventionFormPage::current()
{
    const int index = currentIndex();
    return index < 0 ? nullptr : &m_plan.interventions[index];
}

const Intervention* InterventionFormPage::saved(qint64 id) const
{
    return id == 0 ? nullptr : m_saved.intervention(id);
}

qint64 InterventionFormPage::currentInterventionId() const
{
    const int index = currentIndex();
    return index < 0 ? 0 : m_plan.interventions[index].id;
}

qint64 InterventionFormPage::currentAreaId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, AreaRole).toLongLong() : 0;
}

void InterventionFormPage::selectIntervention(qint64 id)
{
    for (int i = 0; i < m_plan.interventions.size(); ++i) {
        if (m_plan.interventions[i].id == id) {
            selectIndex(i);
            return;
        }
    }
}

void InterventionFormPage::selectIndex(int index)
{
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem* area = m_tree->topLevelItem(a);
        for (int c = 0; c < area->childCount(); ++c) {
            if (area->child(c)->data(0, IndexRole).toInt() == index) {
                m_tree->setCurrentItem(area->child(c));
                return;
            }
        }
    }
}

void InterventionFormPage::selectArea(qint64 areaId)
{
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem* area = m_tree->topLevelItem(a);
        if (area->data(0, AreaRole).toLongLong() == areaId) {
            QTreeWidgetItem* first = area->childCount() > 0 ? area->child(0) : nullptr;
            m_tree->setCurrentItem(first && !first->data(0, IsAreaRole).toBool() ? first : area);
            return;
        }
    }
}

void InterventionFormPage::rebuildTree(int index, qint64 areaId)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_tree->clear();
    QTreeWidgetItem* select = nullptr;
    int number = 0;
    for (const auto& area : m_context.analysis.areas) {
        ++number;
        auto* areaItem = new QTreeWidgetItem(m_tree, { QStringLiteral("%1. %2").arg(number).arg(area.title) });
        areaItem->setData(0, LabelRole, areaItem->text(0));
        areaItem->setToolTip(0, areaItem->text(0));
        QFont bold = areaItem->font(0);
        bold.setBold(true);
        areaItem->setFont(0, bold);
        areaItem->setData(0, IsAreaRole, true);
        areaItem->setData(0, AreaRole, area.id);
        if (index < 0 && area.id == areaId)
            select = areaItem;
        for (int i = 0; i < m_plan.interventions.size(); ++i) {
            const Intervention& intervention = m_plan.interventions[i];
            if (intervention.areaId != area.id)
                continue;
            auto* item = new QTreeWidgetItem(areaItem, { labelOf(intervention) });
            item->setData(0, LabelRole, item->text(0));
            item->setData(0, IsAreaRole, false);
            item->setData(0, AreaRole, area.id);
            item->setData(0, IndexRole, i);
            if (i == index)
                select = item;
        }
        if (areaItem->childCount() == 0) {
            auto* none = new QTreeWidgetItem(areaItem, { tr("(no intervention yet)") });
            none->setData(0, LabelRole, none->text(0));
            none->setFlags(Qt::NoItemFlags);
            none->setData(0, IsAreaRole, true);
            none->setData(0, AreaRole, area.id);
            none->setData(0, IndexRole, -1);
        }
    }
    m_tree->expandAll();
    rewrap();
    if (select)
        m_tree->setCurrentItem(select);
    m_loading = wasLoading;
    onCurrentChanged();
}

void InterventionFormPage::refreshCurrentLabel()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (const Intervention* i = current(); item && i) {
        item->setData(0, LabelRole, labelOf(*i));
        item->setText(0,
                      wrapped(labelOf(*i), QFontMetrics(item->font(0)),
                              m_tree->viewport()->width() - 2 * m_tree->indentation() - 8));
    }
}

void InterventionFormPage::rewrap()
{
    const int width = m_tree->viewport()->width() - 8;
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem* area = m_tree->topLevelItem(a);
        area->setText(0, wrapped(area->data(0, LabelRole).toString(), QFontMetrics(area->font(0)), width));
        for (int c = 0; c < area->childCount(); ++c) {
            QTreeWidgetItem* child = area->child(c);
            child->setText(0,
                           wrapped(child->data(0, LabelRole).toString(), QFontMetrics(child->font(0)),
                                   width - m_tree->indentation()));
        }
    }
}

bool InterventionFormPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        rewrap();
    return PlanPage::eventFilter(watched, event);
}

void InterventionFormPage::setEmptyHint(const QString& text)
{
    m_emptyHint->setText(text);
}

void InterventionFormPage::onCurrentChanged()
{
    const Intervention* i = current();
    const bool wasLoading = m_loading;
    m_loading = true;
    showIntervention(i);
    m_loading = wasLoading;
    m_detail->setVisible(i != nullptr);
    m_emptyHint->setVisible(i == nullptr);
}
