#pragma once

#include <QString>

class Database;

namespace NationalDataDetail {

/**
 * Agreements as the case would have them: an ÖK 1 for every collaboration from phase 2
 * (sent for signing), and an ÖK 2 made from the plan for every collaboration with one
 * (a draft). Made with Agreement::draftFrom and written through AgreementStore. They are
 * not signed: a signature keeps the PDF that was signed, and the generator paints none.
 */
bool writeAgreements(Database& db, qint64* count, QString* error);

} // namespace NationalDataDetail
