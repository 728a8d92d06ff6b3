// The CLI against a full disk, a read-only folder and a damaged database, and `khien db`
// (check, backup, backups, restore), end to end through real database files.
#include "databasebytes.h"
#include "damagedatabase.h"
#include "runkhien.h"
#include "smalldisk.h"
#include "store.h"
#include "storebackup.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace khien;

namespace {

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("KHIEN_TEST_DATA_DIR") + QStringLiteral("/gift/") + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool copyAlone(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

QStringList traineeNames(const QString &path)
{
    Store store;
    if (store.open(path) != Store::OpenError::None)
        return {QStringLiteral("<cannot open>")};
    QStringList names;
    for (const Trainee &t : store.trainees())
        names.append(t.displayName);
    return names;
}

// A database with a trainee who answered (so the answers CSV has rows).
void makeDatabase(const QString &path, const QString &name)
{
    Store store;
    QCOMPARE(store.open(path), Store::OpenError::None);
    const auto t = store.createTrainee(name, QStringLiteral("A1"));
    QVERIFY(t);
    const auto attempt = store.startAttempt(t->id, QStringLiteral("m"), QStringLiteral("m-quiz"),
                                            QStringLiteral("1"), QStringLiteral("vi"), 70, 1);
    QVERIFY(attempt);
    AnswerRecord a;
    a.attemptId = *attempt;
    a.questionId = QStringLiteral("q1");
    a.questionType = QStringLiteral("single");
    a.chosen = {QStringLiteral("a")};
    a.correct = true;
    a.points = 1;
    a.maxPoints = 1;
    a.language = QStringLiteral("vi");
    a.contentVersion = QStringLiteral("1");
    QVERIFY(store.recordAnswer(a));
}

} // namespace

class TestCliStorage : public QObject
{
    Q_OBJECT

private slots:
    // A full disk: exit 1 with the reason, and the previous export is still there.
    void exportOnFullDiskKeepsOldFile()
    {
        SmallDisk disk(64);
        if (!disk.ok())
            QSKIP(qPrintable(disk.problem()));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        makeDatabase(db, QStringLiteral("Nguyễn Thị Ánh"));
        const QString out = disk.path(QStringLiteral("answers.csv"));
        const QStringList args{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("answers-csv"),
                               QStringLiteral("--out"), out, QStringLiteral("--db"), db};
        Run r = runKhien(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray good = bytesOf(out);
        QVERIFY(good.contains("q1"));
        disk.fill();
        for (const QString &format : {QStringLiteral("answers-csv"), QStringLiteral("csv"), QStringLiteral("xapi"), QStringLiteral("pdf")}) {
            QStringList a = args;
            a[2] = format;
            r = runKhien(a);
            QVERIFY2(r.exitCode == 1, qPrintable(format + r.out + r.err));
            QVERIFY2(r.err.contains(out), qPrintable(r.err));
            QVERIFY2(!r.out.contains(QStringLiteral("exported")), qPrintable(r.out));
            QCOMPARE(bytesOf(out), good);
        }
        r = runKhien({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--key"),
                      QStringLiteral("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB"), QStringLiteral("--out"),
                      disk.path(QStringLiteral("room.khien-results")), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY(!QFileInfo::exists(disk.path(QStringLiteral("room.khien-results"))));
    }

    // import-gift on a full disk: nothing replaced, the questions imported before are kept.
    void giftImportOnFullDiskChangesNothing()
    {
        SmallDisk disk(96);
        if (!disk.ok())
            QSKIP(qPrintable(disk.problem()));
        const QString pack = disk.path(QStringLiteral("gift-import"));
        const QStringList vi{QStringLiteral("import-gift"), dataFile(QStringLiteral("bank-vi.gift")),
                             QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("--module"),
                             QStringLiteral("bank"), QStringLiteral("--pack"), pack};
        Run r = runKhien(vi);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QByteArray course = bytesOf(pack + QStringLiteral("/course.xml"));
        const QByteArray module = bytesOf(pack + QStringLiteral("/modules/bank.xml"));
        QVERIFY(course.contains("modules/bank.xml"));
        disk.fill();
        QStringList en = vi;
        en[1] = dataFile(QStringLiteral("bank-en.gift"));
        en[3] = QStringLiteral("en");
        r = runKhien(en);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("the pack was not changed")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("imported")), qPrintable(r.out));
        QCOMPARE(bytesOf(pack + QStringLiteral("/course.xml")), course);
        QCOMPARE(bytesOf(pack + QStringLiteral("/modules/bank.xml")), module);
        QCOMPARE(QDir(pack).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("course.xml")});
    }

