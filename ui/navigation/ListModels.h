#pragma once

#include "core/domain/Organizer.h"
#include "core/domain/SchoolUnit.h"
#include "core/storage/CollaborationStore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

class Database;

/** Roles every navigator list answers, so one filter and one view serve them all. */
namespace ListRoles {
constexpr int Id = Qt::UserRole + 1;
constexpr int SearchKey = Qt::UserRole + 2; ///< lower-case text of the whole row, built once
} // namespace ListRoles

/** Base for the three lists: rows of some record, each with an id and a search key. */
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    /** Reads the rows again from the database. Returns false and says why on failure. */
    virtual bool reload(const Database& db, QString* error) = 0;
    /** The row of record `id`, or -1. */
    virtual int rowOf(qint64 id) const = 0;
};

/**
 * The shared part of the lists: the rows of one record type with their ids and
 * search keys, and the Id and SearchKey roles. Subclasses give columns and cells.
 */
template<typename Row, int Columns> class RowListModel : public RecordListModel
{
public:
    using RecordListModel::RecordListModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : Columns; }
    int rowOf(qint64 id) const override
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].id == id)
                return i;
        }
        return -1;
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid())
            return {};
        if (role == ListRoles::Id)
            return m_rows[index.row()].id;
        if (role == ListRoles::SearchKey)
            return m_keys[index.row()];
        return cell(m_rows[index.row()], index, role);
    }

protected:
    virtual QVariant cell(const Row& row, const QModelIndex& index, int role) const = 0;
    /** Lower-case text of the whole row that search looks in. */
    virtual QString searchKey(const Row& row, int index) const = 0;
    /** Replaces the rows; `prepare` runs between the reset's begin and end, before the keys are made. */
    void setRows(QList<Row> rows, const std::function<void()>& prepare = {})
    {
        beginResetModel();
        m_rows = std::move(rows);
        if (prepare)
            prepare();
        m_keys.clear();
        m_keys.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_keys << searchKey(m_rows[i], i).toLower();
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }

private:
    QList<Row> m_rows;
    QList<QString> m_keys;
};

class CollaborationListModel : public RowListModel<CollaborationSummary, 4>
{
    Q_OBJECT

public:
    enum Column { OrganizerColumn, DiaryNumberColumn, PhaseColumn, StatusColumn };
    using RowListModel::RowListModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool reload(const Database& db, QString* error) override;

protected:
    QVariant cell(const CollaborationSummary& c, const QModelIndex& index, int role) const override;
    QString searchKey(const CollaborationSummary& c, int index) const override;
};

class OrganizerListModel : public RowListModel<Organizer, 4>
{
    Q_OBJECT

public:
    enum Column { NameColumn, NumberColumn, TypeColumn, MunicipalityColumn };
    using RowListModel::RowListModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool reload(const Database& db, QString* error) override;

protected:
    QVariant cell(const Organizer& o, const QModelIndex& index, int role) const override;
    QString searchKey(const Organizer& o, int index) const override;
};

class SchoolUnitListModel : public RowListModel<SchoolUnit, 5>
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodeColumn, OrganizerColumn, FormsColumn, StatusColumn };
    using RowListModel::RowListModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool reload(const Database& db, QString* error) override;

protected:
    QVariant cell(const SchoolUnit& u, const QModelIndex& index, int role) const override;
    QString searchKey(const SchoolUnit& u, int index) const override;

private:
    QHash<qint64, QString> m_organizerNames;
    QList<QString> m_formLabels;
};
