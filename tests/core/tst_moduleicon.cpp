// A module's optional icon (<module icon="icons/x.svg">): a small SVG inside the pack that
// refers to nothing outside itself. Each kind of bad icon is an error on the module's line
// and leaves the module out, like every other content error.
#include "contentlimits.h"
#include "contentloader.h"
#include "datapaths.h"
#include "testpack.h"

#include <QtTest>

using namespace khien;

namespace {

const QByteArray kGoodSvg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\">"
                            "<defs><linearGradient id=\"g\"/></defs>"
                            "<rect width=\"48\" height=\"48\" fill=\"url(#g)\"/><use href=\"#g\"/></svg>\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestModuleIcon : public QObject
{
    Q_OBJECT

private slots:
    void validIconIsLoaded()
    {
        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir);
        QVERIFY(writeFile(pack + QStringLiteral("/icons/alpha.svg"), kGoodSvg));
        QVERIFY(testpack::editFile(pack + QStringLiteral("/modules/alpha.xml"), QStringLiteral("<module id=\"alpha\">"),
                                   QStringLiteral("<module id=\"alpha\" icon=\"icons/alpha.svg\">")));
        const PackLoadResult r = loadPack(pack);
        QVERIFY2(r.isClean(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.course->modules.first().iconPath, pack + QStringLiteral("/icons/alpha.svg"));
    }

    void noIconIsFine()
    {
        const PackLoadResult r = loadPack(testpack::dataDir() + QStringLiteral("/packs/good"));
        QVERIFY(r.isClean());
        QVERIFY(r.course->modules.first().iconPath.isEmpty());
    }

    void everyShippedModuleHasACheckedIcon()
    {
        const PackLoadResult r = loadPack(shippedPackPath());
        QVERIFY(r.isClean());
        for (const Module &m : r.course->modules)
            QVERIFY2(m.iconPath.endsWith(QStringLiteral("/icons/") + m.id + QStringLiteral(".svg")), qPrintable(m.id));
    }

    void badIcon_data()
    {
        QTest::addColumn<QString>("icon");      // the attribute's value
        QTest::addColumn<QByteArray>("svg");     // written to icons/alpha.svg (empty: nothing)
        QTest::addColumn<QString>("message");
        QTest::newRow("empty attribute") << "" << QByteArray() << "the icon attribute is empty";
        QTest::newRow("missing file") << "icons/none.svg" << QByteArray() << "file not found: icons/none.svg";
        QTest::newRow("outside the pack") << "../outside.svg" << QByteArray()
                                          << "\"../outside.svg\" is outside the pack folder";
        QTest::newRow("absolute path") << "/etc/passwd" << QByteArray() << "\"/etc/passwd\" is outside the pack folder";
        QTest::newRow("not an .svg file") << "lessons/alpha-lesson.en.md" << QByteArray()
                                          << "the icon \"alpha-lesson.en.md\" is not an .svg file";
        QTest::newRow("not SVG inside") << "icons/alpha.svg" << QByteArray("<html><body/></html>")
                                        << "the icon is not an SVG image";
        QTest::newRow("not XML") << "icons/alpha.svg" << QByteArray("\x89PNG\r\n")
                                 << "the icon is not an SVG image";
        const QString external = QStringLiteral("the icon refers to a file or a web address; icons must hold everything they show");
        QTest::newRow("href to the web")
            << "icons/alpha.svg"
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"http://tracker.example/p.png\"/></svg>")
            << external;
        QTest::newRow("xlink:href to a file")
            << "icons/alpha.svg"
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                          "<use xlink:href=\"other.svg#a\"/></svg>")
            << external;
        QTest::newRow("url() to the web")
            << "icons/alpha.svg"
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"url(https://x.example/f)\"/></svg>")
            << external;
        QTest::newRow("style @import")
            << "icons/alpha.svg"
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import 'https://x.example/s.css';</style></svg>")
            << external;
        QTest::newRow("script")
            << "icons/alpha.svg"
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
            << "the icon contains a <script> element, which icons may not have";
        QTest::newRow("DTD")
            << "icons/alpha.svg"
            << QByteArray("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            << "a <!DOCTYPE> (DTD) is not allowed in content files";
        QTest::newRow("too large")
            << "icons/alpha.svg"
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\">") + QByteArray(int(limits::maxIconBytes), ' ') + "</svg>"
            << "the icon is larger than 64 kB";
    }

    void badIcon()
    {
        QFETCH(QString, icon);
        QFETCH(QByteArray, svg);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("outside.svg")), kGoodSvg));
        if (!svg.isEmpty())
            QVERIFY(writeFile(pack + QStringLiteral("/icons/alpha.svg"), svg));
        const QString file = pack + QStringLiteral("/modules/alpha.xml");
        QVERIFY(testpack::editFile(file, QStringLiteral("<module id=\"alpha\">"),
                                   QStringLiteral("<module id=\"alpha\" icon=\"%1\">").arg(icon)));
        const PackLoadResult r = loadPack(pack);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().file, file);
        QCOMPARE(r.issues.first().line, 2);
        QCOMPARE(r.issues.first().message, message);
        QVERIFY(r.course);
        QCOMPARE(r.course->modules.size(), 0);
    }

    void linkToAnIconOutsideThePackIsRefused()
    {
        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("secret.svg")), kGoodSvg));
        QDir().mkpath(pack + QStringLiteral("/icons"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("secret.svg")), pack + QStringLiteral("/icons/alpha.svg")));
        QVERIFY(testpack::editFile(pack + QStringLiteral("/modules/alpha.xml"), QStringLiteral("<module id=\"alpha\">"),
                                   QStringLiteral("<module id=\"alpha\" icon=\"icons/alpha.svg\">")));
        const PackLoadResult r = loadPack(pack);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().message, QStringLiteral("\"icons/alpha.svg\" is a link to a file outside the pack folder"));
    }
};

QTEST_GUILESS_MAIN(TestModuleIcon)
#include "tst_moduleicon.moc"
