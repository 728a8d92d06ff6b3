// The content loader: a good pack loads exactly; each kind of bad input gives its exact
// error, with file and line, and never takes the rest of the pack down with it.
#include "contentloader.h"
#include "coursecatalog.h"
#include "datapaths.h"
#include "lessonbody.h"
#include "testpack.h"

#include <QtTest>

using namespace khien;

class TestContentLoader : public QObject
{
    Q_OBJECT

private slots:
    void goodPackLoadsExactly()
    {
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/good"), true);
        QVERIFY2(r.issues.isEmpty(), qPrintable(r.issues.value(0).toString()));
        QVERIFY(r.course);
        const Course &c = *r.course;
        QCOMPARE(c.id, QStringLiteral("test-pack"));
        QCOMPARE(c.version, QStringLiteral("test-1"));
        QCOMPARE(c.title.vi, QStringLiteral("Gói thử nghiệm"));
        QCOMPARE(c.modules.size(), 1);
        const Module &m = c.modules.first();
        QCOMPARE(m.id, QStringLiteral("alpha"));
        QCOMPARE(m.objectives.size(), 1);
        QCOMPARE(m.lessons.size(), 1);
        QCOMPARE(m.lessons.first().sources.size(), 1);
        QVERIFY(m.lessons.first().bodyPath.vi.endsWith(QStringLiteral("lessons/alpha-lesson.vi.md")));
        QVERIFY(m.quiz);
        QCOMPARE(m.quiz->passPercent, 70);
        QCOMPARE(m.quiz->questions.size(), 3);
        const Question &tf = m.quiz->questions.at(2);
        QCOMPARE(tf.type, QuestionType::TrueFalse);
        QVERIFY(!tf.option(QStringLiteral("true"))->correct);
        QVERIFY(tf.option(QStringLiteral("false"))->correct);
        QCOMPARE(m.quiz->questions.at(1).options.at(2).explanation.en, QStringLiteral("Wrong."));
    }

