// What backups and restores share (storebackup.cpp, storerestore.cpp), nobody else needs:
// temporary files beside a target, durable renames, and a copy of a database made to stand
// alone and checked. Errors as BackupError values.
#pragma once

#include "storebackup.h"
#include "storeintegrity.h"

#include <QString>
#include <QTemporaryFile>

#include <memory>
#include <optional>

namespace khien::storecopy {

using Kind = BackupError::Kind;

[[nodiscard]] inline std::optional<BackupError> error(Kind kind, const QString &path,
                                                      const QString &detail = {})
{
    return BackupError{kind, path, detail};
}

// Whether `path` is the database at `dbPath` or one of its journal files (after resolving
// symlinks and `..`).
[[nodiscard]] bool isTheDatabase(const QString &path, const QString &dbPath);
// fsync of a file or a folder (POSIX; elsewhere a no-op that succeeds).
bool syncPath(const QString &path);
// Renames `from` over `to` (replacing it) and syncs the folder; the reason on failure.
[[nodiscard]] std::optional<QString> renameOver(const QString &from, const QString &to);
// A fresh, empty, closed temporary file `.khien-<what>-XXXXXX.tmp` in `folder`, removed when
// the object goes unless it was renamed away; null when none can be made.
[[nodiscard]] std::unique_ptr<QTemporaryFile> temporaryIn(const QString &folder, const QString &what);
// Leftovers of copies killed half way, an hour old at least.
void removeLeftovers(const QString &folder);
// What an SQLite primary result code means for a copy.
[[nodiscard]] Kind kindOfCopyFailure(int sqliteCode);
// The copy at `path` made a rollback-journal database (it stands alone, never wants a -wal),
// checked to `depth`, and synced.
[[nodiscard]] std::optional<BackupError> sealCopy(const QString &path, IntegrityDepth depth);
// Byte copy of `from` into the existing file `to`, every write checked, synced.
[[nodiscard]] std::optional<QString> copyBytes(const QString &from, const QString &to);
// A Khiên database this app can open: its tables, a schema version it knows. Errors name
// `shownAs`.
[[nodiscard]] std::optional<BackupError> checkIsKhienDatabase(const QString &path, const QString &shownAs);

} // namespace khien::storecopy
