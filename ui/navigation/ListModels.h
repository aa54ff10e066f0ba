#pragma once

#include "domain/Organizer.h"
#include "domain/SchoolUnit.h"
#include "storage/CollaborationStore.h"

#include <QAbstractTableModel>
#include <QHash>

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

class CollaborationListModel : public RecordListModel
{
    Q_OBJECT

public:
    enum Column { OrganizerColumn, DiaryNumberColumn, PhaseColumn, StatusColumn, ColumnCount };
    using RecordListModel::RecordListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool reload(const Database& db, QString* error) override;
    int rowOf(qint64 id) const override;

private:
    QList<CollaborationSummary> m_rows;
    QList<QString> m_keys;
};

class OrganizerListModel : public RecordListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, NumberColumn, TypeColumn, MunicipalityColumn, ColumnCount };
    using RecordListModel::RecordListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool reload(const Database& db, QString* error) override;
    int rowOf(qint64 id) const override;

private:
    QList<Organizer> m_rows;
    QList<QString> m_keys;
};

class SchoolUnitListModel : public RecordListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodeColumn, OrganizerColumn, FormsColumn, StatusColumn, ColumnCount };
    using RecordListModel::RecordListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool reload(const Database& db, QString* error) override;
    int rowOf(qint64 id) const override;

private:
    QList<SchoolUnit> m_rows;
    QHash<qint64, QString> m_organizerNames;
    QList<QString> m_formLabels;
    QList<QString> m_keys;
};
