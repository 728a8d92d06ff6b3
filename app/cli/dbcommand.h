// `khien db`: the database's health and its copies, for whoever looks after the PC.
#pragma once

#include <QStringList>

namespace khien::cli {

// Runs `khien db check|backup FILE|restore FILE|backups [--db PATH]` and returns the exit
// code: 0 done (check: sound), 1 failed (check: damaged or unreadable), 2 bad arguments.
[[nodiscard]] int runDb(const QStringList &args);

} // namespace khien::cli
