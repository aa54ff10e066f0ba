#pragma once

#include "core/import/ImportRecords.h"

#include <QByteArray>
#include <QString>

/** A path under tests/data (the repository's copy, so CI's fresh clone has it). */
QString testData(const QString& relative);
QByteArray readTestFile(const QString& relative);
/** Every refusal's message, one per line, for a failing check's output. */
std::string refusalsText(const Import::ImportFile& file);
/** The number of values with `marker` in a file's CSV rows or v4 statistics. */
qsizetype countMarker(const Import::ImportFile& file, StatisticValue::Marker marker);
