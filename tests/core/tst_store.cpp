// Tests of Store, the SQLite dialect and data paths, against real database files.
#include "datapaths.h"
#include "store.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace khien;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The first column of every row of `sql`, through a connection of its own (not the Store's).
QVariantList rawColumn(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst-raw-%1").arg(++counter);
    QVariantList values;
    if (testdb::openRaw(path, name)) {
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (q.exec(sql))
            while (q.next())
                values.append(q.value(0));
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

QVariant rawValue(const QString &path, const QString &sql)
{
    const QVariantList values = rawColumn(path, sql);
    return values.isEmpty() ? QVariant() : values.first();
}

QStringList tableNames(const QString &path)
{
    QStringList names;
    const QString sql = testdb::onPostgres()
            ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                             " WHERE table_schema = current_schema() ORDER BY table_name")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    for (const QVariant &v : rawColumn(path, sql))
        names.append(v.toString());
    return names;
}

QStringList columnNames(const QString &path, const QString &table)
{
    QStringList names;
    for (const QVariant &v : rawColumn(path, QStringLiteral("SELECT name FROM pragma_table_info('%1')"
                                                            " ORDER BY cid").arg(table)))
        names.append(v.toString());
    return names;
}

// Every table of the current schema, sorted.
QStringList currentTables()
{
    return {QStringLiteral("answers"), QStringLiteral("class_members"), QStringLiteral("classes"),
            QStringLiteral("decisions"), QStringLiteral("lesson_progress"),
            QStringLiteral("mistakes"), QStringLiteral("quiz_attempts"),
            QStringLiteral("session_modules"), QStringLiteral("sessions"),
            QStringLiteral("settings"), QStringLiteral("trainees")};
}

AnswerRecord answer(const QString &attemptId, const QString &questionId, double points,
                    QStringList chosen = {QStringLiteral("a")})
{
    AnswerRecord a;
    a.attemptId = attemptId;
    a.questionId = questionId;
    a.questionType = QStringLiteral("single");
    a.chosen = std::move(chosen);
    a.correct = points > 0;
    a.points = points;
    a.maxPoints = 1;
    a.timeTakenMs = 1500;
    a.language = QStringLiteral("vi");
    a.contentVersion = QStringLiteral("1.0.0");
    return a;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createThenReopenKeepsData();
    void foreignKeysEnforced();
    void migratesFromVersion0Fixture();
    void migratesFromVersion1Fixture();
    void failedStep2KeepsVersion1();
    void gradesReadFromTheIndexAlone();
    void emptyFileCountsAsVersion0();
    void failedMigrationRollsBack();
    void notADatabaseLeftUntouched();
    void tooNewLeftUntouched();
    void unwritablePathCannotOpen();
    void closedStoreRefusesWork();

    void eachAnswerCommittedBeforeReturn();
    void answerRoundTrip();
    void duplicateAnswerRefused();
    void answerAfterFinishRefused();
    void attemptScoreIsSumOfAnswers();
    void secondTraineeIsolated();

    void attemptStartRoundTrip();
    void decisionsPersistedInOrder();
    void decisionRefusedWhenFinishedOrRepeated();
    void unfinishedAttemptIsNewestOpenOne();
    void abandonedAttemptClosedForGood();
    void gradePolicyFirstBestLast();

    void practiceOutcomeMovesThroughBoxes();
    void dueMistakesOldestFirst();
    void mistakesIsolatedBetweenTrainees();

    void unicodeNameRoundTrip();
    void hostileNamesStoredVerbatim();
    void nameValidation();
    void traineesSortedByName();
    void progressFigures();
    void settingsRoundTrip();

    void databasePathPrecedence();
    void otherPaths();
    void freshDatabasePathBeside();

private:
    QString fixture(const QString &name) const;
    QString copyFixture(const QString &name) const;
    // The store's place: this SQLite file, or its own PostgreSQL schema in the _pg run.
    QString dbPath() const { return testdb::location(m_dir->filePath(QStringLiteral("khien.sqlite"))); }
    Trainee newTrainee(Store &store, const QString &name = QStringLiteral("Trần Văn Bình"));
    // An attempt at quiz `quizId` of module m1 with `points` of 4 answered (q0..q3), then
    // finished (passed when 70% or more), abandoned, or left open.
    enum class End { Finished, Abandoned, Open };
    QString attemptScoring(Store &store, const QString &traineeId, const QString &quizId,
                           int points, End end);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Khien"));
    QCoreApplication::setApplicationName(QStringLiteral("Khien"));
    KHIEN_REQUIRE_TEST_BACKEND();
    QVERIFY2(QFile::exists(fixture(QStringLiteral("v0-empty.sqlite"))),
             "fixture not found: set KHIEN_TEST_DATA_DIR to tests/data");
}

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::cleanup()
{
    m_dir.reset();
}

QString TestStore::fixture(const QString &name) const
{
    const QString dataDir = qEnvironmentVariable("KHIEN_TEST_DATA_DIR");
    if (!dataDir.isEmpty())
        return dataDir + QStringLiteral("/db/") + name;
    return QFINDTESTDATA(QStringLiteral("../data/db/") + name);
}

QString TestStore::copyFixture(const QString &name) const
{
    const QString target = m_dir->filePath(name);
    if (!QFile::copy(fixture(name), target))
        return {};
    // A read-only checkout would hand us a read-only copy.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

Trainee TestStore::newTrainee(Store &store, const QString &name)
{
    const auto t = store.createTrainee(name, QStringLiteral("10A1"));
    if (!t)
        qWarning("createTrainee failed: %s", qPrintable(store.lastError()));
    return t.value_or(Trainee{});
}

QString TestStore::attemptScoring(Store &store, const QString &traineeId, const QString &quizId,
                                  int points, End end)
{
    const auto id = store.startAttempt(traineeId, QStringLiteral("m1"), quizId,
                                       QStringLiteral("1.0.0"), QStringLiteral("vi"), 70, 4);
    if (!id)
        return {};
    QThread::msleep(5); // distinct started_at for the next one, so "newest" is well defined
    bool ok = true;
    for (int q = 0; q < points; ++q)
        ok = ok && store.recordAnswer(answer(*id, QStringLiteral("q%1").arg(q), 1));
    if (end == End::Finished)
        ok = ok && store.finishAttempt(*id, points * 100 >= 70 * 4);
    else if (end == End::Abandoned)
        ok = ok && store.abandonAttempt(*id);
    return ok ? *id : QString();
}

void TestStore::createThenReopenKeepsData()
{
    QString id;
    {
        Store store;
        QCOMPARE(store.open(dbPath()), Store::OpenError::None);
        QVERIFY(store.isOpen());
        id = newTrainee(store).id;
        QVERIFY(!id.isEmpty());
        QVERIFY(store.markLessonRead(id, QStringLiteral("m1"), QStringLiteral("l1")));
    }
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const int newest = testdb::onPostgres() ? pg::schemaVersion : Store::schemaVersion;
    QCOMPARE(store.fileSchemaVersion(), newest);
    const auto t = store.trainee(id);
    QVERIFY(t);
    QCOMPARE(t->displayName, QStringLiteral("Trần Văn Bình"));
    QCOMPARE(t->groupCode, QStringLiteral("10A1"));
    QVERIFY(qAbs(t->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(store.lessonsRead(id), QSet<QString>{QStringLiteral("l1")});
    store.close();
    QVERIFY(!store.isOpen());

    if (testdb::onPostgres()) {
        QCOMPARE(rawValue(dbPath(), QStringLiteral("SELECT version FROM khien_schema")).toInt(), newest);
        return;
    }
    QCOMPARE(rawValue(dbPath(), QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
    QCOMPARE(rawValue(dbPath(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
}

void TestStore::foreignKeysEnforced()
{
    KHIEN_SQLITE_ONLY();
    // foreign_keys is per connection, so this is checked through the store's own.
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    QVERIFY(!store.startAttempt(QStringLiteral("no-such-trainee"), QStringLiteral("m1"),
                                QStringLiteral("q1"), QStringLiteral("1.0.0"),
                                QStringLiteral("vi"), 70, 4));
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(!store.markLessonRead(QStringLiteral("no-such-trainee"), QStringLiteral("m1"),
                                  QStringLiteral("l1")));
}

void TestStore::migratesFromVersion0Fixture()
{
    KHIEN_SQLITE_ONLY();
    const QString path = copyFixture(QStringLiteral("v0-empty.sqlite"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QVERIFY(tableNames(path).isEmpty());

    Store store;
    QCOMPARE(store.open(path), Store::OpenError::None);
    QCOMPARE(store.fileSchemaVersion(), Store::schemaVersion);
    QVERIFY(!newTrainee(store).id.isEmpty());
    store.close();

    QCOMPARE(tableNames(path), currentTables());
    QCOMPARE(rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                           " AND name IN ('quiz_attempts_grades', 'mistakes_due')"))
                     .toInt(),
             2);
    // Version 4's covering index replaces the one on trainee_id alone.
    QCOMPARE(rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_master"
                                           " WHERE name = 'quiz_attempts_trainee'")).toInt(), 0);
    QCOMPARE(columnNames(path, QStringLiteral("quiz_attempts")).mid(11),
             (QStringList{QStringLiteral("seed"), QStringLiteral("mode"),
                          QStringLiteral("question_order"), QStringLiteral("abandoned"),
                          QStringLiteral("score"), QStringLiteral("answered_count"),
                          QStringLiteral("time_spent_ms")}));
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
}

void TestStore::emptyFileCountsAsVersion0()
{
    KHIEN_SQLITE_ONLY();
    QVERIFY(writeFile(dbPath(), {}));
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    store.close();
    QCOMPARE(tableNames(dbPath()), currentTables());
}

void TestStore::failedMigrationRollsBack()
{
    KHIEN_SQLITE_ONLY();
    // A version-0 file that already has an "answers" table: step 1 fails half way.
    rawColumn(dbPath(), QStringLiteral("CREATE TABLE answers (x)"));
    QCOMPARE(tableNames(dbPath()), QStringList{QStringLiteral("answers")});

    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::MigrationFailed);
    QVERIFY(!store.isOpen());
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(tableNames(dbPath()), QStringList{QStringLiteral("answers")});
    QCOMPARE(rawValue(dbPath(), QStringLiteral("PRAGMA user_version")).toInt(), 0);
}

void TestStore::migratesFromVersion1Fixture()
{
    KHIEN_SQLITE_ONLY();
    const QString path = copyFixture(QStringLiteral("v1-sample.sqlite"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    const QString traineeId = QStringLiteral("5f0c1e52-7a43-4b8e-9d2f-0c6a1b2d3e4f");
    const QString attemptId = QStringLiteral("a7d3c2b1-0e9f-4a8b-8c7d-6e5f4a3b2c1d");

    Store store;
    QCOMPARE(store.open(path), Store::OpenError::None);
    QCOMPARE(store.fileSchemaVersion(), Store::schemaVersion);

    const auto t = store.trainee(traineeId);
    QVERIFY(t);
    QCOMPARE(t->displayName, QStringLiteral("Nguyễn Thị Ánh"));
    QCOMPARE(t->groupCode, QStringLiteral("10A1"));
    QCOMPARE(t->createdAt, QDateTime(QDate(2026, 9, 7), QTime(8, 0), Qt::UTC));
    QCOMPARE(store.lessonsRead(traineeId), QSet<QString>{QStringLiteral("phishing-intro")});
    QCOMPARE(store.setting(QStringLiteral("language")), QStringLiteral("en"));

    const QVector<AttemptRecord> all = store.attempts(traineeId);
    QCOMPARE(all.size(), 1);
    const auto r = store.attempt(attemptId);
    QVERIFY(r);
    QCOMPARE(r->id, all.first().id);
    QCOMPARE(r->traineeId, traineeId);
    QCOMPARE(r->moduleId, QStringLiteral("phishing"));
    QCOMPARE(r->quizId, QStringLiteral("phishing-quiz"));
    QCOMPARE(r->passPercent, 70);
    QCOMPARE(r->startedAt, QDateTime(QDate(2026, 9, 7), QTime(8, 10), Qt::UTC));
    QCOMPARE(r->finishedAt, QDateTime(QDate(2026, 9, 7), QTime(8, 12, 30), Qt::UTC));
    QVERIFY(r->passed);
    QCOMPARE(r->score, 1.5);
    QCOMPARE(r->maxScore, 2.0);
    QCOMPARE(r->answeredCount, 2);
    // The new columns, defaulted.
    QCOMPARE(r->seed, 0u);
    QCOMPARE(r->mode, QStringLiteral("practice"));
    QCOMPARE(r->questionOrder, QStringList());
    QVERIFY(!r->abandoned);

    const QVector<AnswerRecord> answers = store.answers(attemptId);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).questionId, QStringLiteral("phish-1"));
    QCOMPARE(answers.at(1).chosen, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(answers.at(1).timeTakenMs, 9100);
    QVERIFY(store.decisions(attemptId).isEmpty());
    QVERIFY(!store.unfinishedAttempt(traineeId, QStringLiteral("phishing-quiz")));

    const ModuleProgress p = store.progress(traineeId).value(QStringLiteral("phishing"));
    QCOMPARE(p.lessonsRead, 1);
    QCOMPARE(p.bestPercent, 75.0);
    QVERIFY(p.passed);

    // The new tables take writes.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store.recordPracticeOutcome(traineeId, QStringLiteral("phishing"),
                                        QStringLiteral("phishing-quiz"), QStringLiteral("phish-2"),
                                        false, now));
    QCOMPARE(store.dueMistakeCount(traineeId, now), 1);
    store.close();

    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
    QCOMPARE(tableNames(path), currentTables());
    QCOMPARE(rawColumn(path, QStringLiteral("SELECT seed || '|' || mode || '|' || question_order"
                                            " || '|' || abandoned FROM quiz_attempts")),
             QVariantList{QStringLiteral("0|practice||0")});
}

void TestStore::failedStep2KeepsVersion1()
{
    KHIEN_SQLITE_ONLY();
    // A version-1 file that already has a "decisions" table: step 2 fails after its ALTERs.
    const QString path = copyFixture(QStringLiteral("v1-sample.sqlite"));
    QVERIFY(!path.isEmpty());
    rawColumn(path, QStringLiteral("CREATE TABLE decisions (x)"));
    const QStringList before = columnNames(path, QStringLiteral("quiz_attempts"));
    QCOMPARE(before.size(), 11);

    Store store;
    QCOMPARE(store.open(path), Store::OpenError::MigrationFailed);
    QVERIFY(!store.isOpen());
    QVERIFY(store.lastError().contains(QLatin1String("migration to 2")));
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(columnNames(path, QStringLiteral("quiz_attempts")), before);
    QVERIFY(!tableNames(path).contains(QStringLiteral("mistakes")));
    QCOMPARE(rawValue(path, QStringLiteral("SELECT count(*) FROM answers")).toInt(), 2);
}

void TestStore::gradesReadFromTheIndexAlone()
{
    KHIEN_SQLITE_ONLY();
    // The class grades (Store::progressByTrainee, Best policy) read these columns of a class's
    // attempts grouped by trainee and module: SQLite must find them all in one index, in
    // order, or a class of 1,000 × 50 attempts spends its time on table lookups and a sort.
    {
        Store store;
        QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    }
    const QString sql = QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT t.trainee_id, t.module_id, SUM(t.time_spent_ms),"
            " MAX(CASE WHEN t.finished_at IS NOT NULL AND t.abandoned = 0 AND t.passed <> 0"
            " THEN t.score / t.max_score END) FROM quiz_attempts t WHERE t.trainee_id IN"
            " (SELECT trainee_id FROM class_members WHERE class_id = 'c')"
            " GROUP BY t.trainee_id, t.module_id");
    QString plan;
    QVERIFY(testdb::openRaw(dbPath(), QStringLiteral("plan")));
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("plan"), false));
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    QVERIFY2(plan.contains(QLatin1String("COVERING INDEX quiz_attempts_grades")), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
}

void TestStore::notADatabaseLeftUntouched()
{
    KHIEN_SQLITE_ONLY();
    QVERIFY(writeFile(dbPath(), "hello"));
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::NotADatabase);
    QVERIFY(!store.isOpen());
    QCOMPARE(fileBytes(dbPath()), QByteArray("hello"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("khien.sqlite")});
}

void TestStore::tooNewLeftUntouched()
{
    KHIEN_SQLITE_ONLY();
    const QString path = copyFixture(QStringLiteral("v99-future.sqlite"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileBytes(path);

    Store store;
    QCOMPARE(store.open(path), Store::OpenError::TooNew);
    QVERIFY(!store.isOpen());
    QCOMPARE(store.fileSchemaVersion(), 99);
    QVERIFY(!store.createTrainee(QStringLiteral("Ánh"), {}));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("delete"));
}

void TestStore::unwritablePathCannotOpen()
{
    KHIEN_SQLITE_ONLY();
    const QString plainFile = m_dir->filePath(QStringLiteral("plain"));
    QVERIFY(writeFile(plainFile, "not a folder"));
    Store store;
    QCOMPARE(store.open(plainFile + QStringLiteral("/sub/khien.sqlite")),
             Store::OpenError::CannotOpen);
    QVERIFY(!store.isOpen());
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(fileBytes(plainFile), QByteArray("not a folder"));
}

void TestStore::closedStoreRefusesWork()
{
    Store store;
    QVERIFY(!store.createTrainee(QStringLiteral("Ánh"), {}));
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(!store.setSetting(QStringLiteral("k"), QStringLiteral("v")));
    QCOMPARE(store.setting(QStringLiteral("k"), QStringLiteral("fallback")),
             QStringLiteral("fallback"));
    QVERIFY(store.trainees().isEmpty());
}

void TestStore::eachAnswerCommittedBeforeReturn()
{
    Store writer;
    QCOMPARE(writer.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(writer);
    const auto attempt = writer.startAttempt(t.id, QStringLiteral("m1"), QStringLiteral("q1"),
                                             QStringLiteral("1.0.0"), QStringLiteral("vi"), 70, 4);
    QVERIFY(attempt);

    Store reader; // a second connection to the same file, writer still open
    QCOMPARE(reader.open(dbPath()), Store::OpenError::None);
    for (int i = 1; i <= 4; ++i) {
        QVERIFY2(writer.recordAnswer(answer(*attempt, QStringLiteral("q%1").arg(i), i % 2)),
                 qPrintable(writer.lastError()));
        QCOMPARE(reader.answers(*attempt).size(), i);
        const QVector<AttemptRecord> seen = reader.attempts(t.id);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().answeredCount, i);
        QCOMPARE(seen.first().score, double((i + 1) / 2));
    }
    QVERIFY(writer.finishAttempt(*attempt, false));
    QVERIFY(reader.attempts(t.id).first().isFinished());
}

void TestStore::answerRoundTrip()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(store);
    const auto attempt = store.startAttempt(t.id, QStringLiteral("m1"), QStringLiteral("q1"),
                                            QStringLiteral("1.2.0"), QStringLiteral("en"), 70, 3);
    QVERIFY(attempt);

    AnswerRecord a = answer(*attempt, QStringLiteral("phish-1"), 0.5,
                            {QStringLiteral("d"), QStringLiteral("opt-2b")});
    a.questionType = QStringLiteral("multiple");
    a.correct = false;
    a.maxPoints = 1;
    a.timeTakenMs = 123456789012;
    a.language = QStringLiteral("en");
    a.contentVersion = QStringLiteral("1.2.0");
    a.answeredAt = QDateTime(QDate(2026, 11, 23), QTime(10, 20, 30, 456), Qt::UTC);
    QVERIFY(store.recordAnswer(a));
    AnswerRecord none = answer(*attempt, QStringLiteral("skipped"), 0, {});
    // Answered earlier but shown later: answers come back in the order they were shown.
    none.answeredAt = a.answeredAt.addMSecs(-1);
    none.position = 1;
    QVERIFY(store.recordAnswer(none));
    QVERIFY(!store.recordAnswer(answer(*attempt, QStringLiteral("bad"), 0, {QStringLiteral("a,b")})));

    const QVector<AnswerRecord> got = store.answers(*attempt);
    QCOMPARE(got.size(), 2);
    const AnswerRecord &b = got.first();
    QCOMPARE(b.attemptId, a.attemptId);
    QCOMPARE(b.questionId, a.questionId);
    QCOMPARE(b.questionType, a.questionType);
    QCOMPARE(b.chosen, a.chosen);
    QCOMPARE(b.correct, false);
    QCOMPARE(b.points, 0.5);
    QCOMPARE(b.maxPoints, 1.0);
    QCOMPARE(b.timeTakenMs, a.timeTakenMs);
    QCOMPARE(b.language, a.language);
    QCOMPARE(b.contentVersion, a.contentVersion);
    QCOMPARE(b.answeredAt, a.answeredAt);
    QCOMPARE(b.position, 0);
    QCOMPARE(got.last().chosen, QStringList());
    QCOMPARE(got.last().position, 1);

    const AttemptRecord r = store.attempts(t.id).first();
    QCOMPARE(r.id, *attempt);
    QCOMPARE(r.quizId, QStringLiteral("q1"));
    QCOMPARE(r.contentVersion, QStringLiteral("1.2.0"));
    QCOMPARE(r.language, QStringLiteral("en"));
    QCOMPARE(r.passPercent, 70);
    QCOMPARE(r.maxScore, 3.0);
    QVERIFY(!r.isFinished());
}

void TestStore::duplicateAnswerRefused()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(store);
    const auto attempt = store.startAttempt(t.id, QStringLiteral("m1"), QStringLiteral("q1"),
                                            QStringLiteral("1.0.0"), QStringLiteral("vi"), 70, 2);
    QVERIFY(attempt);
    QVERIFY(store.recordAnswer(answer(*attempt, QStringLiteral("q1"), 0, {QStringLiteral("a")})));
    QVERIFY(!store.recordAnswer(answer(*attempt, QStringLiteral("q1"), 1, {QStringLiteral("b")})));
    QVERIFY(!store.lastError().isEmpty());

    const QVector<AnswerRecord> got = store.answers(*attempt);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().chosen, QStringList{QStringLiteral("a")});
    QCOMPARE(store.attempts(t.id).first().score, 0.0);
    // The refused write left no transaction open: the next one still works.
    QVERIFY(store.recordAnswer(answer(*attempt, QStringLiteral("q2"), 1)));
}

