// App.database over real files: the check after the first frame finds a damaged file without
// holding up the GUI thread, a session's end leaves a rolling backup, and only the instructor
// restores one, after which the app works on the restored file.
#include "appcontroller.h"
#include "instructortask.h"
#include "damagedatabase.h"
#include "store.h"
#include "storebackup.h"
#include "testpack.h"

#include <QtTest>

class TestDatabaseCare : public QObject
{
    Q_OBJECT

    QString pack() const { return testpack::dataDir() + QStringLiteral("/packs/good"); }

private slots:
    void damageIsReportedWithoutWaiting()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        {
            khien::Store store;
            QCOMPARE(store.open(db), khien::Store::OpenError::None);
            const auto cls = store.createClass(QStringLiteral("Lớp 10A"));
            QStringList names;
            for (int i = 0; i < 400; ++i)
                names.append(QStringLiteral("Học viên %1").arg(i));
            QVERIFY(store.addNewTraineesToClass(cls->id, names));
        }
        damageIndexPage(db);
        AppController app(db, {pack()});
        QVERIFY(app.storageProblem().isEmpty()); // opening alone does not notice
        QSignalSpy damage(app.database(), &DatabaseCare::damageChanged);
        QElapsedTimer onGuiThread;
        onGuiThread.start();
        app.database()->checkInBackground();
        QVERIFY2(onGuiThread.elapsed() < 50, "the check runs on a worker thread");
        QTRY_VERIFY_WITH_TIMEOUT(!app.database()->damage().isEmpty(), 10000);
        QCOMPARE(damage.count(), 1);
        QVERIFY(app.database()->damage().contains(db));
        // No backup of a damaged file: it would push the good ones out.
        app.selectTrainee(app.trainees()->traineeIdAt(0));
        app.signOut();
        app.database()->finish();
        QCOMPARE(khien::listBackups(db).size(), 0);
    }

    void soundDatabaseSaysNothing()
    {
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("khien.sqlite")), {pack()});
        QSignalSpy damage(app.database(), &DatabaseCare::damageChanged);
        app.database()->checkInBackground();
        app.database()->finish(); // waits for the worker
        QCoreApplication::processEvents();
        QCOMPARE(damage.count(), 0);
        QVERIFY(app.database()->damage().isEmpty());
    }

    void sessionEndLeavesABackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        {
            AppController app(db, {pack()});
            QCOMPARE(app.createTrainee(QStringLiteral("Nguyễn Thị Ánh"), {}), QString());
            app.signOut();
            QTRY_COMPARE(khien::listBackups(db).size(), 1);
            QCOMPARE(app.createTrainee(QStringLiteral("Trần Văn Bình"), {}), QString());
            app.signOut(); // within 10 minutes of the last: none
        } // closing: none either, for the same reason
        const auto backups = khien::listBackups(db);
        QCOMPARE(backups.size(), 1);
        khien::Store copy;
        QCOMPARE(copy.open(backups.first().path), khien::Store::OpenError::None);
        QCOMPARE(copy.trainees().size(), 1);
    }

    void closingAfterChangesBacksUpOnlyThen()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        {
            khien::Store store;
            QCOMPARE(store.open(db), khien::Store::OpenError::None);
            QVERIFY(store.createTrainee(QStringLiteral("Đặng Thu Hà"), {}));
        }
        QTest::qWait(20); // the file's time stamp is older than the app's start
        { AppController untouched(db, {pack()}); }
        QCOMPARE(khien::listBackups(db).size(), 0);
        {
            AppController app(db, {pack()});
            QCOMPARE(app.createTrainee(QStringLiteral("Hồ Văn Khoa"), {}), QString());
        } // closing with a trainee still signed in: the session ends with the app
        QCOMPARE(khien::listBackups(db).size(), 1);
    }

    void instructorRestores()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        AppController app(db, {pack()});
        QCOMPARE(app.createTrainee(QStringLiteral("Before"), {}), QString());
        app.signOut();
        DatabaseCare *care = app.database();
        QCOMPARE(care->backUpNow(), QString());
        QVERIFY(care->backups()->count() >= 1); // and the one signing out made
        const QString backup = care->backups()->data(care->backups()->index(0), BackupListModel::PathRole).toString();
        QCOMPARE(app.createTrainee(QStringLiteral("After"), {}), QString());
        app.signOut();
        QCOMPARE(app.trainees()->count(), 2);

        QVERIFY(!care->restore(backup).isEmpty()); // not the instructor
        QCOMPARE(app.trainees()->count(), 2);

        const QString passphrase = QStringLiteral("Mật khẩu giảng viên 2026");
        QCOMPARE(runToEnd(app.instructor(), [&] { return app.instructor()->setPassphrase(passphrase, passphrase); }).message, QString());
        QVERIFY(app.instructor()->unlocked());
        QSignalSpy storage(&app, &AppController::storageChanged);
        QCOMPARE(care->restore(backup), QString());
        QVERIFY(storage.count() >= 1);
        QVERIFY(app.storageProblem().isEmpty());
        QCOMPARE(app.trainees()->count(), 1);
        QCOMPARE(app.trainees()->data(app.trainees()->index(0), TraineeListModel::NameRole).toString(), QStringLiteral("Before"));
        QVERIFY(!app.instructor()->unlocked()); // the restored file has its own passphrase (none)
        QVERIFY(care->notice().contains(khien::beforeRestorePath(db)));
        QVERIFY(QFileInfo::exists(khien::beforeRestorePath(db)));
        // The app goes on writing to the restored file.
        QCOMPARE(app.createTrainee(QStringLiteral("Later"), {}), QString());
        khien::Store check;
        QCOMPARE(check.open(db), khien::Store::OpenError::None);
        QCOMPARE(check.trainees().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCare)
#include "tst_databasecare.moc"
