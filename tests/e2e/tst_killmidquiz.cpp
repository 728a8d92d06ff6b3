#include "appcontroller.h"
#include "store.h"
#include "testpack.h"

#include <QProcess>
#include <QtTest>

class TestKillMidQuiz : public QObject
{
    Q_OBJECT

private slots:
    void answersSurviveSigkill()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        const QString pack = testpack::dataDir() + QStringLiteral("/packs/good");

        QProcess driver;
        driver.start(QStringLiteral(QUIZDRIVER), {db, pack, QStringLiteral("alpha"), QStringLiteral("2")});
        QVERIFY(driver.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(driver.readAllStandardOutput()).trimmed(), QStringLiteral("answered 2"));
        QCOMPARE(driver.exitStatus(), QProcess::CrashExit); // killed, nothing closed cleanly

        khien::Store store;
        QCOMPARE(store.open(db), khien::Store::OpenError::None);
        const QVector<khien::Trainee> trainees = store.trainees();
        QCOMPARE(trainees.size(), 1);
        QCOMPARE(trainees.first().displayName, QStringLiteral("Nguyễn Thị Ánh"));
        const QVector<khien::AttemptRecord> attempts = store.attempts(trainees.first().id);
        QCOMPARE(attempts.size(), 1);
        QVERIFY(!attempts.first().isFinished());
        QCOMPARE(attempts.first().answeredCount, 2);
        const QVector<khien::AnswerRecord> answers = store.answers(attempts.first().id);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).questionId, QStringLiteral("q-single"));
        QCOMPARE(answers.at(0).chosen, QStringList{"a"});
        QVERIFY(answers.at(0).correct);
        QCOMPARE(answers.at(1).questionId, QStringLiteral("q-multiple"));
        QCOMPARE(answers.at(1).points, 0.5);
        QCOMPARE(answers.at(1).contentVersion, QStringLiteral("test-1"));
        store.close();

        // The app, restarted on the same file, shows the interrupted attempt in the history.
        AppController app(db, {pack});
        QVERIFY(app.storageProblem().isEmpty());
        app.selectTrainee(trainees.first().id);
        QCOMPARE(app.history()->count(), 1);
        QCOMPARE(app.history()->get(0).value(QStringLiteral("finished")).toBool(), false);
        QCOMPARE(app.history()->get(0).value(QStringLiteral("answeredCount")).toInt(), 2);
    }

    void unusableDatabaseIsLeftAloneAndAFreshOneStartsBesideIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database");
        f.close();
        AppController app(db, {testpack::dataDir() + QStringLiteral("/packs/good")});
        QVERIFY(app.storageProblem().contains(QStringLiteral("not a Khiên database")));
        QVERIFY(app.startFreshDatabase());
        QVERIFY(app.storageProblem().isEmpty());
        QVERIFY(app.databasePath() != db);
        QCOMPARE(QFileInfo(app.databasePath()).dir(), QFileInfo(db).dir());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("this is not a database"));
        QVERIFY(app.createTrainee(QStringLiteral("=HYPERLINK(\"http://x\")"), {}).isEmpty());

        // The next start opens the new file, not the unusable one again.
        AppController restarted(db, {testpack::dataDir() + QStringLiteral("/packs/good")});
        QVERIFY(restarted.storageProblem().isEmpty());
        QCOMPARE(restarted.databasePath(), app.databasePath());
        QCOMPARE(restarted.trainees()->count(), 1);
        QCOMPARE(restarted.trainees()->get(0).value(QStringLiteral("name")).toString(),
                 QStringLiteral("=HYPERLINK(\"http://x\")"));
    }
};

QTEST_GUILESS_MAIN(TestKillMidQuiz)
#include "tst_killmidquiz.moc"
