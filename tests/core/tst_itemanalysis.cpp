// Tests of the item analysis: statistics on a small data set computed by hand, the 27% groups
// with ties and few trainees, and the Store adapter on a real SQLite file.
#include "coursecatalog.h"
#include "itemanalysis.h"
#include "quizscoring.h"
#include "store.h"
#include "testpack.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <random>

using namespace khien;

namespace {

Option option(const QString &id, bool correct)
{
    Option o;
    o.id = id;
    o.correct = correct;
    return o;
}

Question question(const QString &id, QuestionType type, const QVector<Option> &options)
{
    Question q;
    q.id = id;
    q.type = type;
    q.options = options;
    return q;
}

// Three questions everybody is asked, one asked to two trainees only, one asked to nobody.
Quiz handQuiz()
{
    Quiz quiz;
    quiz.id = QStringLiteral("hand");
    const QVector<Option> single{option(QStringLiteral("a"), true), option(QStringLiteral("b"), false),
                                 option(QStringLiteral("c"), false)};
    quiz.questions = {
            question(QStringLiteral("q-easy"), QuestionType::Single, single),
            question(QStringLiteral("q-strong"), QuestionType::Single, single),
            question(QStringLiteral("q-weak"), QuestionType::Multiple,
                     {option(QStringLiteral("a"), true), option(QStringLiteral("b"), true),
                      option(QStringLiteral("c"), false)}),
            question(QStringLiteral("q-drawn"), QuestionType::Single, single),
            question(QStringLiteral("q-unasked"), QuestionType::Ordering,
                     {option(QStringLiteral("x"), false), option(QStringLiteral("y"), false)}),
    };
    return quiz;
}

QuestionResponse response(const char *questionId, QStringList chosen, double points)
{
    return {QLatin1String(questionId), std::move(chosen), points};
}

// Ten trainees t0..t9 with totals 1.0, 0.9, ..., 0.1 (strongest first). N = 10, so each 27%
// group holds n = max(1, round(2.7)) = 3 trainees: upper t0 t1 t2, lower t7 t8 t9.
//
// q-easy: everybody chooses a (right).
//   shareRight 10/10 = 1, meanPoints 1, no wrong option, D = 3/3 - 3/3 = 0.
// q-strong: t0..t4 choose a (right); t5 b, t6 b, t7 c, t8 b, t9 unanswered (nothing chosen).
//   shareRight 5/10 = 0.5, meanPoints 0.5, most chosen wrong b (t5 t6 t8: 3),
//   D = 3/3 (t0 t1 t2) - 0/3 (t7 t8 t9) = 1.
// q-weak (multiple; a, b right, c wrong: +1/2 per right option, -1 per wrong, floor 0):
//   t5..t9 choose a,b (1 point each); t0 a (0.5), t1 a,c (0), t2 a (0.5), t3 c (0), t4 b (0.5).
//   shareRight 5/10 = 0.5, meanPoints (5 + 0.5 + 0 + 0.5 + 0 + 0.5) / 10 = 0.65,
//   most chosen wrong c (t1 t3: 2), D = 0/3 - 3/3 = -1.
// q-drawn: asked to t0 (a, right) and t9 (b) only: respondents 2, shareRight 0.5,
//   meanPoints 0.5, wrong b (1), no D (2 < 4).
// q-unasked: nobody; t0 also answered "q-removed", which the quiz no longer has: ignored.
QVector<ScoredAttempt> handAttempts()
{
    QVector<ScoredAttempt> attempts;
    const QStringList a{QStringLiteral("a")}, b{QStringLiteral("b")}, c{QStringLiteral("c")};
    const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
    const QStringList strong[] = {a, a, a, a, a, b, b, c, b, {}};
    const QStringList weak[] = {a, {QStringLiteral("a"), QStringLiteral("c")}, a, c, b, ab, ab, ab, ab, ab};
    const double weakPoints[] = {0.5, 0, 0.5, 0, 0.5, 1, 1, 1, 1, 1};
    for (int i = 0; i < 10; ++i) {
        ScoredAttempt s;
        s.traineeId = QStringLiteral("t%1").arg(i);
        s.total = (10 - i) / 10.0;
        s.responses = {response("q-easy", a, 1), response("q-strong", strong[i], i < 5 ? 1 : 0),
                       response("q-weak", weak[i], weakPoints[i])};
        if (i == 0)
            s.responses += {response("q-drawn", a, 1), response("q-removed", b, 0)};
        if (i == 9)
            s.responses += response("q-drawn", b, 0);
        attempts.append(s);
    }
    return attempts;
}

const ItemStats *statsFor(const QVector<ItemStats> &all, const QString &questionId)
{
    for (const ItemStats &s : all)
        if (s.questionId == questionId)
            return &s;
    return nullptr;
}

} // namespace

class TestItemAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void groupSize_data();
    void groupSize();
    void handComputedDataSet();
    void inputOrderDoesNotMatter();
    void fewerThanFourGiveNoDiscrimination();
    void tiesAtTheEdgeShareThePlaces();
    void allTiedGiveZero();
    void emptyInput();
    void wrongTypedAnswersAreNormalisedAndCounted();

    void adapterPicksBestFinishedAttempt();

private:
    QString recordAttempt(Store &store, const QString &traineeId, const QString &quizId,
                          const QVector<QPair<QString, QStringList>> &answers, const QString &end);

    CourseCatalog m_catalog;
    const Quiz *m_quiz = nullptr;
};

void TestItemAnalysis::initTestCase()
{
    m_catalog = CourseCatalog::load({testpack::dataDir() + QStringLiteral("/packs/good")});
    const Module *alpha = m_catalog.module(QStringLiteral("alpha"));
    QVERIFY2(alpha && alpha->quiz, "test pack not found: set KHIEN_TEST_DATA_DIR to tests/data");
    m_quiz = &*alpha->quiz;
}

void TestItemAnalysis::groupSize_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("size");
    QTest::newRow("1: at least one") << 1 << 1;
    QTest::newRow("4: 1.08") << 4 << 1;
    QTest::newRow("6: 1.62") << 6 << 2;
    QTest::newRow("10: 2.7") << 10 << 3;
    QTest::newRow("25: 6.75") << 25 << 7;
    QTest::newRow("100: 27") << 100 << 27;
}

void TestItemAnalysis::groupSize()
{
    QFETCH(int, n);
    QFETCH(int, size);
    QCOMPARE(extremeGroupSize(n), size);
}

void TestItemAnalysis::handComputedDataSet()
{
    const QVector<ItemStats> stats = itemAnalysis(handQuiz(), handAttempts());
    QCOMPARE(stats.size(), 5); // the quiz's questions, in its order; q-removed is not one
    QStringList order;
    for (const ItemStats &s : stats)
        order.append(s.questionId);
    QCOMPARE(order, QStringList({"q-easy", "q-strong", "q-weak", "q-drawn", "q-unasked"}));

    const ItemStats *easy = statsFor(stats, QStringLiteral("q-easy"));
    QCOMPARE(easy->respondents, 10);
    QCOMPARE(easy->shareRight, 1.0);
    QCOMPARE(easy->meanPoints, 1.0);
    QVERIFY(!easy->mostChosenWrong);
    QVERIFY(easy->discrimination);
    QCOMPARE(*easy->discrimination + 1.0, 1.0); // 0, compared away from 0 (QCOMPARE is relative)

    const ItemStats *strong = statsFor(stats, QStringLiteral("q-strong"));
    QCOMPARE(strong->respondents, 10);
    QCOMPARE(strong->shareRight, 0.5);
    QCOMPARE(strong->meanPoints, 0.5);
    QVERIFY(strong->mostChosenWrong);
    QCOMPARE(strong->mostChosenWrong->optionId, QStringLiteral("b"));
    QCOMPARE(strong->mostChosenWrong->count, 3);
    QVERIFY(strong->discrimination);
    QCOMPARE(*strong->discrimination, 1.0);

    const ItemStats *weak = statsFor(stats, QStringLiteral("q-weak"));
    QCOMPARE(weak->respondents, 10);
    QCOMPARE(weak->shareRight, 0.5);
    QCOMPARE(weak->meanPoints, 0.65);
    QVERIFY(weak->mostChosenWrong);
    QCOMPARE(weak->mostChosenWrong->optionId, QStringLiteral("c"));
    QCOMPARE(weak->mostChosenWrong->count, 2);
    QVERIFY(weak->discrimination);
    QCOMPARE(*weak->discrimination, -1.0);

    const ItemStats *drawn = statsFor(stats, QStringLiteral("q-drawn"));
    QCOMPARE(drawn->respondents, 2);
    QCOMPARE(drawn->shareRight, 0.5);
    QCOMPARE(drawn->meanPoints, 0.5);
    QCOMPARE(drawn->mostChosenWrong->optionId, QStringLiteral("b"));
    QCOMPARE(drawn->mostChosenWrong->count, 1);
    QVERIFY(!drawn->discrimination);

    const ItemStats *unasked = statsFor(stats, QStringLiteral("q-unasked"));
    QCOMPARE(unasked->respondents, 0);
    QCOMPARE(unasked->shareRight, 0.0);
    QVERIFY(!unasked->mostChosenWrong);
    QVERIFY(!unasked->discrimination);
}

