// Store::copyFromSqlite (`khien db copy --to URL`): a room's SQLite file into another store,
// PostgreSQL in the _pg run. Everything arrives with the right totals; a second copy adds
// nothing; a copy that fails midway leaves the target as it was.
#include "store.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace khien;

class TestDbCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KHIEN_REQUIRE_TEST_BACKEND(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_room = m_dir.filePath(QStringLiteral("room-%1.sqlite").arg(++m_count));
        Store room;
        QCOMPARE(room.open(m_room), Store::OpenError::None);
        const auto cls = room.createClass(QStringLiteral("Lớp 10A1"));
        QVERIFY(cls);
        QVERIFY(room.addNewTraineesToClass(cls->id, {QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Trần Văn Bình")}));
        const QVector<Trainee> trainees = room.trainees();
        QCOMPARE(trainees.size(), 2);
        for (const Trainee &t : trainees) {
            QVERIFY(room.markLessonRead(t.id, QStringLiteral("scams"), QStringLiteral("l1")));
            const auto attempt = room.startAttempt(t.id, QStringLiteral("scams"), QStringLiteral("scams-quiz"),
                                                   QStringLiteral("1.0.0"), QStringLiteral("vi"), 70, 3);
            QVERIFY(attempt);
            for (int q = 0; q < 3; ++q) {
                AnswerRecord a;
                a.attemptId = *attempt;
                a.questionId = QStringLiteral("q%1").arg(q);
                a.questionType = QStringLiteral("single");
                a.chosen = {QStringLiteral("a")};
                a.correct = q != 1;
                a.points = q != 1 ? 1 : 0;
                a.maxPoints = 1;
                a.timeTakenMs = 1000 + q;
                a.language = QStringLiteral("vi");
                a.contentVersion = QStringLiteral("1.0.0");
                a.position = q;
                QVERIFY(room.recordAnswer(a));
            }
            QVERIFY(room.finishAttempt(*attempt, false));
        }
        QVERIFY(room.createSession(cls->id, QStringLiteral("Buổi 1"), QDate(2026, 12, 3), {QStringLiteral("scams")}));
    }

    void copiesEverythingOnceWithItsTotals()
    {
        const QString target = testdb::location(m_dir.filePath(QStringLiteral("org-%1.sqlite").arg(m_count)));
        Store org;
        QCOMPARE(org.open(target), Store::OpenError::None);
        const auto added = org.copyFromSqlite(m_room);
        QVERIFY2(added, qPrintable(org.lastError()));
        // 2 trainees, 2 lessons, 2 attempts, 6 answers, 1 class, 2 members, 1 session, 1 module
        QCOMPARE(*added, 17 + int(rowsOf(m_room, "mistakes") + rowsOf(m_room, "settings")));
        QCOMPARE(org.copyFromSqlite(m_room), std::optional<int>(0)); // again: nothing new

        const QVector<Trainee> trainees = org.trainees();
        QCOMPARE(trainees.size(), 2);
        QCOMPARE(trainees.first().displayName, QStringLiteral("Nguyễn Thị Ánh"));
        const QVector<AttemptRecord> attempts = org.attempts(trainees.first().id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().answeredCount, 3);
        QCOMPARE(attempts.first().score, 2.0);
        QCOMPARE(attempts.first().isFinished(), true);
        const auto cls = org.classNamed(QStringLiteral("LỚP 10A1"));
        QVERIFY(cls);
        QCOMPARE(cls->memberCount, 2);
        QCOMPARE(org.sessions(cls->id).size(), 1);
        QCOMPARE(org.progress(trainees.first().id).value(QStringLiteral("scams")).lessonsRead, 1);
    }

    void aFailureMidwayLeavesTheTargetUnchanged()
    {
        const QString target = testdb::location(m_dir.filePath(QStringLiteral("org-%1.sqlite").arg(m_count)));
        Store org;
        QCOMPARE(org.open(target), Store::OpenError::None);
        QVERIFY(org.createTrainee(QStringLiteral("Đã có"), {}));
        // Answers come after trainees and attempts: those are written, then everything goes.
        const QString probe = QStringLiteral("copy-probe");
        QVERIFY(testdb::openRaw(target, probe));
        for (const QString &sql : testdb::breakInsertsSql(target, QStringLiteral("answers")))
            QVERIFY(QSqlQuery(QSqlDatabase::database(probe)).exec(sql));
        QVERIFY(!org.copyFromSqlite(m_room));
        QCOMPARE(org.trainees().size(), 1);
        QCOMPARE(testdb::rawValue(target, QStringLiteral("SELECT COUNT(*) FROM quiz_attempts")).toInt(), 0);
        QCOMPARE(testdb::rawValue(target, QStringLiteral("SELECT COUNT(*) FROM classes")).toInt(), 0);

        QVERIFY(QSqlQuery(QSqlDatabase::database(probe)).exec(testdb::mendInsertsSql(target, QStringLiteral("answers"))));
        QSqlDatabase::removeDatabase(probe);
        QVERIFY(org.copyFromSqlite(m_room).value_or(0) > 0);
        QCOMPARE(org.trainees().size(), 3);
    }

    void aClassNameTakenByAnotherIsRefused()
    {
        const QString target = testdb::location(m_dir.filePath(QStringLiteral("org-%1.sqlite").arg(m_count)));
        Store org;
        QCOMPARE(org.open(target), Store::OpenError::None);
        QVERIFY(org.createClass(QStringLiteral("LỚP 10a1")));
        QVERIFY(!org.copyFromSqlite(m_room));
        QCOMPARE(org.lastFailure().code, ErrorCode::NameTaken);
        QCOMPARE(org.lastFailure().where, QStringLiteral("Lớp 10A1"));
        QVERIFY(org.trainees().isEmpty());
    }

private:
    static qint64 rowsOf(const QString &path, const char *table)
    {
        return testdb::rawValue(path, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    }

    QTemporaryDir m_dir;
    QString m_room;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestDbCopy)
#include "tst_dbcopy.moc"
