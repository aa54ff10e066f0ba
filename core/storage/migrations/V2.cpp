#include "Versions.h"

namespace Migrations {

// Version 2: statistics per school unit, one value per indicator and school year ('2020/21').
// value is NULL when the source had none; marker keeps what the source wrote (".", "..", "~100", "cirka 1110").
QStringList version2()
{
    static const char* const statements[] = {
        R"(CREATE TABLE unit_statistic(
        school_unit_id INTEGER NOT NULL REFERENCES school_unit(id) ON DELETE CASCADE,
        indicator TEXT NOT NULL,
        period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9]'),
        value REAL,
        marker TEXT,
        PRIMARY KEY (school_unit_id, indicator, period)) WITHOUT ROWID)",
    };
    return toList(statements);
}

} // namespace Migrations
