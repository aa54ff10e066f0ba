#pragma once

#include <QString>
#include <QStringList>

class QWidget;

/**
 * Every file chooser goes through here, so GUI tests can answer it the way
 * MessageBox::setNextAnswer answers questions.
 */
class FileDialog
{
public:
    /** Asks where to save; `suggestion` is a file name or path. Empty when cancelled. */
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestion,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    /** Several files to open; a queued answer (setNextFileName) holds them separated by '\n'. */
    static QStringList openFileNames(QWidget* parent, const QString& caption, const QString& filter);
    static QString existingFolder(QWidget* parent, const QString& caption);

    /** The next file dialog is not shown; it returns `path` instead (empty: cancelled). Calls queue. */
    static void setNextFileName(const QString& path);

private:
    static QStringList s_next;
};
