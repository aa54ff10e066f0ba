#include "Cases.h"

#include "core/analysis/AnalysisTemplate.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/ProgrammeStore.h"
#include "core/storage/SchoolUnitStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct CaseText
{
    Q_DECLARE_TR_FUNCTIONS(Cases)
};

} // namespace

namespace Cases {

std::optional<Case> load(const Database& db, qint64 collaborationId, CaseOptions options, QString* error)
{
    Case c;
    auto collaboration = CollaborationStore(db).load(collaborationId, error);
    if (!collaboration)
        return std::nullopt;
    c.collaboration = std::move(*collaboration);
    auto organizer = OrganizerStore(db).load(c.collaboration.organizerId, error);
    if (!organizer)
        return std::nullopt;
    c.organizer = std::move(*organizer);
    const ProgrammeStore programmes(db);
    auto programme = programmes.load(c.collaboration.programmeId, error);
    if (!programme)
        return std::nullopt;
    c.programme = std::move(*programme);
    auto party = programmes.party(c.programme.id, error);
    if (!party)
        return std::nullopt;
    c.programmeParty = std::move(*party);
    QString reason;
    const SchoolUnitStore units(db);
    c.organizerUnits = units.list(c.organizer.id, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    // A unit in scope is the organizer's; one that moved to another organizer still belongs to the case.
    for (qint64 id : c.collaboration.unitIds) {
        if (c.unit(id))
            continue;
        auto unit = units.load(id, error);
        if (!unit)
            return std::nullopt;
        c.organizerUnits.append(std::move(*unit));
    }
    if (options.plan) {
        c.plan = PlanStore(db).load(collaborationId, &reason);
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return std::nullopt;
        }
        if (c.plan) {
            c.analysis = AnalysisStore(db).load(c.plan->analysisId, error);
            if (!c.analysis)
                return std::nullopt;
        }
    } else if (options.analysis) {
        c.analysis = AnalysisStore(db).current(collaborationId, 0, &reason);
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return std::nullopt;
        }
    }
    return c;
}

AnalysisKind analysisKindFor(const Case& c, qint64 unitId)
{
    const QList<SchoolUnit> inScope = c.unitsInScope();
    if (unitId > 0) {
        const SchoolUnit* unit = c.collaboration.unitIds.contains(unitId) ? c.unit(unitId) : nullptr;
        return unit && SchoolForms::isPreschool(unit->forms) ? AnalysisKind::Preschool : AnalysisKind::School;
    }
    const bool allPreschool = !inScope.isEmpty()
        && std::all_of(inScope.cbegin(), inScope.cend(),
                       [](const SchoolUnit& u) { return SchoolForms::isPreschool(u.forms); });
    return allPreschool ? AnalysisKind::Preschool : AnalysisKind::School;
}

std::optional<Analysis> startAnalysis(const Database& db, qint64 collaborationId, qint64 unitId, QString* error)
{
    const auto c = load(db, collaborationId, {}, error);
    if (!c)
        return std::nullopt;
    const AnalysisKind kind = analysisKindFor(*c, unitId);
    QString reason;
    const auto tmpl = AnalysisTemplate::newestFor(kind, &reason);
    if (!tmpl) {
        if (error)
            *error = reason.isEmpty() ? CaseText::tr("Skoldialog has no template for this kind of analysis.") : reason;
        return std::nullopt;
    }
    Analysis a;
    a.collaborationId = collaborationId;
    a.unitId = unitId;
    a.kind = kind;
    a.templateId = tmpl->id;
    a.templateVersion = tmpl->version;
    a.currentPage = tmpl->pages.isEmpty() ? QString() : tmpl->pages.first().id;
    if (!AnalysisStore(db).save(a, c->programme.minGroupSize, &reason)) {
        if (error)
            *error = CaseText::tr("The analysis could not be started: %1").arg(reason);
        return std::nullopt;
    }
    return a;
}

std::optional<Agreement> draftAgreement(const Case& c, AgreementKind kind, QString* error)
{
    const bool fromPlan = kind == AgreementKind::Interventions && c.plan && c.analysis;
    return Agreement::draftFrom(kind, c.collaboration, c.organizer, c.programme, c.programmeParty,
                                fromPlan ? &*c.plan : nullptr, fromPlan ? &*c.analysis : nullptr, error);
}

std::optional<Agreement> draftAgreement(const Database& db, qint64 collaborationId, AgreementKind kind, QString* error)
{
    CaseOptions options;
    options.plan = kind == AgreementKind::Interventions;
    const auto c = load(db, collaborationId, options, error);
    if (!c)
        return std::nullopt;
    return draftAgreement(*c, kind, error);
}

} // namespace Cases
