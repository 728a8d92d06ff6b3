// Scoring rules, one test per rule (the rules are stated in app/core/quizscoring.h).
#include "quizscoring.h"

#include <QtTest>

using namespace khien;

namespace {
Question makeQuestion(QuestionType type, const QStringList &correct, const QStringList &wrong)
{
    Question q;
    q.id = QStringLiteral("q");
    q.type = type;
    for (const QString &id : correct)
        q.options.append(Option{id, {}, {}, true, {}, {}, {}});
    for (const QString &id : wrong)
        q.options.append(Option{id, {}, {}, false, {}, {}, {}});
    return q;
}
// An ordering whose items are listed in a right order, item i after the items in after[i].
Question precedenceOrdering(const QStringList &ids, const QVector<QStringList> &after)
{
    Question q = makeQuestion(QuestionType::Ordering, ids, {});
    for (int i = 0; i < after.size(); ++i)
        q.options[i].after = after.at(i);
    return q;
}
} // namespace

class TestQuizScoring : public QObject
{
    Q_OBJECT

private slots:
    void singleChoiceScoresOnePointForTheCorrectOption()
    {
        const Question q = makeQuestion(QuestionType::Single, {"a"}, {"b", "c"});
        const ScoredAnswer right = scoreAnswer(q, {"a"});
        QVERIFY(right.valid);
        QVERIFY(right.correct);
        QCOMPARE(right.points, 1.0);
        const ScoredAnswer wrong = scoreAnswer(q, {"b"});
        QVERIFY(wrong.valid);
        QVERIFY(!wrong.correct);
        QCOMPARE(wrong.points, 0.0);
    }

    void singleChoiceRefusesZeroOrSeveralOptions()
    {
        const Question q = makeQuestion(QuestionType::Single, {"a"}, {"b"});
        QVERIFY(!scoreAnswer(q, {}).valid);
        QVERIFY(!scoreAnswer(q, {"a", "b"}).valid);
    }

    void unknownOrRepeatedOptionsAreInvalid()
    {
        const Question q = makeQuestion(QuestionType::Multiple, {"a", "b"}, {"c"});
        QVERIFY(!scoreAnswer(q, {"zzz"}).valid);
        QVERIFY(!scoreAnswer(q, {"a", "a"}).valid);
    }

    void trueFalseScoresLikeSingleChoice()
    {
        const Question q = makeQuestion(QuestionType::TrueFalse, {"false"}, {"true"});
        QCOMPARE(scoreAnswer(q, {"false"}).points, 1.0);
        QCOMPARE(scoreAnswer(q, {"true"}).points, 0.0);
        QVERIFY(!scoreAnswer(q, {"true", "false"}).valid);
    }

    // Multiple choice: +1/C per correct option chosen, -1/W per wrong one, floored at 0.
    void multipleChoicePartialCredit_data()
    {
        QTest::addColumn<QStringList>("chosen");
        QTest::addColumn<double>("points");
        QTest::addColumn<bool>("correct");
        // 3 correct (a, b, c), 2 wrong (d, e)
        QTest::newRow("all correct, nothing wrong: full point") << QStringList{"a", "b", "c"} << 1.0 << true;
        QTest::newRow("two of three correct") << QStringList{"a", "b"} << 2.0 / 3 << false;
        QTest::newRow("one correct, one wrong: 1/3 - 1/2, floored") << QStringList{"a", "d"} << 0.0 << false;
        QTest::newRow("two correct, one wrong: 2/3 - 1/2") << QStringList{"a", "b", "d"} << 2.0 / 3 - 0.5 << false;
        QTest::newRow("all correct plus one wrong") << QStringList{"a", "b", "c", "d"} << 0.5 << false;
        QTest::newRow("only wrong options: floored at zero") << QStringList{"d", "e"} << 0.0 << false;
        QTest::newRow("everything: no better than nothing") << QStringList{"a", "b", "c", "d", "e"} << 0.0 << false;
    }

