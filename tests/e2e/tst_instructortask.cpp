// The instructor's slow operations run on its BackgroundTask, off the GUI thread: each goes
// busy then idle, says which operation finished and with what result, reports progress where
// it can, and refuses a second operation while one runs.
#include "appcontroller.h"
#include "instructortask.h"
#include "testpack.h"

#include <QSignalSpy>
#include <QtTest>

namespace {

const QString passphrase = QStringLiteral("Mật khẩu lớp học 2026");

} // namespace

class TestInstructorTask : public QObject
{
    Q_OBJECT

private slots:
    void passphraseChecksGoBusyThenIdle();
    void exportReportsThePathWritten();
    void bundleImportReportsProgress();
    void largeDashboardIsBuiltOffTheGuiThread();
    void anotherModuleReadsOnlyTheItemAnalysis();
};

void TestInstructorTask::passphraseChecksGoBusyThenIdle()
{
    QTemporaryDir dir;
    AppController app(dir.filePath(QStringLiteral("khien.sqlite")), {testpack::dataDir() + QStringLiteral("/packs/good")});
    app.setLanguage(QStringLiteral("en"));
    InstructorController *ins = app.instructor();
    BackgroundTask *task = ins->task();
    QVector<bool> busy;
    connect(task, &BackgroundTask::busyChanged, this, [&] { busy.append(task->busy()); });
    QSignalSpy finished(task, &BackgroundTask::finished);

    QVERIFY(ins->setPassphrase(passphrase, passphrase));
    QVERIFY(task->busy());
    QVERIFY(!ins->unlocked()); // nothing decided before the hash is done
    QVERIFY(!ins->unlock(passphrase)); // refused while busy, nothing started
    QTRY_VERIFY_WITH_TIMEOUT(!task->busy(), 10000);
    QCOMPARE(busy, (QVector<bool>{true, false}));
    QCOMPARE(finished.size(), 1);
    auto result = finished.at(0).at(0).value<OperationResult>();
    QCOMPARE(result.operation, QStringLiteral("setPassphrase"));
    QVERIFY(result.ok);
    QCOMPARE(result.kind, QStringLiteral("success"));
    QVERIFY(ins->unlocked());

    ins->lock();
    busy.clear();
    QVERIFY(ins->unlock(QStringLiteral("not the passphrase")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    result = finished.at(1).at(0).value<OperationResult>();
    QCOMPARE(result.operation, QStringLiteral("unlock"));
    QVERIFY(!result.ok);
    QCOMPARE(result.kind, QStringLiteral("error"));
    QCOMPARE(result.message, QStringLiteral("Wrong passphrase."));
    QCOMPARE(busy, (QVector<bool>{true, false}));
    QVERIFY(!ins->unlocked());

    // Refused before any work: finished at once, never busy.
    busy.clear();
    QVERIFY(ins->setPassphrase(passphrase, passphrase + QLatin1Char('x')));
    QCOMPARE(finished.size(), 3);
    QVERIFY(busy.isEmpty());
    QCOMPARE(finished.at(2).at(0).value<OperationResult>().message, QStringLiteral("The two passphrases are not the same."));

    result = runToEnd(ins, [&] { return ins->unlock(passphrase); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(ins->unlocked());
    result = runToEnd(ins, [&] { return ins->changePassphrase(passphrase, passphrase + QLatin1Char('!'), passphrase + QLatin1Char('!')); });
    QCOMPARE(result.operation, QStringLiteral("changePassphrase"));
    QCOMPARE(result.message, QStringLiteral("The passphrase was changed."));
}

void TestInstructorTask::exportReportsThePathWritten()
{
    QTemporaryDir dir;
    AppController app(dir.filePath(QStringLiteral("khien.sqlite")), {testpack::dataDir() + QStringLiteral("/packs/good")});
    app.setLanguage(QStringLiteral("en"));
    InstructorController *ins = app.instructor();
    QVERIFY(runToEnd(ins, [&] { return ins->setPassphrase(passphrase, passphrase); }).ok);
    QCOMPARE(ins->createClass(QStringLiteral("Lớp 10A1")), QString());
    QVERIFY(ins->addTrainees(QStringLiteral("Nguyễn Thị Ánh\nTrần Văn Bình")).ok);

    const QString csv = dir.filePath(QStringLiteral("điểm.csv"));
    QSignalSpy busy(ins->task(), &BackgroundTask::busyChanged);
    OperationResult result = runToEnd(ins, [&] { return ins->exportClass(QStringLiteral("csv"), QUrl::fromLocalFile(csv), {}); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.operation, QStringLiteral("exportClass"));
    QCOMPARE(result.path, csv);
    QVERIFY(result.message.contains(csv));
    QCOMPARE(busy.size(), 2);
    QVERIFY(QFileInfo(csv).size() > 0);

    const QString pdf = dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
    result = runToEnd(ins, [&] { return ins->exportClass(QStringLiteral("pdf"), QUrl::fromLocalFile(pdf), {}); });
    QVERIFY(!result.ok);
    QCOMPARE(result.kind, QStringLiteral("error"));
    QVERIFY(result.path.isEmpty());
    QVERIFY(!QFile::exists(pdf));
}

void TestInstructorTask::bundleImportReportsProgress()
{
    QTemporaryDir dir;
    const QStringList packs{testpack::dataDir() + QStringLiteral("/packs/good")};
    AppController teacher(dir.filePath(QStringLiteral("teacher.sqlite")), packs);
    teacher.setLanguage(QStringLiteral("en"));
    InstructorController *ins = teacher.instructor();
    QVERIFY(runToEnd(ins, [&] { return ins->setPassphrase(passphrase, passphrase); }).ok);
    QCOMPARE(ins->createClass(QStringLiteral("Lớp 11B")), QString());
    const QString bundle = dir.filePath(QStringLiteral("may-1.khien-results"));
    {
        AppController room(dir.filePath(QStringLiteral("room.sqlite")), packs);
        QVERIFY(room.createTrainee(QStringLiteral("Võ Thị Sáu"), {}).isEmpty());
        room.signOut();
        InstructorController *roomIns = room.instructor();
        QVERIFY(runToEnd(roomIns, [&] { return roomIns->setPassphrase(passphrase, passphrase); }).ok);
        const OperationResult saved = runToEnd(roomIns, [&] { return roomIns->exportBundle(QUrl::fromLocalFile(bundle), ins->classKey()); });
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QCOMPARE(saved.operation, QStringLiteral("exportBundle"));
        QCOMPARE(saved.path, bundle);
    }
    QVector<double> progress;
    connect(ins->task(), &BackgroundTask::progressChanged, this, [&] { progress.append(ins->task()->progress()); });
    const OperationResult imported = runToEnd(ins, [&] {
        return ins->importBundles({QUrl::fromLocalFile(bundle), QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.khien-results")))});
    });
    QCOMPARE(imported.operation, QStringLiteral("importBundles"));
    QVERIFY(!imported.ok); // the missing file is refused, the other one taken
    QVERIFY(imported.message.contains(QLatin1String("may-1.khien-results: trainees new on this PC: 1")));
    QVERIFY(imported.message.contains(QLatin1String("missing.khien-results: refused")));
    QCOMPARE(ins->members()->count(), 1);
    QVERIFY2(progress.contains(0.5) && progress.last() == 1.0, qPrintable(QString::number(progress.size())));
}

// A class from kBackgroundDashboardMembers members on: classLoading while it is built,
// then every row; a smaller one is there at once.
void TestInstructorTask::largeDashboardIsBuiltOffTheGuiThread()
{
    QTemporaryDir dir;
    AppController app(dir.filePath(QStringLiteral("khien.sqlite")), {testpack::dataDir() + QStringLiteral("/packs/good")});
    InstructorController *ins = app.instructor();
    QVERIFY(runToEnd(ins, [&] { return ins->setPassphrase(passphrase, passphrase); }).ok);
    QCOMPARE(ins->createClass(QStringLiteral("Lớp nhỏ")), QString());
    const QString small = ins->classId();
    QVERIFY(ins->addTrainees(QStringLiteral("An\nBình")).ok);
    QCOMPARE(ins->createClass(QStringLiteral("Khối 10")), QString());
    const QString large = ins->classId();
    QStringList names;
    for (int i = 0; i < InstructorController::kBackgroundDashboardMembers; ++i)
        names.append(QStringLiteral("Học viên %1").arg(i, 3, 10, QLatin1Char('0')));
    QVERIFY(ins->addTrainees(names.join(QLatin1Char('\n'))).ok);
    QTRY_VERIFY_WITH_TIMEOUT(!ins->classLoading(), 10000);

    ins->openClass(small);
    QVERIFY(!ins->classLoading());
    QCOMPARE(ins->dashboard()->count(), 2);
    ins->openClass(large);
    QVERIFY(ins->classLoading());
    QCOMPARE(ins->members()->count(), 0); // another class's members are not shown meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(!ins->classLoading(), 10000);
    QCOMPARE(ins->dashboard()->count(), InstructorController::kBackgroundDashboardMembers);
    QCOMPARE(ins->members()->count(), InstructorController::kBackgroundDashboardMembers); // read on the worker too
    QCOMPARE(ins->dashboardModules()->count(), ins->dashboard()->rowAt(0).cells.size());
    // A newer request wins: the large class asked for, then the small one at once.
    ins->openClass(large);
    ins->openClass(small);
    QCOMPARE(ins->dashboard()->count(), 2);
    QTest::qWait(300);
    QCOMPARE(ins->dashboard()->count(), 2);
}

// The Questions tab's module chooser: the item analysis is read again for the class shown,
// its members and dashboard stay as they are (no reset), on the worker for a large class.
void TestInstructorTask::anotherModuleReadsOnlyTheItemAnalysis()
{
    QTemporaryDir dir;
    AppController app(dir.filePath(QStringLiteral("khien.sqlite")), {testpack::dataDir() + QStringLiteral("/packs/good")});
    InstructorController *ins = app.instructor();
    QVERIFY(runToEnd(ins, [&] { return ins->setPassphrase(passphrase, passphrase); }).ok);
    for (const int size : {2, InstructorController::kBackgroundDashboardMembers}) {
        QCOMPARE(ins->createClass(QStringLiteral("Lớp %1").arg(size)), QString());
        QStringList names;
        for (int i = 0; i < size; ++i)
            names.append(QStringLiteral("Học viên %1").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(ins->addTrainees(names.join(QLatin1Char('\n'))).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!ins->classLoading(), 10000);
        QCOMPARE(ins->members()->count(), size);
        QSignalSpy membersReset(ins->members(), &QAbstractItemModel::modelReset);
        QSignalSpy dashboardReset(ins->dashboard(), &QAbstractItemModel::modelReset);
        QSignalSpy itemsReset(ins->itemAnalysis(), &QAbstractItemModel::modelReset);
        ins->setItemAnalysisModuleId(QStringLiteral("alpha"));
        QCOMPARE(ins->classLoading(), size >= InstructorController::kBackgroundDashboardMembers);
        QCOMPARE(ins->members()->count(), size); // shown meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(!ins->classLoading(), 10000);
        QCOMPARE(itemsReset.count(), 1);
        QCOMPARE(ins->itemAnalysis()->count(), 3); // the module's three questions
        QCOMPARE(membersReset.count(), 0);
        QCOMPARE(dashboardReset.count(), 0);
        QCOMPARE(ins->dashboard()->count(), size);
        ins->setItemAnalysisModuleId({});
        QTRY_VERIFY_WITH_TIMEOUT(!ins->classLoading(), 10000);
    }
}

QTEST_MAIN(TestInstructorTask)
#include "tst_instructortask.moc"
