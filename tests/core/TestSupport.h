#pragma once

#include "core/domain/Collaboration.h"
#include "core/domain/Meeting.h"
#include "core/domain/Organizer.h"
#include "core/domain/SchoolUnit.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

class Database;

/** A fresh folder per test, removed afterwards; databases in it are real files on disk. */
class TempFolder
{
public:
    TempFolder();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

/** Opens (creating) a database at `path`, failing the test with the message if it cannot. */
std::unique_ptr<Database> openDatabase(const QString& path);

/**
 * A plain SQLite connection to `path`: no lock, no pragmas, no migration. For
 * setting up files the application would refuse to make, and for looking inside.
 */
class PlainConnection
{
public:
    explicit PlainConnection(const QString& path);
    ~PlainConnection();
    PlainConnection(const PlainConnection&) = delete;
    PlainConnection& operator=(const PlainConnection&) = delete;

    QSqlDatabase db() const;
    /** Runs `sql`, failing the test if it fails. */
    void exec(const QString& sql) const;

private:
    QString m_name;
};

/** The first column of the first row of `sql`, failing the test if the query fails. */
QVariant scalar(const QSqlDatabase& db, const QString& sql);
/** SELECT count(*) FROM table. */
int rowCount(const QSqlDatabase& db, const QString& table);
/** The names of the ordinary tables, sorted. */
QStringList tableNames(const QSqlDatabase& db);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

/** A valid organisation number (third digit 2, Luhn check digit) that differs for each `serial`. */
QString organisationNumberFor(int serial);

/** A complete organizer with two contacts; not saved. */
Organizer sampleOrganizer(const QString& name, const QString& organisationNumber);
/** A unit of `organizerId` with two school forms; not saved. */
SchoolUnit sampleUnit(qint64 organizerId, const QString& code, const QString& name);
/** A collaboration of `organizerId` in phase 1 under `programmeId`; not saved. */
Collaboration sampleCollaboration(qint64 organizerId, qint64 programmeId);
/** A meeting with participants, decisions and action items (one done, one without a due date); not saved. */
Meeting sampleMeeting(qint64 collaborationId);

/** The contacts with their row ids cleared, to compare what the user entered. */
QList<Contact> withoutIds(QList<Contact> contacts);

/** The root page of `table` in the database file at `path`, read through a connection of its own. */
qint64 rootPage(const QString& path, const QString& table);
