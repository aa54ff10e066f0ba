#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class Database;

/** A fresh folder per test, removed afterwards; databases in it are real files on disk. */
class TempFolder
{
public:
    TempFolder();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

/** Opens (creating) a database at `path`, failing the test with the message if it cannot. */
std::unique_ptr<Database> openDatabase(const QString& path);
