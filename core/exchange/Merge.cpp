#include "Merge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace {

struct MergeText
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

bool isOrder(const QString& field)
{
    return field.startsWith(QLatin1String("order:"));
}

QStringList members(const QJsonValue& v)
{
    QStringList list;
    for (const auto& m : v.toArray())
        list << m.toString();
    return list;
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const auto& s : list)
        a.append(s);
    return a;
}

/**
 * An absent field is the empty value of its shape, so a cleared answer equals a missing
 * one; a set is compared as a set (its members sorted), an order as it is.
 */
QJsonValue valueOf(const QJsonObject& fields, const QString& name, bool array)
{
    const QJsonValue v = fields.value(name);
    if (v.isUndefined() || v.isNull())
        return array ? QJsonValue(QJsonArray()) : QJsonValue(QString());
    if (v.isArray() && !isOrder(name)) {
        QStringList sorted = members(v);
        sorted.sort();
        return toArray(sorted);
    }
    return v;
}

/**
 * The merged order: the side that changed it decides, and what only the other side holds
 * keeps its place after the record it followed there. Records gone after the merge are
 * taken out afterwards.
 */
QStringList mergeOrder(const QStringList& base, const QStringList& mine, const QStringList& theirs)
{
    const QStringList& leading = mine == base ? theirs : mine;
    const QStringList& other = mine == base ? mine : theirs;
    QStringList result = leading;
    for (qsizetype i = 0; i < other.size(); ++i) {
        if (result.contains(other[i]))
            continue;
        qsizetype at = 0;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const qsizetype found = result.indexOf(other[j]);
            if (found >= 0) {
                at = found + 1;
                break;
            }
        }
        result.insert(at, other[i]);
    }
    return result;
}

const Merge::Record* lookup(const Merge::RecordSet& set, const QString& uuid)
{
    const auto it = set.constFind(uuid);
    return it == set.cend() ? nullptr : &*it;
}

bool changedFrom(const Merge::Record* a, const Merge::Record* b)
{
    return !(a && b && a->fields == b->fields);
}

} // namespace

namespace Merge {

bool RecordChange::hasConflictingField() const
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [](const FieldChange& f) { return f.outcome == FieldOutcome::Conflict; });
}

bool RecordChange::hasRefusedField() const
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [](const FieldChange& f) { return f.outcome == FieldOutcome::Refused; });
}

QStringList mergeSet(const QStringList& base, const QStringList& mine, const QStringList& theirs)
{
    QStringList result;
    for (const auto& m : mine + theirs) {
        const bool removed = base.contains(m) && (!mine.contains(m) || !theirs.contains(m));
        if (!removed && !result.contains(m))
            result << m;
    }
    result.sort(); // a set: one order for every merge, whichever side came first
    return result;
}

