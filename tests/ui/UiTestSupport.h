#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <functional>
#include <memory>

class Database;
class QWidget;

/** A temporary folder with a database in it, demo-filled or empty. */
struct TestDatabase
{
    explicit TestDatabase(bool demo);
    QTemporaryDir dir; // first, so it is removed last, after the database has let go of its files
    QString path;
    std::unique_ptr<Database> db;
};

/**
 * Reads one value straight from the file through a connection of its own, as
 * another program would after a crash: only what was committed is seen.
 */
QVariant readFromFile(const QString& path, const QString& sql);

/** Runs `action` on the next modal dialog once it is shown (for exec() calls). */
void onNextModal(std::function<void(QWidget*)> action);

/** Types `text` into `widget` as key events, one character each; works for å, ä, ö and – too. */
void typeText(QWidget* widget, const QString& text);

/**
 * For the "[.screenshots]" cases: the folder named by the environment variable `envVar`
 * (else `fallback`), made if missing, with the application switched to Swedish.
 */
QString prepareScreenshots(const char* envVar, const QString& fallback);

/**
 * Waits until `condition` holds, as a user waits for a save or a page to appear, but
 * no longer than `timeoutMs`; the checks after it say what did not happen.
 */
void waitUntil(const std::function<bool()>& condition, int timeoutMs = 2000);

/** Waits until the print preview dialog `dialog` shows its pages. */
void waitForPreviewPages(QWidget* dialog);

/** Saves the whole screen as `name` in `dir`, once it has settled. */
void shootScreen(const QString& dir, const QString& name);
