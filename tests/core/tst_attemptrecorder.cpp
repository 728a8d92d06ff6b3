// AttemptRecorder: starting an attempt and each answer are one transaction. A write made to
// fail midway (a trigger added from a second connection, as another program could) leaves
// nothing half-written, the same answer then goes through, and the attempt's totals agree
// with its answers.
#include "attemptrecorder.h"
#include "testdatabase.h"
#include "contentloader.h"
#include "store.h"
#include "testpack.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace khien;

namespace {

// A second connection to the database file, for making writes fail and for counting rows.
class Probe
{
public:
    explicit Probe(const QString &location) : m_location(location)
    {
        testdb::openRaw(location, name);
    }
    ~Probe() { QSqlDatabase::removeDatabase(name); }

    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(name));
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.isActive();
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    // Every later insert into `table` fails inside the writer's transaction.
    bool breakInserts(const QString &table)
    {
        m_table = table;
        for (const QString &sql : testdb::breakInsertsSql(m_location, table))
            if (!exec(sql))
                return false;
        return true;
    }
    bool mend() const { return exec(testdb::mendInsertsSql(m_location, m_table)); }

private:
    const QString name = QStringLiteral("probe");
    QString m_location;
    QString m_table;
};

const AttemptRecorder::Shown shown{1500, QStringLiteral("vi"), {}};

} // namespace

