#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/** What the document commands (analysis, plan, agreement) take: DB --collaboration ID --out FILE. */
struct DocumentArguments
{
    QString database;
    qint64 collaborationId = 0;
    QString out;
    QMap<QString, QString> options; ///< the command's own --NAME VALUE pairs, by NAME
};

/**
 * Parses DB --collaboration ID --out FILE and the options named in `extra` (without
 * "--"), in any order after DB. Anything else, a missing part or a collaboration id
 * that is not a positive number is a usage error (nullopt).
 */
std::optional<DocumentArguments> parseDocumentArguments(const QStringList& args, const QStringList& extra = {});