namespace {

/** Merges the fields of a record present on all three sides (or new on both: an empty base). */
RecordChange mergeFields(const Record* base, const Record& mine, const Record& theirs, const Rules& rules,
                         Record* merged)
{
    RecordChange change;
    change.kind = mine.kind;
    change.uuid = mine.uuid;
    QStringList names = mine.fields.keys() + theirs.fields.keys();
    if (base)
        names += base->fields.keys();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    const QJsonObject empty;
    const QJsonObject& b = base ? base->fields : empty;
    bool tookTheirs = false, keptMine = false, conflict = false, refused = false;
    const bool kindReadOnly = rules.frozen || rules.readOnlyKinds.contains(mine.kind);
    for (const auto& name : names) {
        const bool array
            = mine.fields.value(name).isArray() || theirs.fields.value(name).isArray() || b.value(name).isArray();
        FieldChange f;
        f.field = name;
        f.base = valueOf(b, name, array);
        f.mine = valueOf(mine.fields, name, array);
        f.theirs = valueOf(theirs.fields, name, array);
        f.merged = f.mine;
        const bool theirsChanged = f.theirs != f.base;
        const bool mineChanged = f.mine != f.base;
        if (f.mine == f.theirs) {
            f.outcome = FieldOutcome::Unchanged;
            if (!mineChanged)
                continue;
        } else if (theirsChanged
                   && (kindReadOnly || rules.readOnlyFields.contains(mine.kind + QLatin1Char('/') + name))) {
            f.outcome = FieldOutcome::Refused;
            refused = true;
        } else if (!theirsChanged) {
            f.outcome = FieldOutcome::Mine;
            keptMine = true;
        } else if (!mineChanged) {
            f.outcome = FieldOutcome::Theirs;
            f.merged
                = isOrder(name) ? toArray(mergeOrder(members(f.base), members(f.mine), members(f.theirs))) : f.theirs;
            tookTheirs = true;
        } else if (isOrder(name)) {
            f.outcome = FieldOutcome::Both;
            f.merged = toArray(mergeOrder(members(f.base), members(f.mine), members(f.theirs)));
            tookTheirs = keptMine = true;
        } else if (array) {
            f.outcome = FieldOutcome::Both;
            f.merged = toArray(mergeSet(members(f.base), members(f.mine), members(f.theirs)));
            tookTheirs = keptMine = true;
        } else {
            f.outcome = FieldOutcome::Conflict;
            conflict = true;
        }
        if (f.merged != f.mine)
            merged->fields.insert(name, f.merged);
        change.fields.append(f);
    }
    if (conflict) {
        change.outcome = RecordOutcome::Conflict;
        change.reason = MergeText::tr("Both sides changed the same field differently.");
    } else if (refused && !tookTheirs) {
        change.outcome = RecordOutcome::Refused;
        change.reason = rules.frozen ? rules.frozenReason
                                     : MergeText::tr("The package changes what it may only read (%1); the change was "
                                                     "not taken.")
                                           .arg(mine.kind);
    } else if (tookTheirs && keptMine) {
        change.outcome = RecordOutcome::Parallel;
    } else if (tookTheirs) {
        change.outcome = RecordOutcome::Changed;
    } else if (keptMine) {
        change.outcome = RecordOutcome::KeptMine;
    }
    if (refused && change.outcome != RecordOutcome::Refused && change.reason.isEmpty())
        change.reason = MergeText::tr("Some fields the package may only read came back changed; they were not taken.");
    return change;
}

void count(Counts& counts, const RecordChange& c)
{
    switch (c.outcome) {
    case RecordOutcome::New:
        ++counts.added;
        break;
    case RecordOutcome::Changed:
        ++counts.changed;
        break;
    case RecordOutcome::Parallel:
        ++counts.parallel;
        break;
    case RecordOutcome::Conflict:
        ++counts.conflicts;
        break;
    case RecordOutcome::Removed:
        ++counts.removed;
        break;
    case RecordOutcome::Refused:
        ++counts.refused;
        break;
    case RecordOutcome::Unchanged:
    case RecordOutcome::KeptMine:
        break;
    }
    // A record that took some fields and had others refused counts in both.
    if (c.outcome != RecordOutcome::Refused && c.hasRefusedField())
        ++counts.refused;
}

} // namespace

