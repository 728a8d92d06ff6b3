// Tests of the Leitner rules of "practise my mistakes" (leitner.h), one rule per test.
#include "leitner.h"

#include <QTest>

using namespace khien;

class TestLeitner : public QObject
{
    Q_OBJECT

private slots:
    void wrongAnswerGoesToBox1DueNow_data();
    void wrongAnswerGoesToBox1DueNow();
    void rightAnswerMovesUpWithItsInterval_data();
    void rightAnswerMovesUpWithItsInterval();
    void rightAnswerInBox5LeavesTheSet();
    void rightAnswerNotInSetStaysOut();
    void mistakeLeavesAfterFourSpacedRightAnswers();

private:
    const QDateTime m_now{QDate(2026, 11, 23), QTime(9, 30, 15, 250), Qt::UTC};
};

void TestLeitner::wrongAnswerGoesToBox1DueNow_data()
{
    QTest::addColumn<int>("box");
    for (int box = 0; box <= leitnerBoxes; ++box)
        QTest::addRow("from box %d", box) << box;
}

void TestLeitner::wrongAnswerGoesToBox1DueNow()
{
    QFETCH(int, box);
    const LeitnerState next = nextLeitnerState({box, m_now.addDays(5)}, false, m_now);
    QCOMPARE(next.box, 1);
    QCOMPARE(next.dueAt, m_now);
}

void TestLeitner::rightAnswerMovesUpWithItsInterval_data()
{
    QTest::addColumn<int>("box");
    QTest::addColumn<int>("days");
    QTest::addRow("1 -> 2 in 1 day") << 1 << 1;
    QTest::addRow("2 -> 3 in 3 days") << 2 << 3;
    QTest::addRow("3 -> 4 in 7 days") << 3 << 7;
    QTest::addRow("4 -> 5 in 14 days") << 4 << 14;
}

void TestLeitner::rightAnswerMovesUpWithItsInterval()
{
    QFETCH(int, box);
    QFETCH(int, days);
    const LeitnerState next = nextLeitnerState({box, m_now.addDays(-2)}, true, m_now);
    QCOMPARE(next.box, box + 1);
    QCOMPARE(next.dueAt, m_now.addDays(days));
    QCOMPARE(m_now.secsTo(next.dueAt), qint64(days) * 24 * 3600);
}

void TestLeitner::rightAnswerInBox5LeavesTheSet()
{
    QCOMPARE(leitnerBoxes, 5);
    const LeitnerState next = nextLeitnerState({5, m_now}, true, m_now);
    QCOMPARE(next.box, 0);
    QVERIFY(!next.dueAt.isValid());
}

void TestLeitner::rightAnswerNotInSetStaysOut()
{
    const LeitnerState next = nextLeitnerState({}, true, m_now);
    QCOMPARE(next.box, 0);
    QVERIFY(!next.dueAt.isValid());
}

void TestLeitner::mistakeLeavesAfterFourSpacedRightAnswers()
{
    // Right at once in box 1 (due now), then right each time it falls due: 1, 3, 7, 14 days.
    LeitnerState s = nextLeitnerState({}, false, m_now);
    QDateTime at = m_now;
    QList<qint64> waits; // days before each right answer
    while (s.box != 0 && waits.size() < 10) {
        QVERIFY(s.dueAt >= at);
        waits.append(at.daysTo(s.dueAt));
        at = s.dueAt;
        s = nextLeitnerState(s, true, at);
    }
    QCOMPARE(waits, (QList<qint64>{0, 1, 3, 7, 14}));
}

QTEST_GUILESS_MAIN(TestLeitner)
#include "tst_leitner.moc"
