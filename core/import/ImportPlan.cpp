#include "ImportPlan.h"

#include "ImportService.h"

#include <QLocale>

namespace Import {

Counts& Counts::operator+=(const Counts& o)
{
    newRecords += o.newRecords;
    changed += o.changed;
    unchanged += o.unchanged;
    refused += o.refused;
    return *this;
}

namespace {

void add(Counts& c, Outcome o)
{
    switch (o) {
    case Outcome::New:
        ++c.newRecords;
        break;
    case Outcome::Changed:
        ++c.changed;
        break;
    case Outcome::Unchanged:
        ++c.unchanged;
        break;
    case Outcome::Refused:
        ++c.refused;
        break;
    }
}

} // namespace

Counts FilePlan::counts() const
{
    Counts c;
    for (const Entry& e : entries)
        add(c, e.outcome);
    if (refusedWhole())
        c.refused += 1;
    return c;
}

Counts FilePlan::counts(Target target) const
{
    Counts c;
    for (const Entry& e : entries) {
        if (e.target == target)
            add(c, e.outcome);
    }
    return c;
}

bool FilePlan::changesNothing() const
{
    if (refusedWhole())
        return true;
    return std::none_of(entries.cbegin(), entries.cend(),
                        [](const Entry& e) { return e.outcome == Outcome::New || e.outcome == Outcome::Changed; });
}

QString FilePlan::where(const Entry& e) const
{
    int line = 0;
    int record = 0;
    switch (e.target) {
    case Target::Organizer:
        line = organizers[e.index].line;
        record = organizers[e.index].record;
        break;
    case Target::Unit:
        line = units[e.index].line;
        record = units[e.index].record;
        break;
    case Target::Statistic:
        line = statistics[size_t(e.index)].line;
        record = statistics[size_t(e.index)].record;
        break;
    case Target::Record:
        line = file.refusals[e.index].line;
        record = file.refusals[e.index].record;
        break;
    }
    if (line > 0)
        return Texts::tr("line %1").arg(line);
    if (record > 0)
        return Texts::tr("record %1").arg(record);
    return {};
}

QString FilePlan::label(const Entry& e) const
{
    switch (e.target) {
    case Target::Organizer: {
        const OrganizerRecord& o = organizers[e.index];
        return QStringLiteral("%1 %2").arg(o.organisationNumber, o.name);
    }
    case Target::Unit: {
        const UnitRecord& u = units[e.index];
        return u.name.isEmpty() ? u.code : QStringLiteral("%1 (%2)").arg(u.name, u.code);
    }
    case Target::Statistic: {
        const StatisticItem& s = statistics[size_t(e.index)];
        QStringList parts { s.code, s.indicator };
        if (!s.breakdown.isEmpty())
            parts << s.breakdown;
        parts << s.period;
        return parts.join(QStringLiteral(" · "));
    }
    case Target::Record: {
        const Refusal& r = file.refusals[e.index];
        return r.field.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(r.field, r.value);
    }
    }
    return {};
}

QString FilePlan::refusalText(const Entry& e) const
{
    const QString at = where(e);
    return at.isEmpty() ? e.reason : QStringLiteral("%1: %2").arg(at, e.reason);
}

Counts Plan::counts() const
{
    Counts c;
    for (const FilePlan& f : files)
        c += f.counts();
    return c;
}

QList<std::pair<int, const Entry*>> Plan::filtered(const QList<Outcome>& outcomes, int fileIndex) const
{
    QList<std::pair<int, const Entry*>> result;
    for (int i = 0; i < files.size(); ++i) {
        if (fileIndex >= 0 && i != fileIndex)
            continue;
        for (const Entry& e : files[i].entries) {
            if (outcomes.isEmpty() || outcomes.contains(e.outcome))
                result.append({ i, &e });
        }
    }
    return result;
}

bool Plan::changesNothing() const
{
    return std::all_of(files.cbegin(), files.cend(), [](const FilePlan& f) { return f.changesNothing(); });
}

bool Plan::anyRefusedWhole() const
{
    return std::any_of(files.cbegin(), files.cend(), [](const FilePlan& f) { return f.refusedWhole(); });
}

namespace {

/** "Skolenheter: 1 712 nya, 2 uppdaterade, 3 oförändrade" for one target; empty when it has none. */
QString targetLine(const QString& what, const Counts& c)
{
    QStringList parts;
    if (c.newRecords > 0)
        parts << Texts::tr("%Ln new", nullptr, int(c.newRecords));
    if (c.changed > 0)
        parts << Texts::tr("%Ln updated", nullptr, int(c.changed));
    if (c.unchanged > 0)
        parts << Texts::tr("%Ln unchanged", nullptr, int(c.unchanged));
    if (parts.isEmpty())
        return {};
    return QStringLiteral("%1: %2").arg(what, parts.join(QStringLiteral(", ")));
}

} // namespace

QString Service::summaryText(const FilePlan& f, int maxRefusalsNamed)
{
    if (f.refusedWhole())
        return Texts::tr("%1 was refused whole and nothing of it was imported: %2")
            .arg(f.fileName, f.file.error->message);
    QStringList lines;
    const QString org = targetLine(Texts::tr("Organizers"), f.counts(Target::Organizer));
    const QString units = targetLine(Texts::tr("School units"), f.counts(Target::Unit));
    const QString stats = targetLine(Texts::tr("Statistics"), f.counts(Target::Statistic));
    for (const QString& l : { units, org, stats }) {
        if (!l.isEmpty())
            lines << l;
    }
    if (f.changesNothing()) {
        if (f.sameFileImportId > 0)
            lines.prepend(
                Texts::tr("Nothing changed: %1 was imported already (%2), and every record in it is as stored.")
                    .arg(f.fileName, QLocale().toString(f.sameFileImportedAt, QLocale::ShortFormat)));
        else
            lines.prepend(Texts::tr("Nothing changed: every record in %1 is as stored.").arg(f.fileName));
    }
    const qint64 refused = f.counts().refused;
    if (refused > 0) {
        QStringList named;
        qint64 left = refused;
        for (const Entry& e : f.entries) {
            if (e.outcome != Outcome::Refused)
                continue;
            const QString text = f.refusalText(e);
            if (!named.isEmpty() && named.back() == text) {
                --left; // the same reason again (the values of one unknown unit): named once
                continue;
            }
            if (named.size() >= maxRefusalsNamed) {
                named << Texts::tr("and %Ln more", nullptr, int(left));
                break;
            }
            named << text;
            --left;
        }
        QString list;
        for (const QString& n : named) {
            if (!list.isEmpty())
                list += list.endsWith(QLatin1Char('.')) ? QStringLiteral(" ") : QStringLiteral("; ");
            list += n;
        }
        lines << Texts::tr("%Ln refused: %1", nullptr, int(refused)).arg(list);
    }
    QString text;
    for (const QString& l : lines) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += l;
        if (!l.endsWith(QLatin1Char('.')))
            text += QLatin1Char('.');
    }
    return text;
}

QString Service::summaryText(const Plan& plan, int maxRefusalsNamed)
{
    QStringList parts;
    for (const FilePlan& f : plan.files)
        parts << QStringLiteral("%1: %2").arg(f.fileName, summaryText(f, maxRefusalsNamed));
    return parts.join(QLatin1Char('\n'));
}

} // namespace Import
