// `khien import-moodle` and `khien export-moodle` as a headless machine runs them: a shipped
// module exported in both formats and imported back into a pack that check-content accepts.
#include "runkhien.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestCliBank : public QObject
{
    Q_OBJECT

private slots:
    void exportsAShippedModuleAndImportsItBack_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("lang");
        QTest::newRow("xml vi") << "xml" << "vi";
        QTest::newRow("gift en") << "gift" << "en";
    }

    void exportsAShippedModuleAndImportsItBack()
    {
        QFETCH(QString, format);
        QFETCH(QString, lang);
        QTemporaryDir dir;
        const QString bank = dir.filePath(QStringLiteral("scams.") + format);
        const Run out = runKhien({QStringLiteral("export-moodle"), QStringLiteral("--module"), QStringLiteral("scams"),
                                  QStringLiteral("--format"), format, QStringLiteral("--out"), bank, QStringLiteral("--lang"), lang});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QVERIFY2(out.out.contains(QStringLiteral("wrote ")), qPrintable(out.out));
        QVERIFY(QFileInfo(bank).size() > 1000);
        const QString pack = dir.filePath(QStringLiteral("pack"));
        const Run in = format == QLatin1String("xml")
                ? runKhien({QStringLiteral("import-moodle"), bank, QStringLiteral("--module"), QStringLiteral("scams-again"),
                            QStringLiteral("--lang"), lang, QStringLiteral("--pack"), pack})
                : runKhien({QStringLiteral("import-gift"), bank, QStringLiteral("--module"), QStringLiteral("scams-again"),
                            QStringLiteral("--lang"), lang, QStringLiteral("--pack"), pack});
        QVERIFY2(in.exitCode == 0, qPrintable(in.err + in.out));
        QVERIFY2(in.out.contains(QStringLiteral("imported ")), qPrintable(in.out));
        const Run check = runKhien({QStringLiteral("check-content"), pack});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    }

    void reportsSkippedQuestionsByNameAndRefusesHostileFiles()
    {
        QTemporaryDir dir;
        const QString data = qEnvironmentVariable("KHIEN_TEST_DATA_DIR") + QStringLiteral("/moodle/");
        const QString pack = dir.filePath(QStringLiteral("pack"));
        const Run ok = runKhien({QStringLiteral("import-moodle"), data + QStringLiteral("bank-vi.xml"), QStringLiteral("--module"),
                                 QStringLiteral("bank"), QStringLiteral("--pack"), pack});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("bank-vi.xml: skipped: line 78 (essay): \"essay\" questions are not a type Khiên can play")), qPrintable(ok.out));
        QVERIFY(ok.out.contains(QStringLiteral("imported 8 questions")));
        const Run bad = runKhien({QStringLiteral("import-moodle"), data + QStringLiteral("xxe.xml"), QStringLiteral("--module"),
                                  QStringLiteral("other"), QStringLiteral("--pack"), pack});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("(DTD) is not allowed")), qPrintable(bad.err));
        QVERIFY(!QFileInfo::exists(pack + QStringLiteral("/modules/other.xml")));
    }

    void badArgumentsAreErrors()
    {
        QCOMPARE(runKhien({QStringLiteral("import-moodle"), QStringLiteral("x.xml")}).exitCode, 2);
        QCOMPARE(runKhien({QStringLiteral("export-moodle"), QStringLiteral("--module"), QStringLiteral("scams"),
                           QStringLiteral("--format"), QStringLiteral("qti"), QStringLiteral("--out"), QStringLiteral("x")}).exitCode, 2);
        const Run missing = runKhien({QStringLiteral("export-moodle"), QStringLiteral("--module"), QStringLiteral("no-such"),
                                      QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--out"), QStringLiteral("/tmp/x.xml")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no pack has a module \"no-such\"")));
    }
};

QTEST_GUILESS_MAIN(TestCliBank)
#include "tst_clibank.moc"
