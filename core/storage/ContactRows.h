#pragma once

#include "core/domain/Contact.h"

#include <QSqlDatabase>

/**
 * Reads and replaces the ordered contact rows of one owner, in any table with
 * the columns position, name, role, organisation, email, phone.
 * `ownerWhere` is the owner's condition with one positional parameter, e.g.
 * "organizer_id = ?"; `extraColumns` are fixed columns set on insert.
 */
namespace ContactRows {

QList<Contact> read(QSqlDatabase db, const QString& table, const QString& ownerWhere, const QVariantList& owner,
                    QString* error);

bool replace(QSqlDatabase db, const QString& table, const QString& ownerWhere, const QVariantList& owner,
             const QStringList& ownerColumns, const QList<Contact>& contacts, QString* error);

} // namespace ContactRows
