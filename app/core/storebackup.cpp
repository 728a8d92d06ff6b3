// Backups and restore (see storebackup.h).
#include "storebackup.h"

#include "sqliteconnection.h"
#include "sqlitedialect.h"
#include "store.h"
#include "storeintegrity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace khien {

namespace {

struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackup)
};

using Kind = BackupError::Kind;
using sqlite::OwnConnection;

constexpr int sqliteCorrupt = 11, sqliteFull = 13, sqliteCantOpen = 14, sqliteNotADatabase = 26,
              sqliteIoError = 10, sqliteBusy = 5, sqliteLocked = 6;
const QString nameTime = QStringLiteral("yyyyMMdd-HHmmss");

std::optional<BackupError> error(Kind kind, const QString &path, const QString &detail = {})
{
    return BackupError{kind, path, detail};
}

// On disk, not only in the page cache: a backup is for the day the machine dies.
bool syncPath(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

std::optional<QString> renameOver(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), ec);
    if (ec)
        return QString::fromLocal8Bit(ec.message().c_str());
    // The rename itself is durable once the folder is synced.
    syncPath(QFileInfo(to).absolutePath());
    return std::nullopt;
}

// A fresh, empty temporary file in `folder` (VACUUM INTO accepts an empty file), removed
// when the QTemporaryFile goes unless it was renamed away.
std::unique_ptr<QTemporaryFile> temporaryIn(const QString &folder, const QString &what)
{
    QDir().mkpath(folder);
    auto file = std::make_unique<QTemporaryFile>(QDir(folder).filePath(QStringLiteral(".khien-%1-XXXXXX.tmp").arg(what)));
    if (!file->open())
        return nullptr;
    file->close();
    return file;
}

// Temporary files a process killed half way (power cut, kill -9) left behind; an hour old at
// least, so another process's copy in progress is not touched.
void removeLeftovers(const QString &folder)
{
    const QDateTime anHourAgo = QDateTime::currentDateTime().addSecs(-3600);
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral(".khien-*.tmp*")},
                                                           QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files)
        if (file.lastModified() < anHourAgo)
            QFile::remove(file.absoluteFilePath());
}

Kind kindOfCopyFailure(int sqliteCode)
{
    switch (sqliteCode) {
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return Kind::Damaged;
    case sqliteFull:
    case sqliteCantOpen:
    case sqliteIoError:
        return Kind::CannotWrite;
    case sqliteBusy:
    case sqliteLocked:
        return Kind::InUse;
    default:
        return Kind::CannotRead;
    }
}

// The copy at `path` made a rollback-journal database (it stands alone, never wants a -wal),
// checked, and synced.
std::optional<BackupError> sealCopy(const QString &path, IntegrityDepth depth)
{
    {
        OwnConnection copy(path, OwnConnection::Mode::ReadWrite);
        const auto mode = copy.isOpen() ? copy.column(QStringLiteral("PRAGMA journal_mode = DELETE"))
                                        : std::nullopt;
        if (!mode || mode->value(0).compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            return error(Kind::CannotWrite, path, copy.error());
    }
    const IntegrityResult check = checkIntegrity(path, depth);
    if (!check.ran)
        return error(Kind::CannotWrite, path, check.error);
    if (!check.problems.isEmpty())
        return error(Kind::Damaged, path, check.problems.join(QLatin1Char('\n')));
    if (!syncPath(path))
        return error(Kind::CannotWrite, path, QString::fromLocal8Bit(std::strerror(errno)));
    return std::nullopt;
}

// A consistent snapshot of `source` (what its -wal holds included) in the empty file `copy`.
std::optional<BackupError> vacuumInto(const QString &source, const QString &copy)
{
    OwnConnection db(source, OwnConnection::Mode::ReadOnly);
    if (!db.isOpen())
        return error(Kind::CannotRead, source, db.error());
    if (!db.column(QStringLiteral("VACUUM INTO ?"), {copy})) {
        const Kind kind = kindOfCopyFailure(db.errorCode());
        return error(kind, kind == Kind::CannotWrite ? copy : source, db.error());
    }
    return std::nullopt;
}

// A Khiên database this app can open: its tables, a schema version it knows.
std::optional<BackupError> checkIsKhienDatabase(const QString &path, const QString &shownAs)
{
    OwnConnection db(path, OwnConnection::Mode::ReadOnly);
    const auto version = db.isOpen() ? db.column(QStringLiteral("PRAGMA user_version")) : std::nullopt;
    const auto tables = version ? db.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))
                                : std::nullopt;
    if (!tables)
        return error(kindOfCopyFailure(db.errorCode()) == Kind::Damaged ? Kind::Damaged : Kind::NotADatabase,
                     shownAs, db.error());
    const int v = version->value(0).toInt();
    if (v > Store::schemaVersion)
        return error(Kind::TooNew, shownAs);
    for (const char *table : {"trainees", "quiz_attempts", "answers", "settings"})
        if (v < 1 || !tables->contains(QLatin1String(table)))
            return error(Kind::NotADatabase, shownAs);
    return std::nullopt;
}

