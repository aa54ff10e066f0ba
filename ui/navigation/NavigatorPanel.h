#pragma once

#include <QWidget>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableView;
class RecordListModel;
class SearchFilterModel;

/** The left side of the window: one search field over the lists of collaborations, organizers and units. */
class NavigatorPanel : public QWidget
{
    Q_OBJECT

public:
    enum List { Collaborations, Organizers, Units, ListCount };

    explicit NavigatorPanel(QWidget* parent = nullptr);

    /** Reads every list again; keeps the selection where it can. */
    bool reload(const Database& db, QString* error);
    /** Reads one list again, keeping its selection. */
    bool reload(List list, const Database& db, QString* error);

    List currentList() const;
    void setCurrentList(List list);
    void select(List list, qint64 id);
    qint64 selectedId(List list) const;

    QLineEdit* searchEdit() const { return m_search; }
    QTableView* view(List list) const { return m_views[list]; }
    /** Rows shown after filtering, for tests and the count in the tab. */
    int visibleCount(List list) const;

Q_SIGNALS:
    /** A row was chosen (clicked, or moved to by keyboard) in a list. */
    void currentChanged(NavigatorPanel::List list, qint64 id);
    /** Enter or a double click on a row. */
    void activated(NavigatorPanel::List list, qint64 id);
    void newRequested(NavigatorPanel::List list);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCounts();
    void focusList();

    QLineEdit* m_search;
    QTabBar* m_tabs;
    QStackedWidget* m_stack;
    QPushButton* m_newButton;
    QLabel* m_emptyHint;
    QLabel* m_count;
    RecordListModel* m_models[ListCount];
    SearchFilterModel* m_filters[ListCount];
    QTableView* m_views[ListCount];
};
