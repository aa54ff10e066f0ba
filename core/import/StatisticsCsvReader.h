#pragma once

#include "ImportRecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

#include <memory>

namespace Import {

/**
 * Reads a Sök statistik CSV export as a stream, one row at a time, so a file of millions
 * of rows never sits in memory: UTF-8 with BOM as Skolverket writes it, or Windows-1252
 * (no BOM, CRLF, fields quoted with doubled quotes, kommunkoder without their leading
 * zero) after a Swedish Excel re-save, recognised without asking. Both layouts (school
 * level, kommun level with a trailing ';'), the header block (title, läsår, notes, a
 * group row), and the footer of definitions, where the data ends.
 *
 *     StatisticsCsvReader reader(&file);
 *     if (!reader.readHeader()) return reader.error();
 *     StatisticsRow row; Refusal refusal;
 *     for (;;) switch (reader.next(&row, &refusal)) { case Step::Row: …; case Step::Refused: …;
 *                                                     case Step::End: done; case Step::Error: reader.error() }
 */
class StatisticsCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsCsvReader)

public:
    /** `device` is open for reading and outlives the reader. */
    explicit StatisticsCsvReader(QIODevice* device);
    ~StatisticsCsvReader();
    StatisticsCsvReader(const StatisticsCsvReader&) = delete;
    StatisticsCsvReader& operator=(const StatisticsCsvReader&) = delete;

    /** Reads up to and including the column row. False when the file is not a report or is broken: see error(). */
    bool readHeader();
    const Recognition& recognition() const;
    const ReportHeader& header() const;

    enum class Step {
        Row, ///< *row holds the next data row
        Refused, ///< *refusal says which line and why; the reader goes on
        End, ///< the data ended (the footer, or the end of the file)
        Error, ///< the file is broken from here (an unterminated quote): error(); refuse it whole
    };
    /** The next data row; `row` is overwritten (its storage reused). */
    Step next(StatisticsRow* row, Refusal* refusal);

    /** Why readHeader() or next() failed. */
    const FileError& error() const;
    /** Bytes read from the device so far, for a progress bar. */
    qint64 bytesRead() const;

    /** True when the bytes begin like a Sök statistik export ("Statistik från Skolverket"), in any of the encodings. */
    static bool recognises(const QByteArray& head);

    /**
     * Reads the whole report into `file`: recognition, report, rows, refusals, and for a
     * school-level report its units and their huvudmän (one OrganizerRecord per orgnr).
     * On a structural error, file->error is set and every list is emptied.
     */
    static void readAll(QIODevice* device, ImportFile* file);

    /**
     * The unit a school-level row names (code, name, kommun, its huvudman's orgnr); with
     * the header, its skolform from the report's title ("Grundskola - …").
     */
    static UnitRecord unitOf(const StatisticsRow& row, const ReportHeader& header = {});
    /** The huvudman a school-level row names (orgnr, name, Typ av huvudman). */
    static OrganizerRecord organizerOf(const StatisticsRow& row);

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace Import
