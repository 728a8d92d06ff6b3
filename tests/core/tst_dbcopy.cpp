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

    // The room goes on after a copy: an attempt open then is finished later, another answer is
    // recorded, a practice box moves. A second copy brings exactly that, and a room file older
    // than what the target holds takes nothing back.
    void aLaterCopyBringsWhatChangedSince()
    {
        const QString target = testdb::location(m_dir.filePath(QStringLiteral("org-%1.sqlite").arg(m_count)));
        const QDateTime t0(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        QString attemptId;
        QString traineeId;
        {
            Store room;
            QCOMPARE(room.open(m_room), Store::OpenError::None);
            traineeId = room.trainees().first().id;
            const auto attempt = room.startAttempt(traineeId, QStringLiteral("passwords"),
                                                   QStringLiteral("passwords-quiz"), QStringLiteral("1.0.0"),
                                                   QStringLiteral("vi"), 70, 2);
            QVERIFY(attempt);
            attemptId = *attempt;
            QVERIFY(room.recordAnswer(answer(attemptId, 0, true)));
            QVERIFY(room.recordPracticeOutcome(traineeId, QStringLiteral("passwords"), QStringLiteral("passwords-quiz"),
                                               QStringLiteral("q0"), false, t0));
        }
        const QString before = m_dir.filePath(QStringLiteral("room-before-%1.sqlite").arg(m_count));
        QVERIFY(QFile::copy(m_room, before));
        Store org;
        QCOMPARE(org.open(target), Store::OpenError::None);
        QVERIFY2(org.copyFromSqlite(m_room), qPrintable(org.lastError()));
        QCOMPARE(attemptOf(org, traineeId, attemptId).isFinished(), false);
        QCOMPARE(org.dueMistakes(traineeId, t0.addYears(1)).first().box, 1);
        {
            Store room;
            QCOMPARE(room.open(m_room), Store::OpenError::None);
            QVERIFY(room.recordAnswer(answer(attemptId, 1, true)));
            QVERIFY(room.finishAttempt(attemptId, true));
            QVERIFY(room.recordPracticeOutcome(traineeId, QStringLiteral("passwords"), QStringLiteral("passwords-quiz"),
                                               QStringLiteral("q0"), true, t0.addDays(1)));
        }
        // One answer added, one attempt ended, one box moved.
        QCOMPARE(org.copyFromSqlite(m_room), std::optional<int>(3));
        const AttemptRecord copied = attemptOf(org, traineeId, attemptId);
        QCOMPARE(copied.isFinished(), true);
        QCOMPARE(copied.passed, true);
        QCOMPARE(copied.answeredCount, 2);
        QCOMPARE(copied.score, 2.0);
        QCOMPARE(org.dueMistakes(traineeId, t0.addYears(1)).first().box, 2);
        QCOMPARE(org.copyFromSqlite(m_room), std::optional<int>(0));

        // The file as it was before: nothing in it is newer, nothing goes back.
        QCOMPARE(org.copyFromSqlite(before), std::optional<int>(0));
        QCOMPARE(attemptOf(org, traineeId, attemptId).isFinished(), true);
        QCOMPARE(org.dueMistakes(traineeId, t0.addYears(1)).first().box, 2);
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

    // A room file of another schema version is refused as such (named), and nothing is copied.
    void aFileOfAnotherVersionIsRefusedByName()
    {
        QVERIFY(testdb::openRaw(m_room, QStringLiteral("version-probe")));
        QVERIFY(QSqlQuery(QSqlDatabase::database(QStringLiteral("version-probe"))).exec(QStringLiteral("PRAGMA user_version = 999")));
        QSqlDatabase::removeDatabase(QStringLiteral("version-probe"));
        const QString target = testdb::location(m_dir.filePath(QStringLiteral("org-%1.sqlite").arg(m_count)));
        Store org;
        QCOMPARE(org.open(target), Store::OpenError::None);
        QVERIFY(!org.copyFromSqlite(m_room));
        QCOMPARE(org.lastFailure().code, ErrorCode::WrongSchema);
        QCOMPARE(org.lastFailure().where, m_room);
        QVERIFY(org.trainees().isEmpty());
    }

private:
    static AnswerRecord answer(const QString &attemptId, int position, bool correct)
    {
        AnswerRecord a;
        a.attemptId = attemptId;
        a.questionId = QStringLiteral("q%1").arg(position);
        a.questionType = QStringLiteral("single");
        a.chosen = {QStringLiteral("a")};
        a.correct = correct;
        a.points = correct ? 1 : 0;
        a.maxPoints = 1;
        a.timeTakenMs = 900;
        a.language = QStringLiteral("vi");
        a.contentVersion = QStringLiteral("1.0.0");
        a.position = position;
        return a;
    }

    static AttemptRecord attemptOf(const Store &store, const QString &traineeId, const QString &attemptId)
    {
        for (const AttemptRecord &a : store.attempts(traineeId)) {
            if (a.id == attemptId)
                return a;
        }
        return {};
    }

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
