#include "fileshelper.h"

#include "exportfilename.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTemporaryFile>

FilesHelper::FilesHelper(QObject *parent)
    : QObject(parent)
{
    refreshPlaces();
}

bool FilesHelper::nativeDialogs()
{
    // Elsewhere Qt 6.4 has a native dialog only with a platform theme plugin (GTK, KDE,
    // portal) that Khiên does not install, and its stand-in ignores FileDialog.SaveFile.
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    return false;
#endif
}

QString FilesHelper::proposedName(const QString &kind, const QString &subject) const
{
    const QDate today = QDate::currentDate();
    const QString suffix = suffixes(kind).value(0);
    if (kind == QLatin1String("scores"))
        //: Part of a proposed file name ("Lop-10A1-diem-2026-12-03.csv"); accents are removed from it
        return khien::proposedFileName({subject, tr("scores")}, today, suffix);
    if (kind == QLatin1String("answers"))
        //: Part of a proposed file name: every answer of a class; accents are removed from it
        return khien::proposedFileName({subject, tr("answers")}, today, suffix);
    if (kind == QLatin1String("report"))
        //: Part of a proposed file name: the class report (PDF); accents are removed from it
        return khien::proposedFileName({subject, tr("report")}, today, suffix);
    if (kind == QLatin1String("certificate"))
        //: Part of a proposed file name, after the trainee's name; accents are removed from it
        return khien::proposedFileName({subject, tr("certificate")}, today, suffix);
    if (kind == QLatin1String("bundle"))
        //: Part of a proposed file name, before the computer's name; accents are removed from it
        return khien::proposedFileName({tr("results"), subject.isEmpty() ? QSysInfo::machineHostName() : subject},
                                       today, suffix);
    return khien::proposedFileName({subject, kind}, today, suffix);
}

QStringList FilesHelper::suffixes(const QString &kind) const
{
    if (kind == QLatin1String("scores") || kind == QLatin1String("answers"))
        return {QStringLiteral("csv")};
    if (kind == QLatin1String("xapi"))
        return {QStringLiteral("json")};
    if (kind == QLatin1String("report") || kind == QLatin1String("certificate"))
        return {QStringLiteral("pdf")};
    if (kind == QLatin1String("bundle") || kind == QLatin1String("bundles"))
        return {QStringLiteral("khien-results")};
    if (kind == QLatin1String("class-list"))
        return {QStringLiteral("csv"), QStringLiteral("txt")};
    if (kind == QLatin1String("gift"))
        return {QStringLiteral("gift"), QStringLiteral("xml"), QStringLiteral("txt")};
    return {};
}

QStringList FilesHelper::namePatterns(const QString &kind) const
{
    QStringList patterns;
    for (const QString &suffix : suffixes(kind))
        patterns.append(QStringLiteral("*.") + suffix);
    return patterns.isEmpty() ? QStringList{QStringLiteral("*")} : patterns;
}

QString FilesHelper::filterLabel(const QString &kind) const
{
    const QString patterns = namePatterns(kind).join(QLatin1Char(' '));
    if (kind == QLatin1String("scores") || kind == QLatin1String("answers"))
        return tr("CSV files (%1)").arg(patterns);
    if (kind == QLatin1String("xapi"))
        return tr("JSON files (%1)").arg(patterns);
    if (kind == QLatin1String("report") || kind == QLatin1String("certificate"))
        return tr("PDF documents (%1)").arg(patterns);
    if (kind == QLatin1String("bundle") || kind == QLatin1String("bundles"))
        return tr("Results bundles (%1)").arg(patterns);
    if (kind == QLatin1String("class-list"))
        return tr("Class lists (%1)").arg(patterns);
    if (kind == QLatin1String("gift"))
        return tr("Moodle question banks, GIFT or XML (%1)").arg(patterns);
    return tr("All files (%1)").arg(patterns);
}

