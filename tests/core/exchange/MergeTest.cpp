// The merge engine on its own: records by uuid, three ways against the base, no database.
#include "core/exchange/Merge.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Merge;

namespace {

const QString kProblem = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString kCauseA = QStringLiteral("00000000-0000-4000-8000-00000000000a");
const QString kCauseB = QStringLiteral("00000000-0000-4000-8000-00000000000b");
const QString kCauseC = QStringLiteral("00000000-0000-4000-8000-00000000000c");
const QString kUnit = QStringLiteral("00000000-0000-4000-8000-0000000000f1");

Record problem(const QString& description, const QStringList& causes, const QString& note = QString())
{
    QJsonArray a;
    for (const auto& c : causes)
        a.append(c);
    QJsonObject fields { { QStringLiteral("description"), description }, { QStringLiteral("causes"), a } };
    if (!note.isEmpty())
        fields.insert(QStringLiteral("note"), note);
    return { QStringLiteral("problem"), kProblem, fields };
}

Record cause(const QString& uuid, const QString& text)
{
    return { QStringLiteral("cause"), uuid, { { QStringLiteral("description"), text } } };
}

RecordSet set(std::initializer_list<Record> records)
{
    RecordSet s;
    for (const auto& r : records)
        s.insert(r.uuid, r);
    return s;
}

Rules principalRules()
{
    Rules rules;
    rules.readOnlyKinds = { QStringLiteral("unit") };
    rules.readOnlyFields = { QStringLiteral("problem/status") };
    return rules;
}

const RecordChange* changeOf(const Result& r, const QString& uuid)
{
    for (const auto& c : r.records) {
        if (c.uuid == uuid)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("merge: a field changed on one side only is taken or kept; nothing changed is nothing", "[exchange][merge]")
{
    const RecordSet base = set({ problem(QStringLiteral("Låga resultat i matematik"), { kCauseA }),
                                 cause(kCauseA, QStringLiteral("Få lärare med behörighet")) });
    const Result same = merge(base, base, base, {}, principalRules());
    CHECK(same.records.isEmpty());
    CHECK(same.counts == Counts {});
    CHECK(same.merged == base);

    RecordSet theirs = base;
    theirs[kCauseA].fields[QStringLiteral("description")] = QStringLiteral("Få behöriga lärare i åk 7–9");
    const Result taken = merge(base, base, theirs, {}, principalRules());
    CHECK(taken.counts.changed == 1);
    CHECK(taken.merged == theirs);
    REQUIRE(changeOf(taken, kCauseA));
    CHECK(changeOf(taken, kCauseA)->outcome == RecordOutcome::Changed);

    const Result kept = merge(base, theirs, base, {}, principalRules());
    CHECK(kept.counts.nothingToApply());
    CHECK(kept.merged == theirs);
    CHECK(changeOf(kept, kCauseA)->outcome == RecordOutcome::KeptMine);

    const Result both = merge(base, theirs, theirs, {}, principalRules());
    CHECK(both.counts == Counts {});
    CHECK(both.merged == theirs);
}

TEST_CASE("merge: different fields of one problem merge without a conflict, flagged as changed on both sides",
          "[exchange][merge]")
{
    const RecordSet base = set({ problem(QStringLiteral("Låga resultat"), { kCauseA }, QStringLiteral("utkast")) });
    const RecordSet mine = set({ problem(QStringLiteral("Låga resultat"), { kCauseA }, QStringLiteral("granskad")) });
    const RecordSet theirs
        = set({ problem(QStringLiteral("Låga resultat i matematik, åk 9"), { kCauseA }, QStringLiteral("utkast")) });
    const Result r = merge(base, mine, theirs, {}, principalRules());
    CHECK(r.counts.parallel == 1);
    CHECK(r.counts.conflicts == 0);
    CHECK(changeOf(r, kProblem)->outcome == RecordOutcome::Parallel);
    CHECK(r.merged[kProblem].fields.value(QStringLiteral("description")).toString()
          == QStringLiteral("Låga resultat i matematik, åk 9"));
    CHECK(r.merged[kProblem].fields.value(QStringLiteral("note")).toString() == QStringLiteral("granskad"));
}

TEST_CASE("merge: the same field changed differently is a conflict, and mine stays until decided", "[exchange][merge]")
{
    const RecordSet base = set({ problem(QStringLiteral("Låga resultat"), {}) });
    const RecordSet mine = set({ problem(QStringLiteral("Låga resultat i svenska"), {}) });
    const RecordSet theirs = set({ problem(QStringLiteral("Låga resultat i matematik"), {}) });
    const Result r = merge(base, mine, theirs, {}, principalRules());
    CHECK(r.counts.conflicts == 1);
    const RecordChange* c = changeOf(r, kProblem);
    REQUIRE(c);
    CHECK(c->outcome == RecordOutcome::Conflict);
    REQUIRE(c->hasConflictingField());
    const auto field = std::find_if(c->fields.cbegin(), c->fields.cend(),
                                    [](const FieldChange& f) { return f.outcome == FieldOutcome::Conflict; });
    CHECK(field->base.toString() == QStringLiteral("Låga resultat"));
    CHECK(field->mine.toString() == QStringLiteral("Låga resultat i svenska"));
    CHECK(field->theirs.toString() == QStringLiteral("Låga resultat i matematik"));
    CHECK(r.merged == mine);
}

TEST_CASE("merge: sets merge by uuid, additions and removals from both sides", "[exchange][merge]")
{
    CHECK(mergeSet({ kCauseA, kCauseB }, { kCauseA, kCauseB, kCauseC }, { kCauseB })
          == QStringList { kCauseB, kCauseC });
    CHECK(mergeSet({}, { kCauseA }, { kCauseA }) == QStringList { kCauseA });

    const RecordSet base = set({ problem(QStringLiteral("P"), { kCauseA, kCauseB }),
                                 cause(kCauseA, QStringLiteral("a")), cause(kCauseB, QStringLiteral("b")) });
    RecordSet mine = base;
    mine.insert(kCauseC, cause(kCauseC, QStringLiteral("c, added here")));
    mine[kProblem] = problem(QStringLiteral("P"), { kCauseA, kCauseB, kCauseC });
    RecordSet theirs = base;
    theirs[kProblem] = problem(QStringLiteral("P"), { kCauseB });
    const Result r = merge(base, mine, theirs, {}, principalRules());
    CHECK(r.counts.conflicts == 0);
    QStringList merged;
    for (const auto& v : r.merged[kProblem].fields.value(QStringLiteral("causes")).toArray())
        merged << v.toString();
    CHECK(merged == QStringList { kCauseB, kCauseC });
    CHECK(r.merged.contains(kCauseC));
}

TEST_CASE("merge: removals travel as tombstones; against an edit they are conflicts, never silent", "[exchange][merge]")
{
    const RecordSet base = set({ cause(kCauseA, QStringLiteral("a")), cause(kCauseB, QStringLiteral("b")) });
    RecordSet mine = base;
    mine[kCauseA].fields[QStringLiteral("description")] = QStringLiteral("a, sharpened here");
    const RecordSet theirs; // removed both

    Rules mayRemove = principalRules();
    mayRemove.mayRemoveBaseRecords = true;
    const Result r = merge(base, mine, theirs, { kCauseA, kCauseB }, mayRemove);
    CHECK(changeOf(r, kCauseA)->outcome == RecordOutcome::Conflict);
    CHECK(changeOf(r, kCauseA)->removedInPackage);
    CHECK(changeOf(r, kCauseB)->outcome == RecordOutcome::Removed);
    CHECK(r.merged.contains(kCauseA));
    CHECK_FALSE(r.merged.contains(kCauseB));

    // A principal's package cannot remove what the process leader sent.
    const Result refused = merge(base, mine, theirs, { kCauseA, kCauseB }, principalRules());
    CHECK(changeOf(refused, kCauseB)->outcome == RecordOutcome::Refused);
    CHECK(refused.merged.contains(kCauseB));

    // Missing without a tombstone: a damaged package, never a removal.
    const Result missing = merge(base, base, theirs, {}, mayRemove);
    CHECK(missing.counts.refused == 2);
    CHECK(missing.merged == base);

    // Removed here, edited there: a conflict too; removed here, untouched there: stays removed.
    RecordSet edited = base;
    edited[kCauseA].fields[QStringLiteral("description")] = QStringLiteral("a, edited by the principal");
    const Result removedHere = merge(base, RecordSet(), edited, {}, principalRules());
    CHECK(changeOf(removedHere, kCauseA)->outcome == RecordOutcome::Conflict);
    CHECK(changeOf(removedHere, kCauseA)->removedHere);
    CHECK(changeOf(removedHere, kCauseB)->outcome == RecordOutcome::KeptMine);
    CHECK(removedHere.merged.isEmpty());
}

TEST_CASE("merge: what the package may only read is refused with the reason; a frozen record refuses all",
          "[exchange][merge]")
{
    const Record unit { QStringLiteral("unit"),
                        kUnit,
                        { { QStringLiteral("name"), QStringLiteral("Strandängsskolan") } } };
    const RecordSet base = set({ unit, problem(QStringLiteral("P"), {}) });
    RecordSet theirs = base;
    theirs[kUnit].fields[QStringLiteral("name")] = QStringLiteral("Nya skolan");
    theirs[kProblem].fields[QStringLiteral("status")] = QStringLiteral("klar");
    theirs[kProblem].fields[QStringLiteral("description")] = QStringLiteral("P, rewritten");
    const Result r = merge(base, base, theirs, {}, principalRules());
    CHECK(changeOf(r, kUnit)->outcome == RecordOutcome::Refused);
    CHECK_FALSE(changeOf(r, kUnit)->reason.isEmpty());
    CHECK(r.merged[kUnit] == unit);
    CHECK(changeOf(r, kProblem)->outcome == RecordOutcome::Changed);
    CHECK(changeOf(r, kProblem)->hasRefusedField());
    CHECK(r.merged[kProblem].fields.value(QStringLiteral("status")).toString().isEmpty());
    CHECK(r.counts.refused == 2);

    Rules frozen = principalRules();
    frozen.frozen = true;
    frozen.frozenReason = QStringLiteral("fastställd");
    const Result f = merge(base, base, theirs, {}, frozen);
    CHECK(f.counts.nothingToApply());
    CHECK(f.merged == base);
    CHECK(changeOf(f, kProblem)->outcome == RecordOutcome::Refused);
}

TEST_CASE("merge: two packages give the same result in both orders", "[exchange][merge]")
{
    // Subsurface's both-orders test: two principals' packages against the same base.
    const RecordSet base = set({ problem(QStringLiteral("P"), { kCauseA }, QStringLiteral("n")),
                                 cause(kCauseA, QStringLiteral("a")), cause(kCauseB, QStringLiteral("b")) });
    RecordSet one = base;
    one[kProblem].fields[QStringLiteral("description")] = QStringLiteral("P, from one");
    one.insert(kCauseC, cause(kCauseC, QStringLiteral("c, from one")));
    one[kProblem] = problem(QStringLiteral("P, from one"), { kCauseA, kCauseC }, QStringLiteral("n"));
    RecordSet two = base;
    two[kProblem] = problem(QStringLiteral("P"), { kCauseA, kCauseB }, QStringLiteral("n, from two"));
    two[kCauseA].fields[QStringLiteral("description")] = QStringLiteral("a, from two");
    Rules rules = principalRules();

    const RecordSet first = merge(base, merge(base, base, one, {}, rules).merged, two, {}, rules).merged;
    const RecordSet second = merge(base, merge(base, base, two, {}, rules).merged, one, {}, rules).merged;
    CHECK(QString::fromUtf8(canonical(first)).toStdString() == QString::fromUtf8(canonical(second)).toStdString());
    CHECK(first[kProblem].fields.value(QStringLiteral("description")).toString() == QStringLiteral("P, from one"));
    CHECK(first[kProblem].fields.value(QStringLiteral("note")).toString() == QStringLiteral("n, from two"));
    CHECK(first[kProblem].fields.value(QStringLiteral("causes")).toArray().size() == 3);
}

TEST_CASE("merge: a word-level diff of long texts", "[exchange][merge]")
{
    const QList<DiffPart> d = wordDiff(QStringLiteral("Eleverna i åk 9 når inte målen"),
                                       QStringLiteral("Eleverna i åk 8 och 9 når inte målen i matematik"));
    QString before, after;
    for (const auto& p : d) {
        if (p.kind != DiffPart::Kind::Added)
            before += p.text;
        if (p.kind != DiffPart::Kind::Removed)
            after += p.text;
    }
    CHECK(before == QStringLiteral("Eleverna i åk 9 når inte målen"));
    CHECK(after == QStringLiteral("Eleverna i åk 8 och 9 når inte målen i matematik"));
    CHECK(d.first() == DiffPart { DiffPart::Kind::Same, QStringLiteral("Eleverna i åk ") });
    CHECK(std::count_if(d.cbegin(), d.cend(), [](const DiffPart& p) { return p.kind == DiffPart::Kind::Added; }) >= 1);
    CHECK(std::none_of(d.cbegin(), d.cend(), [](const DiffPart& p) { return p.kind == DiffPart::Kind::Removed; }));
    CHECK(wordDiff(QString(), QString()).isEmpty());
}