    void shippedPackIsClean()
    {
        const PackLoadResult r = loadPack(shippedPackPath(), true);
        QStringList problems;
        for (const ContentIssue &i : r.issues)
            problems.append(i.toString());
        QVERIFY2(r.isClean(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(r.course->modules.size() >= 2);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("issueFile");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");

        const QString mod = QStringLiteral("modules/alpha.xml");
        const QString course = QStringLiteral("course.xml");
        QTest::newRow("unknown element")
            << mod << "Summary of the test module.</summary>" << "Summary of the test module.</summary><colour/>"
            << mod << 6 << "unknown element <colour>";
        QTest::newRow("unknown attribute")
            << mod << "<module id=\"alpha\">" << "<module id=\"alpha\" colour=\"red\">"
            << mod << 2 << "unknown attribute \"colour\" on <module>";
        QTest::newRow("unknown question type")
            << mod << "type=\"single\"" << "type=\"essay\""
            << mod << 21 << "unknown question type \"essay\": use single, multiple, truefalse, ordering, matching, redflags, scenario, shortanswer, numeric or missingword";
        QTest::newRow("missing English prompt")
            << mod << "<prompt lang=\"en\">Choose answer A.</prompt>" << ""
            << mod << 21 << "<prompt> has no English text (lang=\"en\")";
        QTest::newRow("missing Vietnamese explanation")
            << mod << "<explain lang=\"vi\">B sai.</explain>" << ""
            << mod << 30 << "<explain> has no Vietnamese text (lang=\"vi\")";
        QTest::newRow("empty text")
            << mod << "<text lang=\"en\">Answer B</text>" << "<text lang=\"en\">  </text>"
            << mod << 32 << "<text lang=\"en\"> is empty";
        QTest::newRow("unknown language")
            << mod << "<title lang=\"en\">Test module</title>" << "<title lang=\"fr\">Module</title>"
            << mod << 4 << "unknown language \"fr\" on <title>: use \"vi\" or \"en\"";
        QTest::newRow("HTML in a text")
            << mod << "<text lang=\"en\">Answer B</text>" << "<text lang=\"en\">&lt;img src=\"http://x/t.png\"&gt;</text>"
            << mod << 32 << "<text lang=\"en\"> contains an HTML tag; texts are plain text";
        QTest::newRow("language twice")
            << mod << "<summary lang=\"en\">" << "<summary lang=\"vi\">"
            << mod << 6 << "<summary lang=\"vi\"> appears twice (first on line 5)";
        QTest::newRow("two correct in single choice")
            << mod << "<option id=\"b\">" << "<option id=\"b\" correct=\"true\">"
            << mod << 21 << "single-choice question \"q-single\" must have exactly one correct option, it has 2";
        QTest::newRow("duplicate option id")
            << mod << "<option id=\"b\">" << "<option id=\"a\">"
            << mod << 30 << "option id \"a\" is used twice in question \"q-single\"";
        QTest::newRow("invalid id")
            << mod << "<lesson id=\"alpha-lesson\">" << "<lesson id=\"Alpha Lesson\">"
            << mod << 11 << "invalid id \"Alpha Lesson\": use a-z, 0-9 and - only, at most 64 characters";
        QTest::newRow("missing lesson file")
            << mod << "lessons/alpha-lesson.en.md" << "lessons/missing.en.md"
            << mod << 15 << "file not found: lessons/missing.en.md";
        QTest::newRow("path outside the pack")
            << mod << "lessons/alpha-lesson.en.md" << "../../../../etc/passwd"
            << mod << 15 << "\"../../../../etc/passwd\" is outside the pack folder";
        QTest::newRow("lesson without source")
            << mod << "<source title=\"Example source\" publisher=\"Example\" url=\"https://example.org/\" read=\"2026-11-23\"/>" << ""
            << mod << 11 << "the lesson \"alpha-lesson\" lists no <source>";
        QTest::newRow("bad source date")
            << mod << "read=\"2026-11-23\"" << "read=\"23/11/2026\""
            << mod << 16 << "the source's read date must be YYYY-MM-DD";
        QTest::newRow("pass mark out of range")
            << mod << "passPercent=\"70\"" << "passPercent=\"0\""
            << mod << 18 << "passPercent must be a whole number from 1 to 100";
        QTest::newRow("truefalse without answer")
            << mod << "type=\"truefalse\" answer=\"false\"" << "type=\"truefalse\""
            << mod << 53 << "a truefalse question needs answer=\"true\" or answer=\"false\"";
        QTest::newRow("XML syntax error")
            << mod << "</summary>" << "</summry>"
            << mod << 5 << "XML error: Opening and ending tag mismatch.";
        QTest::newRow("course format from the future")
            << course << "format=\"1\"" << "format=\"2\""
            << course << 3 << "content format \"2\" is not supported by this version of Khiên (it reads format 1)";
        QTest::newRow("module file missing")
            << course << "modules/alpha.xml" << "modules/beta.xml"
            << "course.xml" << 8 << "file not found: modules/beta.xml";
        QTest::newRow("raw HTML in a lesson")
            << "lessons/alpha-lesson.vi.md" << "## Bài học thử" << "## Bài học thử <script>alert(1)</script>"
            << "lessons/alpha-lesson.vi.md" << 1 << "raw HTML is not allowed in lessons";
        QTest::newRow("remote image in a lesson")
            << "lessons/alpha-lesson.en.md" << "## Test lesson" << "## Test lesson\n![x](https://tracker.example/p.png)"
            << "lessons/alpha-lesson.en.md" << 2 << "the image \"https://tracker.example/p.png\" is not a file in the lesson's folder (images are never loaded from the web)";
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, issueFile);
        QFETCH(int, line);
        QFETCH(QString, message);

        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir);
        QVERIFY(!pack.isEmpty());
        QVERIFY(testpack::editFile(pack + QLatin1Char('/') + file, from, to));

        const PackLoadResult r = loadPack(pack, /*checkBodies=*/true);
        QVERIFY(!r.issues.isEmpty());
        const ContentIssue &first = r.issues.first();
        QCOMPARE(first.file, pack + QLatin1Char('/') + issueFile);
        QCOMPARE(first.line, line);
        QCOMPARE(first.message, message);
        QVERIFY(!r.isClean());
        // A broken module is left out; a broken course.xml leaves no course at all.
        if (r.course)
            QCOMPARE(r.course->modules.size(), 0);
    }

