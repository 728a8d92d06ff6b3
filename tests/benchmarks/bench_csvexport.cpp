// How long the class dashboard and the CSV score exports take for a class of 1,000 trainees
// × 50 finished attempts (budget for each: 0.2 s), on a database generated through the Store
// API.
// Set KHIEN_BENCH_DIR to generate on a particular disk: every Store write is a durable commit,
// so generating ~350,000 of them is far quicker on tmpfs (/dev/shm) than on a real disk.
#include "classdashboard.h"
#include "coursecatalog.h"
#include "csvexport.h"
#include "dashboardmodel.h"
#include "datapaths.h"
#include "benchdir.h"
#include "store.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace khien;

namespace {
constexpr int traineeCount = 1000;
constexpr int attemptsPerTrainee = 50;
constexpr int answersPerAttempt = 5;
} // namespace

class BenchCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summary();
    void summarySemicolon();
    void summaryTimes();
    void dashboard();
    void classTimes();
    void storeCallsAlone();
    void answers();

private:
    // The dashboard and the summary CSV of the class, ten runs each, on `backend`.
    void timeClass(const char *backend);

    std::unique_ptr<QTemporaryDir> m_dir;
    Store m_store;
    CourseCatalog m_catalog;
    QString m_classId;
    int m_modules = 0;
};

void BenchCsvExport::initTestCase()
{
    m_dir = benchmarkDir();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("bench.sqlite"));
    QCOMPARE(m_store.open(path), Store::OpenError::None);
    qInfo("database: %s", qPrintable(path));

    m_catalog = CourseCatalog::load({shippedPackPath()});
    QVector<const Module *> quizModules;
    for (const Course &c : m_catalog.courses())
        for (const Module &m : c.modules)
            if (m.quiz)
                quizModules.append(&m);
    m_modules = 0;
    for (const Course &c : m_catalog.courses())
        m_modules += int(c.modules.size());
    QVERIFY(!quizModules.isEmpty());

    QElapsedTimer timer;
    timer.start();
    int commits = 0;
    for (int t = 0; t < traineeCount; ++t) {
        const auto trainee = m_store.createTrainee(QStringLiteral("Học viên %1 Nguyễn").arg(t, 4, 10, QLatin1Char('0')),
                                                   QStringLiteral("L%1").arg(t % 40));
        QVERIFY(trainee);
        ++commits;
        const Module &read = *quizModules[t % quizModules.size()];
        for (const Lesson &l : read.lessons) {
            QVERIFY(m_store.markLessonRead(trainee->id, read.id, l.id));
            ++commits;
        }
        for (int a = 0; a < attemptsPerTrainee; ++a) {
            const Module &m = *quizModules[(t + a) % quizModules.size()];
            const auto attempt = m_store.startAttempt(trainee->id, m.id, m.quiz->id,
                                                      QStringLiteral("1.0.0"), QStringLiteral("vi"),
                                                      m.quiz->passPercent, answersPerAttempt);
            QVERIFY(attempt);
            for (int q = 0; q < answersPerAttempt; ++q) {
                AnswerRecord r;
                r.attemptId = *attempt;
                r.questionId = QStringLiteral("question-%1").arg(q);
                r.questionType = QStringLiteral("single");
                r.chosen = {QStringLiteral("a")};
                r.correct = (t + a + q) % 3 != 0;
                r.points = r.correct ? 1 : 0;
                r.timeTakenMs = 3000 + q;
                r.language = QStringLiteral("vi");
                r.contentVersion = QStringLiteral("1.0.0");
                r.position = q;
                QVERIFY(m_store.recordAnswer(r));
            }
            QVERIFY(m_store.finishAttempt(*attempt, (t + a) % 2 == 0));
            commits += answersPerAttempt + 2;
        }
    }
    const auto cls = m_store.createClass(QStringLiteral("Lớp 1000"));
    QVERIFY(cls);
    m_classId = cls->id;
    for (const Trainee &t : m_store.trainees())
        QVERIFY(m_store.addToClass(m_classId, t.id));
    qInfo("generated %d trainees x %d finished attempts x %d answers (%d commits) in %.1f s",
          traineeCount, attemptsPerTrainee, answersPerAttempt, commits, timer.elapsed() / 1000.0);
    // PostgreSQL: the same data, brought over in one transaction as `khien db copy` does,
    // after SQLite's figures (both backends from one generated class).
    if (const QString postgres = benchmarkPostgres(); !postgres.isEmpty()) {
        timeClass("SQLite");
        m_store.close();
        timer.restart();
        QCOMPARE(m_store.open(postgres), Store::OpenError::None);
        const auto copied = m_store.copyFromSqlite(path);
        QVERIFY2(copied, qPrintable(m_store.lastError()));
        qInfo("copied %d rows to %s in %.1f s", *copied, qPrintable(postgres), timer.elapsed() / 1000.0);
    }
}

