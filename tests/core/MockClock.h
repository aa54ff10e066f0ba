#pragma once

#include "core/Clock.h"

/**
 * A clock a test sets (KeePassXC's tests/mock/MockClock.h): while one lives, core's
 * "now" is its time, fixed until the test advances it. One at a time.
 */
class MockClock : public Clock
{
public:
    explicit MockClock(const QDateTime& utc = QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC))
        : m_now(utc.toUTC())
    {
        setInstance(this);
    }
    ~MockClock() override { setInstance(nullptr); }
    MockClock(const MockClock&) = delete;
    MockClock& operator=(const MockClock&) = delete;

    void set(const QDateTime& utc) { m_now = utc.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

protected:
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};
