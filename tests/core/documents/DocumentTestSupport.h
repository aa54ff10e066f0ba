#pragma once

// What the document tests share: reading a PDF or ODT back as a user's tools would,
// and running skoldialog-cli as a Swedish user does.
#include <QString>
#include <QStringList>

#include <tuple>

/**
 * Whitespace runs (no-break spaces too) as one space and ligatures (ﬁ, ﬀ) as their
 * letters, so text wrapped across lines or set with ligatures in a PDF still matches.
 */
QString flat(const QString& text);

/** The stdout of a tool, or a null string (and a warning) when it is not installed. */
QString toolOutput(const QString& program, const QStringList& args, const char* package);

/** The text of an ODT's content.xml with the markup taken out (flat), or a null string without unzip. */
QString odtText(const QString& path);

/** Copies `path` into $SKOLDIALOG_TEST_IMAGES as `name` when that is set, to look at what a test wrote. */
void keepFile(const QString& path, const QString& name);

/** The stdout of a poppler tool (pdftotext, pdffonts, pdfinfo). */
QString poppler(const QString& tool, const QStringList& args);

/** skoldialog-cli as a user runs it; LC_ALL=C makes it speak Swedish as on a Swedish desktop. */
std::tuple<int, QString, QString> runSwedishCli(const QStringList& args);