void TestStore::answerAfterFinishRefused()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(store);
    const auto attempt = store.startAttempt(t.id, QStringLiteral("m1"), QStringLiteral("q1"),
                                            QStringLiteral("1.0.0"), QStringLiteral("vi"), 70, 2);
    QVERIFY(attempt);
    QVERIFY(store.recordAnswer(answer(*attempt, QStringLiteral("q1"), 1)));
    QVERIFY(store.finishAttempt(*attempt, true));
    QVERIFY(!store.recordAnswer(answer(*attempt, QStringLiteral("q2"), 1)));
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(!store.finishAttempt(*attempt, false)); // finishing twice is refused too
    QVERIFY(!store.recordAnswer(answer(QStringLiteral("no-such-attempt"), QStringLiteral("q1"), 1)));
    QVERIFY(!store.finishAttempt(QStringLiteral("no-such-attempt"), true));

    const AttemptRecord r = store.attempts(t.id).first();
    QVERIFY(r.isFinished());
    QVERIFY(r.passed);
    QCOMPARE(r.answeredCount, 1);
    QVERIFY(r.finishedAt >= r.startedAt);
}

void TestStore::attemptScoreIsSumOfAnswers()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(store);
    const auto first = store.startAttempt(t.id, QStringLiteral("m1"), QStringLiteral("q1"),
                                          QStringLiteral("1.0.0"), QStringLiteral("vi"), 70, 5);
    QThread::msleep(5); // distinct started_at, so "newest first" is well defined
    const auto second = store.startAttempt(t.id, QStringLiteral("m2"), QStringLiteral("q2"),
                                           QStringLiteral("1.0.0"), QStringLiteral("vi"), 70, 5);
    QVERIFY(first && second);
    QVERIFY(store.recordAnswer(answer(*first, QStringLiteral("a"), 1)));
    QVERIFY(store.recordAnswer(answer(*first, QStringLiteral("b"), 0.5)));
    QVERIFY(store.recordAnswer(answer(*first, QStringLiteral("c"), 0)));

    const QVector<AttemptRecord> all = store.attempts(t.id);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, *second);
    QCOMPARE(all.at(0).score, 0.0);
    QCOMPARE(all.at(0).answeredCount, 0);
    QCOMPARE(all.at(1).id, *first);
    QCOMPARE(all.at(1).score, 1.5);
    QCOMPARE(all.at(1).answeredCount, 3);
    QCOMPARE(all.at(1).moduleId, QStringLiteral("m1"));
    QCOMPARE(all.at(1).traineeId, t.id);
    QVERIFY(all.at(1).startedAt < all.at(0).startedAt);
}