    void multipleChoicePartialCredit()
    {
        QFETCH(QStringList, chosen);
        QFETCH(double, points);
        QFETCH(bool, correct);
        const Question q = makeQuestion(QuestionType::Multiple, {"a", "b", "c"}, {"d", "e"});
        const ScoredAnswer s = scoreAnswer(q, chosen);
        QVERIFY(s.valid);
        QVERIFY2(qAbs(s.points - points) < 1e-9, qPrintable(QString::number(s.points)));
        QCOMPARE(s.correct, correct);
    }

    void multipleChoiceWithNothingChosenScoresZero()
    {
        const Question q = makeQuestion(QuestionType::Multiple, {"a"}, {"b"});
        const ScoredAnswer s = scoreAnswer(q, {});
        QVERIFY(s.valid);
        QCOMPARE(s.points, 0.0);
    }
    // Ordering with precedences: the share of required pairs (transitively closed) kept.
    void orderingWithPrecedencesScoresThePairsKept_data()
    {
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<double>("points");
        // call-bank first; email and bank passwords in either order; report last.
        // Pairs: call<email, call<bank-pw, email<report, bank-pw<report, call<report = 5.
        QTest::newRow("the file's order") << QStringList{"call", "email", "bank-pw", "report"} << 1.0;
        QTest::newRow("the two passwords swapped: also right") << QStringList{"call", "bank-pw", "email", "report"} << 1.0;
        QTest::newRow("report before the bank password: 4/5") << QStringList{"call", "email", "report", "bank-pw"} << 0.8;
        QTest::newRow("call last: 2/5") << QStringList{"email", "bank-pw", "report", "call"} << 0.4;
        QTest::newRow("reversed: 0") << QStringList{"report", "bank-pw", "email", "call"} << 0.0;
    }

    void orderingWithPrecedencesScoresThePairsKept()
    {
        QFETCH(QStringList, order);
        QFETCH(double, points);
        const Question q = precedenceOrdering({"call", "email", "bank-pw", "report"},
                                              {{}, {"call"}, {"call"}, {"email", "bank-pw"}});
        QCOMPARE(orderingPrecedences(q).size(), 5); // call<report comes from the closure
        const ScoredAnswer s = scoreAnswer(q, order);
        QVERIFY(s.valid);
        QVERIFY2(qAbs(s.points - points) < 1e-9, qPrintable(QString::number(s.points)));
        QCOMPARE(s.correct, points == 1.0);
    }

    void orderingWithoutPrecedencesKeepsTheLongestRunRule()
    {
        const Question q = makeQuestion(QuestionType::Ordering, {"a", "b", "c", "d"}, {});
        QVERIFY(orderingPrecedences(q).isEmpty());
        QVERIFY(qAbs(scoreAnswer(q, {"b", "c", "d", "a"}).points - 2.0 / 3) < 1e-9);
        QCOMPARE(scoreAnswer(q, {"b", "a", "c", "d"}).correct, false);
    }

    void orderingItemsRightFollowsThePrecedences()
    {
        const Question q = precedenceOrdering({"call", "email", "bank-pw", "report"},
                                              {{}, {"call"}, {"call"}, {"email", "bank-pw"}});
        QCOMPARE(orderingItemsRight(q, {"call", "bank-pw", "email", "report"}), (QVector<bool>{true, true, true, true}));
        QCOMPARE(orderingItemsRight(q, {"call", "email", "report", "bank-pw"}), (QVector<bool>{true, true, false, false}));
        const Question strict = makeQuestion(QuestionType::Ordering, {"a", "b", "c"}, {});
        QCOMPARE(orderingItemsRight(strict, {"a", "c", "b"}), (QVector<bool>{true, false, false}));
    }
};

QTEST_GUILESS_MAIN(TestQuizScoring)
#include "tst_quizscoring.moc"
