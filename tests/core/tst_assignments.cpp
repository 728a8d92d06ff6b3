// What a trainee's classes assign: the latest session held up to today and any later ones,
// newest first, with the modules the content has and the trainee's grade on each.
#include "assignments.h"
#include "coursecatalog.h"
#include "store.h"
#include "testdatabase.h"
#include "testpack.h"

#include <QtTest>

using namespace khien;

class TestAssignments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KHIEN_REQUIRE_TEST_BACKEND(); }
    void latestPastSessionAndLaterOnesWithGrades()
    {
        QTemporaryDir dir;
        Store store;
        QCOMPARE(store.open(testdb::location(dir.filePath(QStringLiteral("khien.sqlite")))), Store::OpenError::None);
        const CourseCatalog catalog = CourseCatalog::load({testpack::dataDir() + QStringLiteral("/packs/good")});
        const auto trainee = store.createTrainee(QStringLiteral("Nguyễn Thị Ánh"), {});
        const auto other = store.createTrainee(QStringLiteral("Trần Văn Bình"), {});
        const auto cls = store.createClass(QStringLiteral("Lớp 12A"));
        QVERIFY(trainee && other && cls);
        QVERIFY(store.addToClass(cls->id, trainee->id));
        const QDate today(2026, 12, 3);
        const QStringList modules{QStringLiteral("alpha"), QStringLiteral("ghost")};
        QVERIFY(store.createSession(cls->id, QStringLiteral("Buổi 1"), today.addDays(-14), modules));
        QVERIFY(store.createSession(cls->id, QStringLiteral("Buổi 2"), today, modules));
        QVERIFY(store.createSession(cls->id, QStringLiteral("Buổi 3"), today.addDays(7), {QStringLiteral("alpha")}));

        QVERIFY(assignmentsFor(store, catalog, other->id, today, GradePolicy::Best).isEmpty());
        QVERIFY(assignmentsFor(store, catalog, {}, today, GradePolicy::Best).isEmpty());

        QVector<Assignment> found = assignmentsFor(store, catalog, trainee->id, today, GradePolicy::Best);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).session.title, QStringLiteral("Buổi 3"));
        QCOMPARE(found.at(1).session.title, QStringLiteral("Buổi 2"));
        QCOMPARE(found.at(1).className, QStringLiteral("Lớp 12A"));
        QCOMPARE(found.at(1).modules.size(), 1); // "ghost" is not in the content
        QCOMPARE(found.at(1).modules.first().module->id, QStringLiteral("alpha"));
        QCOMPARE(found.at(1).modules.first().grade, -1);
        QVERIFY(!found.at(1).modules.first().passed);

        // A finished attempt at 2 of 3 (pass mark 50) gives the grade and the pass.
        const auto attempt = store.startAttempt(trainee->id, QStringLiteral("alpha"), QStringLiteral("alpha-quiz"),
                                                QStringLiteral("test-1"), QStringLiteral("vi"), 50, 3);
        QVERIFY(attempt);
        for (const QString &question : {QStringLiteral("q-single"), QStringLiteral("q-tf")}) {
            AnswerRecord answer;
            answer.attemptId = *attempt;
            answer.questionId = question;
            answer.questionType = QStringLiteral("single");
            answer.correct = true;
            answer.points = 1;
            QVERIFY(store.recordAnswer(answer));
        }
        QVERIFY(store.finishAttempt(*attempt, true));
        found = assignmentsFor(store, catalog, trainee->id, today, GradePolicy::Best);
        QCOMPARE(found.at(0).modules.first().grade, 67);
        QVERIFY(found.at(0).modules.first().passed);

        // A week later the first two are history: only Buổi 3 is left.
        found = assignmentsFor(store, catalog, trainee->id, today.addDays(8), GradePolicy::Best);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().session.title, QStringLiteral("Buổi 3"));
    }
};

QTEST_GUILESS_MAIN(TestAssignments)
#include "tst_assignments.moc"
