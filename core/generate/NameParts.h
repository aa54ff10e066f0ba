#pragma once

#include "Random.h"

#include <QString>

/**
 * Swedish-looking names for the generated data: places, people, organizers, units,
 * and the sentences of meeting notes. Fictional, built from common name parts.
 */
namespace NameParts {

/** A place name such as "Ekbacka" or "Sandvik"; `serial` makes each one distinct. */
QString placeName(int serial);
/** "Sandviks kommun", "Ekbacka kommun": the genitive as municipalities write it. */
QString municipalityName(const QString& place);

QString firstName(Random& r);
QString lastName(Random& r);
QString personName(Random& r);
/** "anna.lindqvist@domain", letters folded to a–z. */
QString email(const QString& name, const QString& domain);
/** "ekbacka.se" for a place or organizer name. */
QString domainFor(const QString& name);

/** A private organizer: "Framtidsskolan i Sandvik AB", "Stiftelsen Lärkans Montessoriskola". */
QString privateOrganizerName(Random& r, const QString& place, bool foundation);

/** A stem for a school name: "Ekbacka", "Björkhags", "Solängs". */
QString unitStem(Random& r);
/** A förskola name: "Förskolan Solrosen". */
QString preschoolName(Random& r);

/** A sentence for meeting notes, a decision and an action item. */
QString noteSentence(Random& r);
QString decisionText(Random& r);
QString actionText(Random& r);
QString agendaItem(Random& r);
QString meetingPlace(Random& r, const QString& place);

} // namespace NameParts