void TestStore::secondTraineeIsolated()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee a = newTrainee(store, QStringLiteral("An"));
    const Trainee b = newTrainee(store, QStringLiteral("Bảo"));
    QVERIFY(store.markLessonRead(a.id, QStringLiteral("m1"), QStringLiteral("l1")));
    const auto attempt = store.startAttempt(a.id, QStringLiteral("m1"), QStringLiteral("q1"),
                                            QStringLiteral("1.0.0"), QStringLiteral("vi"), 50, 1);
    QVERIFY(attempt);
    QVERIFY(store.recordAnswer(answer(*attempt, QStringLiteral("q1"), 1)));
    QVERIFY(store.finishAttempt(*attempt, true));

    QVERIFY(store.lessonsRead(b.id).isEmpty());
    QVERIFY(store.attempts(b.id).isEmpty());
    QVERIFY(store.progress(b.id).isEmpty());

    QCOMPARE(store.lessonsRead(a.id).size(), 1);
    QCOMPARE(store.attempts(a.id).size(), 1);
    QCOMPARE(store.progress(a.id).value(QStringLiteral("m1")).bestPercent, 100.0);
}

void TestStore::attemptStartRoundTrip()
{
    AttemptStart start;
    start.moduleId = QStringLiteral("m1");
    start.quizId = QStringLiteral("quiz-1");
    start.contentVersion = QStringLiteral("1.3.0");
    start.language = QStringLiteral("en");
    start.passPercent = 80;
    start.maxScore = 3;
    start.seed = 4294967295u; // the largest seed: no sign or width lost on the way
    start.mode = QStringLiteral("exam");
    start.questionOrder = {QStringLiteral("q-3"), QStringLiteral("q-1"), QStringLiteral("q-2")};
    QString id;
    {
        Store store;
        QCOMPARE(store.open(dbPath()), Store::OpenError::None);
        start.traineeId = newTrainee(store).id;
        const auto started = store.startAttempt(start);
        QVERIFY2(started, qPrintable(store.lastError()));
        id = *started;

        AttemptStart bad = start;
        bad.questionOrder.append(QStringLiteral("q-4,q-5"));
        QVERIFY(!store.startAttempt(bad));
        QVERIFY(store.lastError().contains(QLatin1String("q-4,q-5")));
        QCOMPARE(store.attempts(start.traineeId).size(), 1);
    }
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    for (const auto &r : {store.attempt(id), store.unfinishedAttempt(start.traineeId, start.quizId),
                          std::optional(store.attempts(start.traineeId).value(0))}) {
        QVERIFY(r);
        QCOMPARE(r->id, id);
        QCOMPARE(r->seed, start.seed);
        QCOMPARE(r->mode, start.mode);
        QCOMPARE(r->questionOrder, start.questionOrder);
        QCOMPARE(r->quizId, start.quizId);
        QCOMPARE(r->passPercent, 80);
        QCOMPARE(r->maxScore, 3.0);
        QVERIFY(!r->isFinished());
        QVERIFY(!r->abandoned);
    }
    QVERIFY(!store.attempt(QStringLiteral("no-such-attempt")));

    // The old overload: seed 0, practice, no order.
    const auto old = store.startAttempt(start.traineeId, QStringLiteral("m1"),
                                        QStringLiteral("quiz-2"), QStringLiteral("1.3.0"),
                                        QStringLiteral("vi"), 70, 2);
    QVERIFY(old);
    QCOMPARE(store.attempt(*old)->seed, 0u);
    QCOMPARE(store.attempt(*old)->mode, QStringLiteral("practice"));
    QCOMPARE(store.attempt(*old)->questionOrder, QStringList());
}

