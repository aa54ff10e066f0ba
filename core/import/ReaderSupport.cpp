#include "ReaderSupport.h"

#include "core/domain/Validation.h"

namespace Import {

void ReaderSupport::RecordCheck::refuse(const QString& field, const QString& value, const QString& reason)
{
    failed = true;
    if (refusals)
        refusals->append({ line, record, field, value, reason });
}

bool ReaderSupport::RecordCheck::schoolUnitCode(const QString& field, const QString& value, QString* out)
{
    const auto c = Validation::schoolUnitCode(value);
    if (!c.ok) {
        refuse(field, value, tr("%1 \"%2\": %3").arg(field, value, c.error));
        return false;
    }
    *out = c.normalized;
    return true;
}

bool ReaderSupport::RecordCheck::organisationNumber(const QString& field, const QString& value, QString* out)
{
    const auto c = Validation::organisationNumber(value);
    if (!c.ok) {
        refuse(field, value, tr("%1 \"%2\": %3").arg(field, value, c.error));
        return false;
    }
    *out = c.normalized;
    return true;
}

bool ReaderSupport::RecordCheck::municipalityCode(const QString& field, const QString& value, QString* out)
{
    const auto c = Validation::municipalityCodeRestoringZero(value);
    if (!c.ok) {
        refuse(field, value, tr("%1 \"%2\": %3").arg(field, value, c.error));
        return false;
    }
    *out = c.normalized;
    return true;
}

bool ReaderSupport::RecordCheck::requiredName(const QString& field, const QString& value, QString* out)
{
    const auto c = Validation::requiredText(value, field);
    if (!c.ok) {
        refuse(field, value, tr("%1 Add the name in the file, or download it again.").arg(c.error));
        return false;
    }
    *out = c.normalized;
    return true;
}

std::optional<UnitStatus> ReaderSupport::unitStatus(const QString& text)
{
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("AKTIV"))
        return UnitStatus::Active;
    if (t == QLatin1String("VILANDE"))
        return UnitStatus::Dormant;
    if (t == QLatin1String("UPPHORT") || t == QStringLiteral("UPPHÖRD") || t == QStringLiteral("UPPHÖRT"))
        return UnitStatus::Closed;
    if (t == QLatin1String("PLANERAD"))
        return UnitStatus::Planned;
    return std::nullopt;
}

std::optional<OrganizerType> ReaderSupport::organizerType(const QString& text)
{
    const QString t = text.trimmed().toLower();
    // v2 codes (KOMMUN, ENSKILD, …), v4's principalOrganizerType, Sök statistik's "Typ av huvudman"
    if (t == QLatin1String("kommun") || t == QLatin1String("kommunal") || t == QLatin1String("kommfor")
        || t == QLatin1String("kommforb") || t == QLatin1String("kommuner"))
        return OrganizerType::Municipal;
    if (t == QLatin1String("enskild") || t == QStringLiteral("fristående") || t == QLatin1String("hmanutl"))
        return OrganizerType::Independent;
    if (t == QLatin1String("stat") || t == QLatin1String("statlig") || t == QLatin1String("same")
        || t == QLatin1String("sameskolan"))
        return OrganizerType::State;
    if (t == QLatin1String("region"))
        return OrganizerType::Region;
    return std::nullopt;
}

void ReaderSupport::addForm(const QString& code, QList<SchoolForm>* forms, QStringList* asWritten)
{
    asWritten->append(code);
    if (const auto f = SchoolForms::parse(code); f && !forms->contains(*f))
        forms->append(*f);
}

QString ReaderSupport::postalCode(const QString& text)
{
    const auto c = Validation::postalCode(text);
    return c.ok ? c.normalized : text.trimmed();
}

QString ReaderSupport::string(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

void ReaderSupport::addOrganizer(QList<OrganizerRecord>* organizers, const OrganizerRecord& organizer)
{
    for (const auto& o : *organizers) {
        if (o.organisationNumber == organizer.organisationNumber)
            return;
    }
    organizers->append(organizer);
}

} // namespace Import
