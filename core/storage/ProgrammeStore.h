#pragma once

#include "core/agreement/Agreement.h"
#include "core/domain/Programme.h"

#include <QSqlDatabase>

#include <optional>

class Database;

/**
 * The programmes (uppdrag) the collaborations run under, and Skolverket's details as
 * a party to their agreements (programme_party): one aggregate, one store.
 */
class ProgrammeStore
{
public:
    explicit ProgrammeStore(const Database& db);

    /** Every programme, the default first. */
    QList<Programme> list(QString* error = nullptr) const;
    /** Programme `id`; nullopt with a message when there is none. */
    std::optional<Programme> load(qint64 id, QString* error) const;
    std::optional<Programme> defaultProgramme(QString* error = nullptr) const;
    bool save(Programme& programme, QString* error);

    /** Skolverket's details for a programme (settings; the schema inserts the defaults). */
    std::optional<ProgrammeParty> party(qint64 programmeId, QString* error = nullptr) const;
    bool saveParty(const ProgrammeParty& party, QString* error);

private:
    QSqlDatabase m_db;
};
