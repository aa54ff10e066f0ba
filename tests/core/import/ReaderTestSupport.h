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

#include <QIODevice>

/** A sequential device that hands out at most `step` bytes per read, as a pipe or a slow disk may. */
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(const QByteArray& data, qint64 step);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* out, qint64 max) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};
