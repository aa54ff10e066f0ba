#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

/**
 * One place for an enum's stable database code and its translated label.
 * Labels are marked with QT_TRANSLATE_NOOP in the table and translated in `context`.
 */
template<typename E, std::size_t N> class CodeTable
{
public:
    struct Entry
    {
        E value;
        const char* code;
        const char* label;
    };

    constexpr CodeTable(const char* context, std::array<Entry, N> entries)
        : m_context(context)
        , m_entries(entries)
    {
    }

    QString code(E value) const { return QString::fromLatin1(find(value).code); }
    QString label(E value) const { return QCoreApplication::translate(m_context, find(value).label); }

    /** The value stored as `code`; `ok` is false (and the first value returned) for an unknown code. */
    E fromCode(const QString& code, bool* ok = nullptr) const
    {
        for (const auto& e : m_entries) {
            if (code == QLatin1String(e.code)) {
                if (ok)
                    *ok = true;
                return e.value;
            }
        }
        if (ok)
            *ok = false;
        return m_entries.front().value;
    }

    QList<E> all() const
    {
        QList<E> values;
        for (const auto& e : m_entries)
            values.append(e.value);
        return values;
    }

private:
    const Entry& find(E value) const
    {
        for (const auto& e : m_entries) {
            if (e.value == value)
                return e;
        }
        return m_entries.front();
    }

    const char* m_context;
    std::array<Entry, N> m_entries;
};
