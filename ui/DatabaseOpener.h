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
