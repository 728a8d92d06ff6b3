// Restoring a backup over the database (see storebackup.h).
#include "storebackup.h"

#include "sqliteconnection.h"
#include "sqlitedialect.h"
#include "storecopy.h"

#include <QFile>
#include <QFileInfo>

namespace khien {

using namespace storecopy;
using sqlite::OwnConnection;

std::optional<BackupError> restoreDatabase(const QString &backupFile, const QString &dbPath)
{
    if (!QFileInfo(backupFile).isFile())
        return error(Kind::Missing, backupFile);
    if (isTheDatabase(backupFile, dbPath))
        return error(Kind::SameFile, backupFile);
    if (!sqlite::looksLikeSqliteFile(backupFile) || QFileInfo(backupFile).size() == 0)
        return error(Kind::NotADatabase, backupFile);
    // Everything is checked on a private copy beside the database: what is checked is what
    // is put in place, and a backup on read-only media (a USB stick) needs no -shm beside it.
    const QString folder = QFileInfo(dbPath).absolutePath();
    removeLeftovers(folder);
    const auto staged = temporaryIn(folder, QStringLiteral("restore"));
    if (!staged)
        return error(Kind::CannotWrite, dbPath, QStringLiteral("cannot create a file in %1").arg(folder));
    if (const auto failed = copyBytes(backupFile, staged->fileName()))
        return error(Kind::CannotWrite, dbPath, *failed);
    if (auto failed = sealCopy(staged->fileName(), IntegrityDepth::Full))
        return error(failed->kind == Kind::CannotWrite ? Kind::NotADatabase : failed->kind, backupFile, failed->detail);
    if (auto failed = checkIsKhienDatabase(staged->fileName(), backupFile))
        return failed;

    if (!QFileInfo::exists(dbPath)) {
        if (const auto failed = renameOver(staged->fileName(), dbPath))
            return error(Kind::CannotWrite, dbPath, *failed);
        return std::nullopt;
    }
    // Leaving WAL mode needs the database to itself: it fails while any other connection is
    // open, and it moves what the -wal holds into the file, so the byte copy below is complete.
    OwnConnection live(dbPath, OwnConnection::Mode::ReadWrite);
    const auto mode = live.isOpen() ? live.column(QStringLiteral("PRAGMA journal_mode = DELETE")) : std::nullopt;
    const bool damaged = !mode && kindOfCopyFailure(live.errorCode()) == Kind::Damaged;
    if (!mode && !damaged)
        return error(kindOfCopyFailure(live.errorCode()) == Kind::InUse ? Kind::InUse : Kind::CannotRead,
                     dbPath, live.error());
    if (mode && mode->value(0).compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return error(Kind::InUse, dbPath);
    // Held until the new file is in place, so no other program starts on the old one. A
    // damaged file may refuse even that; it is then kept as it is, with its -wal.
    if (!damaged && !live.column(QStringLiteral("BEGIN EXCLUSIVE")))
        return error(Kind::InUse, dbPath, live.error());
    // Another program that opened it in between would have put it back in WAL mode, where
    // the exclusive lock does not keep readers out.
    if (!damaged) {
        const auto now = live.column(QStringLiteral("PRAGMA journal_mode"));
        if (!now || now->value(0).compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            return error(Kind::InUse, dbPath, live.error());
    }
    const QString keep = beforeRestorePath(dbPath);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(dbPath + suffix))
            continue;
        const auto copy = temporaryIn(folder, QStringLiteral("before-restore"));
        std::optional<QString> failed = copy ? copyBytes(dbPath + suffix, copy->fileName())
                                             : std::optional<QString>(QStringLiteral("cannot create a file in %1").arg(folder));
        if (!failed)
            failed = renameOver(copy->fileName(), keep + suffix);
        if (failed)
            return error(Kind::CannotWrite, keep + suffix, *failed);
    }
    // Journal files of the old database must never be replayed into the new one: gone before
    // the new file arrives (they are kept in the .before-restore copies above).
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString journal = dbPath + QLatin1String(suffix);
        if (QFileInfo::exists(journal) && !QFile::remove(journal))
            return error(Kind::CannotWrite, journal);
    }
    const auto renamed = renameOver(staged->fileName(), dbPath);
    live.close();
    if (renamed)
        return error(Kind::CannotWrite, dbPath, *renamed);
    return std::nullopt;
}

} // namespace khien
