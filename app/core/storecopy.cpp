// Helpers shared by backups and restores (see storecopy.h).
#include "storecopy.h"

#include "sqliteconnection.h"
#include "store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace khien::storecopy {

namespace {
constexpr int sqliteCorrupt = 11, sqliteFull = 13, sqliteCantOpen = 14, sqliteNotADatabase = 26,
              sqliteIoError = 10, sqliteBusy = 5, sqliteLocked = 6;
} // namespace

using sqlite::OwnConnection;

bool isTheDatabase(const QString &path, const QString &dbPath)
{
    const auto resolved = [](const QString &p) {
        const QFileInfo info(p);
        const QString canonical = info.canonicalFilePath();
        return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
    };
    const QString target = resolved(path);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        if (target == resolved(dbPath + QLatin1String(suffix)))
            return true;
    return false;
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

std::unique_ptr<QTemporaryFile> temporaryIn(const QString &folder, const QString &what)
{
    QDir().mkpath(folder);
    auto file = std::make_unique<QTemporaryFile>(QDir(folder).filePath(QStringLiteral(".khien-%1-XXXXXX.tmp").arg(what)));
    if (!file->open())
        return nullptr;
    file->close();
    return file;
}

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

} // namespace khien::storecopy
