#include "ListModels.h"

#include "domain/Phase.h"
#include "storage/Database.h"
#include "storage/OrganizerStore.h"
#include "storage/SchoolUnitStore.h"

namespace {

QString searchKey(const QStringList& parts)
{
    return parts.join(QLatin1Char(' ')).toLower();
}

template<typename Rows>
int findRow(const Rows& rows, qint64 id)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].id == id)
            return i;
    }
    return -1;
}

} // namespace

// Collaborations

int CollaborationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CollaborationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollaborationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto& c = m_rows[index.row()];
    if (role == ListRoles::Id)
        return c.id;
    if (role == ListRoles::SearchKey)
        return m_keys[index.row()];
    if (role == Qt::ToolTipRole)
        return c.unitNames.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OrganizerColumn: return c.organizerName;
    case DiaryNumberColumn: return c.diaryNumber;
    case PhaseColumn: return QStringLiteral("%1 %2").arg(c.phase).arg(Phases::name(c.phase));
    case StatusColumn: return Collaboration::Statuses.label(c.status);
    }
    return {};
}

QVariant CollaborationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrganizerColumn: return tr("Organizer");
    case DiaryNumberColumn: return tr("Diary number");
    case PhaseColumn: return tr("Phase");
    case StatusColumn: return tr("Status");
    }
    return {};
}

bool CollaborationListModel::reload(const Database& db, QString* error)
{
    QString e;
    auto rows = CollaborationStore(db).list(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_keys.clear();
    for (const auto& c : m_rows) {
        m_keys << searchKey({c.organizerName, c.organisationNumber, c.diaryNumber, c.programmeName,
                             Phases::name(c.phase), Collaboration::Statuses.label(c.status), c.unitNames.join(u' ')});
    }
    endResetModel();
    return true;
}

int CollaborationListModel::rowOf(qint64 id) const
{
    return findRow(m_rows, id);
}

// Organizers

int OrganizerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrganizerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto& o = m_rows[index.row()];
    if (role == ListRoles::Id)
        return o.id;
    if (role == ListRoles::SearchKey)
        return m_keys[index.row()];
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return o.name;
    case NumberColumn: return o.organisationNumber;
    case TypeColumn: return Organizer::Types.label(o.type);
    case MunicipalityColumn: return o.municipalityCode;
    }
    return {};
}

QVariant OrganizerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case NumberColumn: return tr("Organisation number");
    case TypeColumn: return tr("Type");
    case MunicipalityColumn: return tr("Municipality code");
    }
    return {};
}

bool OrganizerListModel::reload(const Database& db, QString* error)
{
    QString e;
    auto rows = OrganizerStore(db).list(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_keys.clear();
    for (const auto& o : m_rows) {
        QString digits = o.organisationNumber;
        digits.remove(QLatin1Char('-'));
        m_keys << searchKey({o.name, o.organisationNumber, digits, Organizer::Types.label(o.type),
                             o.municipalityCode, o.postalAddress.locality});
    }
    endResetModel();
    return true;
}

int OrganizerListModel::rowOf(qint64 id) const
{
    return findRow(m_rows, id);
}

// School units

int SchoolUnitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SchoolUnitListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolUnitListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto& u = m_rows[index.row()];
    if (role == ListRoles::Id)
        return u.id;
    if (role == ListRoles::SearchKey)
        return m_keys[index.row()];
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return u.name;
    case CodeColumn: return u.code;
    case OrganizerColumn: return m_organizerNames.value(u.organizerId);
    case FormsColumn: return m_formLabels[index.row()];
    case StatusColumn: return SchoolUnit::Statuses.label(u.status);
    }
    return {};
}

QVariant SchoolUnitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case CodeColumn: return tr("School unit code");
    case OrganizerColumn: return tr("Organizer");
    case FormsColumn: return tr("School forms");
    case StatusColumn: return tr("Status");
    }
    return {};
}

bool SchoolUnitListModel::reload(const Database& db, QString* error)
{
    QString e;
    auto rows = SchoolUnitStore(db).list(0, &e);
    const auto organizers = OrganizerStore(db).list(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_organizerNames.clear();
    for (const auto& o : organizers)
        m_organizerNames.insert(o.id, o.name);
    m_formLabels.clear();
    m_keys.clear();
    m_formLabels.reserve(m_rows.size());
    m_keys.reserve(m_rows.size());
    for (const auto& u : m_rows) {
        QStringList forms;
        for (auto f : u.forms)
            forms << SchoolForms::label(f);
        m_formLabels << forms.join(QStringLiteral(", "));
        m_keys << searchKey({u.name, u.code, m_organizerNames.value(u.organizerId), m_formLabels.last(),
                             u.visitingAddress.locality, u.principal});
    }
    endResetModel();
    return true;
}

int SchoolUnitListModel::rowOf(qint64 id) const
{
    return findRow(m_rows, id);
}
