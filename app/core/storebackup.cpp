// Backups: one copy, the rolling ones beside the database, and the error messages (see
// storebackup.h). Restoring is in storerestore.cpp.
#include "storebackup.h"

#include "pgdialect.h"
#include "sqliteconnection.h"
#include "sqlitedialect.h"
#include "storecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace khien {

using namespace storecopy;

namespace {

struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackup)
};

using sqlite::OwnConnection;

const QString nameTime = QStringLiteral("yyyyMMdd-HHmmss");

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
    case Kind::SameFile:
        text = BackupText::tr("%1 is the database itself (or one of its journal files); choose another file.").arg(e.path);
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
    if (isTheDatabase(target, dbPath))
        return error(Kind::SameFile, target);
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
    if (pg::isAddress(dbPath))
        return result; // the organisation's database: its IT backs it up (pg_dump)
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

} // namespace khien
