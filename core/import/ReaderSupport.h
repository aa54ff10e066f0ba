#pragma once

// Shared by the readers, not part of their API: the checks every reader makes on an
// identifier, each a rule of core/domain/Validation, turned into a Refusal.
#include "ImportRecords.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace Import {

class ReaderSupport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    /** Collects the refusals of one record; `refused()` once any check failed. */
    struct RecordCheck
    {
        int line = 0;
        int record = 0;
        QList<Refusal>* refusals = nullptr;
        bool failed = false;

        void refuse(const QString& field, const QString& value, const QString& reason);
        /** Each normalises into *out and refuses the record when the rule fails. */
        bool schoolUnitCode(const QString& field, const QString& value, QString* out);
        bool organisationNumber(const QString& field, const QString& value, QString* out);
        bool municipalityCode(const QString& field, const QString& value, QString* out);
        bool requiredName(const QString& field, const QString& value, QString* out);
        bool refused() const { return failed; }
    };

    /** Skolenhetsregistret's and v4's status and type names. */
    static std::optional<UnitStatus> unitStatus(const QString& text);
    static std::optional<OrganizerType> organizerType(const QString& text);
    /** Maps codes to skolformer; codes with no counterpart stay only in *asWritten. */
    static void addForm(const QString& code, QList<SchoolForm>* forms, QStringList* asWritten);
    /** The postal code normalised ("871 33") when it is a Swedish one, else as written. */
    static QString postalCode(const QString& text);

    /** A JSON string member, or empty (also for null and non-strings). */
    static QString string(const QJsonObject& o, QLatin1StringView key);
    /** Adds `organizer` unless one with its orgnr is there already. */
    static void addOrganizer(QList<OrganizerRecord>* organizers, const OrganizerRecord& organizer);
};

} // namespace Import
