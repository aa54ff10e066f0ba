#pragma once

#include <QString>

class Database;

namespace NationalDataDetail {

/**
 * An analysis at organizer level for every collaboration in phase 3 or later:
 * a draft or done one in phase 3, an established one from phase 4 on. Written
 * through AnalysisStore, so the generated chain holds what the store demands.
 */
bool writeAnalyses(Database& db, quint64 seed, qint64* count, QString* error);

} // namespace NationalDataDetail
