#pragma once

#include "core/domain/CodeTable.h"
#include "core/domain/Contact.h"
#include "core/domain/Validation.h"
#include "core/plan/ActionPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>

struct Analysis;
struct Collaboration;
struct Organizer;
struct Programme;

/**
 * Överenskommelse: ÖK 1 (the cooperation and process support), ÖK 2 (the interventions
 * of the action plan) and amendments (tillägg), each linked to the agreement it changes.
 * An agreement holds copies, not references: both parties' details, its clause texts and
 * the plan's interventions are written into it, so a signed agreement prints the same
 * text years later whatever happened to the organizer, the programme or the plan.
 */

enum class AgreementKind { Cooperation, Interventions, Amendment };

/** utkast → skickad för underskrift → undertecknad → ersatt (by a signed amendment). */
enum class AgreementStatus { Draft, Sent, Signed, Replaced };

enum class AgreementParty { Agency, Organizer };

/**
 * Skolverket's details as the programme keeps them (editable settings, with
 * Statens skolverk, Box 4002, 171 04 Solna as the default the schema inserts).
 */
struct ProgrammeParty
{
    qint64 programmeId = 0;
    QString name; ///< "Statens skolverk"
    QString shortName; ///< "Skolverket": how the agreement refers to it
    Address address;
    QString telephone;
    QString organisationNumber;

    FieldErrors validate() const;
    bool operator==(const ProgrammeParty&) const = default;
};

/** One party as written into an agreement. */
struct PartyDetails
{
    QString name;
    QString shortName; ///< how the text refers to the party: "Skolverket", "Huvudmannen"
    QString address; ///< one line: "Box 4002, 171 04 Solna"
    QString telephone;
    QString organisationNumber;
    QString diaryNumber; ///< the party's own diarienummer, free text
    bool operator==(const PartyDetails&) const = default;
};

/** A numbered section with its editable clause text. Lines starting with "- " print as a list. */
struct AgreementSection
{
    qint64 id = 0;
    QString key; ///< "parter", "insatser", "finansiering"…: what the document adds after the text
    QString heading;
    QString body;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const AgreementSection&) const = default;
};

/** When a delredovisning (progress report) is due; the report itself is another record. */
struct ReportDue
{
    qint64 id = 0;
    QDate due;
    QString label;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const ReportDue&) const = default;
};

/** Who signs for a party: place, name and title; the date is the party's signing date. */
struct Signatory
{
    qint64 id = 0;
    AgreementParty party = AgreementParty::Agency;
    QString name;
    QString title;
    QString place;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Signatory&) const = default;
};

/** An intervention as the agreement states it: a copy of the plan's, with its budget (Commitment of money). */
struct AgreedIntervention
{
    qint64 id = 0;
    qint64 sourceInterventionId = 0; ///< the plan's intervention it was copied from; no reference
    QString areaTitle;
    QString title;
    QString description;
    QString goals; ///< one goal per line
    QString responsible;
    QString provider;
    FundingMode fundingMode = FundingMode::GeneralProgrammes;
    FundingForm fundingForm = FundingForm::EducationService;
    QDate start;
    QDate end;
    QList<BudgetLine> budget;
    /**
     * a) the problems, b) their causes and f) the expected effects as the plan stated them when
     * the agreement was drafted, one problem or cause per line (schema v7): what every
     * delredovisning prints as agreed, whatever the plan says later.
     */
    QString problems;
    QString causes;
    QString expectedEffects;

    qint64 totalSek() const;
    qint64 budgetFor(int year) const;
    /** The goals (c), one per line in `goals`, as a list. */
    QStringList goalList() const;
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const AgreedIntervention&) const = default;
};

struct Agreement
{
    Q_DECLARE_TR_FUNCTIONS(Agreement)

public:
    qint64 id = 0;
    qint64 collaborationId = 0;
    AgreementKind kind = AgreementKind::Cooperation;
    qint64 amendsId = 0;
    AgreementStatus status = AgreementStatus::Draft;
    QString title;
    QString programmeName;
    PartyDetails agency;
    PartyDetails organizer;
    QDate periodStart;
    QDate periodEnd;
    QList<ReportDue> reportDates;
    QDate finalReportDate;
    QList<Signatory> signatories;
    QDate agencySignedOn;
    QDate organizerSignedOn;
    QDateTime sentAt;
    QString pdfSha256; ///< of the PDF that was signed
    QList<AgreementSection> sections;
    QList<AgreedIntervention> interventions;
    QDateTime createdAt;
    QDateTime updatedAt;

    /** Signed or replaced: the database refuses any change. */
    bool isFrozen() const { return status == AgreementStatus::Signed || status == AgreementStatus::Replaced; }

    /** "ÖK 1", "ÖK 2", "Tillägg". */
    QString kindLabel() const;

    /** What may always be stored (a draft may be incomplete): the shape of every field. */
    FieldErrors validate() const;
    /** What must hold before it is sent or signed: parties, period, report dates, signatories. */
    FieldErrors validateForSigning() const;

    /** Sums per year, funding mode and form, and the total, in whole kronor. */
    PlanTotals totals() const;
    /** The calendar years any intervention has money for, ascending. */
    QList<int> budgetYears() const;

    const AgreementSection* section(const QString& key) const;
    QList<const Signatory*> signatoriesOf(AgreementParty party) const;

    /**
     * A draft generated from the case: both parties, the programme's default clauses,
     * the period, report dates and signatories; for ÖK 2 a copy of the plan's interventions
     * under their development areas (`plan` and `analysis` may be null for ÖK 1).
     */
    static std::optional<Agreement> draftFrom(AgreementKind kind, const Collaboration& collaboration,
                                              const Organizer& organizer, const Programme& programme,
                                              const ProgrammeParty& party, const ActionPlan* plan,
                                              const Analysis* analysis, QString* error);

    /** A draft amendment of a signed agreement: its content copied, linked to it. */
    static Agreement amendmentOf(const Agreement& signedAgreement, QString* error = nullptr);

    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Agreement&) const = default;

    static const CodeTable<AgreementKind, 3> Kinds;
    static const CodeTable<AgreementStatus, 4> Statuses;
    static const CodeTable<AgreementParty, 2> Parties;
};
