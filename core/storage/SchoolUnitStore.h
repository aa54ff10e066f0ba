#pragma once

#include "core/domain/SchoolUnit.h"

#include <QSqlDatabase>

#include <optional>

class Database;

/** Skolenheter and their school forms. */
class SchoolUnitStore
{
public:
    explicit SchoolUnitStore(const Database& db);

    /** Every unit (organizerId 0) or one organizer's, by name. */
    QList<SchoolUnit> list(qint64 organizerId = 0, QString* error = nullptr) const;
    std::optional<SchoolUnit> load(qint64 id, QString* error = nullptr) const;

    /** Validates, then inserts or updates; sets `unit.id`. One transaction. */
    bool save(SchoolUnit& unit, QString* error);
    /** Refused while a collaboration has the unit in scope. */
    bool remove(qint64 id, QString* error);

private:
    QList<SchoolUnit> query(const QString& where, const QVariantList& values, QString* error) const;

    QSqlDatabase m_db;
};
