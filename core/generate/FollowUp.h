#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

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

namespace NationalDataDetail {

/**
 * Steps 5 and 6 for the collaborations there: the ÖK 2 signed (its PDF printed and kept, as
 * AgreementStore asks), a measurement of every agreed intervention's indicators before each
 * report date, and the delredovisningar drafted by Cases::draftProgressReport, written and
 * submitted through ProgressReportStore: every one in phase 6, in phase 5 those already due
 * and the next one as a draft. Agreements that are not complete enough to sign are left as drafts.
 */
bool writeProgressReports(Database& db, quint64 seed, qint64* reports, qint64* measurements, QString* error);

} // namespace NationalDataDetail
