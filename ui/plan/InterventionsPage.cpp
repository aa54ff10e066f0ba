#include "InterventionsPage.h"

#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QListWidget* makeCheckList(const QString& objectName, const QString& accessibleName)
{
    auto* list = new QListWidget;
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setSpacing(1);
    return list;
}

QListWidgetItem* addCheckItem(QListWidget* list, const QString& text, qint64 id)
{
    auto* item = new QListWidgetItem(text, list);
    item->setToolTip(text);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

InterventionsPage::InterventionsPage(const PlanSessionContext& context, QWidget* parent)
    : InterventionFormPage(QStringLiteral("interventions"), tr("Interventions"),
                           tr("For each development area, add what the organizer will do. Tick the problems and causes "
                              "each intervention works on; they come from the analysis."),
                           context, parent)
    , m_add(new QPushButton(tr("&Add intervention")))
    , m_remove(new QPushButton(tr("Remove")))
    , m_up(new QPushButton(tr("Move &up")))
    , m_down(new QPushButton(tr("Move dow&n")))
    , m_title(new QLineEdit)
    , m_area(new QComboBox)
    , m_category(new QComboBox)
    , m_description(makeTextEdit(QStringLiteral("descriptionEdit"), tr("Description of the intervention"), 3))
    , m_level(new QComboBox)
    , m_units(makeCheckList(QStringLiteral("unitList"), tr("Units")))
    , m_problems(makeCheckList(QStringLiteral("problemList"), tr("Problems it addresses")))
    , m_causes(makeCheckList(QStringLiteral("causeList"), tr("Causes it addresses")))
{
    m_add->setObjectName(QStringLiteral("addInterventionButton"));
    m_remove->setObjectName(QStringLiteral("removeInterventionButton"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_up->setToolTip(tr("Earlier in the area (Alt+Up)"));
    m_down->setToolTip(tr("Later in the area (Alt+Down)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* moves = new QHBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addStretch();
    auto* left = qobject_cast<QVBoxLayout*>(leftColumn()->layout());
    left->addLayout(moves);
    left->addLayout(buttons);

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title of the intervention"));
    m_area->setObjectName(QStringLiteral("areaCombo"));
    for (const auto& a : context.analysis.areas)
        m_area->addItem(a.title, a.id);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (auto c : ActionPlan::Categories.all())
        m_category->addItem(ActionPlan::Categories.label(c), static_cast<int>(c));
    m_description->setPlaceholderText(tr("What will be done, by whom, how often?"));
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    for (auto l : ActionPlan::Levels.all())
        m_level->addItem(ActionPlan::Levels.label(l), static_cast<int>(l));
    for (const auto& [id, name] : context.units)
        addCheckItem(m_units, name, id);
    m_units->setMaximumHeight(m_units->fontMetrics().lineSpacing() * 4 + 12);
    for (int n = 0; n < context.analysis.problems.size(); ++n)
        addCheckItem(m_problems, context.analysis.problems[n].description.simplified(),
                     context.analysis.problems[n].id);
    for (int n = 0; n < context.analysis.causes.size(); ++n)
        addCheckItem(m_causes, context.analysis.causes[n].description.simplified(), context.analysis.causes[n].id);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title"), m_title);
    auto* areaRow = new QHBoxLayout;
    areaRow->addWidget(m_area, 3);
    areaRow->addWidget(buddyLabel(tr("Cate&gory"), m_category));
    areaRow->addWidget(m_category, 2);
    form->addRow(buddyLabel(tr("Development a&rea"), m_area), areaRow);
    form->addRow(tr("&Description"), m_description);
    auto* levelRow = new QHBoxLayout;
    levelRow->addWidget(m_level, 0, Qt::AlignTop);
    levelRow->addWidget(m_units, 1);
    form->addRow(buddyLabel(tr("&Level"), m_level), levelRow);
    auto* lists = new QHBoxLayout;
    for (auto [list, text] : { std::pair { m_problems, tr("&Problems it addresses") },
                               std::pair { m_causes, tr("Ca&uses it addresses") } }) {
        auto* column = new QVBoxLayout;
        column->addWidget(buddyLabel(text, list));
        column->addWidget(list, 1);
        lists->addLayout(column, 1);
    }
    auto* detailLayout = new QVBoxLayout(detail());
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(form);
    detailLayout->addLayout(lists, 1);
    setEmptyHint(tr("Choose an intervention on the left, or add one to the chosen development area."));

    connect(m_add, &QPushButton::clicked, this, &InterventionsPage::addIntervention);
    connect(m_remove, &QPushButton::clicked, this, &InterventionsPage::removeIntervention);
    connect(m_up, &QPushButton::clicked, this, [this] { moveIntervention(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveIntervention(1); });
    for (auto [key, step] : { std::pair { Qt::Key_Up, -1 }, std::pair { Qt::Key_Down, 1 } }) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step = step] { moveIntervention(step); });
    }
    connect(tree(), &QTreeWidget::currentItemChanged, this, &InterventionsPage::updateButtons);

    connect(m_title, &QLineEdit::textEdited, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->title = m_title->text();
        refreshCurrentLabel();
        Q_EMIT typed(tr("Edit intervention title"), QStringLiteral("title/%1").arg(currentIndex()));
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->description = m_description->toPlainText();
        Q_EMIT typed(tr("Edit intervention description"), QStringLiteral("description/%1").arg(currentIndex()));
    });
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] {
        const int from = currentIndex();
        if (m_loading || from < 0 || m_area->currentIndex() < 0)
            return;
        // Moved to another area, it goes last in that area's list.
        Intervention moved = m_plan.interventions.takeAt(from);
        moved.areaId = m_area->currentData().toLongLong();
        const int at = insertionIndex(moved.areaId);
        m_plan.interventions.insert(at, moved);
        rebuildTree(at);
        Q_EMIT edited(tr("Move intervention to another area"));
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->category = static_cast<InterventionCategory>(m_category->currentData().toInt());
        Q_EMIT edited(tr("Change category"));
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->level = static_cast<InterventionLevel>(m_level->currentData().toInt());
        m_units->setEnabled(i->level == InterventionLevel::Units);
        i->unitIds = i->level == InterventionLevel::Units ? checkedIds(m_units) : QList<qint64> {};
        std::sort(i->unitIds.begin(), i->unitIds.end());
        Q_EMIT edited(tr("Change level"));
    });
    connect(m_units, &QListWidget::itemChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i || i->level != InterventionLevel::Units)
            return;
        i->unitIds = checkedIds(m_units);
        std::sort(i->unitIds.begin(), i->unitIds.end());
        Q_EMIT edited(tr("Change units"));
    });
    connect(m_problems, &QListWidget::itemChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->problemIds = checkedIds(m_problems);
        Q_EMIT edited(tr("Link problems"));
    });
    connect(m_causes, &QListWidget::itemChanged, this, [this] {
        Intervention* i = current();
        if (m_loading || !i)
            return;
        i->causeIds = checkedIds(m_causes);
        Q_EMIT edited(tr("Link causes"));
    });
}

