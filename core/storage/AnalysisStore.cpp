#include "AnalysisStore.h"

#include "ChildRows.h"
#include "Database.h"
#include "ReadOnly.h"
#include "Sql.h"
#include "Tombstones.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisStore)
};

const QString kAnalysisColumns = QStringLiteral(
    "id, collaboration_id, school_unit_id, kind, template_id, template_version, version, previous_id, status, "
    "status_by, status_at, current_page, summary, uuid");

} // namespace

AnalysisStore::AnalysisStore(const Database& db)
    : m_db(db.connection())
{
}

QList<AnalysisSummary> AnalysisStore::list(qint64 collaborationId, QString* error) const
{
    QList<AnalysisSummary> result;
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, school_unit_id, kind, status, version, updated_at FROM analysis "
                                  "WHERE collaboration_id = ? ORDER BY coalesce(school_unit_id, 0), version"),
                   { collaborationId }, error))
        return result;
    while (q.next()) {
        result.append({ q.value(0).toLongLong(), q.value(1).toLongLong(),
                        Analysis::Kinds.fromCode(q.value(2).toString()),
                        Analysis::Statuses.fromCode(q.value(3).toString()), q.value(4).toInt(),
                        Sql::sqliteTimestamp(q.value(5)) });
    }
    return result;
}

std::optional<Analysis> AnalysisStore::current(qint64 collaborationId, qint64 unitId, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id FROM analysis WHERE collaboration_id = ? AND coalesce(school_unit_id, 0) "
                                  "= ? ORDER BY version DESC LIMIT 1"),
                   { collaborationId, unitId }, error)
        || !q.next())
        return std::nullopt;
    return load(q.value(0).toLongLong(), error);
}

std::optional<Analysis> AnalysisStore::load(qint64 id, QString* error) const
{
    QSqlQuery q(m_db);
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM analysis WHERE id = ?").arg(kAnalysisColumns), { id }, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = StoreText::tr("The analysis no longer exists.");
        return std::nullopt;
    }
    Analysis a;
    a.id = q.value(0).toLongLong();
    a.collaborationId = q.value(1).toLongLong();
    a.unitId = q.value(2).toLongLong();
    a.kind = Analysis::Kinds.fromCode(q.value(3).toString());
    a.templateId = q.value(4).toString();
    a.templateVersion = q.value(5).toInt();
    a.version = q.value(6).toInt();
    a.previousId = q.value(7).toLongLong();
    a.status = Analysis::Statuses.fromCode(q.value(8).toString());
    a.statusBy = q.value(9).toString();
    a.statusAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    a.currentPage = q.value(11).toString();
    a.summary = q.value(12).toString();
    a.uuid = q.value(13).toString();
    if (!loadChildren(a, error))
        return std::nullopt;
    return a;
}

