// Where Khiên keeps its files: the database and user content packs.
#pragma once

#include <QString>
#include <QStringList>

namespace khien {

// Sets the organisation and application names that QStandardPaths builds the data
// location from. The GUI and the CLI both call it, so they agree on where data lives.
void setApplicationIdentity();

// Portable mode (a classroom running Khiên from a USB stick): when a file named
// `khien-portable` sits next to the executable, all user data lives in a `khien-data`
// folder beside it instead of the per-user data location.
inline constexpr const char *portableMarker = "khien-portable";
[[nodiscard]] bool isPortable();
// Where user data lives: <exe dir>/khien-data in portable mode, else AppDataLocation.
[[nodiscard]] QString userDataFolder();

// The database path: `cliOverride` if given, else $KHIEN_DB if set, else
// <userDataFolder>/khien.sqlite.
[[nodiscard]] QString databasePath(const QString &cliOverride = {});
// True for an existing file, and for a postgresql:// address (whether that database is there
// is the server's to say when it is opened).
[[nodiscard]] bool databaseMayExist(const QString &pathOrAddress);
// Folder of extra content packs: <userDataFolder>/packs.
[[nodiscard]] QString userPacksPath();
// The shipped pack, compiled into the binary.
[[nodiscard]] QString shippedPackPath();
// A sibling path for a fresh database when `path` cannot be used: khien-YYYYMMDD-HHMMSS.sqlite
// beside it, never an existing file.
[[nodiscard]] QString freshDatabasePathBeside(const QString &path);

// When the user starts a fresh database because `unusable` could not be opened, a note
// `<unusable>.replaced-by` beside it names the replacement, so the next start opens the
// replacement instead of asking again (and the trainee's new progress is not "lost").
[[nodiscard]] bool rememberReplacement(const QString &unusable, const QString &replacement);
// The replacement noted for `path`, if it still exists; otherwise `path` itself.
[[nodiscard]] QString resolveReplacement(const QString &path);

} // namespace khien
