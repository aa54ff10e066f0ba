#include "ReaderTestSupport.h"

#include <QFile>

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
