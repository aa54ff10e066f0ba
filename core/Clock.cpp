#include "Clock.h"

#include <atomic>

namespace {

std::atomic<Clock*> g_override { nullptr };

/** The system clock: nothing to override. */
class SystemClock : public Clock
{
};

} // namespace

const Clock& Clock::instance()
{
    static const SystemClock system;
    const Clock* c = g_override.load();
    return c ? *c : system;
}

void Clock::setInstance(Clock* clock)
{
    g_override.store(clock);
}

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

QDateTime Clock::currentDateTimeUtc()
{
    return instance().nowUtc();
}

QDateTime Clock::currentDateTime()
{
    return currentDateTimeUtc().toLocalTime();
}

QDate Clock::currentDate()
{
    return currentDateTime().date();
}

QString Clock::timestamp()
{
    return currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}
