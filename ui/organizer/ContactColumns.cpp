#include "ContactColumns.h"

#include <QCoreApplication>

namespace ContactColumns {

QList<RecordColumn> columns()
{
    const auto tr = [](const char* s) { return QCoreApplication::translate("ContactColumns", s); };
    return {{tr("Name"), RecordColumn::Kind::Text, 125},
            {tr("Role"), RecordColumn::Kind::Text, 135},
            {tr("Organisation"), RecordColumn::Kind::Text, 115},
            {tr("E-mail"), RecordColumn::Kind::Text, 0},
            {tr("Phone"), RecordColumn::Kind::Text, 95}};
}

QList<QVariantList> toRows(const QList<Contact>& contacts)
{
    QList<QVariantList> rows;
    for (const auto& c : contacts)
        rows.append({c.name, c.role, c.organisation, c.email, c.phone});
    return rows;
}

QList<Contact> fromRows(const QList<QVariantList>& rows)
{
    QList<Contact> contacts;
    for (const auto& r : rows) {
        Contact c{0, r.value(0).toString().trimmed(), r.value(1).toString().trimmed(),
                  r.value(2).toString().trimmed(), r.value(3).toString().trimmed(), r.value(4).toString().trimmed()};
        if (!c.name.isEmpty())
            contacts.append(c);
    }
    return contacts;
}

} // namespace ContactColumns
