// Checked, atomic writes on a full disk and in a read-only folder: the old file stays as it
// was, no temporary file is left behind, and the failure says why.
#include "atomicwrite.h"
#include "csvexport.h"
#include "smalldisk.h"

#include <QtTest>

using namespace khien;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestAtomicWrite : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/out.csv"));
        QVERIFY(writeFileAtomically(path, "no folder")); // a mistyped path makes no folders
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
        QVERIFY(!writeFileAtomically(path, "first"));
        QVERIFY(!writeFileAtomically(path, "second, longer"));
        QCOMPARE(bytesOf(path), QByteArray("second, longer"));
        QCOMPARE(entries(dir.filePath(QStringLiteral("sub"))), QStringList{QStringLiteral("out.csv")});
    }

    // Qt 6.4's QSaveFile::commit() alone renamed a 4 kB remainder over the good file here.
    void fullDiskLeavesOldFile_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("small, buffered") << 10 * 1024;      // fails only at the final flush
        QTest::newRow("large, short write") << 300 * 1024; // write() itself comes up short
    }
    void fullDiskLeavesOldFile()
    {
        QFETCH(int, size);
        SmallDisk disk(64);
        if (!disk.ok())
            QSKIP(qPrintable(disk.problem()));
        const QString path = disk.path(QStringLiteral("answers.csv"));
        QVERIFY(!writeFileAtomically(path, "the good old export\r\n"));
        disk.fill();
        const auto failure = writeFileAtomically(path, QByteArray(size, 'x'));
        QVERIFY(failure);
        QCOMPARE(failure->path, path);
        QVERIFY2(!failure->reason.isEmpty(), "the reason is given");
        QCOMPARE(bytesOf(path), QByteArray("the good old export\r\n"));
        QCOMPARE(entries(disk.path()), (QStringList{QStringLiteral(".filler"), QStringLiteral("answers.csv")}));

        QString message;
        QVERIFY(!writeAtomically(path, QByteArray(size, 'y'), &message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QCOMPARE(bytesOf(path), QByteArray("the good old export\r\n"));
    }

    void readOnlyFolderRefused()
    {
        SmallDisk disk(64);
        if (!disk.ok())
            QSKIP(qPrintable(disk.problem()));
        const QString path = disk.path(QStringLiteral("report.pdf"));
        QVERIFY(!writeFileAtomically(path, "old"));
        QVERIFY(disk.makeReadOnly());
        QVERIFY(writeFileAtomically(path, "new"));
        QCOMPARE(bytesOf(path), QByteArray("old"));
    }

    // All or nothing: the second file does not fit, so the first is not replaced either.
    void stagedFilesAllOrNothing()
    {
        SmallDisk disk(64);
        if (!disk.ok())
            QSKIP(qPrintable(disk.problem()));
        const QString module = disk.path(QStringLiteral("modules/bank.xml"));
        QVERIFY(QDir(disk.path()).mkpath(QStringLiteral("modules")));
        const QString course = disk.path(QStringLiteral("course.xml"));
        QVERIFY(!writeFileAtomically(module, "<module old/>"));
        QVERIFY(!writeFileAtomically(course, "<course old/>"));
        StagedFiles files;
        const bool first = files.stage(module, QByteArray(100, 'm'));
        const bool second = first && files.stage(course, QByteArray(200 * 1024, 'c'));
        QVERIFY(!second);
        QVERIFY(!files.commitAll());
        QVERIFY(files.failure());
        QVERIFY(files.committed().isEmpty());
        QCOMPARE(bytesOf(module), QByteArray("<module old/>"));
        QCOMPARE(bytesOf(course), QByteArray("<course old/>"));
    }

    void stagedFilesCommitInOrder()
    {
        QTemporaryDir dir;
        StagedFiles files;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a")));
        QVERIFY(files.stage(dir.filePath(QStringLiteral("a/one.xml")), "1"));
        QVERIFY(files.stage(dir.filePath(QStringLiteral("two.xml")), "22"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("two.xml"))));
        QVERIFY(files.commitAll());
        QCOMPARE(files.committed().size(), 2);
        QCOMPARE(bytesOf(dir.filePath(QStringLiteral("a/one.xml"))), QByteArray("1"));
        QCOMPARE(bytesOf(dir.filePath(QStringLiteral("two.xml"))), QByteArray("22"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
