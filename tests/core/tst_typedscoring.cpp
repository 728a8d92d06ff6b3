// Scoring typed answers and the missing word, rule by rule (quizscoring.h): wildcards, case,
// diacritics optional and required, NFD (Telex/VNI) against NFC, punctuation and whitespace,
// fractions; numbers with a comma or a point, tolerances, ranges and garbage.
#include "quizscoring.h"
#include "typedanswer.h"

#include <QtTest>

using namespace khien;

namespace {

Option accepted(const QString &vi, const QString &en, double fraction)
{
    Option o;
    o.id = QStringLiteral("a%1").arg(int(fraction * 100));
    o.text.vi = vi;
    o.text.en = en;
    o.fraction = fraction;
    o.correct = fraction >= 1.0;
    return o;
}

Option number(double value, double tolerance, double fraction)
{
    Option o;
    o.id = QStringLiteral("n%1").arg(int(fraction * 100));
    o.value = value;
    o.tolerance = tolerance;
    o.fraction = fraction;
    o.correct = fraction >= 1.0;
    return o;
}

Question shortAnswer(QVector<Option> options, bool ignoreDiacritics = false, bool caseSensitive = false)
{
    Question q;
    q.id = QStringLiteral("s");
    q.type = QuestionType::ShortAnswer;
    q.options = std::move(options);
    q.ignoreDiacritics = ignoreDiacritics;
    q.caseSensitive = caseSensitive;
    return q;
}

double points(const Question &q, const QString &typed)
{
    const ScoredAnswer s = scoreAnswer(q, {typed});
    return s.valid ? s.points : -1;
}

} // namespace

