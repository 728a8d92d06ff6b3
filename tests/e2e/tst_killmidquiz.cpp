// End to end through the real SQLite file: a process answering a quiz is killed with
// SIGKILL; every answer it gave is in the database, and the restarted app resumes the attempt
// at the same question, with the same options in the same order.
#include "appcontroller.h"
#include "store.h"
#include "testpack.h"

#include <QProcess>
#include <QtTest>

class TestKillMidQuiz : public QObject
{
    Q_OBJECT

private slots:
    void answersSurviveSigkillAndTheAttemptResumes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        const QString pack = testpack::dataDir() + QStringLiteral("/packs/good");

        QProcess driver;
        driver.start(QStringLiteral(QUIZDRIVER), {db, pack, QStringLiteral("alpha"), QStringLiteral("2")});
        QVERIFY(driver.waitForFinished(30000));
        QCOMPARE(driver.exitStatus(), QProcess::CrashExit); // killed, nothing closed cleanly
        const QStringList lines = QString::fromUtf8(driver.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QHash<QString, QString> given; // question id -> option chosen
        for (const QString &line : lines.mid(0, 2)) {
            const QStringList parts = line.split(QLatin1Char(' '));
            QCOMPARE(parts.value(0), QStringLiteral("answered"));
            given.insert(parts.value(1), parts.value(2));
        }
        const QStringList next = lines.at(2).split(QLatin1Char(' '));
        QCOMPARE(next.value(0), QStringLiteral("next"));

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
        for (const khien::AnswerRecord &a : answers) {
            QVERIFY2(given.contains(a.questionId), qPrintable(a.questionId));
            QCOMPARE(a.chosen, QStringList{given.value(a.questionId)});
            QCOMPARE(a.contentVersion, QStringLiteral("test-1"));
        }
        QCOMPARE(answers.at(0).position, 0);
        QCOMPARE(answers.at(1).position, 1);
        store.close();

        // The app, restarted on the same file: history shows the interrupted attempt, and it
        // resumes at the third question with the options as they were shown before the kill.
        AppController app(db, {pack});
        QVERIFY(app.storageProblem().isEmpty());
        app.selectTrainee(trainees.first().id);
        QCOMPARE(app.history()->count(), 1);
        QCOMPARE(app.history()->data(app.history()->index(0), HistoryModel::FinishedRole).toBool(), false);
        QCOMPARE(app.history()->data(app.history()->index(0), HistoryModel::AnsweredCountRole).toInt(), 2);
        QCOMPARE(app.unfinishedAttempt(QStringLiteral("alpha")).answered, 2);
        QVERIFY(app.resumeQuiz(QStringLiteral("alpha")));
        QuizController *quiz = app.quiz();
        QCOMPARE(quiz->attemptId(), attempts.first().id);
        QCOMPARE(quiz->questionIndex(), 2);
        QCOMPARE(quiz->questionId(), next.value(1));
        QStringList shown;
        for (const QVariant &o : quiz->options())
            shown.append(o.toMap().value(QStringLiteral("optionId")).toString());
        QCOMPARE(shown.join(QLatin1Char(',')), next.value(2));
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
        QCOMPARE(restarted.trainees()->data(restarted.trainees()->index(0), TraineeListModel::NameRole).toString(),
                 QStringLiteral("=HYPERLINK(\"http://x\")"));
    }
};

QTEST_GUILESS_MAIN(TestKillMidQuiz)
#include "tst_killmidquiz.moc"
