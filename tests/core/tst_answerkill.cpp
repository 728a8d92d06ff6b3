// Kill -9 at random moments: a process records answers in a loop (answerloop) into a real
// SQLite file (or, as tst_answerkill_pg, a PostgreSQL schema) and is killed with SIGKILL, 30
// times over the same store. After every kill an SQLite file passes integrity_check, and every answer has its decisions, its practice box and its
// attempt's totals: nothing is ever half-written.
#include "leitner.h"
#include "store.h"
#include "testdatabase.h"
#include "testpack.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

namespace {

const QString probeName = QStringLiteral("killprobe");

QSqlQuery run(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(probeName));
    if (!q.exec(sql))
        qWarning("%s failed", qPrintable(sql));
    return q;
}

} // namespace

class TestAnswerKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KHIEN_REQUIRE_TEST_BACKEND(); }

    void sigkillNeverLeavesAHalfWrittenAnswer()
    {
        QTemporaryDir dir;
        const QString db = khien::testdb::location(dir.filePath(QStringLiteral("khien.sqlite")));
        const QString pack = testpack::dataDir() + QStringLiteral("/packs/types");
        QRandomGenerator random(20261203);
        constexpr int cycles = 30;
        int answersSeen = 0;
        for (int cycle = 0; cycle < cycles; ++cycle) {
            QProcess loop;
            loop.start(QStringLiteral(ANSWERLOOP), {db, pack});
            QVERIFY(loop.waitForStarted());
            // Once it runs, at a random moment: starting, answering, finishing.
            QVERIFY(loop.waitForReadyRead(10000) || loop.state() == QProcess::NotRunning);
            QThread::msleep(random.bounded(0, 120));
            QVERIFY2(loop.state() == QProcess::Running,
                     qPrintable(QStringLiteral("answerloop stopped with %1").arg(loop.exitCode())));
            loop.kill(); // SIGKILL
            QVERIFY(loop.waitForFinished(10000));
            QCOMPARE(loop.exitStatus(), QProcess::CrashExit);
            const int answers = checkConsistent(db);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(answers >= answersSeen); // nothing committed is ever lost
            answersSeen = answers;
        }
        QVERIFY2(answersSeen > cycles, "the loop recorded too few answers to test anything");
        qInfo("%d answers over %d kills", answersSeen, cycles);
    }

private:
    // Checks the file after a kill; returns the number of answers in it.
    int checkConsistent(const QString &path)
    {
        int answers = -1;
        if (!khien::testdb::openRaw(path, probeName))
            QTest::qFail("cannot open the database", __FILE__, __LINE__);
        else
            answers = check();
        QSqlDatabase::removeDatabase(probeName);
        return answers;
    }

    int check()
    {
        const bool postgres = khien::testdb::onPostgres();
        if (!postgres) {
            QSqlQuery q = run(QStringLiteral("PRAGMA integrity_check"));
            if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
                QTest::qFail("integrity_check is not ok", __FILE__, __LINE__);
                return -1;
            }
        }
        // Each attempt's totals are its answers'.
        QSqlQuery totals = run(QStringLiteral(
                "SELECT a.id FROM quiz_attempts a LEFT JOIN answers n ON n.attempt_id = a.id"
                " GROUP BY a.id HAVING a.answered_count != COUNT(n.question_id)"
                " OR abs(a.score - COALESCE(SUM(n.points), 0)) > 1e-9"
                " OR a.time_spent_ms != COALESCE(SUM(n.time_taken_ms), 0)"));
        if (totals.next()) {
            QTest::qFail(qPrintable(QStringLiteral("attempt %1: totals differ from its answers")
                                            .arg(totals.value(0).toString())), __FILE__, __LINE__);
            return -1;
        }
        // Each scenario answer has exactly its path as decisions, in order.
        QSqlQuery paths = run(postgres
                ? QStringLiteral("SELECT n.attempt_id, n.chosen, (SELECT string_agg(choice_id, ','"
                                 " ORDER BY seq) FROM decisions d WHERE d.attempt_id = n.attempt_id"
                                 " AND d.question_id = n.question_id)"
                                 " FROM answers n WHERE n.question_type = 'scenario'")
                : QStringLiteral(
                        "SELECT n.attempt_id, n.chosen, (SELECT group_concat(choice_id, ',') FROM"
                        " (SELECT choice_id FROM decisions d WHERE d.attempt_id = n.attempt_id"
                        "  AND d.question_id = n.question_id ORDER BY seq))"
                        " FROM answers n WHERE n.question_type = 'scenario'"));
        while (paths.next()) {
            if (paths.value(1).toString() != paths.value(2).toString()) {
                QTest::qFail(qPrintable(QStringLiteral("attempt %1: scenario answer %2, decisions %3")
                                                .arg(paths.value(0).toString(), paths.value(1).toString(),
                                                     paths.value(2).toString())), __FILE__, __LINE__);
                return -1;
            }
        }
        // At most one open attempt per trainee and quiz: starting one closes the last.
        QSqlQuery open = run(QStringLiteral("SELECT COUNT(*) FROM quiz_attempts WHERE finished_at IS NULL"));
        if (!open.next() || open.value(0).toInt() > 1) {
            QTest::qFail("more than one open attempt", __FILE__, __LINE__);
            return -1;
        }
        // The practice boxes are what replaying every answer in order gives.
        QHash<QString, khien::LeitnerState> expected;
        // SQLite's rowid is the order of insertion; PostgreSQL has none, the attempts' start
        // and the answers' position break a tie in time stamps the same way.
        QSqlQuery all = run(postgres
                ? QStringLiteral("SELECT n.question_id, n.correct, n.answered_at FROM answers n"
                                 " JOIN quiz_attempts a ON a.id = n.attempt_id"
                                 " ORDER BY n.answered_at, a.started_at, n.position")
                : QStringLiteral("SELECT question_id, correct, answered_at FROM answers"
                                 " ORDER BY answered_at, rowid"));
        int count = 0;
        while (all.next()) {
            ++count;
            const QDateTime at = QDateTime::fromString(all.value(2).toString(), Qt::ISODateWithMs);
            const QString question = all.value(0).toString();
            expected[question] = khien::nextLeitnerState(expected.value(question), all.value(1).toInt() != 0, at);
        }
        QSqlQuery boxes = run(QStringLiteral("SELECT question_id, box, due_at FROM mistakes"));
        int rows = 0;
        while (boxes.next()) {
            ++rows;
            const khien::LeitnerState want = expected.value(boxes.value(0).toString());
            const QDateTime due = QDateTime::fromString(boxes.value(2).toString(), Qt::ISODateWithMs);
            if (want.box != boxes.value(1).toInt() || want.dueAt != due) {
                QTest::qFail(qPrintable(QStringLiteral("question %1: box %2, replay gives %3")
                                                .arg(boxes.value(0).toString()).arg(boxes.value(1).toInt())
                                                .arg(want.box)), __FILE__, __LINE__);
                return -1;
            }
        }
        const auto inSet = std::count_if(expected.cbegin(), expected.cend(),
                                         [](const khien::LeitnerState &s) { return s.box > 0; });
        if (rows != inSet) {
            QTest::qFail("the practice set has rows no answer explains", __FILE__, __LINE__);
            return -1;
        }
        return count;
    }
};

QTEST_GUILESS_MAIN(TestAnswerKill)
#include "tst_answerkill.moc"
