// Scenario state: facts set by choices and tested by routes, the verdict audit (a bad choice
// reaching a good ending, an all-good path reaching a bad one) named by path, found without
// enumerating paths, and every new attribute refused where it does not belong.
#include "contentlimits.h"
#include "contentloader.h"
#include "datapaths.h"
#include "quizscoring.h"
#include "quizsession.h"
#include "scenariostates.h"
#include "testpack.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace khien;

namespace {

ScenarioChoice choice(const QString &id, const QString &next, double points, ChoiceQuality quality,
                      const QStringList &sets = {})
{
    ScenarioChoice c;
    c.id = id;
    c.next = next;
    c.points = points;
    c.quality = quality;
    c.sets = sets;
    return c;
}

ScenarioStep step(const QString &id, const QVector<ScenarioChoice> &choices)
{
    ScenarioStep s;
    s.id = id;
    s.choices = choices;
    return s;
}

ScenarioStep router(const QString &id, const QVector<ScenarioRoute> &routes)
{
    ScenarioStep s;
    s.id = id;
    s.routes = routes;
    return s;
}

ScenarioRoute route(const QString &next, const QStringList &ifSet = {}, const QStringList &ifNotSet = {},
                    std::optional<double> minPoints = std::nullopt)
{
    return ScenarioRoute{minPoints, ifSet, ifNotSet, next};
}

ScenarioStep ending(const QString &id, const QString &outcome)
{
    ScenarioStep s;
    s.id = id;
    s.ending = true;
    s.outcome = outcome;
    return s;
}

// The night-call shape: deny or approve; then report or keep quiet. Approving sets
// "got-in"; the tally routes on it, not on points.
Question nightCall()
{
    Question q;
    q.id = QStringLiteral("night");
    q.type = QuestionType::Scenario;
    q.start = QStringLiteral("prompt");
    q.steps = {
        step(QStringLiteral("prompt"), {choice(QStringLiteral("deny"), QStringLiteral("after"), 2, ChoiceQuality::Good),
                                        choice(QStringLiteral("approve"), QStringLiteral("after"), 0, ChoiceQuality::Bad, {QStringLiteral("got-in")})}),
        step(QStringLiteral("after"), {choice(QStringLiteral("report"), QStringLiteral("tally"), 2, ChoiceQuality::Good),
                                       choice(QStringLiteral("quiet"), QStringLiteral("tally"), 0, ChoiceQuality::Risky, {QStringLiteral("hidden")})}),
        router(QStringLiteral("tally"), {route(QStringLiteral("end-hidden"), {QStringLiteral("got-in"), QStringLiteral("hidden")}),
                                         route(QStringLiteral("end-contained"), {QStringLiteral("got-in")}),
                                         route(QStringLiteral("end-good"), {}, {QStringLiteral("hidden")}),
                                         route(QStringLiteral("end-mixed"))}),
        ending(QStringLiteral("end-good"), QStringLiteral("good")),
        ending(QStringLiteral("end-mixed"), QStringLiteral("mixed")),
        ending(QStringLiteral("end-contained"), QStringLiteral("mixed")),
        ending(QStringLiteral("end-hidden"), QStringLiteral("bad")),
    };
    return q;
}

// `layers` steps in a row, each with a good choice (1 point) and a risky one (0 points);
// the first layer's risky choice sets "slipped", the last step routes on it.
Question layered(int layers, bool distinctFacts = false)
{
    Question q;
    q.id = QStringLiteral("deep");
    q.type = QuestionType::Scenario;
    q.start = QStringLiteral("s0");
    for (int i = 0; i < layers; ++i) {
        const QString next = i + 1 < layers ? QStringLiteral("s%1").arg(i + 1) : QStringLiteral("tally");
        const QStringList sets = distinctFacts ? QStringList{QStringLiteral("f%1").arg(i)}
                                 : i == 0     ? QStringList{QStringLiteral("slipped")}
                                              : QStringList{};
        q.steps.append(step(QStringLiteral("s%1").arg(i),
                            {choice(QStringLiteral("a%1").arg(i), next, 1, ChoiceQuality::Good),
                             choice(QStringLiteral("b%1").arg(i), next, 0, ChoiceQuality::Risky, sets)}));
    }
    q.steps.append(router(QStringLiteral("tally"), {route(QStringLiteral("end-good"), {}, {QStringLiteral("slipped")}, layers),
                                                    route(QStringLiteral("end-mixed"))}));
    q.steps.append(ending(QStringLiteral("end-good"), QStringLiteral("good")));
    q.steps.append(ending(QStringLiteral("end-mixed"), QStringLiteral("mixed")));
    return q;
}

QStringList messages(const PackLoadResult &r)
{
    QStringList m;
    for (const ContentIssue &i : r.issues)
        m.append(i.toString());
    return m;
}

} // namespace

class TestScenarioAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pack;
    QString module() const { return m_pack + QStringLiteral("/modules/alpha.xml"); }
    PackLoadResult load() const { return loadPack(m_pack, true); }
    bool mentions(const QString &part) const { return messages(load()).join(QLatin1Char('\n')).contains(part); }

    // A scenario in the test pack: `steps` is the XML of its steps and endings.
    void addScenario(const QString &steps)
    {
        QVERIFY(testpack::editFile(module(), QStringLiteral("</quiz>"),
                                   QStringLiteral("<question id=\"sc\" type=\"scenario\" start=\"s1\">"
                                                  "<prompt lang=\"vi\">Tình huống.</prompt><prompt lang=\"en\">A situation.</prompt>")
                                       + steps + QStringLiteral("</question></quiz>")));
    }
    static QString xmlChoice(const QString &id, const QString &next, const QString &attributes)
    {
        return QStringLiteral("<choice id=\"%1\" next=\"%2\" %3><text lang=\"vi\">Chọn.</text><text lang=\"en\">Choose.</text>"
                              "<consequence lang=\"vi\">Vậy đó.</consequence><consequence lang=\"en\">So it is.</consequence></choice>")
            .arg(id, next, attributes);
    }
    static QString xmlEnding(const QString &id, const QString &outcome)
    {
        return QStringLiteral("<ending id=\"%1\" outcome=\"%2\"><text lang=\"vi\">Xong.</text><text lang=\"en\">Done.</text>"
                              "<summary lang=\"vi\">Bài học.</summary><summary lang=\"en\">The lesson.</summary></ending>")
            .arg(id, outcome);
    }
    static QString xmlStep(const QString &id, const QString &inner)
    {
        return QStringLiteral("<step id=\"%1\"><text lang=\"vi\">Bước.</text><text lang=\"en\">A step.</text>%2</step>").arg(id, inner);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_pack = testpack::copyPack(m_dir);
        QVERIFY(!m_pack.isEmpty());
    }

    void routesFollowFactsWhenPlaying()
    {
        const Question q = nightCall();
        QCOMPARE(walkScenario(q, {"deny", "report"})->step->id, QStringLiteral("end-good"));
        QCOMPARE(walkScenario(q, {"deny", "quiet"})->step->id, QStringLiteral("end-mixed"));
        QCOMPARE(walkScenario(q, {"approve", "report"})->step->id, QStringLiteral("end-contained"));
        const auto hidden = walkScenario(q, {"approve", "quiet"});
        QCOMPARE(hidden->step->id, QStringLiteral("end-hidden"));
        QCOMPARE(hidden->facts, (QSet<QString>{"got-in", "hidden"}));
        QCOMPARE(exploreScenario(q).maxPoints, 4.0);
        QVERIFY(exploreScenario(q).contradictions.isEmpty());
    }

    void sessionAndResumeFollowFacts()
    {
        Quiz quiz;
        quiz.id = QStringLiteral("quiz");
        Question q = nightCall();
        q.scenarioMaxPoints = exploreScenario(q).maxPoints;
        quiz.questions.append(q);
        QuizSession played(quiz);
        QVERIFY(played.choose(QStringLiteral("approve")));
        QVERIFY(played.choose(QStringLiteral("quiet")));
        QCOMPARE(played.scenarioPosition()->step->id, QStringLiteral("end-hidden"));
        QCOMPARE(played.answerForCurrent()->points, 0.0);
        // Resumed from the stored path, the same facts take the same route.
        QuizSession resumed(quiz, played.plan());
        QVERIFY(resumed.restore(QStringLiteral("night"), {QStringLiteral("approve")}));
        QVERIFY(resumed.choose(QStringLiteral("report")));
        QCOMPARE(resumed.scenarioPosition()->step->id, QStringLiteral("end-contained"));
        QCOMPARE(resumed.answerForCurrent()->points, 0.5);
    }

    void badChoiceReachingAGoodEndingIsNamedByPath()
    {
        Question q = nightCall();
        q.steps[2].routes.removeFirst(); // approve then keep quiet now routes on ...
        q.steps[2].routes.removeFirst(); // ... to end-good when nothing was hidden: approve, report
        const ScenarioExploration e = exploreScenario(q);
        QCOMPARE(e.contradictions.size(), 1);
        QCOMPARE(e.contradictions.first().kind, ScenarioContradiction::Kind::BadChoiceGoodEnding);
        QCOMPARE(e.contradictions.first().endingId, QStringLiteral("end-good"));
        QCOMPARE(e.contradictions.first().path, (QStringList{"approve", "report"}));
    }

    void goodPathReachingABadEndingIsNamedByPath()
    {
        Question q = nightCall();
        q.steps[2].routes.prepend(route(QStringLiteral("end-hidden"), {}, {}, 4.0)); // full marks end badly
        const ScenarioExploration e = exploreScenario(q);
        QCOMPARE(e.contradictions.size(), 1);
        QCOMPARE(e.contradictions.first().kind, ScenarioContradiction::Kind::GoodPathBadEnding);
        QCOMPARE(e.contradictions.first().path, (QStringList{"deny", "report"}));
    }

    void riskyChoicesAndMixedEndingsAreNotContradictions()
    {
        Question q = nightCall();
        q.steps[1].choices[1].quality = ChoiceQuality::Risky; // deny, quiet -> end-mixed: fine
        QVERIFY(exploreScenario(q).contradictions.isEmpty());
        q.steps[0].choices[1].quality = ChoiceQuality::Unrated; // not every choice rated: no audit
        q.steps[2].routes.removeFirst();
        q.steps[2].routes.removeFirst();
        QVERIFY(exploreScenario(q).contradictions.isEmpty());
    }

    void projectorBestPathComesFromTheStates()
    {
        QCOMPARE(exploreScenario(nightCall()).bestPath, (QStringList{"deny", "report"}));
    }

    void fortyLayerScenarioIsAuditedAtOnce()
    {
        // 2^40 paths; the states are (step, points, facts, worst) and number a few thousand.
        QElapsedTimer timer;
        timer.start();
        Question q = layered(40);
        ScenarioExploration e = exploreScenario(q);
        QVERIFY(!e.exceeded);
        QCOMPARE(e.maxPoints, 40.0);
        QVERIFY2(e.states < 10000, qPrintable(QString::number(e.states)));
        QVERIFY(e.contradictions.isEmpty());
        // The last step's risky choice made good: a path with a bad choice then ends well.
        q.steps[39].choices[1].quality = ChoiceQuality::Bad;
        q.steps[40].routes.first() = route(QStringLiteral("end-good"), {}, {QStringLiteral("slipped")}, 39.0);
        e = exploreScenario(q);
        QCOMPARE(e.contradictions.size(), 1);
        QCOMPARE(e.contradictions.first().path.size(), 40);
        QCOMPARE(e.contradictions.first().path.last(), QStringLiteral("b39"));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void factsThatMultiplyPathsStopAtTheBudget()
    {
        // Each layer's fact differs: 2^40 fact sets, so the walk must stop at its budget.
        QElapsedTimer timer;
        timer.start();
        const ScenarioExploration e = exploreScenario(layered(40, true));
        QVERIFY(e.exceeded);
        QVERIFY(e.states <= limits::maxScenarioStates + 2);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void loaderAuditsThePathsAndNamesThem()
    {
        addScenario(xmlStep(QStringLiteral("s1"), xmlChoice(QStringLiteral("deny"), QStringLiteral("s2"), QStringLiteral("points=\"1\" quality=\"good\""))
                                                      + xmlChoice(QStringLiteral("approve"), QStringLiteral("s2"), QStringLiteral("quality=\"bad\" sets=\"got-in\"")))
                    + xmlStep(QStringLiteral("s2"), QStringLiteral("<route ifSet=\"got-in\" next=\"end-bad\"/><route next=\"end-good\"/>"))
                    + xmlEnding(QStringLiteral("end-good"), QStringLiteral("good")) + xmlEnding(QStringLiteral("end-bad"), QStringLiteral("bad")));
        QVERIFY2(load().isClean(), qPrintable(messages(load()).join(QLatin1Char('\n'))));
        // Routed on points instead of the fact, approving ends well: the audit names the path.
        QVERIFY(testpack::editFile(module(), QStringLiteral("<route ifSet=\"got-in\" next=\"end-bad\"/>"),
                                   QStringLiteral("<route minPoints=\"5\" next=\"end-bad\"/>")));
        QVERIFY2(mentions(QStringLiteral("scenario \"sc\": the path approve makes a bad choice yet reaches \"end-good\", whose outcome is good")),
                 qPrintable(messages(load()).join(QLatin1Char('\n'))));
    }

    void badScenarioMarkupIsRefused_data()
    {
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QString>("message");
        const QString good = xmlEnding(QStringLiteral("end"), QStringLiteral("good"));
        QTest::newRow("unknown quality") << xmlStep(QStringLiteral("s1"), xmlChoice(QStringLiteral("a"), QStringLiteral("end"), QStringLiteral("points=\"1\" quality=\"great\""))) + good
                                         << "quality must be good, risky or bad";
        QTest::newRow("half rated") << xmlStep(QStringLiteral("s1"), xmlChoice(QStringLiteral("a"), QStringLiteral("end"), QStringLiteral("points=\"1\" quality=\"good\""))
                                                                         + xmlChoice(QStringLiteral("b"), QStringLiteral("end"), QStringLiteral("points=\"0\""))) + good
                                    << "gives a quality to some choices but not to b";
        QTest::newRow("fact never set") << xmlStep(QStringLiteral("s1"), xmlChoice(QStringLiteral("a"), QStringLiteral("s2"), QStringLiteral("points=\"1\"")))
                                               + xmlStep(QStringLiteral("s2"), QStringLiteral("<route ifSet=\"ghost\" next=\"end\"/><route next=\"end\"/>")) + good
                                        << "tests fact \"ghost\", which no choice of this scenario sets";
        QTest::newRow("last route on a fact") << xmlStep(QStringLiteral("s1"), xmlChoice(QStringLiteral("a"), QStringLiteral("s2"), QStringLiteral("points=\"1\" sets=\"x\"")))
                                                     + xmlStep(QStringLiteral("s2"), QStringLiteral("<route ifNotSet=\"x\" next=\"end\"/>")) + good
                                              << "must have no condition (minPoints, ifSet, ifNotSet)";
        QTest::newRow("invalid fact name") << xmlStep(QStringLiteral("s1"), xmlChoice(QStringLiteral("a"), QStringLiteral("end"), QStringLiteral("points=\"1\" sets=\"Got In\""))) + good
                                           << "invalid name \"Got\" in sets";
        QTest::newRow("sets on an ending") << xmlStep(QStringLiteral("s1"), xmlChoice(QStringLiteral("a"), QStringLiteral("end"), QStringLiteral("points=\"1\"")))
                                                  + QStringLiteral("<ending id=\"end\" outcome=\"good\" sets=\"x\"><text lang=\"vi\">X.</text><text lang=\"en\">X.</text>"
                                                                   "<summary lang=\"vi\">Y.</summary><summary lang=\"en\">Y.</summary></ending>")
                                           << "unknown attribute \"sets\" on <ending>";
        QTest::newRow("ifSet on a choice") << xmlStep(QStringLiteral("s1"), xmlChoice(QStringLiteral("a"), QStringLiteral("end"), QStringLiteral("points=\"1\" ifSet=\"x\""))) + good
                                           << "unknown attribute \"ifSet\" on <choice>";
        QTest::newRow("quality on a step") << QStringLiteral("<step id=\"s1\" quality=\"good\"><text lang=\"vi\">B.</text><text lang=\"en\">B.</text>")
                                                  + xmlChoice(QStringLiteral("a"), QStringLiteral("end"), QStringLiteral("points=\"1\"")) + QStringLiteral("</step>") + good
                                           << "unknown attribute \"quality\" on <step>";
    }

    void badScenarioMarkupIsRefused()
    {
        QFETCH(QString, steps);
        QFETCH(QString, message);
        addScenario(steps);
        QVERIFY2(mentions(message), qPrintable(messages(load()).join(QLatin1Char('\n'))));
    }

    void shippedScenariosPassTheAudit()
    {
        const PackLoadResult r = loadPack(shippedPackPath());
        QVERIFY2(r.isClean(), qPrintable(messages(r).join(QLatin1Char('\n'))));
        int scenarios = 0;
        for (const Module &m : r.course->modules) {
            for (const Question &q : m.quiz->questions) {
                if (q.type != QuestionType::Scenario)
                    continue;
                ++scenarios;
                for (const ScenarioStep &s : q.steps)
                    for (const ScenarioChoice &c : s.choices)
                        QVERIFY2(c.quality != ChoiceQuality::Unrated, qPrintable(q.id + QLatin1Char('/') + c.id));
                const ScenarioExploration e = exploreScenario(q);
                QVERIFY(!e.exceeded);
                QVERIFY(e.contradictions.isEmpty());
            }
        }
        QVERIFY(scenarios >= 7);
    }
};

QTEST_GUILESS_MAIN(TestScenarioAudit)
#include "tst_scenarioaudit.moc"
