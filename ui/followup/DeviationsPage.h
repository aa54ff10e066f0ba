#pragma once

#include "ProgressReportPage.h"

class QCheckBox;
class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

/**
 * Deviations from the signed agreement: those the program sees itself (the plan changed
 * since signing) proposed for confirming and explaining, and those added by hand, each
 * typed and tied to the agreement's intervention.
 */
class DeviationsPage : public ProgressReportPage
{
    Q_OBJECT

public:
    explicit DeviationsPage(const ProgressReportSession& session, QWidget* parent = nullptr);

    void load(const ProgressReport& report) override;
    void writeTo(ProgressReport& report) const override;
    void adoptIds(const ProgressReport& saved) override;
    void setReadOnly(bool readOnly) override;
    void refreshAfterSave(const ProgressReport& report) override;

    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* interventionCombo() const { return m_intervention; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QCheckBox* confirmBox() const { return m_confirm; }
    QPlainTextEdit* explanationEdit() const { return m_explanation; }

    /** Adds a deviation by hand and puts the cursor in its description. */
    void addDeviation();
    void removeDeviation();

private:
    void refreshList(const ProgressReport& report);
    void showRow(const ProgressReport& report, int row);

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QWidget* m_form;
    QLabel* m_origin;
    QComboBox* m_kind;
    QComboBox* m_intervention;
    QPlainTextEdit* m_description;
    QCheckBox* m_confirm;
    QPlainTextEdit* m_explanation;
    int m_row = -1;
    bool m_readOnly = false;
    mutable bool m_addPending = false;
    mutable int m_removePending = -1;
};