void TestStore::decisionsPersistedInOrder()
{
    Store writer;
    QCOMPARE(writer.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(writer);
    const auto attempt = writer.startAttempt(t.id, QStringLiteral("m1"), QStringLiteral("q1"),
                                             QStringLiteral("1.0.0"), QStringLiteral("vi"), 70, 2);
    QVERIFY(attempt);
    const QDateTime at(QDate(2026, 11, 23), QTime(10, 0, 0, 125), Qt::UTC);
    // Recorded out of order: they come back by question, then seq.
    auto decision = [&](const char *question, int seq, const char *step, const char *choice,
                        double points, int second) {
        return DecisionRecord{*attempt, QString::fromLatin1(question), seq, QString::fromLatin1(step),
                              QString::fromLatin1(choice), points, at.addSecs(second)};
    };
    const QList<DecisionRecord> made{decision("scen-b", 0, "start", "call", 1, 0),
                                     decision("scen-a", 1, "s2", "report", 0.5, 2),
                                     decision("scen-a", 0, "start", "ignore", -1, 1)};
    Store reader; // a second connection: each decision is committed when the call returns
    QCOMPARE(reader.open(dbPath()), Store::OpenError::None);
    for (int i = 0; i < made.size(); ++i) {
        QVERIFY2(writer.recordDecision(made.at(i)), qPrintable(writer.lastError()));
        QCOMPARE(reader.decisions(*attempt).size(), i + 1);
    }
    writer.close();

    const QVector<DecisionRecord> got = reader.decisions(*attempt);
    QCOMPARE(got.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const DecisionRecord &want = made.at(QList<int>{2, 1, 0}.at(i));
        QCOMPARE(got.at(i).attemptId, want.attemptId);
        QCOMPARE(got.at(i).questionId, want.questionId);
        QCOMPARE(got.at(i).seq, want.seq);
        QCOMPARE(got.at(i).stepId, want.stepId);
        QCOMPARE(got.at(i).choiceId, want.choiceId);
        QCOMPARE(got.at(i).points, want.points);
        QCOMPARE(got.at(i).decidedAt, want.decidedAt);
    }
    QVERIFY(reader.decisions(QStringLiteral("no-such-attempt")).isEmpty());
}

void TestStore::decisionRefusedWhenFinishedOrRepeated()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(store);
    const QString finished = attemptScoring(store, t.id, QStringLiteral("q1"), 0, End::Open);
    const QString abandoned = attemptScoring(store, t.id, QStringLiteral("q1"), 0, End::Open);
    QVERIFY(!finished.isEmpty() && !abandoned.isEmpty());
    auto decision = [](const QString &attempt, int seq, const QString &choice) {
        return DecisionRecord{attempt, QStringLiteral("scen"), seq, QStringLiteral("s"), choice,
                              1, {}};
    };
    QVERIFY(store.recordDecision(decision(finished, 0, QStringLiteral("a"))));
    QVERIFY(!store.recordDecision(decision(finished, 0, QStringLiteral("b")))); // same seq
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(store.decisions(finished).first().choiceId, QStringLiteral("a"));
    // The refused write left no transaction open.
    QVERIFY(store.recordDecision(decision(finished, 1, QStringLiteral("b"))));

    QVERIFY(store.finishAttempt(finished, true));
    QVERIFY(store.abandonAttempt(abandoned));
    for (const QString &closed : {finished, abandoned, QStringLiteral("no-such-attempt")}) {
        QVERIFY(!store.recordDecision(decision(closed, 2, QStringLiteral("c"))));
        QVERIFY(store.lastError().contains(closed));
    }
    QCOMPARE(store.decisions(finished).size(), 2);
    QVERIFY(store.decisions(abandoned).isEmpty());
}

