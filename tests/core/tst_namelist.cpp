// Tests of reading a class list (names, one per row) from CSV or text files.
#include "namelist.h"

#include <QTest>

using namespace khien;

class TestNameList : public QObject
{
    Q_OBJECT

private slots:
    void excelCsvWithBomAndHeader();
    void semicolonsQuotesAndBlankLines();
    void plainTextOneNamePerLine();
    void badRowsAreReportedAndSkipped();
    void refusesWhatIsNotAClassList();
};

void TestNameList::excelCsvWithBomAndHeader()
{
    const QByteArray file = "\xEF\xBB\xBF" "Họ và tên,Ngày sinh\r\nNguyễn Thị Ánh,2008-01-02\r\n"
                            "Đặng Quốc Bảo,2008-03-04\r\n";
    const NameList list = parseNameList(file);
    QVERIFY(list.error.isEmpty());
    QCOMPARE(list.names, (QStringList{QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Đặng Quốc Bảo")}));
    QVERIFY(list.problems.isEmpty());
}

void TestNameList::semicolonsQuotesAndBlankLines()
{
    const QByteArray file = "Tên;Lớp\n\"Trần \"\"Bé\"\" Văn; Tí\";10A1\n\n  Lê   Thu  ;10A1\n"
                            "=HYPERLINK(\"http://x\");10A1\n";
    const NameList list = parseNameList(file);
    QCOMPARE(list.names, (QStringList{QStringLiteral("Trần \"Bé\" Văn; Tí"), QStringLiteral("Lê Thu"),
                                      QStringLiteral("=HYPERLINK(\"http://x\")")}));
}

void TestNameList::plainTextOneNamePerLine()
{
    const NameList list = parseNameList("An\rBình\nChi");
    QCOMPARE(list.names, (QStringList{QStringLiteral("An"), QStringLiteral("Bình"), QStringLiteral("Chi")}));
    // "Name" is a header only on the first row.
    QCOMPARE(parseNameList("An\nName").names, (QStringList{QStringLiteral("An"), QStringLiteral("Name")}));
}

void TestNameList::badRowsAreReportedAndSkipped()
{
    const NameList list = parseNameList("An\n\"Bình\n" + QByteArray(101, 'x') + "\nChi\n");
    QCOMPARE(list.names, (QStringList{QStringLiteral("An"), QStringLiteral("Chi")}));
    QCOMPARE(list.problems.size(), 2);
    QVERIFY(list.problems.at(0).startsWith(QLatin1String("line 2:")));
    QVERIFY(list.problems.at(1).startsWith(QLatin1String("line 3:")));

    QByteArray many;
    for (int i = 0; i < maxNameListRows + 5; ++i)
        many += "Học viên " + QByteArray::number(i) + "\n";
    const NameList capped = parseNameList(many);
    QCOMPARE(capped.names.size(), maxNameListRows);
    QCOMPARE(capped.problems.size(), 1);
}

void TestNameList::refusesWhatIsNotAClassList()
{
    const NameList latin1 = parseNameList("Nguy\xEAn\n"); // Windows-1258/Latin-1 bytes
    QVERIFY(!latin1.error.isEmpty());
    QVERIFY(latin1.names.isEmpty());
    const NameList huge = parseNameList(QByteArray(maxNameListBytes + 1, 'a'));
    QVERIFY(!huge.error.isEmpty());
    QVERIFY(huge.names.isEmpty());
}

QTEST_GUILESS_MAIN(TestNameList)
#include "tst_namelist.moc"
