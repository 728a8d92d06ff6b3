// Where Khiên keeps its files: the database and user content packs.
#pragma once

#include <QString>
#include <QStringList>

namespace khien {

// The database path: `cliOverride` if given, else $KHIEN_DB if set, else
// <AppDataLocation>/khien.sqlite.
[[nodiscard]] QString databasePath(const QString &cliOverride = {});
// Folder of extra content packs: <AppDataLocation>/packs.
[[nodiscard]] QString userPacksPath();
// The shipped pack, compiled into the binary.
[[nodiscard]] QString shippedPackPath();
// A sibling path for a fresh database when `path` cannot be used: khien-YYYYMMDD-HHMMSS.sqlite
// beside it, never an existing file.
[[nodiscard]] QString freshDatabasePathBeside(const QString &path);

} // namespace khien
