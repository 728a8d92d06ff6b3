// Content packs written to hurt: each is refused with a message naming the file and line, in
// bounded time and memory, and nothing outside the pack is ever read.
#include "contentlimits.h"
#include "contentloader.h"
#include "lessonbody.h"
#include "lessonmarkdown.h"
#include "testpack.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace khien;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList messages(const PackLoadResult &r)
{
    QStringList m;
    for (const ContentIssue &i : r.issues)
        m.append(i.toString());
    return m;
}

bool mentions(const PackLoadResult &r, const QString &part)
{
    return messages(r).join(QLatin1Char('\n')).contains(part);
}

// A scenario of `layers` steps in a row, each with two choices worth `a` and `b` points:
// 2^layers paths, which enumeration could never finish.
QString layeredScenario(int layers, const std::function<QString(int)> &a, const std::function<QString(int)> &b)
{
    QString x = QStringLiteral("<question id=\"deep\" type=\"scenario\" start=\"s0\">"
                               "<prompt lang=\"vi\">Tình huống.</prompt><prompt lang=\"en\">A situation.</prompt>");
    for (int i = 0; i < layers; ++i) {
        const QString next = i + 1 < layers ? QStringLiteral("s%1").arg(i + 1) : QStringLiteral("end");
        x += QStringLiteral("<step id=\"s%1\"><text lang=\"vi\">Bước.</text><text lang=\"en\">A step.</text>").arg(i);
        for (const auto &[id, points] : {std::pair{QStringLiteral("a"), a(i)}, std::pair{QStringLiteral("b"), b(i)}})
            x += QStringLiteral("<choice id=\"%1%2\" next=\"%3\" points=\"%4\"><text lang=\"vi\">Chọn.</text>"
                                "<text lang=\"en\">Choose.</text><consequence lang=\"vi\">Vậy đó.</consequence>"
                                "<consequence lang=\"en\">So it is.</consequence></choice>")
                         .arg(id).arg(i).arg(next, points);
        x += QStringLiteral("</step>");
    }
    return x + QStringLiteral("<ending id=\"end\" outcome=\"good\"><text lang=\"vi\">Xong.</text><text lang=\"en\">Done.</text>"
                              "<summary lang=\"vi\">Bài học.</summary><summary lang=\"en\">The lesson.</summary></ending></question>");
}

std::function<QString(int)> always(const QString &points)
{
    return [points](int) { return points; };
}

} // namespace