Result merge(const RecordSet& base, const RecordSet& mine, const RecordSet& theirs, const QSet<QString>& theirRemovals,
             const Rules& rules)
{
    Result result;
    // A removal the merge does not take (refused, or a conflict) keeps the links to the
    // record too: the package dropped them only because it dropped the record.
    QSet<QString> kept;
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        const Record* m = lookup(mine, it.key());
        const bool readOnly = rules.frozen || rules.readOnlyKinds.contains(it->kind);
        const bool removalTaken
            = theirRemovals.contains(it.key()) && !changedFrom(m, &*it) && !readOnly && rules.mayRemoveBaseRecords;
        if (m && !theirs.contains(it.key()) && !removalTaken)
            kept.insert(it.key());
    }
    RecordSet patched = theirs;
    for (auto& r : patched) {
        const Record* b = lookup(base, r.uuid);
        for (auto it = r.fields.begin(); b && !kept.isEmpty() && it != r.fields.end(); ++it) {
            if (!it.value().isArray() || isOrder(it.key()))
                continue;
            QStringList list = members(it.value());
            for (const auto& member : members(b->fields.value(it.key()))) {
                if (kept.contains(member) && !list.contains(member))
                    list << member;
            }
            it.value() = toArray(list);
        }
    }
    const RecordSet& theirsSeen = kept.isEmpty() ? theirs : patched;
    QStringList uuids = base.keys() + mine.keys() + theirs.keys();
    std::sort(uuids.begin(), uuids.end());
    uuids.erase(std::unique(uuids.begin(), uuids.end()), uuids.end());
    for (const auto& uuid : uuids) {
        const Record* b = lookup(base, uuid);
        const Record* m = lookup(mine, uuid);
        const Record* t = lookup(theirsSeen, uuid);
        const Record* any = m ? m : (t ? t : b);
        RecordChange change;
        change.kind = any->kind;
        change.uuid = uuid;
        const bool readOnly = rules.frozen || rules.readOnlyKinds.contains(any->kind);
        if (m && t) {
            Record merged = *m;
            change = mergeFields(b, *m, *t, rules, &merged);
            result.merged.insert(uuid, merged);
        } else if (m && !t) {
            if (!b) {
                change.outcome = RecordOutcome::Unchanged; // new here: the package never saw it
            } else if (!theirRemovals.contains(uuid)) {
                change.outcome = RecordOutcome::Refused;
                change.removedInPackage = true;
                change.reason = MergeText::tr("The package lacks this record but carries no removal of it; the "
                                              "package may be damaged. The record was kept.");
            } else if (changedFrom(m, b)) {
                change.outcome = RecordOutcome::Conflict;
                change.removedInPackage = true;
                change.reason = MergeText::tr("The package removes a record that was changed here since it was sent.");
            } else if (readOnly || !rules.mayRemoveBaseRecords) {
                change.outcome = RecordOutcome::Refused;
                change.removedInPackage = true;
                change.reason = rules.frozen
                    ? rules.frozenReason
                    : MergeText::tr("The package removes a record the process leader owns; only the process leader "
                                    "can remove it. The record was kept.");
            } else {
                change.outcome = RecordOutcome::Removed;
            }
            if (change.outcome != RecordOutcome::Removed)
                result.merged.insert(uuid, *m);
        } else if (!m && t) {
            if (!b) {
                if (readOnly) {
                    change.outcome = RecordOutcome::Refused;
                    change.reason = rules.frozen
                        ? rules.frozenReason
                        : MergeText::tr("The package adds a record it may only read (%1).").arg(t->kind);
                } else {
                    change.outcome = RecordOutcome::New;
                    result.merged.insert(uuid, *t);
                }
            } else if (changedFrom(t, b)) {
                change.outcome = RecordOutcome::Conflict;
                change.removedHere = true;
                change.reason = MergeText::tr("The record was removed here, but the package changed it.");
            } else {
                change.outcome = RecordOutcome::KeptMine; // removed here, untouched there: stays removed
            }
        }
        // Neither here nor in the package: removed on both sides, agreed.
        if (change.outcome == RecordOutcome::Unchanged && change.fields.isEmpty())
            continue;
        if (change.outcome == RecordOutcome::New && t) {
            for (auto it = t->fields.constBegin(); it != t->fields.constEnd(); ++it) {
                FieldChange f;
                f.field = it.key();
                f.theirs = f.merged = it.value();
                f.outcome = FieldOutcome::Theirs;
                change.fields.append(f);
            }
        }
        count(result.counts, change);
        result.records.append(change);
    }
    // A record gone after the merge takes its uuid out of the sets and orders that named it.
    for (auto& r : result.merged) {
        for (auto it = r.fields.begin(); it != r.fields.end(); ++it) {
            if (!it.value().isArray())
                continue;
            QStringList list = members(it.value());
            const qsizetype before = list.size();
            list.erase(
                std::remove_if(list.begin(), list.end(), [&](const QString& u) { return !result.merged.contains(u); }),
                list.end());
            if (list.size() != before)
                it.value() = toArray(list);
        }
    }
    return result;
}

QList<DiffPart> wordDiff(const QString& before, const QString& after)
{
    // Words and the white space between them, compared by a longest common subsequence.
    static const QRegularExpression word(QStringLiteral("\\S+|\\s+"));
    auto split = [](const QString& text) {
        QStringList words;
        auto it = word.globalMatch(text);
        while (it.hasNext())
            words << it.next().captured();
        return words;
    };
    const QStringList a = split(before), b = split(after);
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j]
                = a[i].trimmed() == b[j].trimmed() ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QList<DiffPart> parts;
    auto add = [&](DiffPart::Kind kind, const QString& text) {
        if (!parts.isEmpty() && parts.last().kind == kind)
            parts.last().text += text;
        else
            parts.append({ kind, text });
    };
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            add(DiffPart::Kind::Same, b[j]);
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            add(DiffPart::Kind::Added, b[j++]);
        } else {
            add(DiffPart::Kind::Removed, a[i++]);
        }
    }
    return parts;
}

QByteArray canonical(const RecordSet& records)
{
    QJsonArray all;
    for (const auto& r : records) // QMap: by uuid; QJsonObject: keys sorted
        all.append(QJsonObject { { QStringLiteral("kind"), r.kind },
                                 { QStringLiteral("uuid"), r.uuid },
                                 { QStringLiteral("fields"), r.fields } });
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

} // namespace Merge
