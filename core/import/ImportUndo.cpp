// Import::Service::undo and the log: an import undone as a whole, or refused with the reason.
#include "ImportService.h"

#include "ImportRows.h"

#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/Tombstones.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Import {

namespace {

QJsonObject object(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

struct Change
{
    QString table;
    QString key;
    QVariant before; ///< null: the import made the row
    QVariant after;
};

bool changesOf(QSqlDatabase db, qint64 id, QList<Change>* changes, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT table_name, row_key, before, after FROM import_change WHERE import_id = ? "
                                  "ORDER BY seq"),
                   { id }, error))
        return false;
    while (q.next())
        changes->append({ q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3) });
    return true;
}

qint64 count(QSqlDatabase db, const QString& sql, const QVariantList& values, QString* error, bool* ok)
{
    QSqlQuery q(db);
    *ok = Sql::exec(q, sql, values, error) && q.next();
    return *ok ? q.value(0).toLongLong() : 0;
}

} // namespace

QList<LogEntry> Service::log(QString* error) const
{
    QList<LogEntry> entries;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, file_name, sha256, kind, coalesce(title, ''), coalesce(period, ''), "
                                  "imported_at, coalesce(imported_by, ''), new_count, changed_count, unchanged_count, "
                                  "refused_count, coalesce(summary, ''), undone_at FROM import_run ORDER BY id DESC"),
                   error))
        return entries;
    while (q.next()) {
        LogEntry e;
        e.id = q.value(0).toLongLong();
        e.fileName = q.value(1).toString();
        e.sha256 = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.title = q.value(4).toString();
        e.period = q.value(5).toString();
        e.importedAt = Sql::sqliteTimestamp(q.value(6));
        e.importedBy = q.value(7).toString();
        e.counts
            = { q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toLongLong(), q.value(11).toLongLong() };
        e.summary = q.value(12).toString();
        if (!q.value(13).isNull())
            e.undoneAt = Sql::sqliteTimestamp(q.value(13));
        entries.append(e);
    }
    return entries;
}