void TestStore::unfinishedAttemptIsNewestOpenOne()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(store, QStringLiteral("An"));
    const Trainee other = newTrainee(store, QStringLiteral("Bảo"));
    const QString quiz = QStringLiteral("q1");
    const QString older = attemptScoring(store, t.id, quiz, 1, End::Open);
    const QString newer = attemptScoring(store, t.id, quiz, 2, End::Open);
    const QString otherQuiz = attemptScoring(store, t.id, QStringLiteral("q2"), 0, End::Open);
    const QString otherTrainee = attemptScoring(store, other.id, quiz, 0, End::Open);
    const QString finished = attemptScoring(store, t.id, quiz, 4, End::Finished);
    QVERIFY(!older.isEmpty() && !newer.isEmpty() && !otherQuiz.isEmpty()
            && !otherTrainee.isEmpty() && !finished.isEmpty());

    auto open = store.unfinishedAttempt(t.id, quiz);
    QVERIFY(open);
    QCOMPARE(open->id, newer);
    QCOMPARE(open->answeredCount, 2);
    QCOMPARE(store.unfinishedAttempt(t.id, QStringLiteral("q2"))->id, otherQuiz);
    QCOMPARE(store.unfinishedAttempt(other.id, quiz)->id, otherTrainee);

    QVERIFY(store.abandonAttempt(newer));
    QCOMPARE(store.unfinishedAttempt(t.id, quiz)->id, older);
    QVERIFY(store.finishAttempt(older, false));
    QVERIFY(!store.unfinishedAttempt(t.id, quiz));
    QVERIFY(!store.unfinishedAttempt(t.id, QStringLiteral("no-such-quiz")));
}