bool AnalysisStore::loadChildren(Analysis& a, QString* error) const
{
    // The link reads report into a message of their own: the caller's may hold an older one.
    QString linkError;
    QSqlQuery q(m_db);
    const QVariantList id { a.id };
    if (!Sql::exec(
            q,
            QStringLiteral("SELECT name, role, organisation, id, uuid FROM analysis_participant WHERE analysis_id = ? "
                           "ORDER BY position"),
            id, error))
        return false;
    while (q.next())
        a.participants.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toLongLong(), q.value(4).toString() });
    if (!Sql::exec(q, QStringLiteral("SELECT question_id, text FROM analysis_answer WHERE analysis_id = ?"), id, error))
        return false;
    while (q.next())
        a.answers.insert(q.value(0).toString(), q.value(1).toString());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT indicator, period, value, marker FROM analysis_result WHERE analysis_id = ? "
                                  "ORDER BY indicator, period"),
                   id, error))
        return false;
    while (q.next()) {
        a.results.append({ q.value(0).toString(), q.value(1).toString(),
                           q.value(2).isNull() ? std::nullopt : std::optional<double>(q.value(2).toDouble()),
                           q.value(3).toString() });
    }
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, kind, title, summary, date, uuid FROM evidence WHERE analysis_id = ? "
                                  "ORDER BY position"),
                   id, error))
        return false;
    while (q.next())
        a.evidence.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate),
                            q.value(5).toString() });
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, method, group_label, group_size, summary, uuid FROM pupil_voice "
                                  "WHERE analysis_id = ? ORDER BY position"),
                   id, error))
        return false;
    while (q.next()) {
        PupilVoice v;
        v.id = q.value(0).toLongLong();
        v.method = q.value(1).toString();
        v.group = q.value(2).toString();
        v.groupSize = q.value(3).toInt();
        v.summary = q.value(4).toString();
        v.uuid = q.value(5).toString();
        a.voices.append(v);
    }
    for (auto& v : a.voices) {
        if (!Sql::exec(q,
                       QStringLiteral("SELECT text, count FROM pupil_voice_theme WHERE pupil_voice_id = ? "
                                      "ORDER BY position"),
                       { v.id }, error))
            return false;
        while (q.next())
            v.themes.append({ q.value(0).toString(), q.value(1).toInt() });
        if (!Sql::exec(q,
                       QStringLiteral("SELECT text FROM pupil_voice_quote WHERE pupil_voice_id = ? ORDER BY position"),
                       { v.id }, error))
            return false;
        while (q.next())
            v.quotes << q.value(0).toString();
    }
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, area, level, description, uuid FROM cause WHERE analysis_id = ? "
                                  "ORDER BY position"),
                   id, error))
        return false;
    while (q.next())
        a.causes.append({ q.value(0).toLongLong(), Analysis::CauseAreas.fromCode(q.value(1).toString()),
                          Analysis::DecisionLevels.fromCode(q.value(2).toString()), q.value(3).toString(),
                          q.value(4).toString() });
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, description, uuid FROM problem WHERE analysis_id = ? ORDER BY position"),
                   id, error))
        return false;
    while (q.next())
        a.problems.append({ q.value(0).toLongLong(), q.value(1).toString(), {}, {}, q.value(2).toString() });
    for (auto& p : a.problems) {
        p.causeIds
            = ChildRows::readIds(m_db,
                                 QStringLiteral("SELECT pc.cause_id FROM problem_cause pc JOIN cause c ON c.id = "
                                                "pc.cause_id WHERE pc.problem_id = ? ORDER BY c.position"),
                                 p.id, &linkError);
        p.evidenceIds
            = ChildRows::readIds(m_db,
                                 QStringLiteral("SELECT pe.evidence_id FROM problem_evidence pe JOIN evidence e ON "
                                                "e.id = pe.evidence_id WHERE pe.problem_id = ? ORDER BY e.position"),
                                 p.id, &linkError);
    }
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, title, description, uuid FROM development_area WHERE analysis_id = ? "
                                  "ORDER BY position"),
                   id, error))
        return false;
    while (q.next())
        a.areas.append(
            { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}, q.value(3).toString() });
    for (auto& area : a.areas) {
        area.problemIds
            = ChildRows::readIds(m_db,
                                 QStringLiteral("SELECT dp.problem_id FROM development_area_problem dp JOIN "
                                                "problem p ON p.id = dp.problem_id WHERE dp.development_area_id "
                                                "= ? ORDER BY p.position"),
                                 area.id, &linkError);
    }
    if (!linkError.isEmpty() && error)
        *error = linkError;
    return linkError.isEmpty();
}

