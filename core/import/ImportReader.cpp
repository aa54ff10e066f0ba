#include "ImportReader.h"

#include "JsonReaders.h"
#include "ReaderSupport.h"
#include "StatisticsCsvReader.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace Import {

namespace {

QByteArrayView withoutBom(const QByteArray& bytes)
{
    QByteArrayView v(bytes);
    return v.startsWith("\xEF\xBB\xBF") ? v.sliced(3) : v;
}

char firstNonSpace(QByteArrayView v)
{
    for (const char c : v) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c;
    }
    return 0;
}

void refuseWhole(ImportFile* file, const QString& message, int line = 0)
{
    file->error = FileError { { line, 0, -1 }, message };
}

void readJson(const QByteArray& bytes, ImportFile* file)
{
    QJsonDocument document;
    FileError error;
    if (!parseJson(bytes, &document, &error)) {
        file->error = error;
        return;
    }
    if (RegistryReader::recognise(document) != FileKind::Unknown) {
        RegistryReader::read(document, file);
        return;
    }
    if (PlannedEducationReader::recognise(document) != FileKind::Unknown) {
        PlannedEducationReader::read(document, file);
        return;
    }
    const QJsonObject root = document.object();
    if (root.contains(QLatin1String("title")) && root.contains(QLatin1String("status"))) {
        refuseWhole(file,
                    ReaderSupport::tr("The file holds an error answer from Skolverket's service (%1: %2), "
                                      "not data. Download it again.")
                        .arg(ReaderSupport::string(root, QLatin1String("status")),
                             ReaderSupport::string(root, QLatin1String("title"))));
        return;
    }
    refuseWhole(file,
                ReaderSupport::tr("This JSON file is none that Skoldialog reads: Skolenhetsregistret's school "
                                  "units (v2), or Planerade utbildningar's statistics or unit details (v4). "
                                  "Check that you chose the right file."));
}

} // namespace

FileKind recognise(const QByteArray& head)
{
    if (StatisticsCsvReader::recognises(head))
        return FileKind::StatisticsReport;
    const QByteArrayView v = withoutBom(head);
    const char first = firstNonSpace(v);
    if (first != '{' && first != '[')
        return FileKind::Unknown;
    // A guess from the first bytes; readFile() knows for certain.
    if (v.indexOf("\"schoolUnit\"") >= 0 && v.indexOf("\"body\"") >= 0)
        return FileKind::PlannedStatistics;
    if (v.indexOf("\"organisationRegistryNumber\"") >= 0)
        return FileKind::PlannedUnits;
    if (v.indexOf("\"listedSchoolUnits\"") >= 0 || v.indexOf("\"compactSchoolUnits\"") >= 0)
        return FileKind::PlannedUnitList;
    if (v.indexOf("\"schoolUnitCode\"") >= 0)
        return v.indexOf("\"displayName\"") >= 0 ? FileKind::RegistryUnits : FileKind::RegistryUnitList;
    return FileKind::Unknown;
}

ImportFile readBytes(const QByteArray& bytes, const QString& path)
{
    ImportFile file;
    file.path = path;
    if (bytes.isEmpty()) {
        refuseWhole(&file, ReaderSupport::tr("The file is empty. Download it again."));
        return file;
    }
    if (bytes.startsWith("PK\x03\x04")) {
        refuseWhole(&file,
                    ReaderSupport::tr("This is an Excel workbook or another zip file. Skoldialog reads Sök "
                                      "statistik's CSV: download the report as CSV, or save it from Excel "
                                      "as \"CSV (semikolonavgränsad)\"."));
        return file;
    }
    if (StatisticsCsvReader::recognises(bytes.left(4096))) {
        QByteArray copy = bytes; // shared, not copied
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        StatisticsCsvReader::readAll(&buffer, &file);
        return file;
    }
    const char first = firstNonSpace(withoutBom(bytes));
    if (first == '{' || first == '[') {
        readJson(bytes, &file);
        return file;
    }
    refuseWhole(&file,
                ReaderSupport::tr("Skoldialog does not recognise this file. It reads Skolverket's files: "
                                  "Sök statistik reports (CSV), Skolenhetsregistret's school units and "
                                  "Planerade utbildningar's statistics and unit details (JSON)."),
                1);
    return file;
}

ImportFile readFile(const QString& path)
{
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        ImportFile file;
        file.path = path;
        refuseWhole(&file,
                    ReaderSupport::tr("The file %1 cannot be opened: %2. Check that it exists and that you "
                                      "may read it.")
                        .arg(QFileInfo(path).fileName(), device.errorString()));
        return file;
    }
    const QByteArray head = device.peek(4096);
    if (StatisticsCsvReader::recognises(head)) {
        ImportFile file; // streamed: a large report never sits in memory as bytes
        file.path = path;
        StatisticsCsvReader::readAll(&device, &file);
        return file;
    }
    return readBytes(device.readAll(), path);
}

QStringList filesIn(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

QList<ImportFile> readPath(const QString& fileOrFolder)
{
    if (!QFileInfo(fileOrFolder).isDir())
        return { readFile(fileOrFolder) };
    QList<ImportFile> files;
    for (const QString& path : filesIn(fileOrFolder))
        files.append(readFile(path));
    return files;
}

} // namespace Import
