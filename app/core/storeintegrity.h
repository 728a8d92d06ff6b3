// Whether a database file is sound: SQLite's quick_check (at every start, on a worker thread)
// or integrity_check (`khien db check`), on a read-only connection of its own, so it runs on
// any thread beside the Store and never writes.
#pragma once

#include <QString>
#include <QStringList>

namespace khien {

enum class IntegrityDepth {
    Quick, // PRAGMA quick_check: pages and records, not index contents; about the cost of a read
    Full   // PRAGMA integrity_check: also every index against its table
};

struct IntegrityResult
{
    bool ran = false;     // false: the file could not be opened or read (see error)
    QStringList problems; // SQLite's findings (at most 100); empty when sound
    QString error;        // SQLite's words when !ran

    [[nodiscard]] bool sound() const { return ran && problems.isEmpty(); }
};

[[nodiscard]] IntegrityResult checkIntegrity(const QString &path, IntegrityDepth depth);

} // namespace khien
