// checkIntegrity (see storeintegrity.h).
#include "storeintegrity.h"

#include "sqliteconnection.h"
#include "sqlitedialect.h"

#include <QFileInfo>

namespace khien {

IntegrityResult checkIntegrity(const QString &path, IntegrityDepth depth)
{
    IntegrityResult result;
    if (!QFileInfo(path).isFile()) {
        result.error = QStringLiteral("%1 does not exist").arg(path);
        return result;
    }
    if (!sqlite::looksLikeSqliteFile(path)) {
        result.error = QStringLiteral("%1 is not an SQLite database").arg(path);
        return result;
    }
    sqlite::OwnConnection db(path, sqlite::OwnConnection::Mode::ReadOnly);
    if (!db.isOpen()) {
        result.error = db.error();
        return result;
    }
    // The pragma's argument is a row limit; no user text reaches the statement.
    const auto rows = db.column(depth == IntegrityDepth::Quick ? QStringLiteral("PRAGMA quick_check(100)")
                                                               : QStringLiteral("PRAGMA integrity_check(100)"));
    if (!rows) {
        // SQLite refuses to even start on some damage ("database disk image is malformed"):
        // that is a finding, not a failure to check.
        constexpr int sqliteCorrupt = 11, sqliteNotADatabase = 26;
        if (db.errorCode() == sqliteCorrupt || db.errorCode() == sqliteNotADatabase) {
            result.ran = true;
            result.problems = {db.error()};
        } else {
            result.error = db.error();
        }
        return result;
    }
    result.ran = true;
    if (!(rows->size() == 1 && rows->first() == QLatin1String("ok")))
        result.problems = *rows;
    return result;
}

} // namespace khien
