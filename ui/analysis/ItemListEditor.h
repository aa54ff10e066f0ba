#pragma once

#include "PageEditor.h"

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

/**
 * A list of items on the left (evidence, voices, causes, problems, areas) and the
 * chosen item's fields on the right. Subclasses keep their items and fill the form.
 */
class ItemListEditor : public PageEditor
{
    Q_OBJECT

public:
    /** `movable`: the order matters (a priority) and can be changed by drag and drop or Alt+Up/Down. */
    ItemListEditor(const TemplatePage& page, const QString& listTitle, const QString& addText, bool movable,
                   QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* moveUpButton() const { return m_up; }
    QPushButton* moveDownButton() const { return m_down; }

    /** Adds an item, shows it and puts the cursor in its first field. */
    void addItem();
    void removeCurrentItem();
    /** Moves the current item one step: -1 up, +1 down. */
    void moveCurrentItem(int step);
    void setReadOnly(bool readOnly) override;

protected:
    virtual int itemCount() const = 0;
    virtual QString itemLabel(int row) const = 0;
    virtual void appendItem() = 0;
    virtual void removeItemAt(int row) = 0;
    /** `order` lists the old rows in their new order. */
    virtual void reorder(const QList<int>& order) { Q_UNUSED(order); }
    /** Fills the form with item `row` (-1: none). */
    virtual void showItem(int row) = 0;
    /** The field that gets the cursor after Add. */
    virtual QWidget* firstField() const = 0;
    /** Past tense of a removal for the undo step, e.g. "Remove cause". */
    virtual QString removeText() const = 0;

    int currentRow() const;
    /** Rebuilds the list from the items and selects `row` (clamped). */
    void rebuildList(int row);
    /** The current item's label changed (its title was typed). */
    void refreshLabel(int row);
    QFormLayout* form() const { return m_form; }
    QVBoxLayout* detailColumn() const { return m_detailColumn; }
    QWidget* detail() const { return m_detail; }
    /** Empty list: the hint that says what to add. */
    void setEmptyHint(const QString& text);

private:
    void takeOrderFromList();
    void updateButtons();

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QWidget* m_detail;
    QFormLayout* m_form;
    QVBoxLayout* m_detailColumn;
    QLabel* m_emptyHint;
    bool m_readOnly = false;
};

/**
 * An ItemListEditor over a list of T (causes, evidence, problems, voices, areas): the
 * items, their count, removal and new order, written once.
 */
template<typename T> class ItemListEditorOf : public ItemListEditor
{
public:
    using ItemListEditor::ItemListEditor;

protected:
    int itemCount() const override { return static_cast<int>(m_items.size()); }
    void removeItemAt(int row) override { m_items.removeAt(row); }
    void reorder(const QList<int>& order) override
    {
        QList<T> sorted;
        for (int i : order)
            sorted.append(m_items[i]);
        m_items = sorted;
    }
    /** After a save that kept every item in order: each takes the id of the saved one in its place. */
    void adoptIdsFrom(const QList<T>& saved)
    {
        for (qsizetype i = 0; i < m_items.size() && i < saved.size(); ++i)
            m_items[i].id = saved[i].id;
    }

    QList<T> m_items;
};
