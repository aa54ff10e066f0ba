#include "Versions.h"

namespace Migrations {

QString frozenTrigger(const FrozenRule& rule, FrozenOperation operation)
{
    const char* name = operation == FrozenOperation::Insert ? "insert"
        : operation == FrozenOperation::Update              ? "update"
                                                            : "delete";
    const QString row = operation == FrozenOperation::Insert ? QStringLiteral("NEW") : QStringLiteral("OLD");
    QString condition = rule.condition;
    condition.replace(QLatin1String("%1"), row);
    return QStringLiteral("CREATE TRIGGER %1_frozen_%2 BEFORE %3 ON %1 WHEN ")
               .arg(rule.table, QLatin1String(name), QString::fromLatin1(name).toUpper())
        + condition + QStringLiteral(" BEGIN SELECT RAISE(ABORT, '") + rule.message + QStringLiteral("'); END");
}

QStringList frozenTriggers(const FrozenRule& rule)
{
    return { frozenTrigger(rule, FrozenOperation::Insert), frozenTrigger(rule, FrozenOperation::Update),
             frozenTrigger(rule, FrozenOperation::Delete) };
}

} // namespace Migrations
