#include "DocumentArguments.h"

std::optional<DocumentArguments> parseDocumentArguments(const QStringList& args, const QStringList& extra)
{
    DocumentArguments a;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        const QString name = arg.startsWith(QLatin1String("--")) ? arg.mid(2) : QString();
        bool ok = true;
        if (name == QLatin1String("collaboration") && hasValue)
            a.collaborationId = args[++i].toLongLong(&ok);
        else if (name == QLatin1String("out") && hasValue)
            a.out = args[++i];
        else if (extra.contains(name) && hasValue)
            a.options.insert(name, args[++i]);
        else if (name.isNull() && a.database.isEmpty())
            a.database = arg;
        else
            return std::nullopt;
        if (!ok)
            return std::nullopt;
    }
    if (a.database.isEmpty() || a.out.isEmpty() || a.collaborationId <= 0)
        return std::nullopt;
    return a;
}
