#pragma once

#include "ImportRecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>

namespace Import {

/**
 * Parses JSON; on failure fills `error` with the line, column and byte offset of the
 * fault ("line 3, column 17: …") and returns false.
 */
bool parseJson(const QByteArray& bytes, QJsonDocument* document, FileError* error);

/** Skolenhetsregistret v2: a unit's detail response, an array of them, or the list response. */
class RegistryReader
{
    Q_DECLARE_TR_FUNCTIONS(RegistryReader)

public:
    /** RegistryUnits, RegistryUnitList, or Unknown when the document is not the registry's. */
    static FileKind recognise(const QJsonDocument& document);
    /** Fills file->units, organizers and refusals; sets recognition.kind. */
    static void read(const QJsonDocument& document, ImportFile* file);
};

/**
 * Planerade utbildningar v4: statistics responses (the {status, message, body} envelope,
 * one response or an array of them), unit details (/v4/school-units/{code}, naming the
 * huvudman like the registry) and list pages (listedSchoolUnits: incomplete units).
 */
class PlannedEducationReader
{
    Q_DECLARE_TR_FUNCTIONS(PlannedEducationReader)

public:
    /** PlannedStatistics, PlannedUnits, PlannedUnitList, or Unknown. */
    static FileKind recognise(const QJsonDocument& document);
    /** Fills file->statistics or units/organizers, and refusals; sets recognition. */
    static void read(const QJsonDocument& document, ImportFile* file);
};

} // namespace Import
