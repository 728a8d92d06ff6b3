// Many processes writing into one store at once (storeclient), on SQLite and, as the _pg
// twin, on PostgreSQL: 20 trainees' answers all arrive once with the right totals, and of 20
// instructors naming the same class at once (in different cases) exactly one wins while the
// others are told the name is taken.
#include "store.h"
#include "testdatabase.h"
#include "testpack.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace khien;

namespace {

constexpr int clients = 20;

// Starts `clients` storeclients with `args` after DB and PACK, lets them all go at once once
// every one has opened the store, and returns each one's output (empty on failure).
QStringList runAll(const QString &db, const std::function<QStringList(int)> &args)
{
    const QString pack = testpack::dataDir() + QStringLiteral("/packs/types");
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < clients; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(STORECLIENT), QStringList{db, pack} + args(i));
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        while (!p->canReadLine() && p->state() != QProcess::NotRunning)
            p->waitForReadyRead(30000);
        if (p->readLine().trimmed() != "ready")
            return {};
    }
    for (auto &p : processes)
        p->write("go\n");
    QStringList outputs;
    for (auto &p : processes) {
        p->waitForFinished(120000);
        const QString out = QString::fromUtf8(p->readAll()).trimmed();
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
            qWarning("storeclient exited with %d: %s", p->exitCode(), qPrintable(out));
            return {};
        }
        outputs.append(out);
    }
    return outputs;
}

} // namespace

class TestStoreConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KHIEN_REQUIRE_TEST_BACKEND(); }

    void everyAnswerOnceWithItsTotals()
    {
        QTemporaryDir dir;
        const QString db = testdb::location(dir.filePath(QStringLiteral("khien.sqlite")));
        {
            Store store; // created and migrated once, before the crowd arrives
            QCOMPARE(store.open(db), Store::OpenError::None);
        }
        constexpr int attemptsEach = 3;
        const QStringList outputs = runAll(db, [](int) {
            return QStringList{QStringLiteral("answers"), QString::number(attemptsEach)};
        });
        QCOMPARE(outputs.size(), clients);

        Store store;
        QCOMPARE(store.open(db), Store::OpenError::None);
        const QVector<Trainee> trainees = store.trainees();
        QCOMPARE(trainees.size(), clients);
        int answers = 0;
        for (const Trainee &t : trainees) {
            const QVector<AttemptRecord> attempts = store.attempts(t.id);
            QCOMPARE(attempts.size(), attemptsEach);
            for (const AttemptRecord &a : attempts) {
                QVERIFY(a.isFinished() && !a.abandoned);
                const QVector<AnswerRecord> stored = store.answers(a.id);
                QCOMPARE(stored.size(), 4); // the types pack's quiz: every question answered
                QCOMPARE(a.answeredCount, stored.size());
                double score = 0;
                for (const AnswerRecord &r : stored)
                    score += r.points;
                QVERIFY(qAbs(a.score - score) < 1e-9);
                answers += stored.size();
            }
        }
        QCOMPARE(answers, clients * attemptsEach * 4);
        QCOMPARE(testdb::rawValue(db, QStringLiteral("SELECT COUNT(*) FROM answers")).toInt(), answers);
        QCOMPARE(testdb::rawValue(db, QStringLiteral("SELECT SUM(answered_count) FROM quiz_attempts")).toInt(),
                 answers);
    }

    void oneOfManyNamesTheClass()
    {
        QTemporaryDir dir;
        const QString db = testdb::location(dir.filePath(QStringLiteral("khien.sqlite")));
        {
            Store store;
            QCOMPARE(store.open(db), Store::OpenError::None);
        }
        const QStringList outputs = runAll(db, [](int i) {
            return QStringList{QStringLiteral("class"),
                               i % 2 ? QStringLiteral("Lớp An Toàn 10A1") : QStringLiteral("LỚP AN TOÀN 10a1")};
        });
        QCOMPARE(outputs.size(), clients);
        QCOMPARE(outputs.count(QStringLiteral("created")), 1);
        QCOMPARE(outputs.count(QStringLiteral("taken")), clients - 1);
        Store store;
        QCOMPARE(store.open(db), Store::OpenError::None);
        QCOMPARE(store.classes().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_storeconcurrency.moc"
