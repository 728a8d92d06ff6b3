// Ordering, matching, red-flag and scenario questions: loaded exactly, scored by their rules,
// and each kind of bad input (a broken scenario graph above all) refused with file, line and
// the item named.
#include "contentloader.h"
#include "quizscoring.h"
#include "quizsession.h"
#include "scenariograph.h"
#include "testpack.h"

#include <QtTest>

using namespace khien;
using Edits = QList<QPair<QString, QString>>;

class TestQuestionTypes : public QObject
{
    Q_OBJECT

    Quiz m_quiz;
    const Question &question(const char *id) const { return *m_quiz.question(QString::fromLatin1(id)); }

private slots:
    void initTestCase()
    {
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/types"), true);
        QVERIFY2(r.isClean(), qPrintable(r.issues.value(0).toString()));
        m_quiz = *r.course->modules.first().quiz;
    }

    void loadsEachType()
    {
        QCOMPARE(question("order").type, QuestionType::Ordering);
        QCOMPARE(question("order").options.size(), 4);
        QCOMPARE(question("match").options.at(1).match.en, QStringLiteral("Password manager"));
        const Question &flags = question("flags");
        QCOMPARE(flags.mockKind, QStringLiteral("sms"));
        QCOMPARE(flags.options.size(), 4);
        QCOMPARE(flags.option(QStringLiteral("link"))->role, QStringLiteral("link"));
        QVERIFY(flags.option(QStringLiteral("hurry"))->correct);
        QVERIFY(!flags.option(QStringLiteral("hello"))->correct);
        QCOMPARE(flags.option(QStringLiteral("hurry"))->explanation.en, QStringLiteral("Urgency."));
        const Question &story = question("story");
        QCOMPARE(story.start, QStringLiteral("s1"));
        QCOMPARE(story.steps.size(), 6);
        QVERIFY(story.step(QStringLiteral("end-good"))->ending);
        QCOMPARE(story.step(QStringLiteral("end-bad"))->outcome, QStringLiteral("bad"));
        QCOMPARE(*story.step(QStringLiteral("s2"))->routes.first().minPoints, 2.0);
        QCOMPARE(story.scenarioMaxPoints, 3.0); // hang up (2) + report (1)
    }

    // Ordering: (L - 1) / (n - 1), L = longest run in the right relative order.
    void orderingScore_data()
    {
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<double>("points");
        QTest::newRow("right order: 1") << QStringList{"a", "b", "c", "d"} << 1.0;
        QTest::newRow("reversed: 0") << QStringList{"d", "c", "b", "a"} << 0.0;
        QTest::newRow("one step moved to the end: L=3, 2/3") << QStringList{"b", "c", "d", "a"} << 2.0 / 3;
        QTest::newRow("two swapped pairs: L=2, 1/3") << QStringList{"b", "a", "d", "c"} << 1.0 / 3;
    }
    void orderingScore()
    {
        QFETCH(QStringList, order);
        QFETCH(double, points);
        const ScoredAnswer s = scoreAnswer(question("order"), order);
        QVERIFY(s.valid);
        QVERIFY2(qAbs(s.points - points) < 1e-9, qPrintable(QString::number(s.points)));
        QCOMPARE(s.correct, points == 1.0);
    }
    void orderingNeedsEveryItemOnce()
    {
        QVERIFY(!scoreAnswer(question("order"), {"a", "b", "c"}).valid);
        QVERIFY(!scoreAnswer(question("order"), {"a", "a", "b", "c"}).valid);
    }

    // Matching: 1/n per left item given its own partner.
    void matchingScore()
    {
        const Question &q = question("match");
        QCOMPARE(scoreAnswer(q, {"phishing", "reuse", "simswap"}).points, 1.0);
        QVERIFY(qAbs(scoreAnswer(q, {"phishing", "simswap", "reuse"}).points - 1.0 / 3) < 1e-9);
        QCOMPARE(scoreAnswer(q, {"reuse", "simswap", "phishing"}).points, 0.0);
        QVERIFY(!scoreAnswer(q, {"phishing", "reuse"}).valid);
        QVERIFY(!scoreAnswer(q, {"phishing", "reuse", "nope"}).valid);
    }

    // Red flags: flags found earn 1/F each, false alarms cost 1/W each, floored at 0.
    void redFlagScore()
    {
        const Question &q = question("flags"); // F = 2 (hurry, link), W = 2 (sender, hello)
        QCOMPARE(scoreAnswer(q, {"hurry", "link"}).points, 1.0);
        QCOMPARE(scoreAnswer(q, {"hurry"}).points, 0.5);
        QCOMPARE(scoreAnswer(q, {"hurry", "link", "hello"}).points, 0.5);
        QCOMPARE(scoreAnswer(q, {"sender", "hello", "hurry", "link"}).points, 0.0);
        QCOMPARE(scoreAnswer(q, {}).points, 0.0);
        QVERIFY(scoreAnswer(q, {}).valid);
    }

    // Scenario: path points / the best path's points; routes follow the points so far.
    void scenarioScore()
    {
        const Question &q = question("story");
        QCOMPARE(scoreAnswer(q, {"hang-up", "report"}).points, 1.0);
        QVERIFY(qAbs(scoreAnswer(q, {"hang-up", "forget"}).points - 2.0 / 3) < 1e-9);
        QCOMPARE(scoreAnswer(q, {"install"}).points, 0.0);
        QVERIFY(!scoreAnswer(q, {"hang-up"}).valid);           // not at an ending yet
        QVERIFY(!scoreAnswer(q, {"report"}).valid);            // not a choice of the first step
        QVERIFY(!scoreAnswer(q, {"install", "report"}).valid); // past the ending
    }

