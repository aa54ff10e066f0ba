#include "NavigatorPanel.h"

#include "ListModels.h"
#include "SearchFilterModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

NavigatorPanel::NavigatorPanel(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tabs(new QTabBar(this))
    , m_stack(new QStackedWidget(this))
    , m_newButton(new QPushButton(this))
    , m_emptyHint(new QLabel(this))
    , m_count(new QLabel(this))
{
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_models[Collaborations] = new CollaborationListModel(this);
    m_models[Organizers] = new OrganizerListModel(this);
    m_models[Units] = new SchoolUnitListModel(this);

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, number, municipality, unit…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));

    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    for (int i = 0; i < ListCount; ++i)
        m_tabs->addTab(QString());

    for (int i = 0; i < ListCount; ++i) {
        m_filters[i] = new SearchFilterModel(this);
        m_filters[i]->setSourceModel(m_models[i]);
        m_filters[i]->setSortCaseSensitivity(Qt::CaseInsensitive);
        m_filters[i]->setSortLocaleAware(true);
        auto* view = new QTableView(this);
        view->setModel(m_filters[i]);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSortingEnabled(true);
        view->sortByColumn(0, Qt::AscendingOrder);
        view->setTabKeyNavigation(false);
        view->setWordWrap(false);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        view->horizontalHeader()->setHighlightSections(false);
        m_views[i] = view;
        m_stack->addWidget(view);

        const auto list = static_cast<List>(i);
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this, list](const QModelIndex& current) {
                    if (current.isValid())
                        Q_EMIT currentChanged(list, current.data(ListRoles::Id).toLongLong());
                });
        connect(view, &QAbstractItemView::activated, this, [this, list](const QModelIndex& index) {
            Q_EMIT activated(list, index.data(ListRoles::Id).toLongLong());
        });
    }
    m_views[Collaborations]->setObjectName(QStringLiteral("collaborationList"));
    m_views[Organizers]->setObjectName(QStringLiteral("organizerList"));
    m_views[Units]->setObjectName(QStringLiteral("unitList"));
    m_views[Collaborations]->setColumnWidth(CollaborationListModel::DiaryNumberColumn, 110);
    m_views[Collaborations]->setColumnWidth(CollaborationListModel::PhaseColumn, 120);
    m_views[Collaborations]->hideColumn(CollaborationListModel::StatusColumn);
    m_views[Organizers]->setColumnWidth(OrganizerListModel::NumberColumn, 135);
    m_views[Organizers]->hideColumn(OrganizerListModel::MunicipalityColumn);
    m_views[Units]->setColumnWidth(SchoolUnitListModel::CodeColumn, 105);
    m_views[Units]->hideColumn(SchoolUnitListModel::FormsColumn);
    m_views[Units]->hideColumn(SchoolUnitListModel::StatusColumn);

    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); padding: 12px;"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->addWidget(m_search);
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_newButton);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int i) {
        m_stack->setCurrentIndex(i);
        updateCounts();
        const QModelIndex current = m_views[i]->currentIndex();
        if (current.isValid())
            Q_EMIT currentChanged(static_cast<List>(i), current.data(ListRoles::Id).toLongLong());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (auto* f : m_filters)
            f->setSearchText(text);
        updateCounts();
    });
    connect(m_newButton, &QPushButton::clicked, this, [this] { Q_EMIT newRequested(currentList()); });
    // Down from the search field goes into the list, so searching and choosing need no mouse.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, &NavigatorPanel::focusList);
    updateCounts();
}

void NavigatorPanel::focusList()
{
    QTableView* view = m_views[currentList()];
    if (view->model()->rowCount() == 0)
        return;
    view->setFocus();
    if (!view->currentIndex().isValid())
        view->setCurrentIndex(view->model()->index(0, 0));
}

bool NavigatorPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        focusList();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool NavigatorPanel::reload(const Database& db, QString* error)
{
    for (int i = 0; i < ListCount; ++i) {
        if (!reload(static_cast<List>(i), db, error))
            return false;
    }
    return true;
}

bool NavigatorPanel::reload(List list, const Database& db, QString* error)
{
    const qint64 selected = selectedId(list);
    if (!m_models[list]->reload(db, error))
        return false;
    if (selected > 0)
        select(list, selected);
    updateCounts();
    return true;
}

NavigatorPanel::List NavigatorPanel::currentList() const
{
    return static_cast<List>(m_tabs->currentIndex());
}

void NavigatorPanel::setCurrentList(List list)
{
    m_tabs->setCurrentIndex(list);
}

void NavigatorPanel::select(List list, qint64 id)
{
    const int row = m_models[list]->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filters[list]->mapFromSource(m_models[list]->index(row, 0));
    if (index.isValid()) {
        m_views[list]->setCurrentIndex(index);
        m_views[list]->scrollTo(index);
    }
}

qint64 NavigatorPanel::selectedId(List list) const
{
    const QModelIndex current = m_views[list]->currentIndex();
    return current.isValid() ? current.data(ListRoles::Id).toLongLong() : 0;
}

int NavigatorPanel::visibleCount(List list) const
{
    return m_filters[list]->rowCount();
}

void NavigatorPanel::updateCounts()
{
    const QString names[ListCount] = {tr("Collaborations"), tr("Organizers"), tr("Units")};
    for (int i = 0; i < ListCount; ++i)
        m_tabs->setTabText(i, names[i]);
    const QString newLabels[ListCount] = {tr("New collaboration…"), tr("New organizer…"), tr("New school unit…")};
    m_newButton->setText(newLabels[currentList()]);
    const int list = currentList();
    const QLocale locale;
    const int shown = m_filters[list]->rowCount();
    const int all = m_models[list]->rowCount();
    m_count->setText(shown == all ? tr("%1 in all").arg(locale.toString(all))
                                  : tr("%1 of %2 match").arg(locale.toString(shown), locale.toString(all)));
    const bool empty = shown == 0;
    m_emptyHint->setVisible(empty);
    if (empty) {
        m_emptyHint->setText(m_models[list]->rowCount() == 0
                                 ? tr("Nothing here yet. Start with the button below.")
                                 : tr("Nothing matches “%1”. Try fewer or shorter words.").arg(m_search->text()));
    }
}
