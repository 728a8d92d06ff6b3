// Where Khiên keeps its files: database path (command line, $KHIEN_DB, default) and packs.
#include "datapaths.h"

#include "atomicwrite.h"
#include "pgdialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace khien {

namespace {

QString replacementNote(const QString &path)
{
    return path + QStringLiteral(".replaced-by");
}

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Khien"));
    QCoreApplication::setApplicationName(QStringLiteral("Khien"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KHIEN_VERSION));
}

bool isPortable()
{
    return QFileInfo(QDir(QCoreApplication::applicationDirPath()).filePath(QLatin1String(portableMarker))).isFile();
}

QString userDataFolder()
{
    if (isPortable())
        return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("khien-data"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databasePath(const QString &cliOverride)
{
    if (!cliOverride.isEmpty())
        return cliOverride;
    const QString fromEnvironment = qEnvironmentVariable("KHIEN_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(userDataFolder()).filePath(QStringLiteral("khien.sqlite"));
}

bool databaseMayExist(const QString &pathOrAddress)
{
    return pg::isAddress(pathOrAddress) || QFileInfo::exists(pathOrAddress);
}

QString userPacksPath()
{
    return QDir(userDataFolder()).filePath(QStringLiteral("packs"));
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

bool rememberReplacement(const QString &unusable, const QString &replacement)
{
    return !writeFileAtomically(replacementNote(unusable), QFileInfo(replacement).fileName().toUtf8());
}

QString resolveReplacement(const QString &path)
{
    if (pg::isAddress(path))
        return path; // not a file: nothing replaces it
    QFile note(replacementNote(path));
    if (!note.open(QIODevice::ReadOnly))
        return path;
    // Only a plain file name beside the original: the note cannot send the app elsewhere.
    const QString name = QString::fromUtf8(note.read(256)).trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return path;
    const QString replacement = QFileInfo(path).absoluteDir().filePath(name);
    return QFileInfo(replacement).isFile() ? replacement : path;
}

} // namespace khien
