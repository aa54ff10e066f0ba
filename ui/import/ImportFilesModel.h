#pragma once

#include "core/import/ImportPlan.h"

#include <QAbstractTableModel>

#include <memory>

/**
 * The files of an import as Skoldialog read them: what each was recognised as (registry
 * units, unit statistics, a Sök statistik report with its title and läsår), its encoding and
 * layout, how many records it holds, or why it is refused whole (with the position).
 */
class ImportFilesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, KindColumn, ContentColumn, EncodingColumn, LayoutColumn, ResultColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(std::shared_ptr<const Import::Plan> plan);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** "Grundskola - Slutbetyg årskurs 9, samtliga elever · läsår 2024/25 · 1 714 skolenheter". */
    static QString content(const Import::FilePlan& file);
    /** "1 714 nya, 2 avvisade", or why the file is refused whole. */
    static QString result(const Import::FilePlan& file);

private:
    std::shared_ptr<const Import::Plan> m_plan;
};
