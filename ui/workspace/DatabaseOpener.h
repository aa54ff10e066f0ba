#pragma once

#include <QString>

#include <memory>

class Database;
class QWidget;

/**
 * Opens a database for the window. When the file is damaged it offers the
 * newest backup; every other refusal (newer version, locked, not ours) is
 * explained. Returns null when nothing could be opened.
 */
std::unique_ptr<Database> openDatabaseInteractively(const QString& path, QWidget* parent);

/**
 * `path` was found damaged (`message` says how): offers its newest backup and, if the
 * user agrees, puts it in place (the damaged file is kept) and opens it. The file
 * must not be open. Returns null when nothing was opened.
 */
std::unique_ptr<Database> offerNewestBackup(const QString& path, const QString& message, QWidget* parent);
