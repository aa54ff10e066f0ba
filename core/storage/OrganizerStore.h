#pragma once

#include "core/domain/Organizer.h"

#include <QSqlDatabase>

#include <optional>

class Database;

/** Huvudmän and their contacts. */
class OrganizerStore
{
public:
    explicit OrganizerStore(const Database& db);

    /** All organizers, by name, without contacts. */
    QList<Organizer> list(QString* error = nullptr) const;
    std::optional<Organizer> load(qint64 id, QString* error = nullptr) const;
    std::optional<Organizer> findByOrganisationNumber(const QString& number, QString* error = nullptr) const;

    /** Validates, then inserts (id 0) or updates; sets `organizer.id`. One transaction. */
    bool save(Organizer& organizer, QString* error);
    /** Refused while units or collaborations belong to the organizer. */
    bool remove(qint64 id, QString* error);

private:
    QSqlDatabase m_db;
};
