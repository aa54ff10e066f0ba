#pragma once

#include "core/import/ImportPlan.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

/**
 * The preview of an import: one row per record of every file (the national export's 1,714
 * units, or some 150,000 values of a folder of statistics), as new, changed (field by field,
 * old → new), unchanged or refused (reason, line or record). Rows point into the plan; their
 * text is made when a view asks for it, so a large plan costs no widgets and little memory.
 */
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OutcomeColumn, KindColumn, RecordColumn, DetailColumn, FileColumn, WhereColumn, ColumnCount };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, ///< Import::Outcome as int
        SearchTextRole, ///< everything the search looks in, lower case
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPlan(std::shared_ptr<const Import::Plan> plan);
    const Import::Plan* plan() const { return m_plan.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Import::Entry* entry(int row) const;
    const Import::FilePlan* filePlan(int row) const;
    /** The changes of a changed record, one "field: old → new" per line; a refusal's reason. */
    QString details(int row) const;

    static QString outcomeLabel(Import::Outcome outcome);
    static QString targetLabel(Import::Target target);

private:
    struct Row
    {
        int file;
        int entry;
    };
    std::shared_ptr<const Import::Plan> m_plan;
    std::vector<Row> m_rows;
};

/** The preview's filter: the outcomes shown, and words that must all occur in a row. */
class ImportPreviewFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /** Shows the rows with one of `outcomes` (empty: every outcome) that hold every word of `search`. */
    void setFilter(const QSet<int>& outcomes, const QString& search);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<int> m_outcomes;
    QStringList m_words;
};