    // Not "cannot read the schema version": the folder cannot be written.
    void readOnlyFolderSaysSo()
    {
        SmallDisk disk(512);
        if (!disk.ok())
            QSKIP(qPrintable(disk.problem()));
        const QString db = disk.path(QStringLiteral("khien.sqlite"));
        makeDatabase(db, QStringLiteral("Trần Văn Bình"));
        QVERIFY(disk.makeReadOnly());
        QTemporaryDir out;
        const Run r = runKhien({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--out"), out.filePath(QStringLiteral("s.csv")),
                                QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be written")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("schema")), qPrintable(r.err));
        Store store;
        QCOMPARE(store.open(db), Store::OpenError::NotWritable);
    }

    // The answers of the last minutes are only in the -wal while the app runs; the backup
    // still has them, in one file.
    void backupHoldsWhatOnlyTheWalHas()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        makeDatabase(db, QStringLiteral("Lê Thị Cúc"));
        Store running; // the app, still open: nothing is checkpointed
        QCOMPARE(running.open(db), Store::OpenError::None);
        QVERIFY(running.createTrainee(QStringLiteral("Phạm Minh Đức"), QString()));
        QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() > 0);
        QTemporaryDir elsewhere;
        // Copying the .sqlite alone loses the newest trainee: the case the backup is for.
        QVERIFY(copyAlone(db, elsewhere.filePath(QStringLiteral("copied.sqlite"))));
        QVERIFY(!traineeNames(elsewhere.filePath(QStringLiteral("copied.sqlite"))).contains(QStringLiteral("Phạm Minh Đức")));

        const QString backup = dir.filePath(QStringLiteral("usb/khien-backup.sqlite"));
        QDir().mkpath(dir.filePath(QStringLiteral("usb")));
        const Run r = runKhien({QStringLiteral("db"), QStringLiteral("backup"), backup, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral("-wal")));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("usb"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("khien-backup.sqlite")});
        QVERIFY(copyAlone(backup, elsewhere.filePath(QStringLiteral("alone.sqlite"))));
        QCOMPARE(traineeNames(elsewhere.filePath(QStringLiteral("alone.sqlite"))),
                 (QStringList{QStringLiteral("Lê Thị Cúc"), QStringLiteral("Phạm Minh Đức")}));
        QCOMPARE(running.trainees().size(), 2); // the app carries on
    }

