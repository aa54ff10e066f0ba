#pragma once

#include "core/agreement/Agreement.h"
#include "core/analysis/Analysis.h"
#include "core/domain/Collaboration.h"
#include "core/domain/Organizer.h"
#include "core/domain/Programme.h"
#include "core/domain/SchoolUnit.h"
#include "core/plan/ActionPlan.h"

#include <optional>

/**
 * A collaboration's case: everything the documents, the wizards and the use cases
 * read about one collaboration besides the record they edit. Read in one place
 * (Cases::load) instead of each caller assembling it from five stores.
 */
struct Case
{
    Collaboration collaboration;
    Organizer organizer;
    Programme programme;
    ProgrammeParty programmeParty; ///< Skolverket as a party to the programme's agreements
    QList<SchoolUnit> organizerUnits; ///< every unit of the organizer, in scope or not, by name
    std::optional<ActionPlan> plan; ///< with CaseOptions::plan, when the collaboration has one
    /** With CaseOptions::plan the plan's analysis; with CaseOptions::analysis the organizer level's newest. */
    std::optional<Analysis> analysis;

    /** The units in scope, in the collaboration's order. */
    QList<SchoolUnit> unitsInScope() const;
    const SchoolUnit* unit(qint64 id) const;
    /** The unit's name; empty for 0 or a unit the case does not know. */
    QString unitName(qint64 id) const;
    /** The calendar years the collaboration runs through. */
    QList<int> years() const;
};

/** What Cases::load reads besides the collaboration, its organizer, programme and units. */
struct CaseOptions
{
    bool analysis = false; ///< the organizer level's newest analysis
    bool plan = false; ///< the plan and the analysis it plans from (overrides `analysis`)
};
