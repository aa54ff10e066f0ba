#include "Generator.h"
#include "NameParts.h"

#include "core/Clock.h"
#include "core/domain/Collaboration.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace {

// Messages of a developer tool: English only, not in the translation.
QString message(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

namespace NationalDataDetail {

bool Generator::writeCollaborations(QString* error)
{
    Random r = stream(3);
    QSqlQuery q(m_db);
    qint64 programme = 0;
    if (!Sql::exec(q, QStringLiteral("SELECT id, duration_months FROM programme WHERE is_default = 1"), error))
        return false;
    int months = 36;
    if (q.next()) {
        programme = q.value(0).toLongLong();
        months = q.value(1).toInt();
    }
    q.finish();
    QSqlQuery* insert = m_writer.prepare(QStringLiteral(
        "INSERT INTO collaboration(id, organizer_id, programme_id, diary_number, start_date, planned_end_date, phase, "
        "status, status_reason, uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = Clock::timestamp();
    QSqlQuery* change = m_writer.prepare(
        QStringLiteral("INSERT INTO phase_change(collaboration_id, phase, changed_on, note) VALUES (?, ?, ?, ?)"));
    QSqlQuery* unit = m_writer.prepare(
        QStringLiteral("INSERT OR IGNORE INTO collaboration_unit(collaboration_id, school_unit_id) VALUES (?, ?)"));
    QSqlQuery* contact = m_writer.prepare(QStringLiteral(
        "INSERT INTO collaboration_contact(collaboration_id, side, position, name, role, organisation, email, phone) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!programme || !insert || !change || !unit || !contact) {
        if (error && programme == 0)
            *error = message("The database has no default programme.");
        return programme ? fail(error) : false;
    }
    static const char* const kUniversities[]
        = { "Stockholms universitet", "Högskolan Dalarna",     "Karlstads universitet", "Mittuniversitetet",
            "Uppsala universitet",    "Göteborgs universitet", "Umeå universitet",      "Linnéuniversitetet" };
    QSet<qint64> taken;
    for (int i = 0; i < m_sizes.collaborations; ++i) {
        // About ten organizers a half-year, most of them municipalities, each at most once.
        qint64 organizerIndex;
        do {
            organizerIndex = r.chance(0.75) ? r.below(m_sizes.municipalities) : r.below(int(m_organizers.size()));
        } while (taken.contains(organizerIndex) && taken.size() < m_organizers.size());
        taken.insert(organizerIndex);
        const OrganizerInfo& o = m_organizers[organizerIndex];
        CollaborationInfo c { i + 1, QDate(2015, 9, 1).addDays(r.below(3650)), 1 + i % 6, o.place, {}, {} };
        const QDate end = Collaboration::plannedEndFor(c.start, months);
        QString status = QStringLiteral("aktiv");
        QString reason;
        if (c.phase == 6 && r.chance(0.5)) {
            status = QStringLiteral("avslutad");
            reason = QStringLiteral("Slutredovisningen är godkänd.");
        } else if (c.phase == 2 && r.chance(0.15)) {
            status = QStringLiteral("avbojd");
            reason = QStringLiteral("Nämnden tackade nej till samverkan.");
        } else if (r.chance(0.04)) {
            status = QStringLiteral("pausad");
            reason = QStringLiteral("Skolinspektionens föreläggande pågår.");
        }
        const QString diary = QStringLiteral("7.4.2-%1:%2").arg(c.start.year()).arg(r.between(100, 2999));
        if (!m_writer.insert(insert,
                             { c.id, o.id, programme, diary, c.start.toString(Qt::ISODate), end.toString(Qt::ISODate),
                               c.phase, status, text(reason), Sql::newUuid(), now }))
            return fail(error);
        QDate when = c.start.addMonths(-3);
        for (int p = 1; p <= c.phase; ++p) {
            if (!m_writer.insert(change,
                                 { c.id, p, when.toString(Qt::ISODate), QStringLiteral("Fas %1 inleddes.").arg(p) }))
                return fail(error);
            when = when.addDays(r.between(60, 200));
        }
        const int unitCount = std::min(int(o.units.size()), r.between(1, 5));
        for (int k = 0; k < unitCount; ++k) {
            if (!m_writer.insert(unit, { c.id, o.units[r.below(int(o.units.size()))] }))
                return fail(error);
        }
        const int teamSize = r.between(2, 3);
        for (int k = 0; k < teamSize; ++k) {
            const QString name = NameParts::personName(r);
            const bool researcher = k == teamSize - 1 && r.chance(0.5);
            const QString org = researcher ? QString::fromUtf8(r.pick(kUniversities)) : QStringLiteral("Skolverket");
            if (!m_writer.insert(contact,
                                 { c.id, QStringLiteral("team"), k, name,
                                   researcher ? QStringLiteral("Forskare, FoU-team") : QStringLiteral("Processledare"),
                                   org, NameParts::email(name, NameParts::domainFor(org)), text(QString()) }))
                return fail(error);
            c.team << name;
        }
        const QStringList roles { QStringLiteral("Skolchef"), QStringLiteral("Kvalitetsstrateg"),
                                  QStringLiteral("Rektor"), QStringLiteral("Förstelärare") };
        const int people = r.between(2, 4);
        for (int k = 0; k < people; ++k) {
            const QString name = NameParts::personName(r);
            if (!m_writer.insert(contact,
                                 { c.id, QStringLiteral("organizer"), k, name, roles[k],
                                   NameParts::municipalityName(o.place), NameParts::email(name, o.domain),
                                   text(QString()) }))
                return fail(error);
            c.people << name;
        }
        m_collaborations.append(c);
    }
    return true;
}

bool Generator::writeMeetings(QString* error)
{
    Random r = stream(4);
    QSqlQuery* insert = m_writer.prepare(QStringLiteral(
        "INSERT INTO meeting(id, collaboration_id, starts_at, duration_minutes, place, kind, agenda, notes, uuid, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery* participant = m_writer.prepare(
        QStringLiteral("INSERT INTO meeting_participant(meeting_id, position, name, role, organisation, uuid, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery* decision = m_writer.prepare(
        QStringLiteral("INSERT INTO decision(meeting_id, position, text, uuid, updated_at) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery* action = m_writer.prepare(
        QStringLiteral("INSERT INTO action_item(meeting_id, position, text, owner, due_date, done, uuid, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = Clock::timestamp();
    if (!insert || !participant || !decision || !action)
        return fail(error);
    if (m_collaborations.isEmpty())
        return true;
    // Later phases have had more meetings: split the total by weight, the remainder to the last.
    QList<int> perCollaboration;
    int weightSum = 0;
    for (const auto& c : m_collaborations)
        weightSum += c.phase + 2;
    int assigned = 0;
    for (const auto& c : m_collaborations) {
        perCollaboration.append(m_sizes.meetings * (c.phase + 2) / weightSum);
        assigned += perCollaboration.back();
    }
    perCollaboration.back() += m_sizes.meetings - assigned;

    qint64 id = 0;
    for (int ci = 0; ci < m_collaborations.size(); ++ci) {
        const CollaborationInfo& c = m_collaborations[ci];
        QDateTime start(c.start.addDays(9), QTime(9, 0));
        for (int k = 0; k < perCollaboration[ci]; ++k) {
            ++id;
            const char* kind = k == 0 ? "forsta_mote"
                : r.chance(0.6)       ? "dialogmote"
                : r.chance(0.5)       ? "gemensam_traff"
                                      : "uppfoljning";
            QStringList agenda;
            for (int a = 1, n = r.between(2, 5); a <= n; ++a)
                agenda << QStringLiteral("%1. %2").arg(a).arg(NameParts::agendaItem(r));
            QStringList notes;
            for (int s = 0, n = r.between(1, 4); s < n; ++s)
                notes << NameParts::noteSentence(r);
            if (!m_writer.insert(insert,
                                 { id, c.id, start.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                                   r.pick({ 60, 90, 120, 150, 180 }), NameParts::meetingPlace(r, c.place),
                                   QString::fromLatin1(kind), agenda.join(QLatin1Char('\n')),
                                   notes.join(QLatin1Char(' ')), Sql::newUuid(), now }))
                return fail(error);
            const int participants = r.between(3, 8);
            for (int p = 0; p < participants; ++p) {
                const bool team = p < c.team.size() && p % 2 == 0;
                const QString name = team ? c.team[p] : p < c.people.size() ? c.people[p] : NameParts::personName(r);
                if (!m_writer.insert(participant,
                                     { id, p, name, team ? QStringLiteral("Processledare") : QStringLiteral("Lärare"),
                                       team ? QStringLiteral("Skolverket") : c.place, Sql::newUuid(), now }))
                    return fail(error);
            }
            for (int d = 0, n = r.between(0, 3); d < n; ++d) {
                if (!m_writer.insert(decision, { id, d, NameParts::decisionText(r), Sql::newUuid(), now }))
                    return fail(error);
            }
            for (int a = 0, n = r.between(0, 4); a < n; ++a) {
                const QDate due = start.date().addDays(r.between(14, 60));
                if (!m_writer.insert(action,
                                     { id, a, NameParts::actionText(r),
                                       c.people.isEmpty() ? QString() : c.people[a % c.people.size()],
                                       due.toString(Qt::ISODate), r.chance(0.7) ? 1 : 0, Sql::newUuid(), now }))
                    return fail(error);
            }
            start = start.addDays(r.between(7, 21)).addSecs(60 * 30 * r.between(-2, 2));
        }
    }
    return true;
}

} // namespace NationalDataDetail
