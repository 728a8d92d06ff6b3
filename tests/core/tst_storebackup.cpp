// Rolling backups beside the database, the start-up quick check, and restore through the core
// API, on real database files.
#include "store.h"
#include "storebackup.h"
#include "storeintegrity.h"

#include <QtTest>

using namespace khien;

class TestStoreBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString freshDb(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral("/khien.sqlite"));
        Store store;
        if (store.open(path) != Store::OpenError::None || !store.createTrainee(QStringLiteral("Ánh"), QString()))
            qFatal("cannot make %s", qPrintable(path));
        return path;
    }

private slots:
    void rollingKeepsTheLastSeven()
    {
        const QString db = freshDb(QStringLiteral("rolling"));
        const QDateTime t0(QDate(2026, 12, 1), QTime(7, 30));
        QStringList made;
        for (int i = 0; i < 9; ++i) {
            const RollingResult r = rollingBackup(db, t0.addSecs(i * 11 * 60));
            QVERIFY2(!r.error, r.error ? qPrintable(describe(*r.error)) : "");
            QVERIFY(!r.made.isEmpty());
            made.prepend(r.made);
        }
        const QVector<BackupInfo> kept = listBackups(db);
        QCOMPARE(kept.size(), 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(kept[i].path, made[i]); // newest first; the two oldest are gone
        QCOMPARE(kept.first().madeAt, t0.addSecs(8 * 11 * 60));
        QCOMPARE(QFileInfo(kept.first().path).absolutePath(), backupFolder(db));
        // Within 10 minutes of the newest: no new backup.
        const RollingResult soon = rollingBackup(db, t0.addSecs(8 * 11 * 60 + 5 * 60));
        QVERIFY(!soon.error);
        QVERIFY(soon.made.isEmpty());
        QCOMPARE(listBackups(db).size(), 7);
        // Each is a sound, complete database on its own.
        QVERIFY(checkIntegrity(kept.last().path, IntegrityDepth::Full).sound());
        Store copy;
        QCOMPARE(copy.open(kept.last().path), Store::OpenError::None);
        QCOMPARE(copy.trainees().size(), 1);
    }

    void quickCheckOnSoundFile()
    {
        const QString db = freshDb(QStringLiteral("sound"));
        Store running;
        QCOMPARE(running.open(db), Store::OpenError::None); // checked beside the app's connection
        const IntegrityResult r = checkIntegrity(db, IntegrityDepth::Quick);
        QVERIFY(r.ran);
        QVERIFY(r.sound());
        QVERIFY(!checkIntegrity(m_dir.filePath(QStringLiteral("none.sqlite")), IntegrityDepth::Quick).ran);
    }

    void restoreThroughTheCore()
    {
        const QString db = freshDb(QStringLiteral("restore"));
        const RollingResult r = rollingBackup(db, QDateTime::currentDateTime());
        QVERIFY(!r.error);
        {
            Store store;
            QCOMPARE(store.open(db), Store::OpenError::None);
            QVERIFY(store.createTrainee(QStringLiteral("Bình"), QString()));
        }
        QVERIFY(!restoreDatabase(r.made, db));
        Store store;
        QCOMPARE(store.open(db), Store::OpenError::None);
        QCOMPARE(store.trainees().size(), 1);
        const auto missing = restoreDatabase(m_dir.filePath(QStringLiteral("nope.sqlite")), db);
        QVERIFY(missing);
        QCOMPARE(missing->kind, BackupError::Kind::Missing);
    }
};

QTEST_GUILESS_MAIN(TestStoreBackup)
#include "tst_storebackup.moc"
