// Copies of the database that stand alone: `khien db backup`, the app's rolling backups (the
// last few in a `backups/` folder beside the database) and restoring one. A copy is made with
// SQLite's VACUUM INTO from a consistent snapshot, so it holds what the -wal file holds too and
// needs no -wal of its own; it is written under a temporary name, checked, synced and then
// renamed, so a crash or a full disk never leaves half a backup under the final name.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace khien {

struct BackupError
{
    enum class Kind {
        Missing,      // no file at `path`
        NotADatabase, // not a Khiên database (not SQLite, or without Khiên's tables)
        TooNew,       // written by a newer Khiên
        Damaged,      // fails SQLite's integrity check
        InUse,        // another program (another Khiên) has the database open
        CannotWrite,  // the copy could not be written (full disk, read-only folder...)
        CannotRead,   // the file could not be opened or read
        SameFile      // the copy would replace the database (or its journal) itself
    };
    Kind kind;
    QString path;   // the file concerned
    QString detail; // SQLite's or the system's words, for the curious; may be empty
};

// The message for `error` in the UI language (one place for the app and the CLI).
[[nodiscard]] QString describe(const BackupError &error);

// Writes one self-contained copy of the database at `dbPath` to `target` (replacing it).
[[nodiscard]] std::optional<BackupError> backupDatabase(const QString &dbPath, const QString &target);

struct BackupInfo
{
    QString path;
    QDateTime madeAt; // local time, from the file name
    qint64 bytes = 0;
};

// <folder of the database>/backups
[[nodiscard]] QString backupFolder(const QString &dbPath);
// The backups of `dbPath` in its backup folder, newest first.
[[nodiscard]] QVector<BackupInfo> listBackups(const QString &dbPath);

struct RollingPolicy
{
    int keep = 7;            // backups kept; older ones are deleted
    int minimumMinutes = 10; // no new backup while the newest is younger than this
};

// Called at the end of a session (sign-out, app closing): a new backup named after `now`
// unless the newest is recent, then the oldest beyond `keep` removed. The new backup's path,
// an empty string when none was due, or the error.
struct RollingResult
{
    QString made;
    std::optional<BackupError> error;
};
[[nodiscard]] RollingResult rollingBackup(const QString &dbPath, const QDateTime &now,
                                          const RollingPolicy &policy = {});

// Replaces the database at `dbPath` with the backup `backupFile`, after checking that it is a
// Khiên database (not newer than this app) that passes integrity_check. The current database
// (with what its -wal holds) is kept as `<dbPath>.before-restore`. Refused while another
// program has the database open: close the app first (the app closes its own connection).
[[nodiscard]] std::optional<BackupError> restoreDatabase(const QString &backupFile,
                                                         const QString &dbPath);
[[nodiscard]] QString beforeRestorePath(const QString &dbPath);

} // namespace khien
