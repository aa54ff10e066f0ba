#include "TestSupport.h"

#include "storage/Database.h"

#include <catch2/catch.hpp>

TempFolder::TempFolder()
{
    REQUIRE(m_dir.isValid());
}

QString TempFolder::path(const QString& name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Database> openDatabase(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error, Database::Options{false});
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}