void TestStore::abandonedAttemptClosedForGood()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(store);
    const QString id = attemptScoring(store, t.id, QStringLiteral("q1"), 3, End::Open);
    const QString done = attemptScoring(store, t.id, QStringLiteral("q1"), 4, End::Finished);
    QVERIFY(!id.isEmpty() && !done.isEmpty());

    QVERIFY(store.abandonAttempt(id));
    const auto r = store.attempt(id);
    QVERIFY(r);
    QVERIFY(r->abandoned);
    QVERIFY(r->isFinished());
    QVERIFY(!r->passed);
    QCOMPARE(r->answeredCount, 3); // the answers stay, for the history

    QVERIFY(!store.abandonAttempt(id));
    QVERIFY(!store.finishAttempt(id, true));
    QVERIFY(!store.recordAnswer(answer(id, QStringLiteral("q3"), 1)));
    QVERIFY(!store.attempt(id)->passed);
    // A finished attempt cannot be abandoned afterwards: its grade stands.
    QVERIFY(!store.abandonAttempt(done));
    QVERIFY(!store.attempt(done)->abandoned);
    QVERIFY(store.attempt(done)->passed);
    QVERIFY(!store.abandonAttempt(QStringLiteral("no-such-attempt")));
    QCOMPARE(store.attempts(t.id).size(), 2);
}

void TestStore::gradePolicyFirstBestLast()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(store);
    const QString quiz = QStringLiteral("quiz");
    // Started in this order. Abandoned (4/4) comes first, open (4/4) last: either one counted
    // would change First or Last, and Best.
    QVERIFY(!attemptScoring(store, t.id, quiz, 4, End::Abandoned).isEmpty());
    QVERIFY(!attemptScoring(store, t.id, quiz, 2, End::Finished).isEmpty()); // 50%, failed
    QVERIFY(!attemptScoring(store, t.id, quiz, 3, End::Finished).isEmpty()); // 75%, passed
    QVERIFY(!attemptScoring(store, t.id, quiz, 1, End::Finished).isEmpty()); // 25%, failed
    QVERIFY(!attemptScoring(store, t.id, quiz, 4, End::Open).isEmpty());
    QVERIFY(store.markLessonRead(t.id, QStringLiteral("m1"), QStringLiteral("l1")));

    const QList<std::tuple<GradePolicy, double, bool>> expected{
            {GradePolicy::First, 50, false},
            {GradePolicy::Best, 75, true},
            {GradePolicy::Last, 25, false}};
    for (const auto &[policy, percent, passed] : expected) {
        const QHash<QString, ModuleProgress> p = store.progress(t.id, policy);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.value(QStringLiteral("m1")).bestPercent, percent);
        QCOMPARE(p.value(QStringLiteral("m1")).passed, passed);
        QCOMPARE(p.value(QStringLiteral("m1")).lessonsRead, 1);
    }
    QCOMPARE(store.progress(t.id).value(QStringLiteral("m1")).bestPercent, 75.0); // Best by default
}

void TestStore::practiceOutcomeMovesThroughBoxes()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(store);
    const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    const QString m = QStringLiteral("m1");
    const QString quiz = QStringLiteral("quiz-1");
    const QString q = QStringLiteral("q-7");
    auto outcome = [&](const QString &question, bool correct, const QDateTime &at) {
        return store.recordPracticeOutcome(t.id, m, quiz, question, correct, at);
    };

    // Right while not in the set: stays out.
    QVERIFY(outcome(q, true, now));
    QCOMPARE(store.dueMistakeCount(t.id, now.addYears(1)), 0);

    // Wrong: box 1, practisable at once.
    QVERIFY(outcome(q, false, now));
    QVector<MistakeRecord> due = store.dueMistakes(t.id, now);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().traineeId, t.id);
    QCOMPARE(due.first().moduleId, m);
    QCOMPARE(due.first().quizId, quiz);
    QCOMPARE(due.first().questionId, q);
    QCOMPARE(due.first().box, 1);
    QCOMPARE(due.first().dueAt, now);
    QCOMPARE(store.dueMistakeCount(t.id, now), 1);
    QCOMPARE(store.dueMistakeCount(t.id, now.addMSecs(-1)), 0);

    // Right each time it falls due: 1, 3, 7, 14 days; not due a millisecond before.
    QDateTime at = now;
    for (const auto &[box, days] : QList<QPair<int, int>>{{2, 1}, {3, 3}, {4, 7}, {5, 14}}) {
        QVERIFY2(outcome(q, true, at), qPrintable(store.lastError()));
        const QDateTime dueAt = at.addDays(days);
        QCOMPARE(store.dueMistakeCount(t.id, dueAt.addMSecs(-1)), 0);
        due = store.dueMistakes(t.id, dueAt);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().box, box);
        QCOMPARE(due.first().dueAt, dueAt);
        at = dueAt;
    }
    // Right in box 5: the row is gone.
    QVERIFY(outcome(q, true, at));
    QVERIFY(store.dueMistakes(t.id, at.addYears(1)).isEmpty());
    QCOMPARE(rawValue(dbPath(), QStringLiteral("SELECT count(*) FROM mistakes")).toInt(), 0);

    // Wrong from a high box: back to box 1, due now.
    QVERIFY(outcome(q, false, now));
    QVERIFY(outcome(q, true, now));
    QVERIFY(outcome(q, true, now.addDays(1)));
    QCOMPARE(store.dueMistakes(t.id, now.addYears(1)).first().box, 3);
    QVERIFY(outcome(q, false, now.addDays(2)));
    due = store.dueMistakes(t.id, now.addDays(2));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().box, 1);
    QCOMPARE(due.first().dueAt, now.addDays(2));

    // An unknown trainee is refused (foreign key) and leaves no transaction open.
    QVERIFY(!store.recordPracticeOutcome(QStringLiteral("no-such-trainee"), m, quiz, q, false, now));
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(outcome(QStringLiteral("q-8"), false, now));
    store.close();
    QCOMPARE(rawValue(dbPath(), QStringLiteral("SELECT count(*) FROM mistakes")).toInt(), 2);
}