void TestItemAnalysis::inputOrderDoesNotMatter()
{
    QVector<ScoredAttempt> shuffled = handAttempts();
    std::mt19937 random(7);
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    const QVector<ItemStats> a = itemAnalysis(handQuiz(), handAttempts());
    const QVector<ItemStats> b = itemAnalysis(handQuiz(), shuffled);
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].shareRight, a[i].shareRight);
        QCOMPARE(b[i].discrimination.has_value(), a[i].discrimination.has_value());
        if (a[i].discrimination)
            QCOMPARE(*b[i].discrimination + 2.0, *a[i].discrimination + 2.0); // -1..1, away from 0
        QCOMPARE(b[i].mostChosenWrong.has_value(), a[i].mostChosenWrong.has_value());
    }
}

void TestItemAnalysis::fewerThanFourGiveNoDiscrimination()
{
    QVERIFY(!upperLowerIndex({{1.0, true}, {0.5, false}, {0.0, false}}));
    QVERIFY(upperLowerIndex({{1.0, true}, {0.6, true}, {0.5, false}, {0.0, false}}));
    // N = 4: n = 1; top t (right) - bottom (wrong) = 1.
    QCOMPARE(*upperLowerIndex({{1.0, true}, {0.6, true}, {0.5, false}, {0.0, false}}), 1.0);

    const QVector<ScoredAttempt> three = handAttempts().mid(0, 3);
    const QVector<ItemStats> stats = itemAnalysis(handQuiz(), three);
    QCOMPARE(stats[1].respondents, 3);
    QCOMPARE(stats[1].shareRight, 1.0); // still reported
    QVERIFY(!stats[1].discrimination);
}

void TestItemAnalysis::tiesAtTheEdgeShareThePlaces()
{
    // N = 7: n = round(1.89) = 2.
    // Upper: 1.0 (right) takes 1 place; the three at 0.8 (one right) share the last place,
    //   1/3 each: right = 1 + 1/3 = 4/3, share = (4/3) / 2 = 2/3.
    // Lower: the two at 0.3 (one right) fill both places: share = 1/2.
    // D = 2/3 - 1/2 = 1/6.
    const QVector<ItemResponse> responses{{0.8, false}, {0.3, true}, {1.0, true}, {0.8, true},
                                          {0.5, false}, {0.8, false}, {0.3, false}};
    QCOMPARE(*upperLowerIndex(responses), 1.0 / 6.0);
    // Which of the tied trainees comes first does not matter.
    QVector<ItemResponse> reordered = responses;
    std::reverse(reordered.begin(), reordered.end());
    QCOMPARE(*upperLowerIndex(reordered), 1.0 / 6.0);

    // N = 5: n = round(1.35) = 1. Top: two at 0.9 (one right) share 1 place: 1/2. Bottom: two
    // at 0.2 (one right): 1/2. D = 0 (the strict order would have given -1, 0 or 1 by chance).
    const auto d = upperLowerIndex({{0.9, true}, {0.9, false}, {0.5, true}, {0.2, false}, {0.2, true}});
    QCOMPARE(*d + 1.0, 1.0);
}

void TestItemAnalysis::allTiedGiveZero()
{
    // Everybody on the same total: both groups are the whole class at n/N weight each.
    const auto d = upperLowerIndex({{0.5, true}, {0.5, false}, {0.5, false}, {0.5, true}, {0.5, true}});
    QCOMPARE(*d + 1.0, 1.0);
}

