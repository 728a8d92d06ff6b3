// Tests of how numbers, percentages and dates are written for people in each language.
#include "displayformat.h"

#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace khien;

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data();
    void numbers();
    void percents_data();
    void percents();
    void dates();
    void dateTimesAreLocalTime();
    void invalidDatesAreEmpty();
};

void TestDisplayFormat::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("vi");
    QTest::newRow("two decimals") << 11.17 << QStringLiteral("11.2") << QStringLiteral("11,2");
    QTest::newRow("whole") << 14.0 << QStringLiteral("14") << QStringLiteral("14");
    QTest::newRow("rounds to whole") << 13.96 << QStringLiteral("14") << QStringLiteral("14");
    QTest::newRow("one third") << 1.0 / 3 << QStringLiteral("0.3") << QStringLiteral("0,3");
    QTest::newRow("half") << 0.5 << QStringLiteral("0.5") << QStringLiteral("0,5");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("tiny negative") << -0.01 << QStringLiteral("0") << QStringLiteral("0");
    QTest::newRow("thousands, no separator") << 1234.56 << QStringLiteral("1234.6") << QStringLiteral("1234,6");
}

void TestDisplayFormat::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, en);
    QFETCH(QString, vi);
    QCOMPARE(formatNumber(value, QStringLiteral("en")), en);
    QCOMPARE(formatNumber(value, QStringLiteral("vi")), vi);
}

void TestDisplayFormat::percents_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("vi");
    QTest::newRow("whole") << 85.0 << QStringLiteral("85%") << QStringLiteral("85%");
    QTest::newRow("just under the pass mark") << 79.79 << QStringLiteral("79.8%") << QStringLiteral("79,8%");
    QTest::newRow("11.17 of 14") << 100 * 11.17 / 14 << QStringLiteral("79.8%") << QStringLiteral("79,8%");
    QTest::newRow("all") << 100.0 << QStringLiteral("100%") << QStringLiteral("100%");
}

void TestDisplayFormat::percents()
{
    QFETCH(double, value);
    QFETCH(QString, en);
    QFETCH(QString, vi);
    QCOMPARE(formatPercent(value, QStringLiteral("en")), en);
    QCOMPARE(formatPercent(value, QStringLiteral("vi")), vi);
}

void TestDisplayFormat::dates()
{
    QCOMPARE(formatDate(QDate(2026, 12, 3), QStringLiteral("vi")), QStringLiteral("03/12/2026"));
    QCOMPARE(formatDate(QDate(2026, 12, 3), QStringLiteral("en")), QStringLiteral("3 Dec 2026"));
    QCOMPARE(formatDate(QDate(2027, 1, 21), QStringLiteral("vi")), QStringLiteral("21/01/2027"));
    QCOMPARE(formatDate(QDate(2027, 1, 21), QStringLiteral("en")), QStringLiteral("21 Jan 2027"));
}

void TestDisplayFormat::dateTimesAreLocalTime()
{
    const QDateTime local(QDate(2026, 12, 3), QTime(14, 5));
    QCOMPARE(formatDateTime(local, QStringLiteral("vi")), QStringLiteral("03/12/2026 14:05"));
    QCOMPARE(formatDateTime(local, QStringLiteral("en")), QStringLiteral("3 Dec 2026, 14:05"));
    // Stored times are UTC; people read them in their own time zone.
    QCOMPARE(formatDateTime(local.toUTC(), QStringLiteral("vi")), QStringLiteral("03/12/2026 14:05"));
}

void TestDisplayFormat::invalidDatesAreEmpty()
{
    QVERIFY(formatDate(QDate(), QStringLiteral("vi")).isEmpty());
    QVERIFY(formatDateTime(QDateTime(), QStringLiteral("en")).isEmpty());
}

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