void TestStore::dueMistakesOldestFirst()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(store);
    const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    // Missed at -1h (c), -3h (a, in another quiz and module), -2h (b); d is in box 2, due
    // tomorrow.
    QVERIFY(store.recordPracticeOutcome(t.id, QStringLiteral("m1"), QStringLiteral("quiz-1"),
                                        QStringLiteral("c"), false, now.addSecs(-3600)));
    QVERIFY(store.recordPracticeOutcome(t.id, QStringLiteral("m2"), QStringLiteral("quiz-2"),
                                        QStringLiteral("a"), false, now.addSecs(-3 * 3600)));
    QVERIFY(store.recordPracticeOutcome(t.id, QStringLiteral("m1"), QStringLiteral("quiz-1"),
                                        QStringLiteral("b"), false, now.addSecs(-2 * 3600)));
    QVERIFY(store.recordPracticeOutcome(t.id, QStringLiteral("m1"), QStringLiteral("quiz-1"),
                                        QStringLiteral("d"), false, now.addSecs(-4 * 3600)));
    QVERIFY(store.recordPracticeOutcome(t.id, QStringLiteral("m1"), QStringLiteral("quiz-1"),
                                        QStringLiteral("d"), true, now.addSecs(-4 * 3600)));

    QStringList order;
    for (const MistakeRecord &m : store.dueMistakes(t.id, now))
        order.append(m.questionId);
    QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(store.dueMistakes(t.id, now).first().moduleId, QStringLiteral("m2"));
    QCOMPARE(store.dueMistakeCount(t.id, now), 3);
    QCOMPARE(store.dueMistakeCount(t.id, now.addDays(1)), 4);
    // The same question id in another quiz is another question.
    QVERIFY(store.recordPracticeOutcome(t.id, QStringLiteral("m1"), QStringLiteral("quiz-1"),
                                        QStringLiteral("a"), false, now));
    QCOMPARE(store.dueMistakeCount(t.id, now), 4);
}

void TestStore::mistakesIsolatedBetweenTrainees()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee a = newTrainee(store, QStringLiteral("An"));
    const Trainee b = newTrainee(store, QStringLiteral("Bảo"));
    const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    const QString m = QStringLiteral("m1");
    const QString quiz = QStringLiteral("quiz-1");
    const QString q = QStringLiteral("q-1");

    QVERIFY(store.recordPracticeOutcome(a.id, m, quiz, q, false, now));
    QCOMPARE(store.dueMistakeCount(a.id, now), 1);
    QCOMPARE(store.dueMistakeCount(b.id, now), 0);
    QVERIFY(store.dueMistakes(b.id, now.addYears(1)).isEmpty());

    // B missing the same question starts B's own box 1; A moving on leaves it there.
    QVERIFY(store.recordPracticeOutcome(b.id, m, quiz, q, false, now));
    QVERIFY(store.recordPracticeOutcome(a.id, m, quiz, q, true, now));
    QCOMPARE(store.dueMistakeCount(a.id, now), 0);
    QCOMPARE(store.dueMistakes(a.id, now.addDays(1)).first().box, 2);
    const QVector<MistakeRecord> dueB = store.dueMistakes(b.id, now);
    QCOMPARE(dueB.size(), 1);
    QCOMPARE(dueB.first().traineeId, b.id);
    QCOMPARE(dueB.first().box, 1);
}

void TestStore::unicodeNameRoundTrip()
{
    const QString name = QStringLiteral("Nguyễn Thị Ánh");
    const QString decomposed = QStringLiteral("Nguye\u0302\u0303n"); // NFD, as some input methods type it
    QString id, id2;
    {
        Store store;
        QCOMPARE(store.open(dbPath()), Store::OpenError::None);
        const auto t = store.createTrainee(QStringLiteral("  ") + name + QStringLiteral("\t"),
                                           QStringLiteral(" Lớp 10A1 "));
        QVERIFY(t);
        QCOMPARE(t->displayName, name);
        id = t->id;
        id2 = newTrainee(store, decomposed).id;
    }
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    QCOMPARE(store.trainee(id)->displayName, name);
    QCOMPARE(store.trainee(id)->groupCode, QStringLiteral("Lớp 10A1"));
    // Stored as NFC: the same name typed with Telex or VNI is the same name.
    QCOMPARE(store.trainee(id2)->displayName, QStringLiteral("Nguy\u1EC5n"));
}

void TestStore::hostileNamesStoredVerbatim()
{
    const QStringList names{QStringLiteral("'); DROP TABLE trainees;--"),
                            QStringLiteral("=HYPERLINK(\"x\")"),
                            QStringLiteral("Robert\"; DELETE FROM answers; --")};
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    for (const QString &name : names) {
        const auto t = store.createTrainee(name, name);
        QVERIFY(t);
        QCOMPARE(store.trainee(t->id)->displayName, name);
        QCOMPARE(store.trainee(t->id)->groupCode, name);
    }
    QVERIFY(store.setSetting(names.first(), names.first()));
    QCOMPARE(store.setting(names.first()), names.first());
    QCOMPARE(store.trainees().size(), names.size());
    store.close();
    QVERIFY(tableNames(dbPath()).contains(QStringLiteral("trainees")));
    QCOMPARE(rawValue(dbPath(), QStringLiteral("SELECT count(*) FROM trainees")).toInt(),
             names.size());
}

void TestStore::nameValidation()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    for (const QString &bad : {QString(), QStringLiteral("   \t\n"), QString(101, QLatin1Char('x'))}) {
        QVERIFY(!store.createTrainee(bad, {}));
        QVERIFY(!store.lastError().isEmpty());
    }
    QVERIFY(store.createTrainee(QString(100, QLatin1Char('x')), {}));
    // 100 characters outside the BMP are 200 UTF-16 units, and still 100 characters.
    QVERIFY(store.createTrainee(QString::fromUcs4(QVector<char32_t>(100, U'𝔸').data(), 100), {}));
    QVERIFY(store.createTrainee(QStringLiteral(" ") + QString(100, QChar(0x1EA0)) + QStringLiteral(" "), {}));
    QCOMPARE(store.trainees().size(), 3);
    // Characters that disguise text are removed, not stored: a right-to-left override, a
    // zero-width space, a line separator; a zero-width joiner inside an emoji stays.
    const auto hidden = store.createTrainee(QStringLiteral("Lê\u202E Hoa\u200B\u2028 \U0001F469\u200D\U0001F4BB"), QStringLiteral("10A1\u2066"));
    QVERIFY(hidden);
    QCOMPARE(store.trainee(hidden->id)->displayName, QStringLiteral("Lê Hoa \U0001F469\u200D\U0001F4BB"));
    QCOMPARE(store.trainee(hidden->id)->groupCode, QStringLiteral("10A1"));
    QVERIFY(!store.createTrainee(QStringLiteral("\u200B\u202E"), {})); // nothing visible left
    QVERIFY(!store.createTrainee(QStringLiteral("Ánh"), QString(101, QLatin1Char('x'))));
}

