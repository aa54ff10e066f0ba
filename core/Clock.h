#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/**
 * The one source of "now" for core: stores stamp updated_at, tombstones and status
 * times from it, never from SQLite's strftime('now') or QDateTime directly, so that
 * tests can fix or advance time (tests/core/MockClock.h) the way KeePassXC's
 * MockClock does. Time is read in UTC; the local helpers convert.
 */
class Clock
{
public:
    virtual ~Clock() = default;

    static QDateTime currentDateTimeUtc();
    /** Local time, for dates and times a user sees (a status time, today's date). */
    static QDateTime currentDateTime();
    static QDate currentDate();

    /**
     * "Now" as the file stores timestamps: UTC to the second, ISO 8601 without a zone
     * ("2026-12-01T21:59:44"), the text strftime('%Y-%m-%dT%H:%M:%S', 'now') wrote
     * before, so Sql::sqliteTimestamp reads old and new values alike.
     */
    static QString timestamp();

protected:
    Clock() = default;
    /** What a subclass answers for "now"; the system clock by default. */
    virtual QDateTime nowUtc() const;

    /** Makes `clock` the clock of the process (a test's mock); nullptr restores the system clock. */
    static void setInstance(Clock* clock);

private:
    static const Clock& instance();
};