SaveCheck FilesHelper::checkSave(const QUrl &folder, const QString &typedName,
                                 const QString &kind) const
{
    SaveCheck result;
    auto fail = [&result](const QString &message) {
        result.error = message;
        return result;
    };
    QString name = typedName.trimmed();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1); // Windows drops trailing dots; "report." must not become "report..csv"
    if (name.isEmpty())
        return fail(tr("Type a file name."));
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c))
            return fail(tr("A file name cannot contain / \\ : * ? \" < > | (they separate folders or are reserved)."));
    }
    bool hasSuffix = false;
    const QStringList accepted = suffixes(kind);
    for (const QString &suffix : accepted)
        hasSuffix = hasSuffix || name.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive);
    if (!hasSuffix && !accepted.isEmpty())
        name += QLatin1Char('.') + accepted.first();
    if (name.toUtf8().size() > 255)
        return fail(tr("The file name is too long. Type a shorter one."));

    const QFileInfo dir(folder.isLocalFile() ? folder.toLocalFile() : QString());
    if (!dir.isDir())
        return fail(tr("The folder “%1” does not exist. Choose another folder.").arg(displayPath(folder)));
    const QString path = QDir(dir.absoluteFilePath()).filePath(name);
    const QFileInfo target(path);
    result.file = QUrl::fromLocalFile(path);
    result.fileName = name;
    if (target.isDir())
        return fail(tr("“%1” is a folder. Type another name.").arg(name));
    // Writing goes through a temporary file beside the target, so the folder itself must
    // take a new file; trying is the only check that holds for read-only media and root.
    QTemporaryFile probe(QDir(dir.absoluteFilePath()).filePath(QStringLiteral(".khien-write-test-XXXXXX")));
    if (!probe.open())
        return fail(tr("Khiên cannot save in the folder “%1”: it is read-only or you may not write there. Choose another folder, for example Documents or a USB stick.")
                            .arg(displayPath(folder)));
    probe.close();
    if (target.exists() && !target.isWritable())
        return fail(tr("“%1” is read-only. Type another name.").arg(name));
    result.exists = target.exists();
    return result;
}

SaveCheck FilesHelper::checkSavePath(const QUrl &file, const QString &kind) const
{
    const QFileInfo info(file.toLocalFile());
    SaveCheck result = checkSave(QUrl::fromLocalFile(info.absolutePath()), info.fileName(), kind);
    result.changed = QFileInfo(result.file.toLocalFile()) != info;
    return result;
}

QString FilesHelper::folderProblem(const QUrl &folder) const
{
    const QFileInfo dir(folder.isLocalFile() ? folder.toLocalFile() : QString());
    if (!dir.isDir() || !dir.isReadable())
        return tr("The folder “%1” cannot be opened.").arg(displayPath(folder));
    return {};
}

QUrl FilesHelper::startFolder() const
{
    if (m_lastFolder.isLocalFile() && QFileInfo(m_lastFolder.toLocalFile()).isDir())
        return m_lastFolder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return QUrl::fromLocalFile(documents);
    return QUrl::fromLocalFile(QDir::homePath());
}

void FilesHelper::rememberFolder(const QUrl &folder)
{
    if (folder.isLocalFile())
        m_lastFolder = folder;
}

QUrl FilesHelper::folderOf(const QUrl &file) const
{
    return QUrl::fromLocalFile(QFileInfo(file.toLocalFile()).absolutePath());
}

QUrl FilesHelper::parentFolder(const QUrl &folder) const
{
    QDir dir(folder.toLocalFile());
    if (!folder.isLocalFile() || dir.isRoot() || !dir.cdUp())
        return {};
    return QUrl::fromLocalFile(dir.absolutePath());
}

QString FilesHelper::displayPath(const QUrl &folderOrFile) const
{
    return folderOrFile.isLocalFile() ? QDir::toNativeSeparators(folderOrFile.toLocalFile())
                                      : folderOrFile.toDisplayString();
}

void FilesHelper::refreshPlaces()
{
    QVector<Place> list;
    QStringList seen;
    auto add = [&](const QString &name, const QString &path) {
        const QString clean = QDir::cleanPath(path);
        if (path.isEmpty() || seen.contains(clean) || !QFileInfo(clean).isDir())
            return;
        seen.append(clean);
        list.append({name, QUrl::fromLocalFile(clean)});
    };
    add(tr("Home"), QDir::homePath());
    add(tr("Documents"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    add(tr("Desktop"), QStandardPaths::writableLocation(QStandardPaths::DesktopLocation));
    const QString systemRoot = QStorageInfo::root().rootPath();
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        if (!volume.isValid() || !volume.isReady() || volume.rootPath() == systemRoot)
            continue;
        const QString root = volume.rootPath();
#if defined(Q_OS_WIN)
        const bool removable = true; // every other drive letter
#else
        const bool removable = root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/"))
                               || root.startsWith(QLatin1String("/mnt/"));
#endif
        if (!removable)
            continue;
        const QString label = volume.displayName().isEmpty() ? root : volume.displayName();
        //: A USB stick or other drive in the places of the file dialog; %1 is its name
        add(tr("Drive: %1").arg(label), root);
    }
    m_places.setRows(std::move(list));
}
