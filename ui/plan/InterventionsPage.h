#pragma once

#include "InterventionFormPage.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

/** Insatser: per development area, what the organizer will do, on which level, against which problems and causes. */
class InterventionsPage : public InterventionFormPage
{
    Q_OBJECT

public:
    InterventionsPage(const PlanSessionContext& context, QWidget* parent = nullptr);

    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* moveUpButton() const { return m_up; }
    QPushButton* moveDownButton() const { return m_down; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* areaCombo() const { return m_area; }
    QComboBox* categoryCombo() const { return m_category; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QComboBox* levelCombo() const { return m_level; }
    QListWidget* unitList() const { return m_units; }
    QListWidget* problemList() const { return m_problems; }
    QListWidget* causeList() const { return m_causes; }

    /** Adds an intervention to the chosen area, shows it and puts the cursor in its title. */
    void addIntervention();
    /** Asks, then removes the chosen intervention with its goals, indicators and budget. */
    void removeIntervention();
    /** Moves the chosen intervention within its area: -1 up, +1 down. */
    void moveIntervention(int step);

protected:
    void showIntervention(const Intervention* i) override;

private:
    /** Where a new intervention of `areaId` goes: after the last one of its area. */
    int insertionIndex(qint64 areaId) const;
    void updateButtons();
    static QList<qint64> checkedIds(const QListWidget* list);
    static void setChecked(QListWidget* list, const QList<qint64>& ids);

    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QLineEdit* m_title;
    QComboBox* m_area;
    QComboBox* m_category;
    QPlainTextEdit* m_description;
    QComboBox* m_level;
    QListWidget* m_units;
    QListWidget* m_problems;
    QListWidget* m_causes;
};
