#include "ImportReader.h"

#include "JsonReaders.h"
#include "StatisticsCsvReader.h"

namespace Import {

FileKind recognise(const QByteArray& head)
{
    Q_UNUSED(head);
    return FileKind::Unknown;
}

ImportFile readFile(const QString& path)
{
    ImportFile file;
    file.path = path;
    return file;
}

ImportFile readBytes(const QByteArray& bytes, const QString& path)
{
    Q_UNUSED(bytes);
    ImportFile file;
    file.path = path;
    return file;
}

QStringList filesIn(const QString& folder)
{
    Q_UNUSED(folder);
    return {};
}

QList<ImportFile> readPath(const QString& fileOrFolder)
{
    return { readFile(fileOrFolder) };
}

} // namespace Import
