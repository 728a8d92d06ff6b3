// Where Khiên keeps its files: database path (command line, $KHIEN_DB, default) and packs.
#include "datapaths.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace khien {

namespace {

QString appDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

QString databasePath(const QString &cliOverride)
{
    if (!cliOverride.isEmpty())
        return cliOverride;
    const QString fromEnvironment = qEnvironmentVariable("KHIEN_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(appDataFolder()).filePath(QStringLiteral("khien.sqlite"));
}

QString userPacksPath()
{
    return QDir(appDataFolder()).filePath(QStringLiteral("packs"));
}

QString shippedPackPath()
{
    return QStringLiteral(":/content/khien-basics");
}

QString freshDatabasePathBeside(const QString &path)
{
    const QDir folder = QFileInfo(path).absoluteDir();
    const QString stem = QStringLiteral("khien-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = folder.filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = folder.filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    return candidate;
}

} // namespace khien