class TestAttemptRecorder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        KHIEN_REQUIRE_TEST_BACKEND();
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/types"));
        QVERIFY(r.isClean());
        m_module = r.course->modules.first();
        QVERIFY(m_module.quiz);
        QCOMPARE(m_module.quiz->questions.size(), 4); // order, match, flags, story; not shuffled
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = testdb::location(m_dir->filePath(QStringLiteral("khien.sqlite")));
        m_store = std::make_unique<Store>();
        QCOMPARE(m_store->open(m_path), Store::OpenError::None);
        const auto trainee = m_store->createTrainee(QStringLiteral("Nguyễn Thị Ánh"), {});
        QVERIFY(trainee);
        m_trainee = trainee->id;
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void answersAreStoredWithTotalsAndPractice()
    {
        auto recorder = start();
        QVERIFY(recorder);
        const QString attemptId = recorder->context().attemptId;
        QCOMPARE(recorder->submit({"a", "b", "c", "d"}, shown).code, ErrorCode::None);
        QVERIFY(recorder->next());
        QCOMPARE(recorder->submit({"reuse", "phishing", "simswap"}, shown).code, ErrorCode::None); // 1/3
        QVERIFY(recorder->next());
        QCOMPARE(recorder->submit({"hello"}, shown).code, ErrorCode::None); // wrong: 0
        QVERIFY(recorder->next());
        QCOMPARE(recorder->choose(QStringLiteral("hang-up"), shown).code, ErrorCode::None);
        QCOMPARE(recorder->choose(QStringLiteral("report"), shown).code, ErrorCode::None);
        QVERIFY(recorder->session().isComplete());
        QVERIFY(!recorder->next());
        QCOMPARE(recorder->finish().code, ErrorCode::None);

        const auto attempt = m_store->attempt(attemptId);
        QVERIFY(attempt && attempt->isFinished());
        QCOMPARE(attempt->answeredCount, 4);
        QCOMPARE(attempt->score, recorder->session().score());
        QVERIFY(qAbs(attempt->score - (1 + 1.0 / 3 + 0 + 1)) < 1e-9);
        QCOMPARE(attempt->passed, recorder->session().passed());
        QCOMPARE(m_store->decisions(attemptId).size(), 2);
        QCOMPARE(m_store->answers(attemptId).last().chosen, QStringList({"hang-up", "report"}));
        // The two wrong answers are due for practice; the right ones were never in the set.
        const auto due = m_store->dueMistakes(m_trainee, QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(due.size(), 2);
        QCOMPARE(recorder->submit({"a"}, shown).code, ErrorCode::NotAnswerable); // finished
    }

    void aFailedAnswerLeavesNothingAndItsRetrySucceeds()
    {
        auto recorder = start();
        QVERIFY(recorder);
        const QString attemptId = recorder->context().attemptId;
        Probe probe(m_path);
        // The answer row goes in first, then the practice box, which fails: all of it goes.
        QVERIFY(probe.breakInserts(QStringLiteral("mistakes")));
        const CoreError failed = recorder->submit({"d", "c", "b", "a"}, shown);
        QCOMPARE(failed.code, ErrorCode::StorageFailed);
        QVERIFY(!recorder->session().isCurrentAnswered());
        QCOMPARE(m_store->answers(attemptId).size(), 0);
        QCOMPARE(m_store->attempt(attemptId)->answeredCount, 0);
        QCOMPARE(m_store->attempt(attemptId)->score, 0.0);
        QCOMPARE(probe.value(QStringLiteral("SELECT COUNT(*) FROM mistakes")).toInt(), 0);

        QVERIFY(probe.mend());
        QCOMPARE(recorder->submit({"d", "c", "b", "a"}, shown).code, ErrorCode::None);
        QCOMPARE(m_store->answers(attemptId).size(), 1);
        QCOMPARE(m_store->attempt(attemptId)->answeredCount, 1);
        QCOMPARE(probe.value(QStringLiteral("SELECT box FROM mistakes")).toInt(), 1);
    }

    void aFailedScenarioEndingKeepsNoDecisionAndItsRetrySucceeds()
    {
        auto recorder = start();
        QVERIFY(recorder);
        const QString attemptId = recorder->context().attemptId;
        for (const QStringList &answer : {QStringList{"a", "b", "c", "d"},
                                          QStringList{"phishing", "reuse", "simswap"},
                                          QStringList{"hurry", "link"}}) {
            QCOMPARE(recorder->submit(answer, shown).code, ErrorCode::None);
            QVERIFY(recorder->next());
        }
        QCOMPARE(recorder->choose(QStringLiteral("hang-up"), shown).code, ErrorCode::None);
        QCOMPARE(m_store->decisions(attemptId).size(), 1);

        // The ending's decision and the scenario's answer are one write with the attempt's
        // totals: the answer failing takes the decision with it.
        Probe probe(m_path);
        QVERIFY(probe.breakInserts(QStringLiteral("answers")));
        QVERIFY(recorder->choose(QStringLiteral("report"), shown).isError());
        QCOMPARE(m_store->decisions(attemptId).size(), 1);
        QCOMPARE(m_store->answers(attemptId).size(), 3);
        QCOMPARE(m_store->attempt(attemptId)->answeredCount, 3);
        QCOMPARE(recorder->session().scenarioPath(), QStringList{"hang-up"});

        // Once the disk is fine again the same choice goes through (before, every retry
        // failed on the decision already stored).
        QVERIFY(probe.mend());
        QCOMPARE(recorder->choose(QStringLiteral("report"), shown).code, ErrorCode::None);
        QCOMPARE(m_store->decisions(attemptId).size(), 2);
        const auto attempt = m_store->attempt(attemptId);
        QCOMPARE(attempt->answeredCount, 4);
        QCOMPARE(attempt->score, 4.0);
    }

    void startingReplacesTheInterruptedAttemptInOneTransaction()
    {
        auto first = start();
        QVERIFY(first);
        QCOMPARE(first->submit({"a", "b", "c", "d"}, shown).code, ErrorCode::None);
        const QString firstId = first->context().attemptId;

        // Starting fails midway (after the old attempt was closed): the old one stays open.
        Probe probe(m_path);
        QVERIFY(probe.breakInserts(QStringLiteral("quiz_attempts")));
        CoreError error;
        QVERIFY(!AttemptRecorder::startNew(*m_store, m_module, QStringLiteral("test-1"), m_trainee,
                                           QStringLiteral("vi"), 7, &error));
        QCOMPARE(error.code, ErrorCode::StorageFailed);
        const auto open = m_store->unfinishedAttempt(m_trainee, m_module.quiz->id);
        QVERIFY(open);
        QCOMPARE(open->id, firstId);
        QCOMPARE(m_store->attempts(m_trainee).size(), 1);

        QVERIFY(probe.mend());
        auto second = start();
        QVERIFY(second);
        QCOMPARE(m_store->unfinishedAttempt(m_trainee, m_module.quiz->id)->id, second->context().attemptId);
        const auto closed = m_store->attempt(firstId);
        QVERIFY(closed->abandoned && closed->isFinished());
        QCOMPARE(closed->answeredCount, 1); // its answers stay in the history
        // The first recorder's attempt is closed: its answers are refused, typed.
        QVERIFY(first->next());
        QCOMPARE(first->submit({"phishing", "reuse", "simswap"}, shown).code, ErrorCode::AttemptClosed);
    }

    void resumeContinuesWhereTheAttemptStopped()
    {
        auto first = start();
        QVERIFY(first);
        QCOMPARE(first->submit({"a", "b", "c", "d"}, shown).code, ErrorCode::None);
        int dropped = -1;
        auto resumed = AttemptRecorder::resume(*m_store, m_module, QStringLiteral("test-1"), m_trainee, &dropped);
        QVERIFY(resumed);
        QCOMPARE(dropped, 0);
        QCOMPARE(resumed->context().attemptId, first->context().attemptId);
        QCOMPARE(resumed->session().currentIndex(), 1);
    }

    void typedErrors()
    {
        auto recorder = start();
        QVERIFY(recorder);
        const CoreError invalid = recorder->submit({"a"}, shown); // an ordering needs every item
        QCOMPARE(invalid.code, ErrorCode::InvalidAnswer);
        QCOMPARE(invalid.where, QStringLiteral("order"));
        QCOMPARE(recorder->choose(QStringLiteral("hang-up"), shown).code, ErrorCode::NotAnswerable);

        AnswerRecord again;
        again.attemptId = recorder->context().attemptId;
        again.questionId = QStringLiteral("order");
        again.questionType = QStringLiteral("ordering");
        again.chosen = {"a", "b", "c", "d"};
        QCOMPARE(recorder->submit(again.chosen, shown).code, ErrorCode::None);
        QVERIFY(!m_store->recordAnswer(again));
        QCOMPARE(m_store->lastFailure().code, ErrorCode::AlreadyRecorded);
        again.chosen = {"not,joinable"};
        QVERIFY(!m_store->recordAnswer(again));
        QCOMPARE(m_store->lastFailure().code, ErrorCode::InvalidId);
        QCOMPARE(m_store->lastFailure().where, QStringLiteral("not,joinable"));
    }

    void practiceStoresOnlyTheSchedule()
    {
        auto graded = start();
        QVERIFY(graded);
        QCOMPARE(graded->submit({"d", "c", "b", "a"}, shown).code, ErrorCode::None); // wrong: box 1
        auto practice = AttemptRecorder::practice(*m_store, {Course{}}, m_trainee, 3);
        QVERIFY(!practice); // nothing due in a catalog without the question

        Course course;
        course.modules = {m_module};
        practice = AttemptRecorder::practice(*m_store, {course}, m_trainee, 3);
        QVERIFY(practice);
        QVERIFY(practice->isPractice());
        QCOMPARE(practice->session().questionCount(), 1);
        QCOMPARE(practice->submit({"a", "b", "c", "d"}, shown).code, ErrorCode::None);
        QCOMPARE(m_store->attempts(m_trainee).size(), 1);
        const auto tomorrow = QDateTime::currentDateTimeUtc().addDays(2);
        const auto due = m_store->dueMistakes(m_trainee, tomorrow);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().box, 2);
        QCOMPARE(due.first().moduleId, m_module.id);
    }

private:
    std::optional<AttemptRecorder> start()
    {
        CoreError error;
        auto recorder = AttemptRecorder::startNew(*m_store, m_module, QStringLiteral("test-1"), m_trainee,
                                                  QStringLiteral("vi"), 7, &error);
        if (!recorder)
            qWarning("start: %s", qPrintable(error.detail));
        return recorder;
    }

    Module m_module;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_path;
    QString m_trainee;
};

QTEST_GUILESS_MAIN(TestAttemptRecorder)
#include "tst_attemptrecorder.moc"
