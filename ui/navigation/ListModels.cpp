#include "ListModels.h"

#include "core/domain/Phase.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/SchoolUnitStore.h"

namespace {

/** Reads rows with `fetch`; on failure says why and leaves the model as it was. */
template<typename Rows, typename Fetch> bool fetchRows(Fetch fetch, Rows* rows, QString* error)
{
    QString e;
    *rows = fetch(&e);
    if (e.isEmpty())
        return true;
    if (error)
        *error = e;
    return false;
}

} // namespace

// Collaborations

QVariant CollaborationListModel::cell(const CollaborationSummary& c, const QModelIndex& index, int role) const
{
    if (role == Qt::ToolTipRole)
        return c.unitNames.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OrganizerColumn:
        return c.organizerName;
    case DiaryNumberColumn:
        return c.diaryNumber;
    case PhaseColumn:
        return QStringLiteral("%1 %2").arg(c.phase).arg(Phases::name(c.phase));
    case StatusColumn:
        return Collaboration::Statuses.label(c.status);
    }
    return {};
}

QString CollaborationListModel::searchKey(const CollaborationSummary& c, int) const
{
    return QStringList { c.organizerName,       c.organisationNumber,  c.diaryNumber,
                         c.programmeName,       Phases::name(c.phase), Collaboration::Statuses.label(c.status),
                         c.unitNames.join(u' ') }
        .join(u' ');
}

QVariant CollaborationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrganizerColumn:
        return tr("Organizer");
    case DiaryNumberColumn:
        return tr("Diary number");
    case PhaseColumn:
        return tr("Phase");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

bool CollaborationListModel::reload(const Database& db, QString* error)
{
    QList<CollaborationSummary> rows;
    if (!fetchRows([&](QString* e) { return CollaborationStore(db).list(e); }, &rows, error))
        return false;
    setRows(std::move(rows));
    return true;
}

// Organizers

QVariant OrganizerListModel::cell(const Organizer& o, const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return o.name;
    case NumberColumn:
        return o.organisationNumber;
    case TypeColumn:
        return Organizer::Types.label(o.type);
    case MunicipalityColumn:
        return o.municipalityCode;
    }
    return {};
}

QString OrganizerListModel::searchKey(const Organizer& o, int) const
{
    QString digits = o.organisationNumber;
    digits.remove(QLatin1Char('-')); // found typed with or without the dash
    return QStringList { o.name,
                         o.organisationNumber,
                         digits,
                         Organizer::Types.label(o.type),
                         o.municipalityCode,
                         o.postalAddress.locality }
        .join(u' ');
}

QVariant OrganizerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NumberColumn:
        return tr("Organisation number");
    case TypeColumn:
        return tr("Type");
    case MunicipalityColumn:
        return tr("Municipality code");
    }
    return {};
}

bool OrganizerListModel::reload(const Database& db, QString* error)
{
    QList<Organizer> rows;
    if (!fetchRows([&](QString* e) { return OrganizerStore(db).list(e); }, &rows, error))
        return false;
    setRows(std::move(rows));
    return true;
}

// School units

QVariant SchoolUnitListModel::cell(const SchoolUnit& u, const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return u.name;
    case CodeColumn:
        return u.code;
    case OrganizerColumn:
        return m_organizerNames.value(u.organizerId);
    case FormsColumn:
        return m_formLabels[index.row()];
    case StatusColumn:
        return SchoolUnit::Statuses.label(u.status);
    }
    return {};
}

QString SchoolUnitListModel::searchKey(const SchoolUnit& u, int index) const
{
    return QStringList {
        u.name,     u.code, m_organizerNames.value(u.organizerId), m_formLabels[index], u.visitingAddress.locality,
        u.principal
    }
        .join(u' ');
}

QVariant SchoolUnitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CodeColumn:
        return tr("School unit code");
    case OrganizerColumn:
        return tr("Organizer");
    case FormsColumn:
        return tr("School forms");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

bool SchoolUnitListModel::reload(const Database& db, QString* error)
{
    QList<SchoolUnit> rows;
    QList<Organizer> organizers;
    if (!fetchRows([&](QString* e) { return SchoolUnitStore(db).list(0, e); }, &rows, error)
        || !fetchRows([&](QString* e) { return OrganizerStore(db).list(e); }, &organizers, error))
        return false;
    setRows(std::move(rows), [&] {
        m_organizerNames.clear();
        for (const auto& o : organizers)
            m_organizerNames.insert(o.id, o.name);
        m_formLabels.clear();
        m_formLabels.reserve(this->rows().size());
        for (const auto& u : this->rows()) {
            QStringList forms;
            for (auto f : u.forms)
                forms << SchoolForms::label(f);
            m_formLabels << forms.join(QStringLiteral(", "));
        }
    });
    return true;
}
