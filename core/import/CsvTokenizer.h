#pragma once

// Internal to the CSV reader: bytes from a device → decoded text → records of fields.
#include "ImportRecords.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

namespace Import {

/**
 * Splits a ';'-separated text into records, streaming: the device is read in chunks,
 * decoded once (UTF-8, or Windows-1252 when the first chunk is not UTF-8), and every
 * field is a view into that text, so a row costs no allocation. A field that begins
 * with '"' is quoted the way Excel quotes (doubled quotes inside, ';' and line breaks
 * allowed); a quote that is never closed, or text after a closing quote, is a
 * structural error. CR before LF is dropped.
 */
class CsvTokenizer
{
public:
    explicit CsvTokenizer(QIODevice* device);

    enum class Result { Record, End, Error };
    /** The next record; fields() and line() describe it until the next call. */
    Result next();

    const QList<QStringView>& fields() const { return m_fields; }
    /** 1-based line where the record began. */
    int line() const { return m_recordLine; }
    TextEncoding encoding() const { return m_encoding; }
    bool crlf() const { return m_crlf; }
    qint64 bytesRead() const { return m_bytesRead; }
    /** Set on Result::Error: where the broken quote opened. */
    Position errorPosition() const { return m_errorPosition; }
    /** True when every field is empty or white space (the padded blank lines). */
    bool blank() const;

private:
    enum class Scan { Done, NeedMore, Broken };
    Scan scanRecord();
    bool refill();
    void compactAndDecode(QByteArrayView bytes);
    void decodeAppend(QByteArrayView bytes);
    /** At the end of the input: decodes the bytes still waiting; false when there were none. */
    bool flushPendingUtf8();

    QIODevice* m_device;
    QByteArray m_chunk;
    QString m_text;
    qsizetype m_pos = 0;
    QList<QStringView> m_fields;
    QList<QString> m_unquoted; // storage for quoted fields that held doubled quotes
    int m_nextLine = 1;
    int m_recordLine = 0;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_crlf = false;
    qint64 m_bytesRead = 0;
    Position m_errorPosition;
    QStringDecoder m_utf8 { QStringDecoder::Utf8 };
    QByteArray m_pendingUtf8; ///< bytes after the last ASCII byte read, decoded with the next read
};

} // namespace Import