void BenchCsvExport::dashboard()
{
    Dashboard board;
    QBENCHMARK {
        board = buildDashboard(m_store, m_catalog, DashboardScope{m_classId, {}, {}});
    }
    QCOMPARE(board.rows.size(), traineeCount);
}

// Figures to quote for a class: the dashboard and the summary CSV, ten runs each.
void BenchCsvExport::classTimes()
{
    timeClass(benchmarkPostgres().isEmpty() ? "SQLite" : "PostgreSQL");
}

void BenchCsvExport::timeClass(const char *backend)
{
    auto timed = [backend](const char *what, const std::function<void()> &run) {
        std::vector<double> ms;
        QElapsedTimer timer;
        for (int i = 0; i < 10; ++i) {
            timer.start();
            run();
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        qInfo("%s: %s, class of %d x %d attempts: median %.1f ms, max %.1f ms", backend, what, traineeCount,
              attemptsPerTrainee, ms[ms.size() / 2], ms.back());
    };
    const DashboardScope scope{m_classId, {}, {}};
    // The store's part of both: the class's lessons read and grades, in two queries.
    timed("Store::progressByTrainee", [&] { (void)m_store.progressByTrainee(GradePolicy::Best, ProgressScope{{}, m_classId}); });
    timed("buildDashboard", [&] { (void)buildDashboard(m_store, m_catalog, scope); });
    // What the instructor's table waits for: the dashboard and its rows for QML.
    DashboardModel model;
    timed("buildDashboard + DashboardModel", [&] { model.setDashboard(buildDashboard(m_store, m_catalog, scope)); });
    timed("DashboardModel sort by a module", [&] { model.sortBy(0); });
    CsvOptions options;
    options.scope = scope;
    timed("summaryCsv", [&] { (void)summaryCsv(m_store, m_catalog, options); });
}

void BenchCsvExport::summary()
{
    QByteArray csv;
    QBENCHMARK {
        csv = summaryCsv(m_store, m_catalog, {});
    }
    QCOMPARE(int(csv.count("\r\n")), 1 + traineeCount * m_modules);
}

void BenchCsvExport::summarySemicolon()
{
    CsvOptions options;
    options.separator = QLatin1Char(';');
    QByteArray csv;
    QBENCHMARK {
        csv = summaryCsv(m_store, m_catalog, options);
    }
    QCOMPARE(int(csv.count("\r\n")), 1 + traineeCount * m_modules);
}

// Figures to quote: ten exports, each timed, with the median and the slowest.
void BenchCsvExport::summaryTimes()
{
    std::vector<double> ms;
    QElapsedTimer timer;
    qsizetype bytes = 0;
    for (int i = 0; i < 10; ++i) {
        timer.start();
        bytes = summaryCsv(m_store, m_catalog, {}).size();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    qInfo("summaryCsv, %d trainees x %d modules (%lld bytes): median %.1f ms, max %.1f ms",
          traineeCount, m_modules, qlonglong(bytes), ms[ms.size() / 2], ms.back());
}

// What summaryCsv() spends in the Store calls it makes, per trainee; the rest is the CSV.
void BenchCsvExport::storeCallsAlone()
{
    QElapsedTimer timer;
    timer.start();
    const QVector<Trainee> trainees = m_store.trainees();
    const qint64 list = timer.restart();
    for (const Trainee &t : trainees)
        QVERIFY(!m_store.progress(t.id).isEmpty());
    const qint64 progress = timer.restart();
    for (const Trainee &t : trainees)
        QCOMPARE(m_store.attempts(t.id).size(), attemptsPerTrainee);
    const qint64 attempts = timer.restart();
    for (const Trainee &t : trainees)
        QVERIFY(!m_store.lessonsRead(t.id).isEmpty());
    const qint64 lessons = timer.restart();
    qInfo("Store calls for %d trainees: trainees() %lld ms, progress() %lld ms, attempts() %lld ms,"
          " lessonsRead() %lld ms", int(trainees.size()), list, progress, attempts, lessons);
}

void BenchCsvExport::answers()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray csv = answersCsv(m_store, {});
    qInfo("answersCsv, %d answers (%lld bytes): %lld ms", traineeCount * attemptsPerTrainee * answersPerAttempt,
          qlonglong(csv.size()), timer.elapsed());
    QCOMPARE(int(csv.count("\r\n")), 1 + traineeCount * attemptsPerTrainee * answersPerAttempt);
}

QTEST_GUILESS_MAIN(BenchCsvExport)
#include "bench_csvexport.moc"
