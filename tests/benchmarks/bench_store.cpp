// Benchmarks of the store on a real file: a durable recordAnswer and recordDecision, an
// answer with its practice box as the quiz writes it (recordQuizStep: one commit; before
// AttemptRecorder, two), and progress() of a busy trainee.
// Set KHIEN_BENCH_DIR to measure on a particular disk (the default temp folder may be tmpfs,
// where fsync costs nothing).
#include "benchdir.h"
#include "store.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace khien;

class BenchStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordAnswer();
    void progressOf200Attempts();
    void recordAnswerLatency();
    void recordDecisionLatency();
    void answerWithPracticeLatency();

private:
    [[nodiscard]] AnswerRecord nextAnswer();
    [[nodiscard]] DecisionRecord nextDecision();
    [[nodiscard]] QuizStep nextStep();
    // The answer and its practice box as two commits, as the app wrote them before.
    [[nodiscard]] bool answerThenPractice(const QuizStep &step);
    // Times 500 calls of `write`, each with a fresh record from `next` (not timed), and
    // prints p50, p99 and max.
    template<typename Record, typename Writer>
    void reportLatency(const char *name, Record (BenchStore::*next)(), Writer write);
    [[nodiscard]] std::optional<QString> startAttempt(const QString &traineeId, int module);

    std::unique_ptr<QTemporaryDir> m_dir;
    Store m_store;
    QString m_busyTrainee; // 200 finished attempts of 10 answers each
    QString m_attempt;     // an open attempt that recordAnswer() keeps adding to
    QString m_trainee;     // its trainee
    int m_question = 0;
    int m_decision = 0;
};

std::optional<QString> BenchStore::startAttempt(const QString &traineeId, int module)
{
    return m_store.startAttempt(traineeId, QStringLiteral("module-%1").arg(module),
                                QStringLiteral("quiz"), QStringLiteral("1.0.0"),
                                QStringLiteral("vi"), 70, 10);
}

AnswerRecord BenchStore::nextAnswer()
{
    AnswerRecord a;
    a.attemptId = m_attempt;
    a.questionId = QStringLiteral("question-%1").arg(++m_question);
    a.questionType = QStringLiteral("multiple");
    a.chosen = {QStringLiteral("a"), QStringLiteral("c")};
    a.correct = m_question % 3 != 0;
    a.points = a.correct ? 1 : 0;
    a.timeTakenMs = 4200;
    a.language = QStringLiteral("vi");
    a.contentVersion = QStringLiteral("1.0.0");
    return a;
}

DecisionRecord BenchStore::nextDecision()
{
    // A long scenario: every tenth decision starts the next question.
    const int n = m_decision++;
    DecisionRecord d;
    d.attemptId = m_attempt;
    d.questionId = QStringLiteral("scenario-%1").arg(n / 10);
    d.seq = n % 10;
    d.stepId = QStringLiteral("step-%1").arg(n % 10);
    d.choiceId = QStringLiteral("choice-b");
    d.points = n % 3 == 0 ? 0 : 1;
    return d;
}

QuizStep BenchStore::nextStep()
{
    QuizStep step;
    step.answer = nextAnswer();
    step.answer->answeredAt = QDateTime::currentDateTimeUtc();
    step.practice = PracticeOutcome{m_trainee, QStringLiteral("module-0"), QStringLiteral("quiz"),
                                    step.answer->questionId, step.answer->correct,
                                    step.answer->answeredAt};
    return step;
}

bool BenchStore::answerThenPractice(const QuizStep &step)
{
    const PracticeOutcome &p = *step.practice;
    return m_store.recordAnswer(*step.answer)
            && m_store.recordPracticeOutcome(p.traineeId, p.moduleId, p.quizId, p.questionId,
                                             p.correct, p.at);
}

void BenchStore::initTestCase()
{
    m_dir = benchmarkDir();
    QVERIFY(m_dir->isValid());
    const QString postgres = benchmarkPostgres();
    const QString path = postgres.isEmpty() ? m_dir->filePath(QStringLiteral("bench.sqlite")) : postgres;
    QCOMPARE(m_store.open(path), Store::OpenError::None);
    qInfo("database: %s", qPrintable(path));

    QElapsedTimer setup;
    setup.start();
    const auto busy = m_store.createTrainee(QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("10A1"));
    QVERIFY(busy);
    m_busyTrainee = busy->id;
    for (int i = 0; i < 200; ++i) {
        const auto attempt = startAttempt(m_busyTrainee, i % 8);
        QVERIFY(attempt);
        m_attempt = *attempt;
        for (int q = 0; q < 10; ++q)
            QVERIFY(m_store.recordAnswer(nextAnswer()));
        QVERIFY(m_store.finishAttempt(m_attempt, i % 2 == 0));
    }
    qInfo("setup: 200 attempts, 2000 answers, 2401 commits in %lld ms", setup.elapsed());

    const auto other = m_store.createTrainee(QStringLiteral("Trần Văn Bình"), {});
    QVERIFY(other);
    m_trainee = other->id;
    const auto attempt = startAttempt(other->id, 0);
    QVERIFY(attempt);
    m_attempt = *attempt;
}

void BenchStore::recordAnswer()
{
    QBENCHMARK {
        QVERIFY(m_store.recordAnswer(nextAnswer()));
    }
}

void BenchStore::progressOf200Attempts()
{
    QHash<QString, ModuleProgress> progress;
    QBENCHMARK {
        progress = m_store.progress(m_busyTrainee);
    }
    QCOMPARE(progress.size(), 8);
}

template<typename Record, typename Writer>
void BenchStore::reportLatency(const char *name, Record (BenchStore::*next)(), Writer write)
{
    constexpr int count = 500;
    std::vector<double> ms;
    ms.reserve(count);
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        const Record record = (this->*next)();
        timer.start();
        const bool ok = write(record);
        ms.push_back(timer.nsecsElapsed() / 1e6);
        QVERIFY2(ok, qPrintable(m_store.lastError()));
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[size_t(std::ceil(q * count)) - 1]; };
    qInfo("%s x%d: p50 %.3f ms, p99 %.3f ms, max %.3f ms", name, count, at(0.50), at(0.99),
          ms.back());
}

void BenchStore::recordAnswerLatency()
{
    reportLatency("recordAnswer", &BenchStore::nextAnswer,
                  [this](const AnswerRecord &r) { return m_store.recordAnswer(r); });
}

void BenchStore::recordDecisionLatency()
{
    reportLatency("recordDecision", &BenchStore::nextDecision,
                  [this](const DecisionRecord &r) { return m_store.recordDecision(r); });
}

void BenchStore::answerWithPracticeLatency()
{
    reportLatency("answer + practice, two commits (before)", &BenchStore::nextStep,
                  [this](const QuizStep &s) { return answerThenPractice(s); });
    reportLatency("answer + practice, recordQuizStep (now)", &BenchStore::nextStep,
                  [this](const QuizStep &s) { return m_store.recordQuizStep(s); });
}

QTEST_GUILESS_MAIN(BenchStore)
#include "bench_store.moc"
