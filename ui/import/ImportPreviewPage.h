#pragma once

#include "ui/wizard/WizardPage.h"

#include <memory>

namespace Import {
struct Plan;
}
class ImportPreviewFilter;
class ImportPreviewModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

/**
 * Step 2: every record of the import as new, changed (field by field, old → new), unchanged
 * or refused (reason, line or record), filterable by outcome and searchable.
 */
class ImportPreviewPage : public WizardPageBase
{
    Q_OBJECT

public:
    /** The outcome filter's choices, in the combo box's order. */
    enum Filter { All, NewAndChanged, New, Changed, Unchanged, Refused };

    explicit ImportPreviewPage(QWidget* parent = nullptr);

    QLabel* summaryLabel() const { return m_summary; }
    QComboBox* outcomeCombo() const { return m_outcome; }
    QLineEdit* searchEdit() const { return m_search; }
    QTableView* table() const { return m_table; }
    ImportPreviewModel* model() const { return m_model; }
    ImportPreviewFilter* filter() const { return m_filter; }
    QPlainTextEdit* detailsView() const { return m_details; }
    QLabel* shownLabel() const { return m_shown; }

    void setPlan(std::shared_ptr<const Import::Plan> plan);
    void setReading(bool reading);

private:
    void applyFilter();
    void showDetails();

    QLabel* m_summary;
    QComboBox* m_outcome;
    QLineEdit* m_search;
    ImportPreviewModel* m_model;
    ImportPreviewFilter* m_filter;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QLabel* m_shown;
};
