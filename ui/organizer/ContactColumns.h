#pragma once

#include "core/domain/Contact.h"
#include "ui/widgets/RecordTable.h"

/** Contacts shown in a RecordTable: name, role, organisation, e-mail, phone. */
namespace ContactColumns {

QList<RecordColumn> columns();
QList<QVariantList> toRows(const QList<Contact>& contacts);
/** Rows with an empty name are left out: a row just added and left blank is not a contact. */
QList<Contact> fromRows(const QList<QVariantList>& rows);

} // namespace ContactColumns