    void brokenModuleLeavesTheRestLoaded()
    {
        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir);
        QVERIFY(QFile::copy(pack + QStringLiteral("/modules/alpha.xml"), pack + QStringLiteral("/modules/beta.xml")));
        QVERIFY(testpack::editFile(pack + QStringLiteral("/modules/beta.xml"), QStringLiteral("<module id=\"alpha\">"),
                                   QStringLiteral("<module id=\"beta\">")));
        QVERIFY(testpack::editFile(pack + QStringLiteral("/modules/beta.xml"), QStringLiteral("type=\"single\""),
                                   QStringLiteral("type=\"essay\"")));
        QVERIFY(testpack::editFile(pack + QStringLiteral("/course.xml"), QStringLiteral("<module src=\"modules/alpha.xml\"/>"),
                                   QStringLiteral("<module src=\"modules/alpha.xml\"/><module src=\"modules/beta.xml\"/>")));
        const PackLoadResult r = loadPack(pack);
        QVERIFY(r.course);
        QCOMPARE(r.course->modules.size(), 1);
        QCOMPARE(r.course->modules.first().id, QStringLiteral("alpha"));
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().line, 21);
    }

    void duplicateIdsAcrossModulesAreRefused()
    {
        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir);
        QVERIFY(testpack::editFile(pack + QStringLiteral("/course.xml"), QStringLiteral("<module src=\"modules/alpha.xml\"/>"),
                                   QStringLiteral("<module src=\"modules/alpha.xml\"/>\n<module src=\"modules/alpha.xml\"/>")));
        const PackLoadResult r = loadPack(pack);
        QVERIFY(r.course);
        QCOMPARE(r.course->modules.size(), 1);
        QCOMPARE(r.issues.size(), 3); // module, lesson and quiz ids
        QCOMPARE(r.issues.first().line, 9);
    }

    void catalogSkipsAPackWithTheSameId()
    {
        const QString good = testpack::dataDir() + QStringLiteral("/packs/good");
        const CourseCatalog catalog = CourseCatalog::load({good, good});
        QCOMPARE(catalog.courses().size(), 1);
        QCOMPARE(catalog.issues().size(), 1);
        QVERIFY(catalog.module(QStringLiteral("alpha")));
        QCOMPARE(catalog.courseOfModule(QStringLiteral("alpha"))->id, QStringLiteral("test-pack"));
    }

    void packFoldersAreFound()
    {
        QTemporaryDir dir;
        testpack::copyPack(dir);
        QDir(dir.path()).mkdir(QStringLiteral("not-a-pack"));
        QCOMPARE(packFoldersIn(dir.path()), QStringList{dir.filePath(QStringLiteral("good"))});
        QCOMPARE(packFoldersIn(dir.filePath(QStringLiteral("missing"))), QStringList{});
    }

    void lessonBodyIsReadWithItsFolder()
    {
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/good"));
        const LessonBody body = readLessonBody(r.course->modules.first().lessons.first(), QStringLiteral("vi"));
        QVERIFY(body.issues.isEmpty());
        QVERIFY(body.markdown.startsWith(QStringLiteral("## Bài học thử")));
        QVERIFY(body.folder.endsWith(QStringLiteral("/good/lessons")));
        QVERIFY(!lessonSegments(body).isEmpty());
        QVERIFY(lessonSegments(body).first().html.startsWith(QStringLiteral("<h2>Bài học thử")));
    }

    void keyPointsAreSplitOut()
    {
        const QVector<LessonSegment> s = splitKeyPoints(QStringLiteral(
            "## Title\n\nText.\n\n> **Key point:** stop.\n> Then check.\n\nMore text.\n```\n> not a quote\n```\n"));
        QCOMPARE(s.size(), 3);
        QVERIFY(!s.at(0).keyPoint);
        QVERIFY(s.at(1).keyPoint);
        QCOMPARE(s.at(1).markdown, QStringLiteral("**Key point:** stop.\nThen check.\n"));
        QVERIFY(!s.at(2).keyPoint);
        QVERIFY(s.at(2).markdown.contains(QStringLiteral("> not a quote"))); // code stays code
    }

    void markdownAutolinksAndCodeAreNotHtml()
    {
        const QString md = QStringLiteral("See <https://tinnhiemmang.vn>.\n```\n<b>code</b>\n```\n");
        QVERIFY(checkLessonMarkdown(QStringLiteral("x.md"), md).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContentLoader)
#include "tst_contentloader.moc"