void TestItemAnalysis::emptyInput()
{
    const QVector<ItemStats> stats = itemAnalysis(handQuiz(), {});
    QCOMPARE(stats.size(), 5);
    for (const ItemStats &s : stats) {
        QCOMPARE(s.respondents, 0);
        QVERIFY(!s.discrimination);
    }
    QVERIFY(itemAnalysis(Quiz{}, handAttempts()).isEmpty());
}

// Typed answers: the most common answers without full points, as compared (normalised text,
// the number read), most common first; right answers and missing ones are not listed.
void TestItemAnalysis::wrongTypedAnswersAreNormalisedAndCounted()
{
    Option pattern = option(QStringLiteral("a"), true);
    pattern.text.vi = QStringLiteral("mật khẩu");
    pattern.fraction = 1;
    Option number = option(QStringLiteral("n"), true);
    number.value = 156;
    number.fraction = 1;
    Quiz quiz;
    quiz.questions = {question(QStringLiteral("word"), QuestionType::ShortAnswer, {pattern}),
                      question(QStringLiteral("hotline"), QuestionType::Numeric, {number})};
    QVector<ScoredAttempt> attempts;
    const QVector<QPair<QString, QString>> given{{"Mật khẩu", "156"}, {"mã  OTP!", "113,0"}, {"Mã OTP", "113"},
                                                  {"mã-otp", "115"}, {"PIN", "abc"}, {"pin", "115.00"}, {"ok", "1e3"}};
    for (const auto &[word, hotline] : given) {
        ScoredAttempt a;
        a.traineeId = word;
        for (const auto &[id, typed] : {std::pair{"word", word}, std::pair{"hotline", hotline}}) {
            const Question &q = *quiz.question(QLatin1String(id));
            a.responses.append({q.id, {typed}, scoreAnswer(q, {typed}).points});
        }
        attempts.append(a);
    }
    const QVector<ItemStats> stats = itemAnalysis(quiz, attempts);
    auto listed = [](const ItemStats &s) {
        QStringList out;
        for (const WrongTypedAnswer &w : s.commonWrongTyped)
            out.append(QStringLiteral("%1=%2").arg(w.text).arg(w.count));
        return out;
    };
    QCOMPARE(listed(stats.at(0)), (QStringList{"mã otp=3", "pin=2", "ok=1"}));
    QCOMPARE(listed(stats.at(1)), (QStringList{"113=2", "115=2", "1e3=1"}));
    QVERIFY(!stats.at(0).mostChosenWrong);
}

// An attempt at alpha-quiz with `answers` scored by the real scorer, then "finished",
// "abandoned" or "open". All three questions are in the attempt's order.
QString TestItemAnalysis::recordAttempt(Store &store, const QString &traineeId, const QString &quizId,
                                        const QVector<QPair<QString, QStringList>> &answers,
                                        const QString &end)
{
    QThread::msleep(3); // attempts are ordered by start time (ms): keep them apart
    AttemptStart start;
    start.traineeId = traineeId;
    start.moduleId = QStringLiteral("alpha");
    start.quizId = quizId;
    start.contentVersion = QStringLiteral("test-1");
    start.language = QStringLiteral("vi");
    start.passPercent = 70;
    start.maxScore = 3;
    start.questionOrder = {"q-single", "q-multiple", "q-tf"};
    const auto id = store.startAttempt(start);
    if (!id)
        return {};
    double score = 0;
    int position = 0;
    for (const auto &[questionId, chosen] : answers) {
        const Question &q = *m_quiz->question(questionId);
        const ScoredAnswer scored = scoreAnswer(q, chosen);
        AnswerRecord a = answerRecord(*id, q, chosen, scored);
        a.timeTakenMs = 1000;
        a.language = QStringLiteral("vi");
        a.contentVersion = QStringLiteral("test-1");
        a.answeredAt = QDateTime::currentDateTimeUtc();
        a.position = position++;
        if (!store.recordAnswer(a))
            return {};
        score += scored.points;
    }
    const bool ok = end == QLatin1String("finished") ? store.finishAttempt(*id, score / 3 >= 0.7)
            : end == QLatin1String("abandoned")      ? store.abandonAttempt(*id)
                                                     : true;
    return ok ? *id : QString();
}