// Byte copy of `from` into the existing file `to`, every write checked, synced.
std::optional<QString> copyBytes(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return out.errorString();
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        for (qint64 done = 0; done < chunk.size();) {
            const qint64 n = out.write(chunk.constData() + done, chunk.size() - done);
            if (n <= 0)
                return out.errorString();
            done += n;
        }
    }
    if (in.error() != QFileDevice::NoError)
        return in.errorString();
    if (!out.flush())
        return out.errorString();
    out.close();
    if (!syncPath(to))
        return QString::fromLocal8Bit(std::strerror(errno));
    return std::nullopt;
}

QString backupStem(const QString &dbPath)
{
    return QFileInfo(dbPath).completeBaseName();
}

} // namespace

QString describe(const BackupError &e)
{
    QString text;
    switch (e.kind) {
    case Kind::Missing:
        text = BackupText::tr("There is no file %1.").arg(e.path);
        break;
    case Kind::NotADatabase:
        text = BackupText::tr("%1 is not a Khiên database.").arg(e.path);
        break;
    case Kind::TooNew:
        text = BackupText::tr("%1 was written by a newer version of Khiên; update Khiên to use it.").arg(e.path);
        break;
    case Kind::Damaged:
        text = BackupText::tr("%1 is damaged (SQLite's integrity check fails).").arg(e.path);
        break;
    case Kind::InUse:
        text = BackupText::tr("The database %1 is open in another program (another Khiên?). Close it and try again.").arg(e.path);
        break;
    case Kind::CannotWrite:
        text = BackupText::tr("%1 could not be written (full disk, read-only folder or permissions); nothing was replaced.").arg(e.path);
        break;
    case Kind::CannotRead:
        text = BackupText::tr("%1 could not be read.").arg(e.path);
        break;
    }
    return e.detail.isEmpty() ? text : BackupText::tr("%1 (%2)").arg(text, e.detail);
}

std::optional<BackupError> backupDatabase(const QString &dbPath, const QString &target)
{
    if (!QFileInfo(dbPath).isFile())
        return error(Kind::Missing, dbPath);
    if (!sqlite::looksLikeSqliteFile(dbPath))
        return error(Kind::NotADatabase, dbPath);
    const QString folder = QFileInfo(target).absolutePath();
    removeLeftovers(folder);
    const auto temporary = temporaryIn(folder, QStringLiteral("backup"));
    if (!temporary)
        return error(Kind::CannotWrite, target, QStringLiteral("cannot create a file in %1").arg(folder));
    if (auto failed = vacuumInto(dbPath, temporary->fileName()))
        return failed->kind == Kind::CannotWrite ? error(Kind::CannotWrite, target, failed->detail) : failed;
    if (auto failed = sealCopy(temporary->fileName(), IntegrityDepth::Quick))
        return error(failed->kind, failed->kind == Kind::CannotWrite ? target : dbPath, failed->detail);
    if (const auto failed = renameOver(temporary->fileName(), target))
        return error(Kind::CannotWrite, target, *failed);
    return std::nullopt;
}

QString backupFolder(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QVector<BackupInfo> listBackups(const QString &dbPath)
{
    const QString stem = backupStem(dbPath);
    const QRegularExpression name(QStringLiteral("^%1-(\\d{8}-\\d{6})(-\\d+)?\\.sqlite$")
                                          .arg(QRegularExpression::escape(stem)));
    QVector<BackupInfo> backups;
    const QFileInfoList files = QDir(backupFolder(dbPath)).entryInfoList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch m = name.match(file.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime madeAt = QDateTime::fromString(m.captured(1), nameTime);
        if (madeAt.isValid())
            backups.append({file.absoluteFilePath(), madeAt, file.size()});
    }
    std::stable_sort(backups.begin(), backups.end(),
                     [](const BackupInfo &a, const BackupInfo &b) { return a.madeAt > b.madeAt; });
    return backups;
}

RollingResult rollingBackup(const QString &dbPath, const QDateTime &now, const RollingPolicy &policy)
{
    RollingResult result;
    const QVector<BackupInfo> existing = listBackups(dbPath);
    const QDateTime local = now.toLocalTime();
    if (!existing.isEmpty() && existing.first().madeAt.secsTo(local) < policy.minimumMinutes * 60
        && existing.first().madeAt <= local)
        return result;
    const QDir folder(backupFolder(dbPath));
    const QString base = backupStem(dbPath) + QLatin1Char('-') + local.toString(nameTime);
    QString target = folder.filePath(base + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = folder.filePath(QStringLiteral("%1-%2.sqlite").arg(base).arg(n));
    if ((result.error = backupDatabase(dbPath, target)))
        return result;
    result.made = target;
    // Only once the new one is safely there do the oldest go.
    const QVector<BackupInfo> all = listBackups(dbPath);
    for (int i = std::max(policy.keep, 1); i < all.size(); ++i)
        QFile::remove(all[i].path);
    return result;
}

QString beforeRestorePath(const QString &dbPath)
{
    return dbPath + QStringLiteral(".before-restore");
}

std::optional<BackupError> restoreDatabase(const QString &backupFile, const QString &dbPath)
{
    if (!QFileInfo(backupFile).isFile())
        return error(Kind::Missing, backupFile);
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
