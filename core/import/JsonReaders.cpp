#include "JsonReaders.h"

namespace Import {

bool parseJson(const QByteArray& bytes, QJsonDocument* document, FileError* error)
{
    QJsonParseError e;
    *document = QJsonDocument::fromJson(bytes, &e);
    if (e.error == QJsonParseError::NoError)
        return true;
    error->position.offset = e.offset;
    error->message = e.errorString();
    return false;
}

FileKind RegistryReader::recognise(const QJsonDocument&)
{
    return FileKind::Unknown;
}

void RegistryReader::read(const QJsonDocument&, ImportFile*) { }

FileKind PlannedEducationReader::recognise(const QJsonDocument&)
{
    return FileKind::Unknown;
}

void PlannedEducationReader::read(const QJsonDocument&, ImportFile*) { }

} // namespace Import
