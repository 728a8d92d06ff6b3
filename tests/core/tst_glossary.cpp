// The glossary: loaded from the pack, searched in either language with or without
// Vietnamese accents, and refused with file and line when malformed.
#include "contentloader.h"
#include "glossaryreader.h"
#include "testpack.h"

#include <QtTest>

using namespace khien;

class TestGlossary : public QObject
{
    Q_OBJECT

private slots:
    void loadsWithThePack()
    {
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/types"), true);
        QVERIFY2(r.isClean(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.course->glossary.size(), 3);
        QCOMPARE(r.course->glossary.at(1).name.vi, QStringLiteral("Lừa đảo giả mạo (phishing)"));
    }

    void foldingDropsAccentsAndCase()
    {
        QCOMPARE(foldForSearch(QStringLiteral("Lừa ĐẢO trực tuyến")), QStringLiteral("lua dao truc tuyen"));
        QCOMPARE(foldForSearch(QStringLiteral("Đường dây nóng")), QStringLiteral("duong day nong"));
    }

    void searchMatchesEveryWordInEitherLanguage()
    {
        const GlossaryTerm t{QStringLiteral("phishing"), {QStringLiteral("Lừa đảo giả mạo"), QStringLiteral("Phishing")},
                             {QStringLiteral("Dụ bạn vào trang giả."), QStringLiteral("A fake site takes your password.")}, {}};
        QVERIFY(glossaryTermMatches(t, QStringLiteral("lua dao")));
        QVERIFY(glossaryTermMatches(t, QStringLiteral("LỪA ĐẢO")));
        QVERIFY(glossaryTermMatches(t, QStringLiteral("phish")));
        QVERIFY(glossaryTermMatches(t, QStringLiteral("fake password")));
        QVERIFY(glossaryTermMatches(t, QString()));
        QVERIFY(!glossaryTermMatches(t, QStringLiteral("lua ransomware")));
    }

    void malformedGlossaryIsReported_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("term twice") << "<term id=\"deepfake\">" << "<term id=\"otp\">" << 15
                                    << "glossary term \"otp\" is defined twice";
        QTest::newRow("missing English definition")
            << "<definition lang=\"en\">A video or voice faked with AI.</definition>" << "" << 15
            << "<definition> has no English text (lang=\"en\")";
        QTest::newRow("unknown element") << "<glossary>" << "<glossary><note/>" << 2 << "unknown element <note>";
    }

    void malformedGlossaryIsReported()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, line);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir, QStringLiteral("types"));
        QVERIFY(testpack::editFile(pack + QStringLiteral("/glossary.xml"), from, to));
        const PackLoadResult r = loadPack(pack);
        QVERIFY(!r.issues.isEmpty());
        QCOMPARE(r.issues.first().file, pack + QStringLiteral("/glossary.xml"));
        QCOMPARE(r.issues.first().line, line);
        QCOMPARE(r.issues.first().message, message);
        QVERIFY(r.course);
        QCOMPARE(r.course->modules.size(), 1); // the course itself still loads
        QVERIFY(r.course->glossary.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
