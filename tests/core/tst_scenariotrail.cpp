// Tests of the decision trail's lines: choice and consequence joined without doubled
// punctuation, whatever the content ends its texts with.
#include "scenariotrail.h"

#include <QRegularExpression>
#include <QTest>

using namespace khien;

class TestScenarioTrail : public QObject
{
    Q_OBJECT

private slots:
    void joins_data();
    void joins();
};

void TestScenarioTrail::joins_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("consequence");
    QTest::addColumn<QString>("line");
    QTest::newRow("full stop") << QStringLiteral("Gọi lại cho Minh.") << QStringLiteral("Minh bắt máy.")
                               << QStringLiteral("Gọi lại cho Minh. Minh bắt máy.");
    QTest::newRow("no end") << QStringLiteral("Call Minh back") << QStringLiteral("he answers.")
                            << QStringLiteral("Call Minh back: he answers.");
    QTest::newRow("quote after the end") << QStringLiteral("Say “I'll call the tax office myself.”")
                                         << QStringLiteral("The caller hangs up.")
                                         << QStringLiteral("Say “I'll call the tax office myself.” The caller hangs up.");
    QTest::newRow("question") << QStringLiteral("Hỏi: “Anh là ai?”") << QStringLiteral("Im lặng.")
                              << QStringLiteral("Hỏi: “Anh là ai?” Im lặng.");
    QTest::newRow("ellipsis") << QStringLiteral("Wait…") << QStringLiteral("Nothing happens.")
                              << QStringLiteral("Wait… Nothing happens.");
    QTest::newRow("colon at the end") << QStringLiteral("Text back:") << QStringLiteral("no reply.")
                                      << QStringLiteral("Text back: no reply.");
    QTest::newRow("dash and spaces") << QStringLiteral("  Block him –  ") << QStringLiteral("  Done.  ")
                                     << QStringLiteral("Block him: Done.");
    QTest::newRow("no consequence") << QStringLiteral("Block him.") << QString() << QStringLiteral("Block him.");
    QTest::newRow("no choice") << QString() << QStringLiteral("Done.") << QStringLiteral("Done.");
}

void TestScenarioTrail::joins()
{
    QFETCH(QString, choice);
    QFETCH(QString, consequence);
    QFETCH(QString, line);
    const QString joined = decisionTrailLine(choice, consequence);
    QCOMPARE(joined, line);
    static const QRegularExpression doubled(QStringLiteral("[.!?…][\"'”’»)\\]]*\\s*[:;,]"));
    QVERIFY2(!joined.contains(doubled), qPrintable(joined));
}

QTEST_GUILESS_MAIN(TestScenarioTrail)
#include "tst_scenariotrail.moc"
