#include "ReaderTestSupport.h"

#include <QFile>

#include <algorithm>
#include <cstring>

QString testData(const QString& relative)
{
    return QStringLiteral(SKOLDIALOG_TEST_DATA "/") + relative;
}

QByteArray readTestFile(const QString& relative)
{
    QFile f(testData(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

std::string refusalsText(const Import::ImportFile& file)
{
    QString text = file.error ? QStringLiteral("FILE ERROR: ") + file.error->message + QLatin1Char('\n') : QString();
    for (const auto& r : file.refusals)
        text += r.message() + QLatin1Char('\n');
    return text.toStdString();
}

qsizetype countMarker(const Import::ImportFile& file, StatisticValue::Marker marker)
{
    qsizetype n = 0;
    for (const auto& row : file.rows) {
        for (const auto& v : row.values)
            n += v.marker == marker;
    }
    for (const auto& s : file.statistics)
        n += s.value.marker == marker;
    return n;
}

TrickleDevice::TrickleDevice(const QByteArray& data, qint64 step)
    : m_data(data)
    , m_step(step)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 TrickleDevice::readData(char* out, qint64 max)
{
    const qint64 n = std::min({ max, m_step, qint64(m_data.size()) - m_pos });
    if (n <= 0)
        return 0;
    std::memcpy(out, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}