    void backupNeverOverTheDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        makeDatabase(db, QStringLiteral("Kept"));
        Store running;
        QCOMPARE(running.open(db), Store::OpenError::None);
        QVERIFY(running.createTrainee(QStringLiteral("In the WAL"), QString()));
        const QByteArray before = databaseBytes(db);
        for (const QString &target : {db, db + QStringLiteral("-wal"), dir.filePath(QStringLiteral("./khien.sqlite"))}) {
            const Run r = runKhien({QStringLiteral("db"), QStringLiteral("backup"), target, QStringLiteral("--db"), db});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("the database itself")), qPrintable(r.err));
            QCOMPARE(databaseBytes(db), before);
        }
        const Run r = runKhien({QStringLiteral("db"), QStringLiteral("restore"), db, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(running.trainees().size(), 2);
    }

    void backupOnFullDiskFails()
    {
        SmallDisk disk(64);
        if (!disk.ok())
            QSKIP(qPrintable(disk.problem()));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        makeDatabase(db, QStringLiteral("Võ Thị Em"));
        disk.fill();
        const Run r = runKhien({QStringLiteral("db"), QStringLiteral("backup"), disk.path(QStringLiteral("b.sqlite")),
                                QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("could not be written")), qPrintable(r.err));
        QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral(".filler")});
    }

    void checkFindsDamage()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        {
            Store store;
            QCOMPARE(store.open(db), Store::OpenError::None);
            const auto cls = store.createClass(QStringLiteral("Lớp 12A"));
            QVERIFY(cls);
            QStringList names;
            for (int i = 0; i < 400; ++i)
                names.append(QStringLiteral("Học viên số %1").arg(i));
            QCOMPARE(store.addNewTraineesToClass(cls->id, names), std::optional<int>(400));
        }
        Run r = runKhien({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("sound")));
        damageIndexPage(db);
        r = runKhien({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("DAMAGED")), qPrintable(r.err));
        // An export would silently miss rows: refused.
        r = runKhien({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("s.csv")), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("s.csv"))));
        // A damaged database is not backed up over good backups.
        r = runKhien({QStringLiteral("db"), QStringLiteral("backup"), dir.filePath(QStringLiteral("b.sqlite")),
                      QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.sqlite"))));
    }

    void restoreReplacesAndKeepsTheOld()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        makeDatabase(db, QStringLiteral("Before"));
        const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
        QCOMPARE(runKhien({QStringLiteral("db"), QStringLiteral("backup"), backup, QStringLiteral("--db"), db}).exitCode, 0);
        {
            Store store;
            QCOMPARE(store.open(db), Store::OpenError::None);
            QVERIFY(store.createTrainee(QStringLiteral("After"), QString()));
        }
        const Run r = runKhien({QStringLiteral("db"), QStringLiteral("restore"), backup, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(traineeNames(db), QStringList{QStringLiteral("Before")});
        QCOMPARE(traineeNames(beforeRestorePath(db)), (QStringList{QStringLiteral("After"), QStringLiteral("Before")}));
        QCOMPARE(runKhien({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    // What a restore is for: the database is damaged, a backup from before is put back.
    void restoreOverADamagedDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        {
            Store store;
            QCOMPARE(store.open(db), Store::OpenError::None);
            const auto cls = store.createClass(QStringLiteral("Lớp 11B"));
            QStringList names;
            for (int i = 0; i < 400; ++i)
                names.append(QStringLiteral("Bạn %1").arg(i));
            QVERIFY(store.addNewTraineesToClass(cls->id, names));
        }
        const QString backup = dir.filePath(QStringLiteral("friday.sqlite"));
        QCOMPARE(runKhien({QStringLiteral("db"), QStringLiteral("backup"), backup, QStringLiteral("--db"), db}).exitCode, 0);
        damageIndexPage(db);
        const QByteArray damaged = bytesOf(db);
        QCOMPARE(runKhien({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 1);
        const Run r = runKhien({QStringLiteral("db"), QStringLiteral("restore"), backup, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(runKhien({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 0);
        QCOMPARE(traineeNames(db).size(), 400);
        // Kept (damage included) for whoever wants to look; only its journal-mode bytes differ.
        QCOMPARE(bytesOf(beforeRestorePath(db)).size(), damaged.size());
        QCOMPARE(runKhien({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"),
                           beforeRestorePath(db)}).exitCode, 1);
    }

    void restoreRefusesWhatIsNotAGoodBackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        makeDatabase(db, QStringLiteral("Kept"));
        const QByteArray before = databaseBytes(db);

        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly) && t.write("not a database") > 0);
        t.close();
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase o = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            o.setDatabaseName(other);
            QVERIFY(o.open());
            QVERIFY(QSqlQuery(o).exec(QStringLiteral("CREATE TABLE notes (x)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            Store store;
            QCOMPARE(store.open(damaged), Store::OpenError::None);
            const auto cls = store.createClass(QStringLiteral("Lớp 9"));
            QStringList names;
            for (int i = 0; i < 400; ++i)
                names.append(QStringLiteral("Người %1").arg(i));
            QVERIFY(store.addNewTraineesToClass(cls->id, names));
        }
        damageIndexPage(damaged);

        for (const QString &bad : {text, other, damaged, dir.filePath(QStringLiteral("missing.sqlite"))}) {
            const Run r = runKhien({QStringLiteral("db"), QStringLiteral("restore"), bad, QStringLiteral("--db"), db});
            QVERIFY2(r.exitCode == 1, qPrintable(bad + r.out + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("was not changed")), qPrintable(r.err));
            QCOMPARE(databaseBytes(db), before);
        }
        QVERIFY(!QFileInfo::exists(beforeRestorePath(db)));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral(".khien-*")}, QDir::Files | QDir::Hidden), QStringList());
    }

    // The app has the database open: the file is not swapped under it.
    void restoreRefusedWhileInUse()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        makeDatabase(db, QStringLiteral("Before"));
        const QString backup = dir.filePath(QStringLiteral("b.sqlite"));
        QCOMPARE(runKhien({QStringLiteral("db"), QStringLiteral("backup"), backup, QStringLiteral("--db"), db}).exitCode, 0);
        Store running;
        QCOMPARE(running.open(db), Store::OpenError::None);
        QVERIFY(running.createTrainee(QStringLiteral("Now"), QString()));
        const Run r = runKhien({QStringLiteral("db"), QStringLiteral("restore"), backup, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("open in another program")), qPrintable(r.err));
        QCOMPARE(running.trainees().size(), 2);
    }

    void backupsAreListed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        makeDatabase(db, QStringLiteral("Listed"));
        Run r = runKhien({QStringLiteral("db"), QStringLiteral("backups"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("No backups")), qPrintable(r.out));
        const QDateTime t0(QDate(2026, 12, 1), QTime(8, 0));
        QVERIFY(!rollingBackup(db, t0).error);
        QVERIFY(!rollingBackup(db, t0.addDays(1)).error);
        r = runKhien({QStringLiteral("db"), QStringLiteral("backups"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QStringLiteral("2026-12-02 08:00:00")), qPrintable(r.out));
        QVERIFY2(lines[1].contains(QStringLiteral("backups/khien-20261201-080000.sqlite")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_clistorage.moc"