class TestTypedScoring : public QObject
{
    Q_OBJECT

private slots:
    void shortAnswerRules_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("ignoreDiacritics");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("matches");
        const QString mk = QStringLiteral("mật khẩu");
        QTest::newRow("exact") << mk << false << false << mk << true;
        QTest::newRow("wildcard: trailing run") << "mật khẩu*" << false << false << "mật khẩu của tôi" << true;
        QTest::newRow("wildcard: empty run") << "mật khẩu*" << false << false << mk << true;
        QTest::newRow("wildcard: inside") << "m*u" << false << false << mk << true;
        QTest::newRow("wildcard: leading") << "*khẩu" << false << false << mk << true;
        QTest::newRow("wildcard: whole text must match") << "mật*" << false << false << "không mật khẩu" << false;
        QTest::newRow("wildcard: several stars") << "*a*b*c*" << false << false << "xxaxxbxxcxx" << true;
        QTest::newRow("wildcard: star does not match a missing ending") << "*abc" << false << false << "abcab" << false;
        QTest::newRow("no wildcard: prefix is not enough") << mk << false << false << "mật khẩu mới" << false;
        QTest::newRow("case folded by default") << "VNeID" << false << false << "vneid" << true;
        QTest::newRow("case sensitive: differs") << "VNeID" << false << true << "vneid" << false;
        QTest::newRow("case sensitive: same") << "VNeID" << false << true << "VNeID" << true;
        QTest::newRow("case folded with diacritics") << mk << false << false << "MẬT KHẨU" << true;
        QTest::newRow("diacritics required: missing") << mk << false << false << "mat khau" << false;
        QTest::newRow("diacritics required: wrong tone") << mk << false << false << "mật khâu" << false;
        QTest::newRow("diacritics optional: missing") << mk << true << false << "mat khau" << true;
        QTest::newRow("diacritics optional: d for đ") << "đăng nhập" << true << false << "Dang nhap" << true;
        QTest::newRow("diacritics optional: still other letters") << mk << true << false << "mat khai" << false;
        QTest::newRow("NFD typed (Telex/VNI) against NFC") << mk << false << false
                                                           << QStringLiteral("mật khẩu").normalized(QString::NormalizationForm_D) << true;
        QTest::newRow("NFD pattern against NFC typed") << QStringLiteral("mật khẩu").normalized(QString::NormalizationForm_D)
                                                       << false << false << mk << true;
        QTest::newRow("whitespace: trimmed and collapsed") << mk << false << false << "  mật \t  khẩu  " << true;
        QTest::newRow("punctuation at the ends dropped") << mk << false << false << "\"mật khẩu!\"" << true;
        QTest::newRow("punctuation inside is a space") << mk << false << false << "mật-khẩu" << true;
        QTest::newRow("punctuation run with spaces is one space") << mk << false << false << "mật ... khẩu" << true;
        QTest::newRow("pattern punctuation too") << "e-mail" << false << false << "e mail" << true;
        QTest::newRow("letters still count") << mk << false << false << "mậtkhẩu" << false;
    }
    void shortAnswerRules()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, ignoreDiacritics);
        QFETCH(bool, caseSensitive);
        QFETCH(QString, typed);
        QFETCH(bool, matches);
        const Question q = shortAnswer({accepted(pattern, {}, 1.0)}, ignoreDiacritics, caseSensitive);
        const ScoredAnswer s = scoreAnswer(q, {typed});
        QVERIFY(s.valid);
        QCOMPARE(s.correct, matches);
        QCOMPARE(s.points, matches ? 1.0 : 0.0);
    }

    // Points: the highest fraction among matching answers, either language's pattern.
    void shortAnswerFractions()
    {
        const Question q = shortAnswer({accepted(QStringLiteral("mã*"), QStringLiteral("code*"), 0.5),
                                        accepted(QStringLiteral("mã otp"), QStringLiteral("otp code"), 1.0),
                                        accepted(QStringLiteral("*"), {}, 0.1)});
        QCOMPARE(points(q, QStringLiteral("mã OTP")), 1.0); // matches 0.5, 1 and 0.1: the highest
        QCOMPARE(points(q, QStringLiteral("mã PIN")), 0.5);
        QCOMPARE(points(q, QStringLiteral("code 123")), 0.5);  // the English pattern
        QCOMPARE(points(q, QStringLiteral("OTP code")), 1.0);
        QCOMPARE(points(q, QStringLiteral("khác")), 0.1);
        QVERIFY(!scoreAnswer(q, {QStringLiteral("mã PIN")}).correct);
        const Question none = shortAnswer({accepted(QStringLiteral("abc"), {}, 1.0)});
        QCOMPARE(points(none, QString()), 0.0); // nothing typed: wrong, not invalid
    }

    void typedAnswerIsBounded()
    {
        const Question q = shortAnswer({accepted(QStringLiteral("*"), {}, 1.0)});
        QCOMPARE(points(q, QString(maxTypedAnswerLength, QLatin1Char('a'))), 1.0);
        QCOMPARE(points(q, QString(maxTypedAnswerLength + 1, QLatin1Char('a'))), -1.0);
        QVERIFY(!scoreAnswer(q, {}).valid);
        QVERIFY(!scoreAnswer(q, {QStringLiteral("a"), QStringLiteral("b")}).valid);
    }

    // The greedy match has no exponential case: a hostile pattern against the longest text.
    void wildcardMatchStaysFast()
    {
        const QString pattern = QString(4000, QLatin1Char('*')).replace(QLatin1Char('*'), QStringLiteral("a*")) + QLatin1Char('b');
        const QString text(maxTypedAnswerLength, QLatin1Char('a'));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!wildcardMatch(pattern, text));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }

    void numericRules_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("points");
        // Accepted: 2.5 +/- 0.5 (full), 5 exactly (half), -3 exactly (full).
        QTest::newRow("point") << "2.5" << 1.0;
        QTest::newRow("comma") << "2,5" << 1.0;
        QTest::newRow("edge of tolerance") << "3" << 1.0;
        QTest::newRow("edge of tolerance, comma") << "2,0" << 1.0;
        QTest::newRow("just outside tolerance") << "3.01" << 0.0;
        QTest::newRow("partial answer") << "5" << 0.5;
        QTest::newRow("spaces around") << "  5.0 " << 0.5;
        QTest::newRow("leading plus") << "+2.5" << 1.0;
        QTest::newRow("negative") << "-3" << 1.0;
        QTest::newRow("leading mark") << ",5" << 0.0;
        QTest::newRow("trailing mark") << "5." << 0.5;
        QTest::newRow("wrong number") << "4" << 0.0;
        QTest::newRow("exponent refused") << "1e400" << 0.0;
        QTest::newRow("exponent refused even when right") << "25e-1" << 0.0;
        QTest::newRow("nan refused") << "nan" << 0.0;
        QTest::newRow("inf refused") << "inf" << 0.0;
        QTest::newRow("trailing letters refused") << "2.5abc" << 0.0;
        QTest::newRow("thousands separator refused") << "2,500.0" << 0.0;
        QTest::newRow("two marks refused") << "2.5.0" << 0.0;
        QTest::newRow("space inside refused") << "2 5" << 0.0;
        QTest::newRow("sign alone") << "-" << 0.0;
        QTest::newRow("empty") << "" << 0.0;
        QTest::newRow("huge but finite: wrong") << QString(300, QLatin1Char('9')) << 0.0;
        QTest::newRow("too huge: refused") << QString(400, QLatin1Char('9')) << 0.0;
    }
    void numericRules()
    {
        QFETCH(QString, typed);
        QFETCH(double, points);
        Question q;
        q.id = QStringLiteral("n");
        q.type = QuestionType::Numeric;
        q.options = {number(2.5, 0.5, 1.0), number(5, 0, 0.5), number(-3, 0, 1.0)};
        const ScoredAnswer s = scoreAnswer(q, {typed});
        QVERIFY(s.valid);
        QCOMPARE(s.points, points);
        QCOMPARE(s.correct, points == 1.0);
    }

    // A rounding allowance keeps 0.1 + 0.2 = 0.3 with no tolerance.
    void numericExactValueSurvivesRounding()
    {
        Question q;
        q.type = QuestionType::Numeric;
        q.options = {number(0.3, 0, 1.0)};
        QVERIFY(scoreAnswer(q, {QStringLiteral("0.3")}).correct);
        QVERIFY(scoreAnswer(q, {QStringLiteral("0,30")}).correct);
        QVERIFY(!scoreAnswer(q, {QStringLiteral("0.3001")}).correct);
    }

    void parseDecimalOnlyAllowsTheCommaWhenAsked()
    {
        QCOMPARE(parseDecimal(QStringLiteral("156"), false), std::optional<double>(156));
        QCOMPARE(parseDecimal(QStringLiteral("-2.5"), false), std::optional<double>(-2.5));
        QVERIFY(!parseDecimal(QStringLiteral("2,5"), false));
        QCOMPARE(parseDecimal(QStringLiteral("2,5"), true), std::optional<double>(2.5));
        QVERIFY(!parseDecimal(QStringLiteral("0x10"), true));
        QVERIFY(!parseDecimal(QStringLiteral("١٢"), true)); // digits of other scripts are not read
    }

    void missingWordIsScoredAsSingle()
    {
        Question q;
        q.type = QuestionType::MissingWord;
        Option right, wrong;
        right.id = QStringLiteral("a");
        right.correct = true;
        wrong.id = QStringLiteral("b");
        q.options = {right, wrong};
        QVERIFY(scoreAnswer(q, {QStringLiteral("a")}).correct);
        QCOMPARE(scoreAnswer(q, {QStringLiteral("b")}).points, 0.0);
        QVERIFY(!scoreAnswer(q, {QStringLiteral("c")}).valid);
        QVERIFY(!scoreAnswer(q, {QStringLiteral("a"), QStringLiteral("b")}).valid);
    }

    // Stored in one column: typed text as is (commas and all), option ids joined with ','.
    void chosenRoundTripsThroughItsColumn()
    {
        const QStringList typed{QStringLiteral("2,5")};
        QCOMPARE(splitChosen(QStringLiteral("numeric"), joinChosen(QStringLiteral("numeric"), typed)), typed);
        const QStringList words{QStringLiteral("mật khẩu, mã")};
        QCOMPARE(splitChosen(QStringLiteral("shortanswer"), joinChosen(QStringLiteral("shortanswer"), words)), words);
        const QStringList ids{QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(splitChosen(QStringLiteral("multiple"), joinChosen(QStringLiteral("multiple"), ids)), ids);
    }

    void typedTextIsCleanedOfHiddenCharacters()
    {
        QCOMPARE(cleanTypedAnswer(QStringLiteral("mật\u200Bkhẩu\u202E")), std::optional<QString>(QStringLiteral("mậtkhẩu")));
        QVERIFY(isStorableTypedAnswer({QStringLiteral("2,5")}));
        QVERIFY(!isStorableTypedAnswer({QStringLiteral("a\u202Eb")}));
        QVERIFY(!isStorableTypedAnswer({QString(maxTypedAnswerLength + 1, QLatin1Char('x'))}));
    }
};

QTEST_GUILESS_MAIN(TestTypedScoring)
#include "tst_typedscoring.moc"