    void scenarioRoutesOnPointsSoFar()
    {
        Question q = question("story");
        // With a 3-point threshold, hanging up (2 points) routes straight to the mixed ending.
        q.steps[1].routes[0].minPoints = 3.0;
        const auto end = walkScenario(q, {"hang-up"});
        QVERIFY(end);
        QCOMPARE(end->step->id, QStringLiteral("end-mixed"));
        QCOMPARE(scenarioMaxPoints(q).value_or(-1), 2.0);
    }

    void sessionPlaysAScenarioStepByStep()
    {
        QuizSession s(m_quiz);
        while (s.currentQuestion().type != QuestionType::Scenario) {
            QVERIFY(s.answer(s.currentQuestion().type == QuestionType::RedFlags ? QStringList{} : s.optionOrder()));
            QVERIFY(s.next());
        }
        QVERIFY(!s.answer({"hang-up"})); // scenarios are played with choose()
        QCOMPARE(s.scenarioPosition()->step->id, QStringLiteral("s1"));
        QVERIFY(!s.choose(QStringLiteral("report")));
        const auto choice = s.choose(QStringLiteral("hang-up"));
        QVERIFY(choice);
        QCOMPARE(choice->consequence.en, QStringLiteral("You are safe."));
        QCOMPARE(s.scenarioPosition()->step->id, QStringLiteral("s3")); // routed past s2
        QVERIFY(!s.isCurrentAnswered());
        QVERIFY(s.choose(QStringLiteral("report")));
        QVERIFY(s.isCurrentAnswered());
        QCOMPARE(s.chosenForCurrent(), (QStringList{"hang-up", "report"}));
        QCOMPARE(s.answerForCurrent()->points, 1.0);
        QVERIFY(!s.choose(QStringLiteral("forget")));
    }

    void badInput_data()
    {
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("flag outside its mock")
            << Edits{{"<flag part=\"link\">", "<flag part=\"footer\">"}}
            << 46 << "the flag names part \"footer\", which is not in the mock of question \"flags\"";
        QTest::newRow("ordering item listed twice")
            << Edits{{"<item id=\"b\">", "<item id=\"a\">"}}
            << 25 << "item \"a\" is listed twice in question \"order\"";
        QTest::newRow("unknown mock kind")
            << Edits{{"<mock kind=\"sms\">", "<mock kind=\"fax\">"}}
            << 39 << "unknown mock kind \"fax\": use sms, email, chat, web or call";
        QTest::newRow("scenario: route to a missing step")
            << Edits{{"<route minPoints=\"2\" next=\"s3\"/>", "<route minPoints=\"2\" next=\"s9\"/>"}}
            << 63 << "a route of step \"s2\" leads to \"s9\", which is not a step or ending of this scenario";
        QTest::newRow("scenario: choice to a missing step")
            << Edits{{"next=\"end-good\"", "next=\"the-end\""}}
            << 72 << "choice \"report\" leads to \"the-end\", which is not a step or ending of this scenario";
        QTest::newRow("scenario: unreachable ending")
            << Edits{{"<choice id=\"install\" next=\"end-bad\"", "<choice id=\"install\" next=\"end-mixed\""}}
            << 89 << "\"end-bad\" cannot be reached from the start step \"s1\"";
        QTest::newRow("scenario: dead end")
            << Edits{{"<route minPoints=\"2\" next=\"s3\"/>", ""}, {"<route next=\"end-mixed\"/>", ""}}
            << 63 << "step \"s2\" is a dead end: it has no <choice> or <route>";
        QTest::newRow("scenario: loop without exit")
            << Edits{{"<route next=\"end-mixed\"/>", "<route next=\"s3\"/>"},
                     {"next=\"end-good\"", "next=\"s2\""}, {"<choice id=\"forget\" next=\"end-mixed\"", "<choice id=\"forget\" next=\"s2\""}}
            << 63 << "from step \"s2\" no ending can be reached (a loop without exit)";
        QTest::newRow("scenario: conditional last route")
            << Edits{{"<route next=\"end-mixed\"/>", "<route minPoints=\"1\" next=\"end-mixed\"/>"}}
            << 63 << "the last route of step \"s2\" must have no minPoints, so every trainee can go on";
        QTest::newRow("scenario: missing translation")
            << Edits{{"<consequence lang=\"en\">Good.</consequence>", ""}}
            << 72 << "<consequence> has no English text (lang=\"en\")";
        QTest::newRow("scenario: start is missing")
            << Edits{{"start=\"s1\"", "start=\"s0\""}}
            << 48 << "scenario \"story\": start step \"s0\" does not exist";
    }

    void badInput()
    {
        QFETCH(Edits, edits);
        QFETCH(int, line);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir, QStringLiteral("types"));
        const QString file = pack + QStringLiteral("/modules/types.xml");
        for (const auto &[from, to] : edits)
            QVERIFY2(testpack::editFile(file, from, to), qPrintable(from));
        const PackLoadResult r = loadPack(pack);
        QVERIFY(!r.issues.isEmpty());
        QCOMPARE(r.issues.first().file, file);
        QCOMPARE(r.issues.first().message, message);
        QCOMPARE(r.issues.first().line, line);
        QVERIFY(r.course);
        QCOMPARE(r.course->modules.size(), 0); // the broken module is left out, not half-loaded
    }
};

QTEST_GUILESS_MAIN(TestQuestionTypes)
#include "tst_questiontypes.moc"
