// The --strict course-quality rules: each one fires on the content it is meant to catch
// and stays quiet on good content.
#include "contentloader.h"
#include "contentquality.h"
#include "testpack.h"

#include <QtTest>

using namespace khien;

namespace {
// The test pack is small: minimums scaled down so that it passes as it is.
QualityMinimums small()
{
    QualityMinimums m;
    m.lessonWordsMin = 5;
    m.lessonWordsMax = 50;
    m.questionsMin = 3;
    m.questionTypesMin = 3;
    return m;
}

QStringList messages(const ContentIssues &issues)
{
    QStringList list;
    for (const ContentIssue &i : issues)
        list.append(i.message);
    return list;
}
} // namespace

class TestContentQuality : public QObject
{
    Q_OBJECT

private slots:
    void diacriticsHeuristic()
    {
        QVERIFY(lacksVietnameseDiacritics(QStringLiteral("Never share this code with anyone")));
        QVERIFY(lacksVietnameseDiacritics(QStringLiteral("Khong bao gio chia se ma nay")));
        QVERIFY(!lacksVietnameseDiacritics(QStringLiteral("Không bao giờ chia sẻ mã này")));
        QVERIFY(!lacksVietnameseDiacritics(QStringLiteral("Vietcombank")));           // a name
        QVERIFY(!lacksVietnameseDiacritics(QStringLiteral("https://vcb-diem.top/login now ok"))); // addresses
    }

    void wordCountIgnoresLinkTargets()
    {
        QCOMPARE(markdownWordCount(QStringLiteral("## Tiêu đề\n\nXem [trang này](https://example.org/a/b/c).")), 5);
    }

    void goodPackPassesScaledMinimums()
    {
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/good"));
        QVERIFY(r.isClean());
        const ContentIssues issues = checkCourseQuality(*r.course, small());
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
    }

    void eachRuleFires_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        const QString mod = QStringLiteral("modules/alpha.xml");
        QTest::newRow("Vietnamese left in English")
            << mod << "<prompt lang=\"vi\">Chọn đáp án A.</prompt>" << "<prompt lang=\"vi\">Choose answer A please now.</prompt>"
            << "question \"q-single\": the Vietnamese text has no diacritics (untranslated?): \"Choose answer A please now.\"";
        QTest::newRow("lengths differ wildly")
            << mod << "<explain lang=\"en\">B is wrong.</explain>"
            << "<explain lang=\"en\">B is wrong, because a long and winding explanation goes on and on and on about it.</explain>"
            << "question \"q-single\", \"b\": the Vietnamese (6 characters) and English (82) texts differ too much in length";
        QTest::newRow("image not in the pack")
            << "lessons/alpha-lesson.en.md" << "## Test lesson" << "## Test lesson\n\n![sms](images/missing.png)"
            << "the image \"images/missing.png\" is not a file in the lesson's folder (images are never loaded from the web)";
        QTest::newRow("link to nowhere")
            << "lessons/alpha-lesson.en.md" << "[a link](https://example.org/)" << "[a link](other-lesson.md)"
            << "link \"other-lesson.md\" is neither a web address nor a file in the pack";
    }

    void eachRuleFires()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir);
        QVERIFY(testpack::editFile(pack + QLatin1Char('/') + file, from, to));
        const PackLoadResult r = loadPack(pack);
        QVERIFY2(r.isClean(), qPrintable(r.issues.value(0).toString()));
        const ContentIssues issues = checkCourseQuality(*r.course, small());
        QVERIFY2(messages(issues).contains(message), qPrintable(messages(issues).join(QLatin1Char('\n'))));
    }

    void minimumsPerModule()
    {
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/good"));
        QualityMinimums strict = small();
        strict.questionsMin = 10;
        strict.lessonWordsMin = 600;
        const QStringList found = messages(checkCourseQuality(*r.course, strict));
        QVERIFY2(found.contains(QStringLiteral("module \"alpha\": its quiz has 3 questions of 3 types; the course needs at least 10 questions of 3 types")),
                 qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY(found.filter(QStringLiteral("module \"alpha\": its lessons have")).size() == 2); // vi and en
    }
};

QTEST_GUILESS_MAIN(TestContentQuality)
#include "tst_contentquality.moc"