class TestHostileContent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pack;
    QString module() const { return m_pack + QStringLiteral("/modules/alpha.xml"); }
    QString lesson() const { return m_pack + QStringLiteral("/lessons/alpha-lesson.en.md"); }
    PackLoadResult load() const { return loadPack(m_pack, true); }
    void addQuestion(const QString &xml)
    {
        QVERIFY(testpack::editFile(module(), QStringLiteral("</quiz>"), xml + QStringLiteral("</quiz>")));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_pack = testpack::copyPack(m_dir);
        QVERIFY(!m_pack.isEmpty());
        QVERIFY2(load().isClean(), qPrintable(messages(load()).join(QLatin1Char('\n'))));
    }

    void dtdAndEntitiesAreRefused()
    {
        // The "billion laughs": a DTD whose entities expand a few kB into gigabytes.
        QString xml = readAll(module());
        xml.replace(QStringLiteral("<module id=\"alpha\">"),
                    QStringLiteral("<!DOCTYPE module [<!ENTITY a \"%1\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                                   "<module id=\"alpha\">").arg(QString(4000, QLatin1Char('x'))));
        xml.replace(QStringLiteral("Summary of the test module."), QStringLiteral("&b;&b;&b;&b;&b;&b;&b;&b;"));
        QVERIFY(writeAll(module(), xml.toUtf8()));
        const PackLoadResult r = load();
        QVERIFY(mentions(r, QStringLiteral("alpha.xml:2: a <!DOCTYPE> (DTD) is not allowed in content files")));
        QVERIFY(!r.isClean());
    }

    void unknownEntityIsReportedNotDropped()
    {
        QVERIFY(testpack::editFile(module(), QStringLiteral("Summary of the test module."), QStringLiteral("X&xxe;X")));
        const PackLoadResult r = load();
        QVERIFY2(mentions(r, QStringLiteral("xxe")), qPrintable(messages(r).join(QLatin1Char('\n'))));
    }

    void deepNestingIsRefused()
    {
        const QString deep = QString(QStringLiteral("<x>")).repeated(5000) + QString(QStringLiteral("</x>")).repeated(5000);
        QVERIFY(testpack::editFile(module(), QStringLiteral("</module>"), deep + QStringLiteral("</module>")));
        const PackLoadResult r = load();
        QVERIFY2(mentions(r, QStringLiteral("nested more than %1 deep").arg(limits::maxXmlDepth)), qPrintable(messages(r).join(QLatin1Char('\n'))));
    }

    void invalidUtf8IsReportedOnItsLine()
    {
        const QByteArray original = readAll(module()).toUtf8();
        QByteArray bytes = original;
        const qsizetype at = bytes.indexOf("Test module");
        bytes.insert(at, "\xC3\x28"); // a broken two-byte sequence
        QVERIFY(writeAll(module(), bytes));
        QVERIFY2(mentions(load(), QStringLiteral("alpha.xml:4: the text is not valid UTF-8 on this line")), qPrintable(messages(load()).join(QLatin1Char('\n'))));

        QVERIFY(writeAll(module(), original));
        QByteArray lessonBytes = readAll(lesson()).toUtf8();
        lessonBytes.append("\nline\n\xFF\xFE\n");
        QVERIFY(writeAll(lesson(), lessonBytes));
        const int line = int(lessonBytes.count('\n')); // the last line holds the bad bytes
        QVERIFY2(mentions(load(), QStringLiteral("alpha-lesson.en.md:%1: the lesson text is not valid UTF-8").arg(line)),
                 qPrintable(messages(load()).join(QLatin1Char('\n'))));
    }

    void oversizeFilesAreRefusedBeforeReading()
    {
        QVERIFY(writeAll(lesson(), "# Big\n\n" + QByteArray(limits::maxLessonBytes + 10, 'a')));
        QVERIFY(mentions(load(), QStringLiteral("the lesson text is larger than")));
        QVERIFY(testpack::editFile(module(), QStringLiteral("</module>"),
                                   QStringLiteral("<!--%1--></module>").arg(QString(int(limits::maxXmlFileBytes), QLatin1Char('x')))));
        QVERIFY(mentions(load(), QStringLiteral("alpha.xml: the file is larger than")));
    }

    void modulesPerPackAreCounted()
    {
        QString modules;
        for (int i = 0; i <= limits::maxModulesPerPack + 5; ++i)
            modules += QStringLiteral("<module src=\"modules/alpha.xml\"/>\n");
        QVERIFY(testpack::editFile(m_pack + QStringLiteral("/course.xml"), QStringLiteral("<module src=\"modules/alpha.xml\"/>"), modules));
        QVERIFY(mentions(loadPack(m_pack, false), QStringLiteral("a pack has at most %1 modules").arg(limits::maxModulesPerPack)));
    }

    void symlinksOutOfThePackAreRefused()
    {
        QFile::remove(lesson());
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), lesson()));
        QVERIFY(mentions(load(), QStringLiteral("\"lessons/alpha-lesson.en.md\" is a link to a file outside the pack folder")));

        // A module linked in from another folder.
        QTemporaryDir outside;
        QVERIFY(QFile::copy(module(), outside.filePath(QStringLiteral("alpha.xml"))));
        QFile::remove(module());
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("alpha.xml")), module()));
        QVERIFY(mentions(load(), QStringLiteral("\"modules/alpha.xml\" is a link to a file outside the pack folder")));
    }

    void markupAndInvisibleCharactersInTextsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("tag") << "<img src=http://127.0.0.1:9/x.png>";
        QTest::newRow("space after <") << "< img src=http://127.0.0.1:9/x.png>";
        QTest::newRow("escaped tag") << "&lt;img src=x&gt;";
        QTest::newRow("entity") << "&amp;lt;b&amp;gt;";
        QTest::newRow("right-to-left override") << "Test \u202Emodule";
        QTest::newRow("zero-width space") << "Test\u200Bmodule";
    }

    void markupAndInvisibleCharactersInTextsAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(testpack::editFile(module(), QStringLiteral("<title lang=\"en\">Test module</title>"),
                                   QStringLiteral("<title lang=\"en\">%1</title>").arg(text)));
        const PackLoadResult r = load();
        QVERIFY2(!r.isClean() && r.issues.first().line == 4, qPrintable(messages(r).join(QLatin1Char('\n'))));
    }

    void htmlInASourceIsRefused()
    {
        QVERIFY(testpack::editFile(module(), QStringLiteral("title=\"Example source\""),
                                   QStringLiteral("title=\"&lt;img src=http://127.0.0.1:9/x.png&gt;\"")));
        QVERIFY(mentions(load(), QStringLiteral("the source's title, publisher and url must be plain text")));
    }

    void pointsMustBeFiniteNumbers_data()
    {
        QTest::addColumn<QString>("points");
        QTest::newRow("nan") << "nan";
        QTest::newRow("inf") << "inf";
        QTest::newRow("huge") << "1e300";
    }

    void pointsMustBeFiniteNumbers()
    {
        QFETCH(QString, points);
        addQuestion(layeredScenario(2, always(QStringLiteral("1")), always(points)));
        QVERIFY2(mentions(load(), QStringLiteral("points must be a number from")), qPrintable(messages(load()).join(QLatin1Char('\n'))));
    }

    void deepScenarioIsScoredWithoutEnumeratingPaths()
    {
        // 2^40 paths; the old search walked them all (24 layers took 42 s).
        addQuestion(layeredScenario(40, always(QStringLiteral("1")), always(QStringLiteral("2"))));
        const PackLoadResult r = load();
        QVERIFY2(r.isClean(), qPrintable(messages(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.course->modules.first().quiz->question(QStringLiteral("deep"))->scenarioMaxPoints, 80.0);
    }

    void scenarioWithTooManyPointTotalsIsRefused()
    {
        // Points 2^-i make every path's total different: the analysis must stop at its budget.
        addQuestion(layeredScenario(40, always(QStringLiteral("0")),
                                   [](int i) { return QString::number(std::ldexp(1.0, -i - 1), 'g', 17); }));
        const PackLoadResult r = load();
        QVERIFY2(mentions(r, QStringLiteral("has too many different paths to score")), qPrintable(messages(r).join(QLatin1Char('\n'))));
    }

    void loopsAreRefused()
    {
        QString xml = layeredScenario(3, always(QStringLiteral("1")), always(QStringLiteral("1")));
        xml.replace(QStringLiteral("id=\"b2\" next=\"end\""), QStringLiteral("id=\"b2\" next=\"s0\""));
        addQuestion(xml);
        QVERIFY2(mentions(load(), QStringLiteral("a scenario may not loop")), qPrintable(messages(load()).join(QLatin1Char('\n'))));
    }

    void lessonMarkdownCannotReachTheNetwork_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("inline image") << "![x](http://127.0.0.1:9/a.png)";
        QTest::newRow("nested brackets") << "![a [b] c](http://127.0.0.1:9/a.png)";
        QTest::newRow("two-line alt") << "![a\nb](http://127.0.0.1:9/a.png)";
        QTest::newRow("angle target") << "![x](<http://127.0.0.1:9/a.png>)";
        QTest::newRow("outside the folder") << "![x](../../../etc/passwd)";
        QTest::newRow("absolute path") << "![x](/etc/passwd)";
    }

    void lessonMarkdownCannotReachTheNetwork()
    {
        QFETCH(QString, markdown);
        const LessonHtml html = lessonMarkdownToHtml(QStringLiteral("Text.\n\n") + markdown + QStringLiteral("\n"), m_pack + QStringLiteral("/lessons"));
        QVERIFY(!html.html.contains(QStringLiteral("<img")));
        QVERIFY(!html.html.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(html.problems.size(), 1);
        QCOMPARE(html.problems.first().line, 3);
    }

    void lessonMarkdownIsRebuiltEscaped()
    {
        // Reference-style images and raw HTML are not Markdown Khiên reads: shown as text.
        const QString md = QStringLiteral("# T\n\n![x][r]\n\n[r]: http://127.0.0.1:9/a.png\n\n<img src=x> & **b** *i* `c<d>`"
                                          " [link](https://ncsc.gov.vn) <https://x.vn>\n\n- one\n- two\n\n1. first\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        const QString html = lessonMarkdownToHtml(md, m_pack + QStringLiteral("/lessons")).html;
        QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x&gt; &amp; <b>b</b> <i>i</i> <code>c&lt;d&gt;</code>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://ncsc.gov.vn\">link</a>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://x.vn\">https://x.vn</a>")));
        QVERIFY(html.contains(QStringLiteral("<ul>\n<li>one</li>\n<li>two</li>\n</ul>")));
        QVERIFY(html.contains(QStringLiteral("<ol>\n<li>first</li>\n</ol>")));
        QVERIFY(html.contains(QStringLiteral("<tr><th>a</th><th>b</th></tr>\n<tr><td>1</td><td>2</td></tr>")));
        QVERIFY(html.startsWith(QStringLiteral("<h1>T</h1>")));
    }

    void lessonImagesInsideThePackAreShown()
    {
        QVERIFY(QDir().mkpath(m_pack + QStringLiteral("/lessons/images")));
        QVERIFY(writeAll(m_pack + QStringLiteral("/lessons/images/sms.png"), "png"));
        const QString html = lessonMarkdownToHtml(QStringLiteral("![sms](images/sms.png)"), m_pack + QStringLiteral("/lessons")).html;
        QVERIFY2(html.contains(QStringLiteral("<img src=\"file://")) && html.contains(QStringLiteral("/lessons/images/sms.png\">")), qPrintable(html));
    }

    void aLessonIsDrawnWithBoundedItems()
    {
        // Thousands of key points would be thousands of boxes on the page.
        QString md;
        for (int i = 0; i < 1000; ++i)
            md += QStringLiteral("> **Key point:** %1\n\ntext %1\n\n").arg(i);
        QVERIFY(writeAll(lesson(), md.toUtf8()));
        const PackLoadResult r = load();
        QVERIFY2(r.isClean(), qPrintable(messages(r).join(QLatin1Char('\n'))));
        const LessonBody body = readLessonBody(r.course->modules.first().lessons.first(), QStringLiteral("en"));
        QVERIFY(body.issues.isEmpty());
        const QVector<LessonSegment> segments = lessonSegments(body);
        QCOMPARE(segments.size(), limits::maxLessonSegments);
        QVERIFY(segments.last().html.contains(QStringLiteral("text 999")));
    }

    void markdownCostIsLinear()
    {
        // Unclosed brackets and stars everywhere: every closer is found by one table lookup.
        const QString md = QString(QStringLiteral("[![*`")).repeated(40000);
        const LessonHtml html = lessonMarkdownToHtml(md, m_pack);
        QVERIFY(html.html.size() > md.size());
    }
};

QTEST_GUILESS_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