void TestStore::traineesSortedByName()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    for (const char *name : {"Yến", "ánh", "Bình", "An"})
        QVERIFY(store.createTrainee(QString::fromUtf8(name), {}));
    QStringList names;
    for (const Trainee &t : store.trainees())
        names.append(t.displayName);
    QCOMPARE(names, (QStringList{QStringLiteral("An"), QStringLiteral("ánh"), QStringLiteral("Bình"),
                                 QStringLiteral("Yến")}));
}

void TestStore::progressFigures()
{
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    const Trainee t = newTrainee(store);
    const auto m = [](int n) { return QStringLiteral("m%1").arg(n); };
    QVERIFY(store.markLessonRead(t.id, m(1), QStringLiteral("l1")));
    QVERIFY(store.markLessonRead(t.id, m(1), QStringLiteral("l2")));
    QVERIFY(store.markLessonRead(t.id, m(1), QStringLiteral("l1"))); // again: still 2 read
    QVERIFY(store.markLessonRead(t.id, m(3), QStringLiteral("l9")));

    // m1: finished 2/4 failed, finished 3/4 passed, unfinished 4/4 (ignored).
    // m2: finished 1/4 failed.
    const QList<std::tuple<int, int, bool, bool>> attempts{
            {1, 2, true, false}, {1, 3, true, true}, {1, 4, false, false}, {2, 1, true, false}};
    for (const auto &[module, correct, finished, passed] : attempts) {
        const auto id = store.startAttempt(t.id, m(module), QStringLiteral("quiz"),
                                           QStringLiteral("1.0.0"), QStringLiteral("vi"), 75, 4);
        QVERIFY(id);
        for (int q = 0; q < 4; ++q)
            QVERIFY(store.recordAnswer(answer(*id, QStringLiteral("q%1").arg(q), q < correct ? 1 : 0)));
        if (finished)
            QVERIFY(store.finishAttempt(*id, passed));
    }

    const QHash<QString, ModuleProgress> p = store.progress(t.id);
    QCOMPARE(p.size(), 3);
    QCOMPARE(p[m(1)].moduleId, m(1));
    QCOMPARE(p[m(1)].lessonsRead, 2);
    QCOMPARE(p[m(1)].bestPercent, 75.0);
    QCOMPARE(p[m(1)].finishedAttempts, 2); // the unfinished one does not count
    QVERIFY(p[m(1)].passed);
    QCOMPARE(p[m(2)].lessonsRead, 0);
    QCOMPARE(p[m(2)].bestPercent, 25.0);
    QVERIFY(!p[m(2)].passed);
    QCOMPARE(p[m(3)].lessonsRead, 1);
    QCOMPARE(p[m(3)].bestPercent, -1.0);
    QCOMPARE(p[m(3)].finishedAttempts, 0);
    QVERIFY(!p[m(3)].passed);
}

void TestStore::settingsRoundTrip()
{
    {
        Store store;
        QCOMPARE(store.open(dbPath()), Store::OpenError::None);
        QCOMPARE(store.setting(QStringLiteral("language"), QStringLiteral("vi")),
                 QStringLiteral("vi"));
        QVERIFY(store.setSetting(QStringLiteral("language"), QStringLiteral("vi")));
        QVERIFY(store.setSetting(QStringLiteral("language"), QStringLiteral("en")));
        QVERIFY(store.setSetting(QStringLiteral("greeting"), QStringLiteral("Xin chào")));
        QVERIFY(store.setSetting(QStringLiteral("empty"), QString()));
    }
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    QCOMPARE(store.setting(QStringLiteral("language")), QStringLiteral("en"));
    QCOMPARE(store.setting(QStringLiteral("greeting")), QStringLiteral("Xin chào"));
    QCOMPARE(store.setting(QStringLiteral("empty"), QStringLiteral("fallback")), QString());
    QCOMPARE(store.setting(QStringLiteral("missing"), QStringLiteral("fallback")),
             QStringLiteral("fallback"));
}

void TestStore::databasePathPrecedence()
{
    const QByteArray saved = qgetenv("KHIEN_DB");
    qunsetenv("KHIEN_DB");
    const QString fallback = databasePath();
    QCOMPARE(fallback,
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                     + QStringLiteral("/khien.sqlite"));
    QVERIFY(fallback.contains(QStringLiteral("Khien")));
    QCOMPARE(databasePath(QStringLiteral("/cli/a.sqlite")), QStringLiteral("/cli/a.sqlite"));

    qputenv("KHIEN_DB", "/env/b.sqlite");
    QCOMPARE(databasePath(), QStringLiteral("/env/b.sqlite"));
    QCOMPARE(databasePath(QStringLiteral("/cli/a.sqlite")), QStringLiteral("/cli/a.sqlite"));
    qputenv("KHIEN_DB", "");
    QCOMPARE(databasePath(), fallback);

    if (saved.isNull())
        qunsetenv("KHIEN_DB");
    else
        qputenv("KHIEN_DB", saved);
}

void TestStore::otherPaths()
{
    QCOMPARE(userPacksPath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                     + QStringLiteral("/packs"));
    QCOMPARE(shippedPackPath(), QStringLiteral(":/content/khien-basics"));
}

void TestStore::freshDatabasePathBeside()
{
    KHIEN_SQLITE_ONLY();
    static const QRegularExpression pattern(
            QStringLiteral("^khien-\\d{8}-\\d{6}(-\\d+)?\\.sqlite$"));
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        const QString fresh = khien::freshDatabasePathBeside(dbPath());
        const QFileInfo info(fresh);
        QCOMPARE(info.absolutePath(), QFileInfo(dbPath()).absolutePath());
        QVERIFY2(pattern.match(info.fileName()).hasMatch(), qPrintable(fresh));
        QVERIFY(!info.exists());
        QVERIFY(!made.contains(fresh));
        QVERIFY(writeFile(fresh, "taken"));
        made.append(fresh);
    }
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