void TestItemAnalysis::adapterPicksBestFinishedAttempt()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("khien.sqlite"))), Store::OpenError::None);
    const QString quiz = QStringLiteral("alpha-quiz");
    const QPair<QString, QStringList> single{"q-single", {"a"}}, singleWrong{"q-single", {"b"}},
            multiple{"q-multiple", {"a", "b"}}, multipleSwapped{"q-multiple", {"b", "a"}},
            tf{"q-tf", {"false"}}, tfWrong{"q-tf", {"true"}};
    auto trainee = [&](const char *name) {
        return store.createTrainee(QString::fromUtf8(name), {}).value_or(Trainee{}).id;
    };
    const QString an = trainee("An"), binh = trainee("Bình"), chi = trainee("Chi"), dung = trainee("Dũng");

    // An: finished 1/3, then an abandoned 3/3 and an open 3/3: neither counts -> 1/3.
    QVERIFY(!recordAttempt(store, an, quiz, {single, {"q-multiple", {"c"}}, tfWrong}, "finished").isEmpty());
    QVERIFY(!recordAttempt(store, an, quiz, {single, multiple, tf}, "abandoned").isEmpty());
    QVERIFY(!recordAttempt(store, an, quiz, {single, multiple, tf}, "open").isEmpty());
    // Bình: 3/3 (a,b), 3/3 again (b,a), then 1/3: the best, and of equal ones the first.
    QVERIFY(!recordAttempt(store, binh, quiz, {single, multiple, tf}, "finished").isEmpty());
    QVERIFY(!recordAttempt(store, binh, quiz, {single, multipleSwapped, tf}, "finished").isEmpty());
    QVERIFY(!recordAttempt(store, binh, quiz, {singleWrong, multiple, tfWrong}, "finished").isEmpty());
    // Chi: only another quiz -> left out.
    QVERIFY(!recordAttempt(store, chi, QStringLiteral("other-quiz"), {single}, "finished").isEmpty());
    // Dũng: time ran out after one right answer -> the two unanswered count as 0 points.
    QVERIFY(!recordAttempt(store, dung, quiz, {single}, "finished").isEmpty());

    const QVector<ScoredAttempt> scored =
            scoredAttempts(store, quiz, {dung, chi, binh, an, QStringLiteral("missing"), an});
    QCOMPARE(scored.size(), 3);
    QCOMPARE(scored[0].traineeId, dung);
    QCOMPARE(scored[1].traineeId, binh);
    QCOMPARE(scored[2].traineeId, an);

    QCOMPARE(scored[0].total, 1.0 / 3);
    QCOMPARE(scored[0].responses.size(), 3);
    QCOMPARE(scored[0].responses[0].points, 1.0);
    QCOMPARE(scored[0].responses[1].questionId, QStringLiteral("q-multiple"));
    QVERIFY(scored[0].responses[1].chosen.isEmpty());
    QCOMPARE(scored[0].responses[1].points + 1.0, 1.0);

    QCOMPARE(scored[1].total, 1.0);
    QCOMPARE(scored[1].responses[1].chosen, QStringList({"a", "b"})); // the first 3/3

    QCOMPARE(scored[2].total, 1.0 / 3);
    QCOMPARE(scored[2].responses[1].chosen, QStringList({"c"}));

    // Through to the statistics on the real quiz (N = 3: no discrimination).
    const QVector<ItemStats> stats = itemAnalysis(*m_quiz, scored);
    QCOMPARE(stats.size(), 3);
    QCOMPARE(stats[0].shareRight, 1.0); // q-single: everybody
    QCOMPARE(stats[1].shareRight, 1.0 / 3); // q-multiple: Bình only
    QCOMPARE(stats[1].mostChosenWrong->optionId, QStringLiteral("c")); // An
    QCOMPARE(stats[2].mostChosenWrong->optionId, QStringLiteral("true")); // q-tf: An
    QVERIFY(!stats[0].discrimination);
}

QTEST_GUILESS_MAIN(TestItemAnalysis)
#include "tst_itemanalysis.moc"
