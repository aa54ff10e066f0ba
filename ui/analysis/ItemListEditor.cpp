#include "ItemListEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

ItemListEditor::ItemListEditor(const TemplatePage& page, const QString& listTitle, const QString& addText, bool movable,
                               QWidget* parent)
    : PageEditor(page, parent)
    , m_list(new QListWidget)
    , m_add(new QPushButton(addText))
    , m_remove(new QPushButton(tr("Remove")))
    , m_detail(new QWidget)
    , m_form(new QFormLayout)
    , m_detailColumn(new QVBoxLayout(m_detail))
    , m_emptyHint(new QLabel)
{
    m_list->setObjectName(QStringLiteral("itemList"));
    m_list->setAccessibleName(listTitle);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_add->setObjectName(QStringLiteral("addItemButton"));
    m_remove->setObjectName(QStringLiteral("removeItemButton"));
    auto* title = new QLabel(listTitle);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_list);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(title);
    leftLayout->addWidget(m_list, 1);
    if (movable) {
        m_up = new QPushButton(tr("Move &up"));
        m_down = new QPushButton(tr("Move dow&n"));
        m_up->setObjectName(QStringLiteral("moveUpButton"));
        m_down->setObjectName(QStringLiteral("moveDownButton"));
        m_up->setToolTip(tr("Higher priority (Alt+Up)"));
        m_down->setToolTip(tr("Lower priority (Alt+Down)"));
        auto* moves = new QHBoxLayout;
        moves->addWidget(m_up);
        moves->addWidget(m_down);
        moves->addStretch();
        leftLayout->addLayout(moves);
        m_list->setDragDropMode(QAbstractItemView::InternalMove);
        m_list->setDefaultDropAction(Qt::MoveAction);
        connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentItem(-1); });
        connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentItem(1); });
        auto* upKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this);
        auto* downKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this);
        upKey->setContext(Qt::WidgetWithChildrenShortcut);
        downKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(upKey, &QShortcut::activated, this, [this] { moveCurrentItem(-1); });
        connect(downKey, &QShortcut::activated, this, [this] { moveCurrentItem(1); });
        // A drop moves the list's rows itself; read the new order once the move is done.
        connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
                [this] { QTimer::singleShot(0, this, &ItemListEditor::takeOrderFromList); });
    }
    leftLayout->addLayout(buttons);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_detailColumn->setContentsMargins(0, 0, 0, 0);
    m_detailColumn->addLayout(m_form);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); padding: 12px;"));
    m_emptyHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_emptyHint);
    rightLayout->addWidget(m_detail, 1);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &ItemListEditor::addItem);
    connect(m_remove, &QPushButton::clicked, this, &ItemListEditor::removeCurrentItem);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        m_loading = true;
        showItem(row);
        m_loading = false;
        updateButtons();
    });
}

int ItemListEditor::currentRow() const
{
    return m_list->currentRow();
}

void ItemListEditor::setEmptyHint(const QString& text)
{
    m_emptyHint->setText(text);
}

void ItemListEditor::rebuildList(int row)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_list->clear();
    for (int i = 0; i < itemCount(); ++i) {
        auto* item = new QListWidgetItem(itemLabel(i), m_list);
        item->setData(Qt::UserRole, i);
    }
    const int select = itemCount() == 0 ? -1 : std::clamp(row, 0, itemCount() - 1);
    m_list->setCurrentRow(select);
    showItem(select);
    m_loading = wasLoading;
    updateButtons();
}

void ItemListEditor::refreshLabel(int row)
{
    if (auto* item = m_list->item(row))
        item->setText(itemLabel(row));
}

void ItemListEditor::addItem()
{
    if (m_readOnly)
        return;
    appendItem();
    rebuildList(itemCount() - 1);
    if (QWidget* field = firstField())
        field->setFocus();
}

void ItemListEditor::removeCurrentItem()
{
    const int row = currentRow();
    if (m_readOnly || row < 0)
        return;
    removeItemAt(row);
    rebuildList(row);
    Q_EMIT edited(removeText());
}

void ItemListEditor::moveCurrentItem(int step)
{
    const int row = currentRow();
    const int to = row + step;
    if (m_readOnly || row < 0 || to < 0 || to >= itemCount())
        return;
    QList<int> order;
    for (int i = 0; i < itemCount(); ++i)
        order << i;
    order.move(row, to);
    reorder(order);
    rebuildList(to);
    m_list->setFocus();
    Q_EMIT edited(tr("Change priority"));
}

void ItemListEditor::takeOrderFromList()
{
    QList<int> order;
    for (int i = 0; i < m_list->count(); ++i)
        order << m_list->item(i)->data(Qt::UserRole).toInt();
    bool changed = false;
    for (int i = 0; i < order.size(); ++i)
        changed = changed || order[i] != i;
    if (!changed || order.size() != itemCount())
        return;
    const int current = m_list->currentRow();
    reorder(order);
    rebuildList(current);
    Q_EMIT edited(tr("Change priority"));
}

void ItemListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setEnabled(!readOnly);
    m_detail->setEnabled(!readOnly);
    m_list->setDragDropMode(readOnly || !m_up ? QAbstractItemView::NoDragDrop : QAbstractItemView::InternalMove);
    updateButtons();
}

void ItemListEditor::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0 && !m_readOnly);
    if (m_up) {
        m_up->setEnabled(row > 0 && !m_readOnly);
        m_down->setEnabled(row >= 0 && row < itemCount() - 1 && !m_readOnly);
    }
    m_detail->setVisible(row >= 0);
    m_emptyHint->setVisible(row < 0);
}
