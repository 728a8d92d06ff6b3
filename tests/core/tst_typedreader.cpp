// Reading shortanswer, numeric and missingword questions (tests/data/packs/typed) and
// questions without explanations: loaded exactly, each bad input refused with file, line and
// the question named, a missing <explain> a warning that check-content --strict fails on.
#include "contentloader.h"
#include "datapaths.h"
#include "testpack.h"

#include <QtTest>

using namespace khien;
using Edits = QList<QPair<QString, QString>>;

class TestTypedReader : public QObject
{
    Q_OBJECT

    Quiz m_quiz;
    ContentIssues m_issues;
    const Question &question(const char *id) const { return *m_quiz.question(QString::fromLatin1(id)); }

    static PackLoadResult loadEdited(const QTemporaryDir &dir, const Edits &edits)
    {
        const QString pack = testpack::copyPack(dir, QStringLiteral("typed"));
        const QString file = pack + QStringLiteral("/modules/typed.xml");
        for (const auto &[from, to] : edits)
            if (!testpack::editFile(file, from, to))
                qWarning("not found: %s", qPrintable(from));
        return loadPack(pack);
    }

private slots:
    void initTestCase()
    {
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/typed"), true);
        QVERIFY2(r.isClean(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.course->modules.size(), 1);
        m_quiz = *r.course->modules.first().quiz;
        m_issues = r.issues;
    }

    void readsShortAnswer()
    {
        const Question &q = question("otp-word");
        QCOMPARE(q.type, QuestionType::ShortAnswer);
        QVERIFY(q.ignoreDiacritics);
        QVERIFY(!q.caseSensitive);
        QCOMPARE(q.options.size(), 2);
        QCOMPARE(q.options.at(0).text.vi, QStringLiteral("mật khẩu*"));
        QCOMPARE(q.options.at(0).fraction, 1.0);
        QCOMPARE(q.options.at(1).fraction, 0.5);
        QCOMPARE(q.options.at(1).explanation.en, QStringLiteral("Close: the OTP code is a secret too."));
        QVERIFY(question("app-name").caseSensitive);
        QVERIFY(!question("app-name").ignoreDiacritics);
    }

    void readsNumeric()
    {
        const Question &q = question("minutes");
        QCOMPARE(q.type, QuestionType::Numeric);
        QCOMPARE(q.options.at(0).value, 2.5);
        QCOMPARE(q.options.at(0).tolerance, 0.5);
        QCOMPARE(q.options.at(1).value, 5.0);
        QCOMPARE(q.options.at(1).tolerance, 0.0); // tolerance is optional
        QCOMPARE(q.options.at(1).fraction, 0.5);
    }

    void readsMissingWord()
    {
        const Question &q = question("gap");
        QCOMPARE(q.type, QuestionType::MissingWord);
        QCOMPARE(q.prompt.en, QStringLiteral("Never read out the"));
        QCOMPARE(q.promptAfter.vi, QStringLiteral("cho người gọi đến."));
        QCOMPARE(q.options.size(), 2);
        QVERIFY(q.option(QStringLiteral("a"))->correct);
    }

    // A question without <explain> loads, with one warning naming it and its options.
    void missingExplanationIsAWarning()
    {
        QVERIFY(question("no-explain").options.at(0).explanation.en.isEmpty());
        QCOMPARE(m_issues.size(), 1);
        const ContentIssue &w = m_issues.first();
        QVERIFY(w.warning);
        QCOMPARE(w.kind, IssueKind::MissingExplanation);
        QCOMPARE(w.line, 76);
        QCOMPARE(w.message, QStringLiteral("question \"no-explain\" has no <explain> for a, b: trainees will see no explanation"));
        QCOMPARE(errorCount(m_issues), 0);
        ContentIssues strict = m_issues;
        treatStrictWarningsAsErrors(strict); // check-content --strict fails on it
        QCOMPARE(errorCount(strict), 1);
    }

    // Every option-bearing type may leave explanations out; each is reported, none refused.
    void everyTypeMayLackExplanations()
    {
        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir, QStringLiteral("types"));
        const QString file = pack + QStringLiteral("/modules/types.xml");
        for (const char *en : {"A first.", "Right.", "Urgency."}) {
            const QString english = QString::fromLatin1(en);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(f.readAll());
            f.close();
            // Drops the first <explain> pair ending in this English text.
            const qsizetype end = text.indexOf(QStringLiteral("<explain lang=\"en\">") + english + QStringLiteral("</explain>"));
            QVERIFY(end > 0);
            const qsizetype start = text.lastIndexOf(QStringLiteral("<explain lang=\"vi\">"), end);
            text.remove(start, end - start + english.size() + 29);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text.toUtf8());
        }
        const PackLoadResult r = loadPack(pack);
        QVERIFY2(r.isClean(), qPrintable(r.issues.value(0).toString()));
        QStringList warnings;
        for (const ContentIssue &i : r.issues)
            if (i.kind == IssueKind::MissingExplanation)
                warnings.append(i.message.section(QLatin1Char(' '), 0, 1) + QLatin1Char(' ') + i.message.section(QLatin1Char(' '), 6, 6));
        QCOMPARE(warnings, (QStringList{"question \"order\" a:", "question \"match\" phishing:", "question \"flags\" hurry:"}));
    }

    void explanationInOneLanguageOnlyIsAnError()
    {
        QTemporaryDir dir;
        const PackLoadResult r = loadEdited(dir, {{"<explain lang=\"en\">Usually 2 to 3 minutes.</explain>", ""}});
        QVERIFY(!r.isClean());
        QCOMPARE(r.issues.first().line, 49);
        QCOMPARE(r.issues.first().message, QStringLiteral("<explain> has no English text (lang=\"en\")"));
    }

    void badInput_data()
    {
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("shortanswer: no full answer")
            << Edits{{"<answer id=\"a\" fraction=\"100\">\n        <text lang=\"vi\">mật", "<answer id=\"a\" fraction=\"90\">\n        <text lang=\"vi\">mật"}}
            << 12 << "question \"otp-word\" has no answer with fraction=\"100\"";
        QTest::newRow("shortanswer: fraction out of range")
            << Edits{{"<answer id=\"b\" fraction=\"50\">\n        <text", "<answer id=\"b\" fraction=\"150\">\n        <text"}}
            << 21 << "fraction must be a number from 1 to 100 (the share of the point, in percent)";
        QTest::newRow("shortanswer: fraction missing")
            << Edits{{"<answer id=\"b\" fraction=\"50\">\n        <text", "<answer id=\"b\">\n        <text"}}
            << 21 << "<answer> needs the attribute \"fraction\"";
        QTest::newRow("shortanswer: no answer")
            << Edits{{"<answer id=\"a\" fraction=\"100\">\n        <text lang=\"vi\">VNeID", "<!--"},
                     {"official app store.</explain>\n      </answer>", "-->"}}
            << 28 << "question \"app-name\" has no <answer>";
        QTest::newRow("shortanswer: pattern of punctuation only")
            << Edits{{"<text lang=\"en\">code*</text>", "<text lang=\"en\">?!</text>"}}
            << 12 << "answer \"b\" of question \"otp-word\" has no letter or digit to compare";
        QTest::newRow("shortanswer: text missing in English")
            << Edits{{"<text lang=\"en\">password*</text>", ""}}
            << 15 << "<text> has no English text (lang=\"en\")";
        QTest::newRow("shortanswer: bad diacritics value")
            << Edits{{"diacritics=\"optional\"", "diacritics=\"maybe\""}}
            << 12 << "diacritics must be \"required\" or \"optional\"";
        QTest::newRow("shortanswer: bad case value")
            << Edits{{"case=\"sensitive\"", "case=\"upper\""}}
            << 28 << "case must be \"sensitive\" or \"insensitive\"";
        QTest::newRow("numeric: diacritics refused")
            << Edits{{"<question id=\"hotline\" type=\"numeric\">", "<question id=\"hotline\" type=\"numeric\" diacritics=\"optional\">"}}
            << 38 << "only shortanswer questions take diacritics and case attributes";
        QTest::newRow("numeric: comma in value")
            << Edits{{"value=\"2.5\"", "value=\"2,5\""}}
            << 49 << "value must be a decimal number written with '.' (such as 156 or -2.5)";
        QTest::newRow("numeric: value not a number")
            << Edits{{"value=\"156\"", "value=\"1e3\""}}
            << 41 << "value must be a decimal number written with '.' (such as 156 or -2.5)";
        QTest::newRow("numeric: negative tolerance")
            << Edits{{"tolerance=\"0.5\"", "tolerance=\"-1\""}}
            << 49 << "tolerance must be a number of 0 or more written with '.'";
        QTest::newRow("numeric: answer with a text")
            << Edits{{"<explain lang=\"vi\">Gửi báo cáo tới 156.</explain>", "<text lang=\"vi\">156</text>"}}
            << 42 << "unknown element <text>";
        QTest::newRow("numeric: answer id twice")
            << Edits{{"<answer id=\"b\" value=\"5\"", "<answer id=\"a\" value=\"5\""}}
            << 53 << "answer id \"a\" is used twice in question \"minutes\"";
        QTest::newRow("missingword: two correct")
            << Edits{{"<option id=\"b\">\n        <text lang=\"vi\">lời", "<option id=\"b\" correct=\"true\">\n        <text lang=\"vi\">lời"}}
            << 58 << "single-choice question \"gap\" must have exactly one correct option, it has 2";
        QTest::newRow("missingword: after in one language")
            << Edits{{"<after lang=\"en\">code to a caller.</after>", ""}}
            << 58 << "<after> has no English text (lang=\"en\")";
        QTest::newRow("after on another type")
            << Edits{{"<prompt lang=\"en\">Which number do you text to report spam?</prompt>",
                      "<prompt lang=\"en\">Which number do you text to report spam?</prompt><after lang=\"en\">x</after>"}}
            << 40 << "unknown element <after>";
    }
    void badInput()
    {
        QFETCH(Edits, edits);
        QFETCH(int, line);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const PackLoadResult r = loadEdited(dir, edits);
        QVERIFY(errorCount(r.issues) > 0);
        const ContentIssue first = *std::find_if(r.issues.cbegin(), r.issues.cend(), [](const ContentIssue &i) { return !i.warning; });
        QVERIFY(first.file.endsWith(QStringLiteral("/modules/typed.xml")));
        QCOMPARE(first.message, message);
        QCOMPARE(first.line, line);
        QCOMPARE(r.course->modules.size(), 0); // the broken module is left out, not half-loaded
    }

    // The shipped course explains every answer: no warning of this kind, ever.
    void shippedCourseExplainsEveryAnswer()
    {
        const PackLoadResult r = loadPack(shippedPackPath(), true);
        QVERIFY(r.isClean());
        const auto unexplained = std::count_if(r.issues.cbegin(), r.issues.cend(), [](const ContentIssue &i) {
            return i.kind == IssueKind::MissingExplanation;
        });
        QCOMPARE(unexplained, 0);
    }
};

QTEST_GUILESS_MAIN(TestTypedReader)
#include "tst_typedreader.moc"
