// The content rules added so errors cannot come back: ordering precedences as loaded, facts
// that expire (review-by, check-content's --as-of), terms the glossary says to avoid, and
// quizzes whose right answers are guessable by their length. Each new attribute is refused
// where it does not belong.
#include "contentloader.h"
#include "contentquality.h"
#include "contentreview.h"
#include "contentwording.h"
#include "glossaryreader.h"
#include "quizscoring.h"
#include "testpack.h"

#include <QtTest>

using namespace khien;

namespace {

QStringList messages(const ContentIssues &issues)
{
    QStringList m;
    for (const ContentIssue &i : issues)
        m.append(i.toString());
    return m;
}

Option option(const QString &id, const QString &vi, const QString &en, bool correct)
{
    Option o;
    o.id = id;
    o.text.vi = vi;
    o.text.en = en;
    o.correct = correct;
    return o;
}

Question single(const QString &id, const QString &right, const QString &wrong)
{
    Question q;
    q.id = id;
    q.type = QuestionType::Single;
    q.options = {option(QStringLiteral("r"), right, right, true), option(QStringLiteral("w"), wrong, wrong, false)};
    return q;
}

Course courseWith(const QVector<Question> &questions)
{
    Course c;
    c.id = QStringLiteral("c");
    Module m;
    m.id = QStringLiteral("m");
    m.file = QStringLiteral("m.xml");
    Quiz quiz;
    quiz.id = QStringLiteral("m-quiz");
    quiz.questions = questions;
    m.quiz = quiz;
    c.modules.append(m);
    return c;
}

} // namespace

class TestContentRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pack;
    QString module() const { return m_pack + QStringLiteral("/modules/alpha.xml"); }
    PackLoadResult load() const { return loadPack(m_pack, true); }
    bool mentions(const QString &part) const { return messages(load().issues).join(QLatin1Char('\n')).contains(part); }
    void edit(const QString &from, const QString &to) { QVERIFY(testpack::editFile(module(), from, to)); }
    void addOrdering(const QStringList &afters)
    {
        QString xml = QStringLiteral("<question id=\"order\" type=\"ordering\"><prompt lang=\"vi\">Xếp.</prompt><prompt lang=\"en\">Order.</prompt>");
        for (int i = 0; i < afters.size(); ++i)
            xml += QStringLiteral("<item id=\"i%1\"%2><text lang=\"vi\">Bước %1</text><text lang=\"en\">Step %1</text>"
                                  "<explain lang=\"vi\">Vì vậy.</explain><explain lang=\"en\">Because.</explain></item>")
                       .arg(i).arg(afters.at(i).isEmpty() ? QString() : QStringLiteral(" after=\"%1\"").arg(afters.at(i)));
        edit(QStringLiteral("</quiz>"), xml + QStringLiteral("</question></quiz>"));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_pack = testpack::copyPack(m_dir);
        QVERIFY(!m_pack.isEmpty());
    }

    // Orderings: after="..." names earlier items only; the question then scores on pairs.
    void orderingPrecedencesAreLoaded()
    {
        addOrdering({QString(), QStringLiteral("i0"), QStringLiteral("i0"), QStringLiteral("i1 i2")});
        const PackLoadResult r = load();
        QVERIFY2(r.isClean(), qPrintable(messages(r.issues).join(QLatin1Char('\n'))));
        const Question *q = r.course->modules.first().quiz->question(QStringLiteral("order"));
        QCOMPARE(q->options.at(3).after, (QStringList{"i1", "i2"}));
        QVERIFY(scoreAnswer(*q, {"i0", "i2", "i1", "i3"}).correct);
    }

    void orderingPrecedencesMustNameEarlierItems()
    {
        addOrdering({QStringLiteral("i2"), QString(), QString()});
        QVERIFY(mentions(QStringLiteral("item \"i0\" comes after \"i2\", which is not an item listed before it")));
    }

    void afterIsRefusedOutsideOrderings()
    {
        edit(QStringLiteral("<option id=\"b\">"), QStringLiteral("<option id=\"b\" after=\"a\">"));
        QVERIFY(mentions(QStringLiteral("unknown attribute \"after\" on <option>")));
    }

    // Facts that expire.
    void reviewByIsReadOnLessonsQuestionsAndSources()
    {
        edit(QStringLiteral("<lesson id=\"alpha-lesson\">"), QStringLiteral("<lesson id=\"alpha-lesson\" review-by=\"2027-01-31\">"));
        edit(QStringLiteral("<question id=\"q-tf\" type=\"truefalse\" answer=\"false\">"),
             QStringLiteral("<question id=\"q-tf\" type=\"truefalse\" answer=\"false\" review-by=\"2026-12-01\">"));
        edit(QStringLiteral("read=\"2026-11-23\"/>"), QStringLiteral("read=\"2026-11-23\" review-by=\"2027-06-30\"/>"));
        const PackLoadResult r = load();
        QVERIFY2(r.isClean(), qPrintable(messages(r.issues).join(QLatin1Char('\n'))));
        const Module &m = r.course->modules.first();
        QCOMPARE(m.lessons.first().reviewBy, QStringLiteral("2027-01-31"));
        QCOMPARE(m.lessons.first().sources.first().read, QStringLiteral("2026-11-23"));
        QCOMPARE(m.lessons.first().sources.first().reviewBy, QStringLiteral("2027-06-30"));

        // check-content --as-of 2026-12-03: only the question is past its date, as an error.
        const ContentIssues asOf = checkReviewDates(*r.course, QDate(2026, 12, 3), true);
        QCOMPARE(asOf.size(), 1);
        QVERIFY(!asOf.first().warning);
        QVERIFY2(asOf.first().message.contains(QStringLiteral("question \"q-tf\" was to be reviewed by 2026-12-01 (checked as of 2026-12-03)")),
                 qPrintable(asOf.first().message));
        // Without --as-of: a warning, so the pack stays clean.
        const ContentIssues today = checkReviewDates(*r.course, QDate(2027, 2, 1), false);
        QCOMPARE(today.size(), 2);
        QVERIFY(today.first().warning && today.last().warning);
        PackLoadResult warned = r;
        warned.issues += today;
        QVERIFY(warned.isClean());
        QCOMPARE(errorCount(warned.issues), 0);
        QVERIFY(today.first().toString().contains(QStringLiteral(": warning: ")));
        // On the instructor's home: due within the window, earliest first.
        const QVector<ReviewDue> due = contentDueForReview(*r.course, QDate(2027, 2, 1));
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.first().reviewBy, QDate(2026, 12, 1));
        QCOMPARE(due.last().description, QStringLiteral("lesson \"alpha-lesson\""));
    }

    void reviewByMustBeARealDateWhereItBelongs_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a date") << "<lesson id=\"alpha-lesson\">" << "<lesson id=\"alpha-lesson\" review-by=\"soon\">"
                                    << "review-by must be a date written YYYY-MM-DD, not \"soon\"";
        QTest::newRow("no 30 February") << "<lesson id=\"alpha-lesson\">" << "<lesson id=\"alpha-lesson\" review-by=\"2027-02-30\">"
                                        << "review-by must be a date written YYYY-MM-DD";
        QTest::newRow("not on a module") << "<module id=\"alpha\">" << "<module id=\"alpha\" review-by=\"2027-01-01\">"
                                         << "unknown attribute \"review-by\" on <module>";
        QTest::newRow("not on an option") << "<option id=\"b\">" << "<option id=\"b\" review-by=\"2027-01-01\">"
                                          << "unknown attribute \"review-by\" on <option>";
    }

    void reviewByMustBeARealDateWhereItBelongs()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        edit(from, to);
        QVERIFY2(mentions(message), qPrintable(messages(load().issues).join(QLatin1Char('\n'))));
    }

    // Terminology from the glossary.
    void variantsMatchWholeWordsIgnoringCase()
    {
        QVERIFY(usesVariant(QStringLiteral("Bật Xác thực hai lớp ngay."), QStringLiteral("xác thực hai lớp")));
        QVERIFY(!usesVariant(QStringLiteral("Tải từ CH Playground"), QStringLiteral("CH Play")));
        QVERIFY(usesVariant(QStringLiteral("Tải từ CH Play."), QStringLiteral("CH Play")));
    }

    void avoidedTermsAreWarnedAbout()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("glossary.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(<glossary><term id="mfa"><name lang="vi">Xác thực nhiều lớp (MFA)</name><name lang="en">MFA</name>
<definition lang="vi">Còn gọi là xác thực hai lớp.</definition><definition lang="en">Also two-factor.</definition>
<avoid lang="vi">xác thực hai lớp</avoid><avoid lang="vi" use="chiêu hối thúc">đòn hối thúc</avoid></term></glossary>)");
        f.close();
        ContentIssues issues;
        Course c = courseWith({single(QStringLiteral("q1"), QStringLiteral("Bật xác thực hai lớp."), QStringLiteral("Không."))});
        c.glossary = readGlossary(path, issues);
        QVERIFY2(issues.isEmpty(), qPrintable(messages(issues).join(QLatin1Char('\n'))));
        QCOMPARE(c.glossary.first().avoid.size(), 2);
        QCOMPARE(c.glossary.first().avoid.last().use, QStringLiteral("chiêu hối thúc"));
        c.modules[0].quiz->questions[0].prompt.vi = QStringLiteral("Đây là đòn hối thúc.");
        // Named beside the preferred term, a variant is explained, not used.
        c.modules[0].quiz->questions[0].options[1].explanation.vi = QStringLiteral("Xác thực nhiều lớp (còn gọi là xác thực hai lớp).");
        const ContentIssues warnings = checkTerminology(c);
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.first().warning);
        QVERIFY2(warnings.first().message.contains(QStringLiteral("question \"q1\" says \"đòn hối thúc\": the glossary says to write \"chiêu hối thúc\""))
                     || warnings.last().message.contains(QStringLiteral("says \"đòn hối thúc\": the glossary says to write \"chiêu hối thúc\"")),
                 qPrintable(messages(warnings).join(QLatin1Char('\n'))));
        QVERIFY(messages(warnings).join(QLatin1Char('\n')).contains(QStringLiteral("says \"xác thực hai lớp\": the glossary says to write \"Xác thực nhiều lớp\"")));
    }

    void avoidIsRefusedWithUnknownAttributesOrLanguages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("glossary.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(<glossary><term id="t"><name lang="vi">Từ</name><name lang="en">Term</name>
<definition lang="vi">Định nghĩa.</definition><definition lang="en">Definition.</definition>
<avoid lang="fr">mot</avoid><avoid lang="vi" why="x">từ khác</avoid></term></glossary>)");
        f.close();
        ContentIssues issues;
        QVERIFY(readGlossary(path, issues).isEmpty());
        const QString all = messages(issues).join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("unknown language \"fr\" on <avoid>")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("unknown attribute \"why\" on <avoid>")), qPrintable(all));
    }

    void strictNeedsEveryScenarioChoiceRated()
    {
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/types"));
        QVERIFY(r.isClean()); // qualities are optional in a pack...
        const QString all = messages(checkCourseQuality(*r.course)).join(QLatin1Char('\n'));
        // ... but the shipped course needs them, so every scenario is audited.
        QVERIFY2(all.contains(QStringLiteral("scenario \"story\" gives its choices no quality")), qPrintable(all));
    }

    // Guessability: the right option longest in more than half the choice questions.
    void longestRightOptionIsCountedPerLanguage()
    {
        QVERIFY(longestOptionIsRight(single(QStringLiteral("q"), QStringLiteral("Gọi lại số đã lưu"), QStringLiteral("Trả lời")), QStringLiteral("vi")));
        QVERIFY(!longestOptionIsRight(single(QStringLiteral("q"), QStringLiteral("Có"), QStringLiteral("Không")), QStringLiteral("vi")));
        QVERIFY(!longestOptionIsRight(single(QStringLiteral("q"), QStringLiteral("Abc"), QStringLiteral("Xyz")), QStringLiteral("en"))); // a tie
    }

    void guessableQuizIsReported()
    {
        const QString longer = QStringLiteral("Hang up and call the number on the card");
        const QString shorter = QStringLiteral("Read the code");
        Course c = courseWith({single(QStringLiteral("q1"), longer, shorter), single(QStringLiteral("q2"), longer, shorter),
                               single(QStringLiteral("q3"), shorter, longer)});
        ContentIssues issues = checkGuessability(c);
        QCOMPARE(issues.size(), 2); // vi and en
        QVERIFY2(issues.first().message.contains(QStringLiteral("the right option is the longest in 2 of its 3 choice questions")),
                 qPrintable(issues.first().message));
        // Exactly half is not more than half.
        c.modules[0].quiz->questions.append(single(QStringLiteral("q4"), shorter, longer));
        QVERIFY(checkGuessability(c).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContentRules)
#include "tst_contentrules.moc"
