#include "ImportRecords.h"

namespace Import {

QString Refusal::message() const
{
    if (line > 0)
        return Names::tr("line %1: %2").arg(line).arg(reason);
    if (record > 0)
        return Names::tr("record %1: %2").arg(record).arg(reason);
    return reason;
}

QString Names::kind(FileKind kind)
{
    switch (kind) {
    case FileKind::Unknown:
        return tr("Not a file Skoldialog can import");
    case FileKind::RegistryUnits:
        return tr("School units from Skolenhetsregistret");
    case FileKind::RegistryUnitList:
        return tr("School unit list from Skolenhetsregistret (code, name and status only)");
    case FileKind::PlannedStatistics:
        return tr("Unit statistics (Planerade utbildningar)");
    case FileKind::PlannedUnits:
        return tr("School unit details (Planerade utbildningar)");
    case FileKind::PlannedUnitList:
        return tr("School unit list (Planerade utbildningar, without organizers)");
    case FileKind::StatisticsReport:
        return tr("Sök statistik report");
    }
    return QString();
}

QString Names::encoding(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return tr("UTF-8");
    case TextEncoding::Utf8WithBom:
        return tr("UTF-8 with BOM");
    case TextEncoding::Windows1252:
        return tr("Windows-1252 (saved again by Excel)");
    }
    return QString();
}

QString Names::layout(ReportLayout layout)
{
    switch (layout) {
    case ReportLayout::None:
        return QString();
    case ReportLayout::SchoolUnit:
        return tr("one row per school unit");
    case ReportLayout::Municipality:
        return tr("one row per municipality");
    }
    return QString();
}

} // namespace Import
