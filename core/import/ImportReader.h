#pragma once

#include "ImportRecords.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * The entry points of the importers' readers: bytes or a file in, the recognised kind,
 * the records, the records refused (with line or record and reason) and, for a file that
 * cannot be read at all, one FileError. Pure: no database, no widgets, no network.
 */
namespace Import {

/** Recognises a file from its first bytes (its content, never its name). */
FileKind recognise(const QByteArray& head);

/** Reads one file; a file that cannot be opened is an ImportFile with error set. */
ImportFile readFile(const QString& path);

/** Reads bytes already in memory; `path` names them in messages and in ImportFile::path. */
ImportFile readBytes(const QByteArray& bytes, const QString& path = {});

/** The files of a folder that are worth reading (.json, .csv, and others by content), recursively, sorted. */
QStringList filesIn(const QString& folder);

/** A file, or every file of a folder (filesIn), each read with readFile. */
QList<ImportFile> readPath(const QString& fileOrFolder);

} // namespace Import
