#pragma once

// The import service's own view of the stored organizers and units (not public API).

#include "ImportPlan.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <vector>

namespace Import::Rows {

/** A stored organizer's fields the import compares and writes. */
struct OrganizerRow
{
    qint64 id = 0;
    QString name;
    QString type; ///< database code
    QString municipalityCode;
    QString street, postalCode, locality;
    bool incomplete = false;

    QJsonObject toJson() const;
    static OrganizerRow fromJson(const QJsonObject& o);
    bool operator==(const OrganizerRow&) const = default;
};

/** A stored unit's fields the import compares and writes. */
struct UnitRow
{
    qint64 id = 0;
    QString name;
    qint64 organizerId = 0;
    QString status; ///< database code
    QString municipalityCode;
    QString street, postalCode, locality;
    QString principal;
    QStringList forms; ///< database codes, sorted
    bool incomplete = false;

    QJsonObject toJson() const;
    static UnitRow fromJson(const QJsonObject& o);
    bool operator==(const UnitRow&) const = default;
};

/** Every stored organizer by organisationsnummer (NNNNNN-NNNN). */
bool loadOrganizers(QSqlDatabase db, QHash<QString, OrganizerRow>* rows, QString* error);
/** Every stored unit by skolenhetskod. */
bool loadUnits(QSqlDatabase db, QHash<QString, UnitRow>* rows, QString* error);
bool loadOrganizer(QSqlDatabase db, qint64 id, OrganizerRow* row, QString* error);
bool loadUnit(QSqlDatabase db, qint64 id, UnitRow* row, QString* error);

/**
 * `row` after the record: fields the record leaves empty keep their stored value. A new
 * organizer's kommun is `municipalityCode` (its unit's, when the file names no seat): flagged incomplete.
 */
OrganizerRow merged(const OrganizerRow& stored, const OrganizerRecord& record, const QString& municipalityCode);
UnitRow merged(const UnitRow& stored, const UnitRecord& record, qint64 organizerId);

/** The field-by-field differences, with the user's field names. */
QList<FieldChange> differences(const OrganizerRow& before, const OrganizerRow& after);
QList<FieldChange> differences(const UnitRow& before, const UnitRow& after, const QString& organizerBefore,
                               const QString& organizerAfter);

/** Inserts (id 0: sets id) or updates, each statement prepared once and reused for every row. */
class Writes
{
public:
    explicit Writes(QSqlDatabase db);
    ~Writes();
    bool organizer(OrganizerRow& row, const QString& organisationNumber, QString* error);
    bool unit(UnitRow& row, const QString& code, QString* error);

private:
    QSqlQuery* statement(int which, QString* error);

    QSqlDatabase m_db;
    std::vector<std::unique_ptr<QSqlQuery>> m_statements;
};

/** Inserts (id 0: sets id) or updates: one row (Writes for many). */
bool writeOrganizer(QSqlDatabase db, OrganizerRow& row, const QString& organisationNumber, QString* error);
bool writeUnit(QSqlDatabase db, UnitRow& row, const QString& code, QString* error);

/** The organizer type's code when a file does not say it, from the organisationsnummer's group. */
QString typeFromOrganisationNumber(const QString& number, const QString& name);

} // namespace Import::Rows
