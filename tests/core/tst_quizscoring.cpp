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
        q.options.append(Option{id, {}, {}, true});
    for (const QString &id : wrong)
        q.options.append(Option{id, {}, {}, false});
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
};

QTEST_GUILESS_MAIN(TestQuizScoring)
#include "tst_quizscoring.moc"
