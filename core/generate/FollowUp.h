#pragma once

#include <QList>
#include <QString>

class Database;

namespace NationalDataDetail {

/**
 * An avslutad collaboration is read-only (schema v7), so its history (analysis, plan,
 * agreements) is written while it is still open: this opens the generated closed ones,
 * listing them in `closed`, and closeAgain() closes them after.
 */
bool holdClosed(Database& db, QList<qint64>* closed, QString* error);

/**
 * Closes `closed` again and writes every collaboration's status history: the status it got
 * on its start date, and for the closed ones the phase-6 decision to end on their last phase
 * change, with its reason.
 */
bool closeAgain(Database& db, const QList<qint64>& closed, QString* error);

} // namespace NationalDataDetail
