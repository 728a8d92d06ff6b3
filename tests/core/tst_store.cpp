// Tests of Store, the SQLite dialect and data paths, against real database files.
#include "datapaths.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
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
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next())
                    values.append(q.value(0));
        }
        db.close();
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
    for (const QVariant &v : rawColumn(path, QStringLiteral("SELECT name FROM sqlite_master"
                                                            " WHERE type = 'table' ORDER BY name")))
        names.append(v.toString());
    return names;
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
    QString dbPath() const { return m_dir->filePath(QStringLiteral("khien.sqlite")); }
    Trainee newTrainee(Store &store, const QString &name = QStringLiteral("Trần Văn Bình"));

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Khien"));
    QCoreApplication::setApplicationName(QStringLiteral("Khien"));
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
    QCOMPARE(store.fileSchemaVersion(), 1);
    const auto t = store.trainee(id);
    QVERIFY(t);
    QCOMPARE(t->displayName, QStringLiteral("Trần Văn Bình"));
    QCOMPARE(t->groupCode, QStringLiteral("10A1"));
    QVERIFY(qAbs(t->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(store.lessonsRead(id), QSet<QString>{QStringLiteral("l1")});
    store.close();
    QVERIFY(!store.isOpen());

    QCOMPARE(rawValue(dbPath(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(rawValue(dbPath(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
}

void TestStore::foreignKeysEnforced()
{
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
    const QString path = copyFixture(QStringLiteral("v0-empty.sqlite"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QVERIFY(tableNames(path).isEmpty());

    Store store;
    QCOMPARE(store.open(path), Store::OpenError::None);
    QCOMPARE(store.fileSchemaVersion(), Store::schemaVersion);
    QVERIFY(!newTrainee(store).id.isEmpty());
    store.close();

    QCOMPARE(tableNames(path),
             (QStringList{QStringLiteral("answers"), QStringLiteral("lesson_progress"),
                          QStringLiteral("quiz_attempts"), QStringLiteral("settings"),
                          QStringLiteral("trainees")}));
    QCOMPARE(rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                           " AND name = 'quiz_attempts_trainee'")).toInt(), 1);
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void TestStore::emptyFileCountsAsVersion0()
{
    QVERIFY(writeFile(dbPath(), {}));
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::None);
    store.close();
    QCOMPARE(tableNames(dbPath()).size(), 5);
}

void TestStore::failedMigrationRollsBack()
{
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

void TestStore::notADatabaseLeftUntouched()
{
    QVERIFY(writeFile(dbPath(), "hello"));
    Store store;
    QCOMPARE(store.open(dbPath()), Store::OpenError::NotADatabase);
    QVERIFY(!store.isOpen());
    QCOMPARE(fileBytes(dbPath()), QByteArray("hello"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("khien.sqlite")});
}

void TestStore::tooNewLeftUntouched()
{
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

void TestStore::unicodeNameRoundTrip()
{
    const QString name = QStringLiteral("Nguyễn Thị Ánh");
    const QString decomposed = QStringLiteral("Nguye\u0302\u0303n"); // NFD: not normalised
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
    QCOMPARE(store.trainee(id2)->displayName, decomposed);
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
    QVERIFY(p[m(1)].passed);
    QCOMPARE(p[m(2)].lessonsRead, 0);
    QCOMPARE(p[m(2)].bestPercent, 25.0);
    QVERIFY(!p[m(2)].passed);
    QCOMPARE(p[m(3)].lessonsRead, 1);
    QCOMPARE(p[m(3)].bestPercent, -1.0);
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
