// The question view participants get and the way back from their answer objects: the right
// answer, written in the view's ids, scores full marks; the view never carries the content's
// option ids nor which option is right; ids the view did not show are refused.
#include "attemptplan.h"
#include "contentloader.h"
#include "livemessage.h"
#include "livequestionview.h"
#include "testpack.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace khien;
using namespace khien::live;

class TestLiveQuestionView : public QObject
{
    Q_OBJECT

private:
    Course m_types;
    Course m_good;

private slots:
    void initTestCase()
    {
        const PackLoadResult types = loadPack(testpack::dataDir() + QStringLiteral("/packs/types"));
        const PackLoadResult good = loadPack(testpack::dataDir() + QStringLiteral("/packs/good"));
        QVERIFY(types.course && good.course);
        m_types = *types.course;
        m_good = *good.course;
    }

    void rightAnswerInViewIdsScoresFull_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QString>("module");
        QTest::newRow("good") << "good" << "alpha";
        QTest::newRow("types") << "types" << "types";
    }

    void rightAnswerInViewIdsScoresFull()
    {
        QFETCH(QString, pack);
        QFETCH(QString, module);
        const Course &course = pack == QLatin1String("good") ? m_good : m_types;
        const Quiz &quiz = *course.module(module)->quiz;
        for (quint32 seed : {1u, 7u, 12345u}) {
            const AttemptPlan plan = planAttempt(quiz, seed);
            for (const QString &qid : plan.questionOrder) {
                const Question &q = *quiz.question(qid);
                if (q.type == QuestionType::Scenario)
                    continue; // walked step by step: covered by the live tests
                const QuestionLayout layout = questionLayout(q, plan.optionsOf(qid));
                const QJsonObject view = questionView(layout, QStringLiteral("en"));
                const QByteArray json = QJsonDocument(view).toJson(QJsonDocument::Compact);
                QVERIFY2(!json.contains("correct"), json.constData());
                if (q.type != QuestionType::TrueFalse)
                    for (const Option &o : q.options)
                        QVERIFY2(!json.contains("\"id\":\"" + o.id.toUtf8() + "\""), qPrintable(q.id + QLatin1Char(' ') + o.id));
                const QJsonObject right = rightView(layout, QStringLiteral("en"));
                // `right` has the shape of an answer object.
                const auto chosen = chosenFromAnswer(layout, right);
                QVERIFY2(chosen, qPrintable(q.id));
                QVERIFY2(scoreAnswer(q, *chosen).correct, qPrintable(q.id));
            }
        }
    }

    void idsNotShownAreRefused()
    {
        const Quiz &quiz = *m_types.module(QStringLiteral("types"))->quiz;
        const AttemptPlan plan = planAttempt(quiz, 3);
        const Question &order = *quiz.question(QStringLiteral("order"));
        const QuestionLayout ordering = questionLayout(order, plan.optionsOf(order.id));
        QVERIFY(chosenFromAnswer(ordering, {{"order", QJsonArray{"o0", "o1", "o2", "o3"}}}));
        QVERIFY(!chosenFromAnswer(ordering, {{"order", QJsonArray{"o0", "o1", "o2"}}}));       // one left out
        QVERIFY(!chosenFromAnswer(ordering, {{"order", QJsonArray{"o0", "o0", "o1", "o2"}}})); // twice
        QVERIFY(!chosenFromAnswer(ordering, {{"order", QJsonArray{"a", "b", "c", "d"}}}));     // content ids
        QVERIFY(!chosenFromAnswer(ordering, {{"order", QJsonArray{"o0", "o1", "o2", "o03"}}}));
        QVERIFY(!chosenFromAnswer(ordering, {{"ids", QJsonArray{"o0"}}}));
        const Question &match = *quiz.question(QStringLiteral("match"));
        const QuestionLayout matching = questionLayout(match, plan.optionsOf(match.id));
        QVERIFY(chosenFromAnswer(matching, {{"pairs", QJsonObject{{"o0", "r0"}, {"o1", "r1"}, {"o2", "r2"}}}}));
        QVERIFY(!chosenFromAnswer(matching, {{"pairs", QJsonObject{{"o0", "r0"}, {"o1", "r1"}}}}));
        QVERIFY(!chosenFromAnswer(matching, {{"pairs", QJsonObject{{"o0", "r0"}, {"o1", "r1"}, {"o2", "r9"}}}}));
        const Question &flags = *quiz.question(QStringLiteral("flags"));
        const QuestionLayout redflags = questionLayout(flags, plan.optionsOf(flags.id));
        QVERIFY(chosenFromAnswer(redflags, {{"ids", QJsonArray{}}}));
        QVERIFY(!chosenFromAnswer(redflags, {{"ids", QJsonArray{"link"}}}));
        QVERIFY(!chosenFromAnswer(redflags, {{"ids", "o0"}}));
    }

    void strictMessageSchema()
    {
        QVERIFY(readClientMessage(QStringLiteral("{\"t\":\"join\",\"code\":\"123456\",\"name\":\"Lan\",\"lang\":\"vi\"}")));
        QVERIFY(!readClientMessage(QStringLiteral("{\"t\":\"join\",\"code\":\"123456\",\"name\":\"Lan\",\"lang\":\"fr\"}")));
        QVERIFY(!readClientMessage(QStringLiteral("{\"t\":\"join\",\"code\":\"123456\",\"name\":\"Lan\"}")));
        QVERIFY(!readClientMessage(QStringLiteral("{\"t\":\"join\",\"code\":123456,\"name\":\"Lan\",\"lang\":\"vi\"}")));
        QVERIFY(!readClientMessage(QStringLiteral("{\"t\":\"ping\",\"x\":null}")));
        QVERIFY(!readClientMessage(QStringLiteral("[\"ping\"]")));
        QVERIFY(!readClientMessage(QStringLiteral("{\"t\":\"answer\",\"q\":\"x\",\"n\":1.5,\"a\":{}}")));
        QVERIFY(!readClientMessage(QStringLiteral("{\"t\":\"answer\",\"q\":\"x\",\"n\":-1,\"a\":{}}")));
        QVERIFY(readClientMessage(QStringLiteral("{\"t\":\"answer\",\"q\":\"x\",\"n\":2,\"a\":{}}")));
        QVERIFY(!readClientMessage(QStringLiteral("{\"t\":\"ping\"}") + QString(5000, QLatin1Char(' '))));
        QVERIFY(!readClientMessage(QStringLiteral("{\"t\":\"resume\",\"token\":\"") + QString(65, QLatin1Char('A')) + QStringLiteral("\"}")));
    }
};

QTEST_GUILESS_MAIN(TestLiveQuestionView)
#include "tst_livequestionview.moc"