QList<qint64> InterventionsPage::checkedIds(const QListWidget* list)
{
    QList<qint64> ids;
    for (int n = 0; n < list->count(); ++n) {
        if (list->item(n)->checkState() == Qt::Checked)
            ids << list->item(n)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void InterventionsPage::setChecked(QListWidget* list, const QList<qint64>& ids)
{
    for (int n = 0; n < list->count(); ++n) {
        auto* item = list->item(n);
        const Qt::CheckState state = ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
}

void InterventionsPage::showIntervention(const Intervention* i)
{
    const Intervention shown = i ? *i : Intervention {};
    if (m_title->text() != shown.title)
        m_title->setText(shown.title);
    m_area->setCurrentIndex(m_area->findData(shown.areaId));
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(shown.category)));
    setTextKeepingCursor(m_description, shown.description);
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(shown.level)));
    m_units->setEnabled(shown.level == InterventionLevel::Units);
    setChecked(m_units, shown.unitIds);
    setChecked(m_problems, shown.problemIds);
    setChecked(m_causes, shown.causeIds);
    updateButtons();
}

int InterventionsPage::insertionIndex(qint64 areaId) const
{
    // The plan lists the interventions grouped by area in the analysis's order: after the last of its area.
    QHash<qint64, int> rank;
    for (int n = 0; n < m_context.analysis.areas.size(); ++n)
        rank.insert(m_context.analysis.areas[n].id, n);
    int at = 0;
    while (at < m_plan.interventions.size() && rank.value(m_plan.interventions[at].areaId) <= rank.value(areaId))
        ++at;
    return at;
}

void InterventionsPage::updateButtons()
{
    const int index = currentIndex();
    const bool chosen = index >= 0;
    m_remove->setEnabled(chosen);
    const auto sameAreaAt = [&](int n) {
        return n >= 0 && n < m_plan.interventions.size()
            && m_plan.interventions[n].areaId == m_plan.interventions[index].areaId;
    };
    m_up->setEnabled(chosen && sameAreaAt(index - 1));
    m_down->setEnabled(chosen && sameAreaAt(index + 1));
    m_add->setEnabled(!m_context.analysis.areas.isEmpty());
}

void InterventionsPage::addIntervention()
{
    if (m_context.analysis.areas.isEmpty())
        return;
    Intervention i;
    i.areaId = currentAreaId() != 0 ? currentAreaId() : m_context.analysis.areas.first().id;
    i.title = tr("New intervention");
    i.start = m_context.periodStart;
    i.end = m_context.periodEnd;
    const int at = insertionIndex(i.areaId);
    m_plan.interventions.insert(at, i);
    rebuildTree(at);
    Q_EMIT edited(tr("Add intervention"));
    m_title->setFocus();
    m_title->selectAll();
}

void InterventionsPage::removeIntervention()
{
    const int index = currentIndex();
    if (index < 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove intervention"),
        tr("Remove the intervention “%1” with its goals, indicators and budget? You can undo this with Ctrl+Z.")
            .arg(m_plan.interventions[index].title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const qint64 area = m_plan.interventions[index].areaId;
    m_plan.interventions.removeAt(index);
    int next = -1;
    for (int n = 0; n < m_plan.interventions.size(); ++n) {
        if (m_plan.interventions[n].areaId == area && (next < 0 || n <= index))
            next = n;
    }
    rebuildTree(next, area);
    Q_EMIT edited(tr("Remove intervention"));
}

void InterventionsPage::moveIntervention(int step)
{
    const int index = currentIndex();
    const int to = index + step;
    if (index < 0 || to < 0 || to >= m_plan.interventions.size()
        || m_plan.interventions[to].areaId != m_plan.interventions[index].areaId)
        return;
    m_plan.interventions.swapItemsAt(index, to);
    rebuildTree(to);
    tree()->setFocus();
    Q_EMIT edited(tr("Change the order of interventions"));
}
