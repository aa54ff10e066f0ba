#include "StatisticsCsvReader.h"

namespace Import {

struct StatisticsCsvReader::State
{
    QIODevice* device = nullptr;
    Recognition recognition;
    ReportHeader header;
    FileError error;
    qint64 bytesRead = 0;
};

StatisticsCsvReader::StatisticsCsvReader(QIODevice* device)
    : d(std::make_unique<State>())
{
    d->device = device;
}

StatisticsCsvReader::~StatisticsCsvReader() = default;

bool StatisticsCsvReader::readHeader()
{
    return false;
}

const Recognition& StatisticsCsvReader::recognition() const
{
    return d->recognition;
}

const ReportHeader& StatisticsCsvReader::header() const
{
    return d->header;
}

StatisticsCsvReader::Step StatisticsCsvReader::next(StatisticsRow*, Refusal*)
{
    return Step::End;
}

const FileError& StatisticsCsvReader::error() const
{
    return d->error;
}

qint64 StatisticsCsvReader::bytesRead() const
{
    return d->bytesRead;
}

bool StatisticsCsvReader::recognises(const QByteArray&)
{
    return false;
}

void StatisticsCsvReader::readAll(QIODevice*, ImportFile*) { }

UnitRecord StatisticsCsvReader::unitOf(const StatisticsRow&)
{
    return {};
}

OrganizerRecord StatisticsCsvReader::organizerOf(const StatisticsRow&)
{
    return {};
}

} // namespace Import
