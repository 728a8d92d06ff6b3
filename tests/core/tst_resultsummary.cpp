// The result summary of a finished attempt: what went well, what to review next and each
// scenario's path as nodes and edges, computed from the session alone.
#include "contentloader.h"
#include "resultsummary.h"
#include "testpack.h"

#include <QtTest>

using namespace khien;

class TestResultSummary : public QObject
{
    Q_OBJECT

    Module m_module;

    const Question &question(const QString &id) const { return *m_module.quiz->question(id); }

private slots:
    void initTestCase()
    {
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/types"));
        QVERIFY2(r.isClean(), qPrintable(r.issues.value(0).toString()));
        m_module = r.course->modules.first();
        QVERIFY(m_module.quiz);
    }

    void pathThroughARouteStep()
    {
        // s1 -hang-up-> (s2 routes on 2 points) -> s3 -report-> end-good
        const ScenarioPath p = scenarioPathOf(question(QStringLiteral("story")), {QStringLiteral("hang-up"), QStringLiteral("report")});
        QCOMPARE(p.nodes.size(), 3);
        QCOMPARE(p.nodes.at(0).id, QStringLiteral("s1"));
        QCOMPARE(p.nodes.at(1).id, QStringLiteral("s3")); // the route step is passed through
        QCOMPARE(p.nodes.at(2).id, QStringLiteral("end-good"));
        QVERIFY(!p.nodes.at(1).ending);
        QVERIFY(p.nodes.at(2).ending);
        QCOMPARE(p.nodes.at(2).outcome, QStringLiteral("good"));
        QCOMPARE(p.nodes.at(1).text.en, QStringLiteral("What next?"));
        QCOMPARE(p.edges.size(), 2);
        QCOMPARE(p.edges.at(0).from, 0);
        QCOMPARE(p.edges.at(0).to, 1);
        QCOMPARE(p.edges.at(0).choice.en, QStringLiteral("Hang up"));
        QCOMPARE(p.edges.at(0).points, 2.0);
        QCOMPARE(p.edges.at(1).from, 1);
        QCOMPARE(p.edges.at(1).to, 2);
        QCOMPARE(p.edges.at(1).choiceId, QStringLiteral("report"));
        QCOMPARE(p.outcome, QStringLiteral("good"));
        QCOMPARE(p.endingSummary.en, QStringLiteral("Hang up, then report."));
    }

    void shortBadPath()
    {
        const ScenarioPath p = scenarioPathOf(question(QStringLiteral("story")), {QStringLiteral("install")});
        QCOMPARE(p.nodes.size(), 2);
        QCOMPARE(p.edges.size(), 1);
        QCOMPARE(p.nodes.at(1).id, QStringLiteral("end-bad"));
        QCOMPARE(p.outcome, QStringLiteral("bad"));
    }

    void impossiblePathIsEmpty()
    {
        QVERIFY(scenarioPathOf(question(QStringLiteral("story")), {QStringLiteral("report")}).nodes.isEmpty());
        QVERIFY(scenarioPathOf(question(QStringLiteral("story")), {QStringLiteral("install"), QStringLiteral("report")}).nodes.isEmpty());
    }

    void wentWellAndReviewNext()
    {
        QuizSession s(*m_module.quiz);
        QVERIFY(s.answer({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")})); // order: right
        QVERIFY(s.next());
        QVERIFY(s.answer({QStringLiteral("reuse"), QStringLiteral("phishing"), QStringLiteral("simswap")})); // matching: 1 of 3
        QVERIFY(s.next());
        QVERIFY(s.answer({QStringLiteral("hurry"), QStringLiteral("link")})); // flags: right
        QVERIFY(s.next());
        QVERIFY(s.choose(QStringLiteral("hang-up")));
        QVERIFY(s.choose(QStringLiteral("forget"))); // mixed ending, 2 of 3 points
        QVERIFY(s.isComplete());

        const ResultSummary r = summarizeResult(s, &m_module.lessons.first());
        QStringList well, review;
        for (const QuestionResult &q : r.wentWell)
            well.append(q.questionId);
        for (const QuestionResult &q : r.reviewNext)
            review.append(q.questionId);
        QCOMPARE(well, QStringList({QStringLiteral("order"), QStringLiteral("flags")}));
        QCOMPARE(review, QStringList({QStringLiteral("match"), QStringLiteral("story")}));
        QCOMPARE(r.reviewNext.first().prompt.en, QStringLiteral("Match each threat with its defence."));
        QVERIFY(qAbs(r.reviewNext.first().points - 1.0 / 3) < 1e-9);
        QCOMPARE(r.lessonId, QStringLiteral("types-lesson"));
        QCOMPARE(r.lessonTitle.en, QStringLiteral("Lesson"));
        QCOMPARE(r.percent, qRound(s.percent()));
        QCOMPARE(r.passed, s.passed());

        QCOMPARE(r.scenarios.size(), 1);
        const ScenarioPath &p = r.scenarios.first();
        QCOMPARE(p.questionId, QStringLiteral("story"));
        QCOMPARE(p.nodes.size(), 3);
        QCOMPARE(p.nodes.constLast().id, QStringLiteral("end-mixed"));
        QCOMPARE(p.outcome, QStringLiteral("mixed"));
        QVERIFY(qAbs(p.points - 2.0 / 3) < 1e-9);
    }

    void unansweredQuestionsAreToReviewAndNoLessonIsFine()
    {
        QuizSession s(*m_module.quiz);
        const ResultSummary r = summarizeResult(s, nullptr);
        QCOMPARE(r.wentWell.size(), 0);
        QCOMPARE(r.reviewNext.size(), 4);
        QVERIFY(r.scenarios.isEmpty());
        QVERIFY(r.lessonId.isEmpty());
    }

    void moduleStatus()
    {
        ModuleProgress p;
        QCOMPARE(moduleStatusName(p), QStringLiteral("not-started"));
        p.lessonsRead = 1;
        QCOMPARE(moduleStatusName(p), QStringLiteral("in-progress"));
        p = {};
        p.timeSpentMs = 5000; // a quiz begun, nothing finished
        QCOMPARE(moduleStatusName(p), QStringLiteral("in-progress"));
        p.finishedAttempts = 2;
        QCOMPARE(moduleStatusName(p), QStringLiteral("not-passed"));
        p.passed = true;
        QCOMPARE(moduleStatusName(p), QStringLiteral("passed"));
    }
};

QTEST_GUILESS_MAIN(TestResultSummary)
#include "tst_resultsummary.moc"
