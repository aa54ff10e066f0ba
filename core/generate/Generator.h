#pragma once

// Internal to core/generate: the generator's state, shared by its source files.
#include "BatchWriter.h"
#include "NationalData.h"
#include "Random.h"
#include "UnitStatistics.h"

#include <QDate>
#include <QSqlDatabase>

namespace NationalDataDetail {

struct OrganizerInfo
{
    qint64 id = 0;
    QString place;
    QString municipalityCode;
    int postalPrefix = 100; ///< first three digits of the area's postal codes
    QString domain;
    bool municipal = true;
    QList<qint64> units;
};

inline QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

class Generator
{
public:
    Generator(QSqlDatabase db, NationalData::Sizes sizes, quint64 seed)
        : m_db(std::move(db))
        , m_sizes(sizes)
        , m_seed(seed)
        , m_writer(m_db)
    {
    }

    bool run(NationalData::Counts* counts, QString* error, const NationalData::Progress& progress);

private:
    /** An independent stream per step, so a change in one step leaves the others' data alone. */
    Random stream(quint64 step) const { return Random(m_seed * 0x9E3779B97F4A7C15ULL + step * 0xD1B54A32D192ED03ULL); }
    bool fail(QString* error)
    {
        if (error)
            *error = m_writer.error();
        return false;
    }
    bool writeOrganizers(QString* error);
    bool writeUnits(QString* error);
    bool writeCollaborations(QString* error);
    bool writeMeetings(QString* error);

    QSqlDatabase m_db;
    NationalData::Sizes m_sizes;
    quint64 m_seed;
    BatchWriter m_writer;
    QList<OrganizerInfo> m_organizers;
    QList<UnitStatistics::Profile> m_units;
    struct CollaborationInfo
    {
        qint64 id;
        QDate start;
        int phase;
        QString place;
        QStringList team;
        QStringList people; ///< the organizer's side
    };
    QList<CollaborationInfo> m_collaborations;
};

} // namespace NationalDataDetail
