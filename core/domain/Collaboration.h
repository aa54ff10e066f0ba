#pragma once

#include "CodeTable.h"
#include "Contact.h"
#include "Phase.h"

#include <QDateTime>

#include <optional>

/** Samverkan: one cooperation with one organizer under one programme. */
enum class CollaborationStatus { Active, Paused, Declined, Closed };

/**
 * One change of a collaboration's status in its dated history (schema v7): who, when, from,
 * to and why. Append-only; the first entry of a collaboration has no `from`.
 */
struct StatusChange
{
    qint64 id = 0;
    qint64 collaborationId = 0;
    std::optional<CollaborationStatus> from;
    CollaborationStatus to = CollaborationStatus::Active;
    QDate decidedOn; ///< the date of the decision (phase 6's decision to end, a reopening)
    QDateTime recordedAt; ///< when it was entered (Clock)
    QString recordedBy; ///< the operating system's user (Tombstones::currentUser)
    QString reason; ///< at most 500 characters; required to end or reopen
    QString uuid {};
    bool operator==(const StatusChange&) const = default;
};

struct Collaboration
{
    qint64 id = 0;
    qint64 organizerId = 0;
    qint64 programmeId = 0;
    QString diaryNumber; ///< Skolverket's diarienummer, free text
    QDate startDate;
    QDate plannedEndDate;
    int phase = Phases::First;
    QList<PhaseChange> phaseHistory; ///< oldest first; the last entry is the current phase
    CollaborationStatus status = CollaborationStatus::Active;
    QString statusReason;
    QList<qint64> unitIds; ///< school units in scope
    QList<Contact> dialogueTeam; ///< Skolverket's side
    QList<Contact> organizerContacts; ///< the organizer's people in this collaboration

    FieldErrors validate() const;
    /** Avslutad: the whole collaboration is read-only until it is reopened with a reason. */
    bool isReadOnly() const { return status == CollaborationStatus::Closed; }
    QString uuid {}; ///< made once when first stored, never changed (schema v6)
    bool operator==(const Collaboration&) const = default;

    /** The date the current phase was entered, if recorded. */
    QDate phaseDate(int phase) const;

    /** Moves to `newPhase` on `date`, recording it in the history. */
    void changePhase(int newPhase, const QDate& date, const QString& note = QString());

    /** Start plus the programme's duration, less one day. */
    static QDate plannedEndFor(const QDate& start, int durationMonths);

    /** Database codes and labels of the CollaborationStatus values. */
    static const CodeTable<CollaborationStatus, 4> Statuses;
};