bool AnalysisStore::writeChildren(Analysis& a, QString* error)
{
    QSqlQuery q(m_db);
    // Answers and results are keyed by question and by indicator and year inside the analysis: rewritten whole.
    for (const char* table : { "analysis_answer", "analysis_result" }) {
        if (!Sql::exec(q, QStringLiteral("DELETE FROM %1 WHERE analysis_id = ?").arg(QLatin1String(table)), { a.id },
                       error))
            return false;
    }
    if (!ChildRows::sync<Participant>(
            m_db, QStringLiteral("analysis_participant"), QStringLiteral("analysis_id"), a.id, a.participants,
            { QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("organisation") },
            [](const Participant& p) {
                return QVariantList { p.name.trimmed(), Sql::textOrNull(p.role), Sql::textOrNull(p.organisation) };
            },
            error))
        return false;
    for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        if (!Sql::exec(q,
                       QStringLiteral("INSERT INTO analysis_answer(analysis_id, question_id, text) VALUES (?, ?, ?)"),
                       { a.id, it.key(), it.value() }, error))
            return false;
    }
    for (const auto& r : a.results) {
        if (!r.value && r.marker.trimmed().isEmpty())
            continue; // an empty cell is no value
        if (!Sql::exec(q,
                       QStringLiteral("INSERT OR REPLACE INTO analysis_result(analysis_id, indicator, period, value, "
                                      "marker) VALUES (?, ?, ?, ?, ?)"),
                       { a.id, r.indicator, r.period,
                         r.value ? QVariant(*r.value) : QVariant(QMetaType(QMetaType::Double)),
                         Sql::textOrNull(r.marker) },
                       error))
            return false;
    }
    const bool ok
        = ChildRows::sync<Evidence>(
              m_db, QStringLiteral("evidence"), QStringLiteral("analysis_id"), a.id, a.evidence,
              { QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("date") },
              [](const Evidence& e) {
                  return QVariantList { e.kind, e.title.trimmed(), Sql::textOrNull(e.summary),
                                        Sql::dateOrNull(e.date) };
              },
              error)
        && ChildRows::sync<PupilVoice>(
              m_db, QStringLiteral("pupil_voice"), QStringLiteral("analysis_id"), a.id, a.voices,
              { QStringLiteral("method"), QStringLiteral("group_label"), QStringLiteral("group_size"),
                QStringLiteral("summary") },
              [](const PupilVoice& v) {
                  return QVariantList { v.method, Sql::textOrNull(v.group), v.groupSize, Sql::textOrNull(v.summary) };
              },
              error)
        && ChildRows::sync<Cause>(
              m_db, QStringLiteral("cause"), QStringLiteral("analysis_id"), a.id, a.causes,
              { QStringLiteral("area"), QStringLiteral("level"), QStringLiteral("description") },
              [](const Cause& c) {
                  return QVariantList { Analysis::CauseAreas.code(c.area), Analysis::DecisionLevels.code(c.level),
                                        c.description.trimmed() };
              },
              error)
        && ChildRows::sync<Problem>(
              m_db, QStringLiteral("problem"), QStringLiteral("analysis_id"), a.id, a.problems,
              { QStringLiteral("description") },
              [](const Problem& p) { return QVariantList { p.description.trimmed() }; }, error)
        && ChildRows::sync<DevelopmentArea>(
              m_db, QStringLiteral("development_area"), QStringLiteral("analysis_id"), a.id, a.areas,
              { QStringLiteral("title"), QStringLiteral("description") },
              [](const DevelopmentArea& d) {
                  return QVariantList { d.title.trimmed(), Sql::textOrNull(d.description) };
              },
              error);
    if (!ok)
        return false;
    for (const auto& v : a.voices) {
        if (!Sql::exec(q, QStringLiteral("DELETE FROM pupil_voice_theme WHERE pupil_voice_id = ?"), { v.id }, error)
            || !Sql::exec(q, QStringLiteral("DELETE FROM pupil_voice_quote WHERE pupil_voice_id = ?"), { v.id }, error))
            return false;
        for (qsizetype i = 0; i < v.themes.size(); ++i) {
            if (!Sql::exec(q,
                           QStringLiteral("INSERT INTO pupil_voice_theme(pupil_voice_id, position, text, count) "
                                          "VALUES (?, ?, ?, ?)"),
                           { v.id, i, v.themes[i].text.trimmed(), v.themes[i].count }, error))
                return false;
        }
        for (qsizetype i = 0; i < v.quotes.size(); ++i) {
            if (!Sql::exec(q,
                           QStringLiteral("INSERT INTO pupil_voice_quote(pupil_voice_id, position, text) "
                                          "VALUES (?, ?, ?)"),
                           { v.id, i, v.quotes[i].trimmed() }, error))
                return false;
        }
    }
    QList<std::pair<qint64, QList<qint64>>> causeLinks, evidenceLinks, problemLinks;
    for (const auto& p : a.problems) {
        causeLinks.append({ p.id, p.causeIds });
        evidenceLinks.append({ p.id, p.evidenceIds });
    }
    for (const auto& d : a.areas)
        problemLinks.append({ d.id, d.problemIds });
    return ChildRows::replaceLinks(m_db, QStringLiteral("problem_cause"), QStringLiteral("problem_id"),
                                   QStringLiteral("cause_id"), causeLinks, error)
        && ChildRows::replaceLinks(m_db, QStringLiteral("problem_evidence"), QStringLiteral("problem_id"),
                                   QStringLiteral("evidence_id"), evidenceLinks, error)
        && ChildRows::replaceLinks(m_db, QStringLiteral("development_area_problem"),
                                   QStringLiteral("development_area_id"), QStringLiteral("problem_id"), problemLinks,
                                   error);
}

