// Test helpers: copies of the test packs that a test may edit, and paths to test data.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

namespace testpack {

inline QString dataDir()
{
    return qEnvironmentVariable("KHIEN_TEST_DATA_DIR");
}

inline bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QString &f : source.entryList(QDir::Files))
        if (!QFile::copy(source.filePath(f), to + QLatin1Char('/') + f))
            return false;
    for (const QString &d : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!copyTree(source.filePath(d), to + QLatin1Char('/') + d))
            return false;
    return true;
}

// A writable copy of tests/data/packs/<name> inside `dir`, replacing any earlier copy (a test
// may reuse one folder for every test function); returns the pack folder.
inline QString copyPack(const QTemporaryDir &dir, const QString &name = QStringLiteral("good"))
{
    const QString to = dir.filePath(name);
    QDir(to).removeRecursively();
    if (!copyTree(dataDir() + QStringLiteral("/packs/") + name, to))
        return {};
    return to;
}

// Replaces the first occurrence of `from` with `to` in a UTF-8 file; false if not found.
inline bool editFile(const QString &path, const QString &from, const QString &to)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        return false;
    text.replace(at, from.size(), to);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(text.toUtf8());
    return true;
}

} // namespace testpack
