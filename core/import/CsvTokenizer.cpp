#include "CsvTokenizer.h"

namespace Import {

namespace {

constexpr qint64 kChunk = 1 << 20;

// Windows-1252's 0x80–0x9F; the rest of the code page is Latin-1.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/** Valid UTF-8 up to its last ASCII byte (a chunk may end inside a sequence). */
bool looksUtf8(QByteArrayView bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && static_cast<unsigned char>(bytes[end - 1]) >= 0x80 && bytes.size() - end < 4)
        --end;
    return QByteArrayView(bytes.constData(), end).isValidUtf8();
}

} // namespace

CsvTokenizer::CsvTokenizer(QIODevice* device)
    : m_device(device)
{
    m_fields.reserve(64);
}

void CsvTokenizer::decodeAppend(QByteArrayView bytes)
{
    const qsizetype old = m_text.size();
    if (m_encoding == TextEncoding::Windows1252) {
        m_text.resize(old + bytes.size());
        char16_t* out = reinterpret_cast<char16_t*>(m_text.data()) + old;
        for (const char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            *out++ = (b >= 0x80 && b < 0xA0) ? kCp1252High[b - 0x80] : char16_t(b);
        }
        return;
    }
    // UTF-8 is decoded up to the last ASCII byte, and the bytes after it wait for the next
    // read: a sequence cut by a read, or an invalid one, then decodes the same whatever
    // sizes the device reads in (an ASCII byte never belongs to a multi-byte sequence).
    QByteArray joined;
    QByteArrayView all = bytes;
    if (!m_pendingUtf8.isEmpty()) {
        joined = m_pendingUtf8;
        joined.append(bytes);
        all = joined;
    }
    qsizetype cut = all.size();
    while (cut > 0 && static_cast<unsigned char>(all[cut - 1]) >= 0x80)
        --cut;
    m_pendingUtf8 = all.sliced(cut).toByteArray();
    const QByteArrayView part = all.first(cut);
    m_text.resize(old + m_utf8.requiredSpace(part.size()));
    QChar* end = m_utf8.appendToBuffer(m_text.data() + old, part);
    m_text.resize(end - m_text.constData());
}

bool CsvTokenizer::flushPendingUtf8()
{
    if (m_pendingUtf8.isEmpty())
        return false;
    // The end of the file: what is left decodes on its own, an incomplete sequence as U+FFFD.
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    m_text += QString::fromUtf8(m_pendingUtf8);
    m_pendingUtf8.clear();
    return true;
}

bool CsvTokenizer::refill()
{
    if (m_atEnd)
        return false;
    // One buffer for every read: a device that hands out a few bytes at a time costs no
    // allocation per read.
    if (m_chunk.size() != kChunk)
        m_chunk.resize(kChunk);
    qint64 n = m_device->read(m_chunk.data(), kChunk);
    if (n <= 0) {
        m_atEnd = true;
        return flushPendingUtf8();
    }
    if (!m_started) {
        m_started = true;
        // Enough bytes to tell the encoding, however little the device hands out at a time.
        while (n < 4096) {
            const qint64 more = m_device->read(m_chunk.data() + n, kChunk - n);
            if (more <= 0)
                break;
            n += more;
        }
        QByteArrayView head(m_chunk.constData(), n);
        qsizetype skip = 0;
        if (head.startsWith("\xEF\xBB\xBF")) {
            m_encoding = TextEncoding::Utf8WithBom;
            skip = 3;
        } else {
            m_encoding = looksUtf8(head) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
        }
        const qsizetype lf = head.indexOf('\n');
        m_crlf = lf > 0 && head[lf - 1] == '\r';
        m_bytesRead += n;
        compactAndDecode(head.sliced(skip));
        return true;
    }
    m_bytesRead += n;
    compactAndDecode(QByteArrayView(m_chunk.constData(), n));
    return true;
}

void CsvTokenizer::compactAndDecode(QByteArrayView bytes)
{
    // Drop what the records before have used, keep the record being read.
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    decodeAppend(bytes);
}

bool CsvTokenizer::blank() const
{
    for (const QStringView f : m_fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

CsvTokenizer::Scan CsvTokenizer::scanRecord()
{
    m_fields.clear();
    m_unquoted.clear();
    const QChar* text = m_text.constData();
    const qsizetype size = m_text.size();
    qsizetype p = m_pos;
    int lines = 0;
    for (;;) {
        if (p < size && text[p] == QLatin1Char('"')) {
            // A quoted field: runs to the quote that is not doubled.
            const qsizetype open = p;
            const int openLine = m_nextLine + lines;
            ++p;
            bool doubled = false;
            for (;;) {
                if (p >= size)
                    return m_atEnd ? (m_errorPosition = { openLine, int(open - m_pos) + 1, -1 }, Scan::Broken)
                                   : Scan::NeedMore;
                const QChar c = text[p];
                if (c == QLatin1Char('"')) {
                    if (p + 1 >= size && !m_atEnd)
                        return Scan::NeedMore;
                    if (p + 1 < size && text[p + 1] == QLatin1Char('"')) {
                        doubled = true;
                        p += 2;
                        continue;
                    }
                    break;
                }
                if (c == QLatin1Char('\n'))
                    ++lines;
                ++p;
            }
            QStringView inner(text + open + 1, p - open - 1);
            ++p; // the closing quote
            if (doubled) {
                QString s = inner.toString();
                s.replace(QLatin1String("\"\""), QLatin1String("\""));
                m_unquoted.append(s);
                inner = m_unquoted.last();
            }
            m_fields.append(inner);
            if (p < size && text[p] == QLatin1Char('\r'))
                ++p;
            if (p >= size) {
                if (!m_atEnd)
                    return Scan::NeedMore;
                m_pos = p;
                m_nextLine += lines + 1;
                return Scan::Done;
            }
            if (text[p] == QLatin1Char(';')) {
                ++p;
                continue;
            }
            if (text[p] == QLatin1Char('\n')) {
                m_pos = p + 1;
                m_nextLine += lines + 1;
                return Scan::Done;
            }
            m_errorPosition = { m_nextLine + lines, int(open - m_pos) + 1, -1 };
            return Scan::Broken;
        }
        // An unquoted field: to the next ';' or the end of the line.
        const QStringView rest(text + p, size - p);
        const qsizetype lf = rest.indexOf(QLatin1Char('\n'));
        if (lf < 0 && !m_atEnd)
            return Scan::NeedMore;
        const qsizetype lineEnd = lf < 0 ? size : p + lf;
        const qsizetype semi = QStringView(text + p, lineEnd - p).indexOf(QLatin1Char(';'));
        if (semi >= 0) {
            m_fields.append(QStringView(text + p, semi));
            p += semi + 1;
            continue;
        }
        QStringView last(text + p, lineEnd - p);
        if (last.endsWith(QLatin1Char('\r')))
            last.chop(1);
        m_fields.append(last);
        m_pos = lf < 0 ? size : lineEnd + 1;
        m_nextLine += lines + 1;
        return Scan::Done;
    }
}

CsvTokenizer::Result CsvTokenizer::next()
{
    if (!m_started)
        refill();
    for (;;) {
        if (m_pos >= m_text.size() && m_atEnd)
            return Result::End;
        const int line = m_nextLine;
        const Scan s = scanRecord();
        if (s == Scan::Done) {
            m_recordLine = line;
            return Result::Record;
        }
        if (s == Scan::Broken)
            return Result::Error;
        if (!refill()) {
            if (m_pos >= m_text.size())
                return Result::End;
            // m_atEnd is set now: scan the last record to the end of the text
        }
    }
}

} // namespace Import