bool AnalysisStore::save(Analysis& analysis, int minGroupSize, QString* error)
{
    if (ReadOnly::refuseIfClosed(m_db, analysis.collaborationId, error))
        return false;
    if (const FieldErrors errors = analysis.validate(minGroupSize); !errors.isEmpty()) {
        if (error)
            *error = joinErrors(errors);
        return false;
    }
    QSqlQuery q(m_db);
    if (analysis.id > 0) {
        if (!Sql::exec(q, QStringLiteral("SELECT status FROM analysis WHERE id = ?"), { analysis.id }, error))
            return false;
        if (q.next() && q.value(0).toString() == Analysis::Statuses.code(AnalysisStatus::Established)) {
            if (error)
                *error = StoreText::tr("The analysis is established and cannot be changed. Make a new version to "
                                       "change it.");
            return false;
        }
    }
    // Work on a copy: ids handed out in a transaction that rolls back must not stick.
    Analysis copy = analysis;
    Sql::Transaction tx(m_db);
    const QVariantList values { copy.collaborationId,
                                ChildRows::idOrNull(copy.unitId),
                                Analysis::Kinds.code(copy.kind),
                                copy.templateId,
                                copy.templateVersion,
                                copy.version,
                                ChildRows::idOrNull(copy.previousId),
                                Analysis::Statuses.code(copy.status),
                                Sql::textOrNull(copy.statusBy),
                                copy.statusAt.isValid() ? QVariant(copy.statusAt.toString(Qt::ISODate))
                                                        : QVariant(QMetaType(QMetaType::QString)),
                                Sql::textOrNull(copy.currentPage),
                                Sql::textOrNull(copy.summary),
                                Sql::uuidOr(copy.uuid),
                                Clock::timestamp() };
    bool ok = Sql::exec(
        q,
        QStringLiteral("INSERT INTO analysis(id, collaboration_id, school_unit_id, kind, template_id, "
                       "template_version, version, previous_id, status, status_by, status_at, "
                       "current_page, summary, uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET collaboration_id = excluded.collaboration_id, "
                       "school_unit_id = excluded.school_unit_id, kind = excluded.kind, "
                       "template_id = excluded.template_id, template_version = excluded.template_version, "
                       "version = excluded.version, previous_id = excluded.previous_id, "
                       "status = excluded.status, status_by = excluded.status_by, "
                       "status_at = excluded.status_at, current_page = excluded.current_page, "
                       "summary = excluded.summary, updated_at = excluded.updated_at"),
        QVariantList { ChildRows::idOrNull(copy.id) } + values, error);
    if (ok && copy.id == 0) {
        copy.id = q.lastInsertId().toLongLong();
        copy.uuid = values.at(12).toString();
    } else if (ok && copy.uuid.isEmpty()) {
        ok = Sql::exec(q, QStringLiteral("SELECT uuid FROM analysis WHERE id = ?"), { copy.id }, error) && q.next();
        if (ok)
            copy.uuid = q.value(0).toString();
    }
    ok = ok && writeChildren(copy, error) && tx.commit(error);
    if (ok)
        analysis = copy;
    return ok;
}

