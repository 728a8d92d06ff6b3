// A quiz session: moving through questions, refusing double answers, totals and the pass mark.
#include "contentloader.h"
#include "quizsession.h"
#include "testpack.h"

#include <QtTest>

using namespace khien;

class TestQuizSession : public QObject
{
    Q_OBJECT

    Quiz m_quiz; // alpha-quiz: single (a), multiple (a+b of a,b,c), truefalse (false); pass 70%

private slots:
    void initTestCase()
    {
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/good"));
        QVERIFY(r.isClean());
        m_quiz = *r.course->modules.first().quiz;
    }

    void walksThroughEveryQuestionOnce()
    {
        QuizSession s(m_quiz);
        QCOMPARE(s.questionCount(), 3);
        QCOMPARE(s.currentIndex(), 0);
        QVERIFY(!s.next()); // cannot skip an unanswered question
        QVERIFY(s.answer({"a"}));
        QVERIFY(!s.answer({"b"})); // no second answer to the same question
        QCOMPARE(s.chosenForCurrent(), QStringList{"a"});
        QVERIFY(s.next());
        QCOMPARE(s.currentQuestion().id, QStringLiteral("q-multiple"));
        QVERIFY(!s.answer({"nonexistent"}));
        QVERIFY(!s.isCurrentAnswered());
        QVERIFY(s.answer({"a", "b"}));
        QVERIFY(s.next());
        QVERIFY(s.isLastQuestion());
        QVERIFY(s.answer({"false"}));
        QVERIFY(!s.next());
        QVERIFY(s.isComplete());
        QCOMPARE(s.score(), 3.0);
        QCOMPARE(s.percent(), 100.0);
        QVERIFY(s.passed());
    }

    void passMarkIsAShareOfTheMaximum_data()
    {
        QTest::addColumn<int>("passPercent");
        QTest::addColumn<QStringList>("multipleAnswer");
        QTest::addColumn<bool>("passed");
        // Answers: single right (1), multiple as given, truefalse wrong (0).
        QTest::newRow("2 of 3 = 66.7% < 70%") << 70 << QStringList{"a", "b"} << false;
        QTest::newRow("2 of 3 reaches a 66% mark") << 66 << QStringList{"a", "b"} << true;
        QTest::newRow("2 of 3 = 66.7% is below a 67% mark") << 67 << QStringList{"a", "b"} << false;
        QTest::newRow("partial credit counts: 1.5 of 3 = 50%") << 50 << QStringList{"a"} << true;
    }

    void passMarkIsAShareOfTheMaximum()
    {
        QFETCH(int, passPercent);
        QFETCH(QStringList, multipleAnswer);
        QFETCH(bool, passed);
        Quiz quiz = m_quiz;
        quiz.passPercent = passPercent;
        QuizSession s(quiz);
        QVERIFY(s.answer({"a"}));
        QVERIFY(s.next());
        QVERIFY(s.answer(multipleAnswer));
        QVERIFY(s.next());
        QVERIFY(s.answer({"true"}));
        QCOMPARE(s.passed(), passed);
    }

    void tenQuestionsSevenRightPassesSeventyPercent()
    {
        Quiz quiz;
        quiz.passPercent = 70;
        for (int i = 0; i < 10; ++i) {
            Question q;
            q.id = QStringLiteral("q%1").arg(i);
            q.options = {Option{QStringLiteral("y"), {}, {}, true, {}, {}, {}}, Option{QStringLiteral("n"), {}, {}, false, {}, {}, {}}};
            quiz.questions.append(q);
        }
        QuizSession s(quiz);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(s.answer({i < 7 ? QStringLiteral("y") : QStringLiteral("n")}));
            s.next();
        }
        QCOMPARE(s.score(), 7.0);
        QVERIFY(s.passed());
    }
};

QTEST_GUILESS_MAIN(TestQuizSession)
#include "tst_quizsession.moc"