bool Service::undo(qint64 id, QString* error, QString* summary)
{
    const auto refuse = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT file_name, imported_at, undone_at FROM import_run WHERE id = ?"), { id },
                   error))
        return false;
    if (!q.next())
        return refuse(Texts::tr("That import is not in the log."));
    const QString fileName = q.value(0).toString();
    if (!q.value(2).isNull())
        return refuse(Texts::tr("The import of %1 was undone already.").arg(fileName));
    q.finish();

    Sql::Transaction tx(m_db);
    bool ok = true;
    // A later import still in force changed values this one wrote: undo that one first.
    QSqlQuery later(m_db);
    if (!Sql::exec(
            later,
            QStringLiteral("SELECT r.file_name, count(*) FROM import_change c JOIN import_run r ON r.id = c.import_id "
                           "WHERE r.undone_at IS NULL AND c.import_id <> ? AND c.before IS NOT NULL "
                           "AND json_extract(c.before, '$.import_id') = ? GROUP BY r.id ORDER BY r.id DESC LIMIT 1"),
            { id, id }, error))
        return false;
    if (later.next())
        return refuse(
            Texts::tr("A later import (%1) changed %2 of the values this import wrote. Undo that import first.")
                .arg(later.value(0).toString())
                .arg(later.value(1).toLongLong()));

    QList<Change> changes;
    if (!changesOf(m_db, id, &changes, error))
        return false;
    QList<qint64> madeUnits, madeOrganizers;
    for (const Change& c : changes) {
        if (c.table == QLatin1String("organizer")) {
            Rows::OrganizerRow now;
            const qint64 rowId = c.key.toLongLong();
            if (!Rows::loadOrganizer(m_db, rowId, &now, error) || !(now == [&] {
                    Rows::OrganizerRow a = Rows::OrganizerRow::fromJson(object(c.after));
                    a.id = rowId;
                    return a;
                }()))
                return refuse(
                    Texts::tr("The organizer %1 was changed after this import (by hand or by a later import); "
                              "undoing the import would lose that change. Undo the later import, or change the "
                              "organizer back by hand.")
                        .arg(now.name.isEmpty() ? c.key : now.name));
            if (c.before.isNull())
                madeOrganizers << rowId;
        } else if (c.table == QLatin1String("school_unit")) {
            Rows::UnitRow now;
            const qint64 rowId = c.key.toLongLong();
            Rows::UnitRow a = Rows::UnitRow::fromJson(object(c.after));
            a.id = rowId;
            if (!Rows::loadUnit(m_db, rowId, &now, error) || !(now == a))
                return refuse(
                    Texts::tr("The school unit %1 was changed after this import (by hand or by a later import); "
                              "undoing the import would lose that change. Undo the later import, or change the "
                              "unit back by hand.")
                        .arg(now.name.isEmpty() ? c.key : now.name));
            if (c.before.isNull())
                madeUnits << rowId;
        }
    }
    for (qint64 unit : madeUnits) {
        const qint64 used
            = count(m_db,
                    QStringLiteral("SELECT (SELECT count(*) FROM collaboration_unit WHERE school_unit_id = ?) "
                                   "+ (SELECT count(*) FROM analysis WHERE school_unit_id = ?) "
                                   "+ (SELECT count(*) FROM unit_statistic WHERE school_unit_id = ? AND "
                                   "(import_id IS NULL OR import_id <> ?))"),
                    { unit, unit, unit, id }, error, &ok);
        if (!ok)
            return false;
        if (used > 0)
            return refuse(
                Texts::tr("A school unit this import made is now part of a collaboration, an analysis or another "
                          "import's statistics; undoing the import would remove it. Undo the later import, or take "
                          "the unit out of the collaboration first."));
    }
    for (qint64 organizer : madeOrganizers) {
        QStringList placeholders;
        QVariantList values { organizer, organizer };
        for (qint64 u : madeUnits) {
            placeholders << QStringLiteral("?");
            values << u;
        }
        const QString notMade
            = placeholders.isEmpty() ? QString() : QStringLiteral(" AND id NOT IN (%1)").arg(placeholders.join(u','));
        const qint64 used = count(m_db,
                                  QStringLiteral("SELECT (SELECT count(*) FROM collaboration WHERE organizer_id = ?) + "
                                                 "(SELECT count(*) FROM school_unit WHERE organizer_id = ?%1)")
                                      .arg(notMade),
                                  values, error, &ok);
        if (!ok)
            return false;
        if (used > 0)
            return refuse(
                Texts::tr("An organizer this import made now has a collaboration or units from elsewhere; undoing "
                          "the import would remove it. Undo the later import first."));
    }

    // Restore: statistics it made go, statistics it changed get their values back.
    qint64 tombstones = 0;
    if (!Tombstones::lastId(m_db, &tombstones, error))
        return false;
    qint64 restored = changes.size();
    for (const char* table : { "unit_statistic", "area_statistic" }) {
        if (!Sql::exec(q, QStringLiteral("DELETE FROM %1 WHERE import_id = ?").arg(QLatin1String(table)), { id },
                       error))
            return false;
        restored += q.numRowsAffected();
    }
    QSqlQuery restore(m_db);
    for (const Change& c : changes) {
        if (c.table != QLatin1String("unit_statistic") && c.table != QLatin1String("area_statistic"))
            continue;
        const QJsonArray key = QJsonDocument::fromJson(c.key.toUtf8()).array();
        const QJsonObject before = object(c.before);
        Statistic s;
        s.scope = StatisticScope(key.at(0).toInt());
        if (s.scope == StatisticScope::Unit)
            s.schoolUnitId = key.at(1).toInteger();
        else
            s.areaCode = key.at(1).toString();
        s.indicator = key.at(2).toString();
        s.breakdown = key.at(3).toString();
        s.period = key.at(4).toString();
        auto value = StatisticValue::fromText(before.value(QLatin1String("written")).toString());
        s.value = value.value_or(StatisticValue());
        s.value.text = before.value(QLatin1String("written")).toString();
        s.value.marker = StatisticValue::markerFromCode(before.value(QLatin1String("marker_kind")).toString())
                             .value_or(StatisticValue::Marker::Unknown);
        s.importId = before.value(QLatin1String("import_id")).toInteger();
        if (!StatisticStore::Writer(m_db).put(s, error))
            return false;
    }
    // Units and organizers: changed ones get their values back (newest change first), made ones go.
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const Change& c = *it;
        const qint64 rowId = c.key.toLongLong();
        if (c.table == QLatin1String("school_unit")) {
            if (c.before.isNull()) {
                ok = Tombstones::remove(m_db, QStringLiteral("DELETE FROM school_unit WHERE id = ?"), { rowId }, error);
            } else {
                Rows::UnitRow b = Rows::UnitRow::fromJson(object(c.before));
                b.id = rowId;
                ok = Rows::writeUnit(m_db, b, QString(), error);
            }
        }
        if (!ok)
            return false;
    }
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        const Change& c = *it;
        const qint64 rowId = c.key.toLongLong();
        if (c.table == QLatin1String("organizer")) {
            if (c.before.isNull()) {
                ok = Tombstones::remove(m_db, QStringLiteral("DELETE FROM organizer WHERE id = ?"), { rowId }, error);
            } else {
                Rows::OrganizerRow b = Rows::OrganizerRow::fromJson(object(c.before));
                b.id = rowId;
                ok = Rows::writeOrganizer(m_db, b, QString(), error);
            }
        }
        if (!ok)
            return false;
    }
    const QString now = Clock::timestamp();
    if (!Tombstones::stamp(m_db, tombstones, error)
        || !Sql::exec(q, QStringLiteral("UPDATE import_run SET undone_at = ?, updated_at = ? WHERE id = ?"),
                      { now, now, id }, error)
        || !tx.commit(error))
        return false;
    if (summary)
        *summary = Texts::tr("The import of %1 was undone: %Ln records restored or removed.", nullptr, int(restored))
                       .arg(fileName);
    return true;
}

} // namespace Import