bool AnalysisStore::save(Analysis& analysis, int minGroupSize, const PlanLinks& unlink, const PlanLinks& relink,
                         QString* error)
{
    Sql::Transaction tx(m_db);
    QSqlQuery q(m_db);
    for (const auto& [intervention, problem] : unlink.problems) {
        if (!Sql::exec(q,
                       QStringLiteral("DELETE FROM intervention_problem WHERE intervention_id = ? AND problem_id = ?"),
                       { intervention, problem }, error))
            return false;
    }
    for (const auto& [intervention, cause] : unlink.causes) {
        if (!Sql::exec(q, QStringLiteral("DELETE FROM intervention_cause WHERE intervention_id = ? AND cause_id = ?"),
                       { intervention, cause }, error))
            return false;
    }
    Analysis written = analysis;
    if (!save(written, minGroupSize, error))
        return false;
    for (const auto& [intervention, problem] : relink.problems) {
        if (!Sql::exec(q,
                       QStringLiteral("INSERT OR IGNORE INTO intervention_problem(intervention_id, problem_id) "
                                      "VALUES (?, ?)"),
                       { intervention, problem }, error))
            return false;
    }
    for (const auto& [intervention, cause] : relink.causes) {
        if (!Sql::exec(q,
                       QStringLiteral("INSERT OR IGNORE INTO intervention_cause(intervention_id, cause_id) "
                                      "VALUES (?, ?)"),
                       { intervention, cause }, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    analysis = written;
    return true;
}

bool AnalysisStore::setStatus(Analysis& analysis, AnalysisStatus status, const QString& who, int minGroupSize,
                              QString* error)
{
    if (status != AnalysisStatus::Draft) {
        if (const FieldErrors errors = analysis.validate(minGroupSize, true); !errors.isEmpty()) {
            if (error)
                *error = StoreText::tr("The analysis cannot be marked %1 yet:\n%2")
                             .arg(Analysis::Statuses.label(status).toLower(), joinErrors(errors));
            return false;
        }
    }
    // The content first, under the status it has; then the status alone, since once
    // established the database refuses every write to the analysis's rows.
    Analysis changed = analysis;
    Sql::Transaction tx(m_db);
    if (!save(changed, minGroupSize, error))
        return false;
    changed.status = status;
    changed.statusBy = who.trimmed();
    changed.statusAt = Clock::currentDateTime();
    changed.statusAt.setTime(QTime(changed.statusAt.time().hour(), changed.statusAt.time().minute()));
    QSqlQuery q(m_db);
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE analysis SET status = ?, status_by = ?, status_at = ?, "
                                  "updated_at = ? WHERE id = ?"),
                   { Analysis::Statuses.code(status), Sql::textOrNull(changed.statusBy),
                     changed.statusAt.toString(Qt::ISODate), Clock::timestamp(), changed.id },
                   error)
        || !tx.commit(error))
        return false;
    analysis = changed;
    return true;
}

std::optional<Analysis> AnalysisStore::newVersion(const Analysis& established, QString* error)
{
    // A new record: new ids and new uuids for it and every row.
    Analysis next = established;
    next.id = 0;
    next.uuid.clear();
    for (auto& p : next.participants) {
        p.id = 0;
        p.uuid.clear();
    }
    next.previousId = established.id;
    next.version = established.version + 1;
    next.status = AnalysisStatus::Draft;
    next.statusBy.clear();
    next.statusAt = QDateTime();
    // The copy's children are new rows; remember old id → new id to carry the links over.
    QHash<qint64, qint64> causeIds, evidenceIds, problemIds;
    for (auto& c : next.causes) {
        c.id = 0;
        c.uuid.clear();
    }
    for (auto& e : next.evidence) {
        e.id = 0;
        e.uuid.clear();
    }
    for (auto& v : next.voices) {
        v.id = 0;
        v.uuid.clear();
    }
    for (auto& p : next.problems) {
        p.id = 0;
        p.uuid.clear();
        p.causeIds.clear();
        p.evidenceIds.clear();
    }
    for (auto& d : next.areas) {
        d.id = 0;
        d.uuid.clear();
        d.problemIds.clear();
    }
    Sql::Transaction tx(m_db);
    if (!save(next, 1, error))
        return std::nullopt;
    for (qsizetype i = 0; i < next.causes.size(); ++i)
        causeIds.insert(established.causes[i].id, next.causes[i].id);
    for (qsizetype i = 0; i < next.evidence.size(); ++i)
        evidenceIds.insert(established.evidence[i].id, next.evidence[i].id);
    for (qsizetype i = 0; i < next.problems.size(); ++i) {
        problemIds.insert(established.problems[i].id, next.problems[i].id);
        for (qint64 c : established.problems[i].causeIds)
            next.problems[i].causeIds << causeIds.value(c);
        for (qint64 e : established.problems[i].evidenceIds)
            next.problems[i].evidenceIds << evidenceIds.value(e);
    }
    for (qsizetype i = 0; i < next.areas.size(); ++i) {
        for (qint64 p : established.areas[i].problemIds)
            next.areas[i].problemIds << problemIds.value(p);
    }
    if (!save(next, 1, error) || !tx.commit(error))
        return std::nullopt;
    return next;
}

bool AnalysisStore::setCurrentPage(qint64 id, const QString& page, QString* error)
{
    QSqlQuery q(m_db);
    // An established analysis is only read; where it was left open is not worth a record.
    return Sql::exec(q, QStringLiteral("UPDATE analysis SET current_page = ? WHERE id = ? AND status <> 'faststalld'"),
                     { page, id }, error);
}

bool AnalysisStore::remove(qint64 id, QString* error)
{
    Sql::Transaction tx(m_db);
    return Tombstones::remove(m_db, QStringLiteral("DELETE FROM analysis WHERE id = ?"), { id }, error)
        && tx.commit(error);
}
