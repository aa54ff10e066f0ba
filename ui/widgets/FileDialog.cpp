#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

QStringList FileDialog::s_next;

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggestion,
                                 const QString& filter)
{
    if (!s_next.isEmpty())
        return s_next.takeFirst();
    const QString start = QFileInfo(suggestion).isAbsolute()
        ? suggestion
        : QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestion);
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!s_next.isEmpty())
        return s_next.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption,
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

QStringList FileDialog::openFileNames(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!s_next.isEmpty())
        return s_next.takeFirst().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QFileDialog::getOpenFileNames(parent, caption,
                                         QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), filter);
}

QString FileDialog::existingFolder(QWidget* parent, const QString& caption)
{
    if (!s_next.isEmpty())
        return s_next.takeFirst();
    return QFileDialog::getExistingDirectory(parent, caption,
                                             QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
}

void FileDialog::setNextFileName(const QString& path)
{
    s_next.append(path);
}
