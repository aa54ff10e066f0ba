#include "DatabaseOpener.h"

#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "ui/widgets/MessageBox.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
};
} // namespace

std::unique_ptr<Database> openDatabaseInteractively(const QString& path, QWidget* parent)
{
    QString error;
    Database::Failure failure = Database::Failure::None;
    // The backup of this opening is taken after the window is shown, off the main thread.
    auto db = Database::open(path, &error, &failure, Database::Options { false });
    if (db)
        return db;

    const bool damaged = failure == Database::Failure::Corrupt || failure == Database::Failure::NotDatabase;
    if (!damaged) {
        MessageBox::error(parent, DatabaseOpener::tr("The database cannot be opened"), error);
        return nullptr;
    }
    return offerNewestBackup(path, error, parent);
}

std::unique_ptr<Database> offerNewestBackup(const QString& path, const QString& message, QWidget* parent)
{
    const QString backup = Backups::newest(path);
    if (backup.isEmpty()) {
        MessageBox::error(parent, DatabaseOpener::tr("The database cannot be opened"), message);
        return nullptr;
    }
    const auto answer = MessageBox::question(
        parent, DatabaseOpener::tr("The database is damaged"),
        DatabaseOpener::tr(
            "%1\n\nOpen the newest backup, from %2, instead? The damaged file is kept beside it under a new name.")
            .arg(message, QFileInfo(backup).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer != QMessageBox::Open)
        return nullptr;
    QString error;
    QString aside;
    if (!Backups::restore(path, backup, &aside, &error)) {
        MessageBox::error(parent, DatabaseOpener::tr("The backup cannot be opened"), error);
        return nullptr;
    }
    auto db = Database::open(path, &error, Database::Options { false });
    if (!db) {
        MessageBox::error(parent, DatabaseOpener::tr("The backup cannot be opened"), error);
        return nullptr;
    }
    MessageBox::information(
        parent, DatabaseOpener::tr("The backup is open"),
        DatabaseOpener::tr("Skoldialog opened the backup. The damaged file is kept as %1.").arg(aside));
    return db;
}
