// Tests of the file names proposed when saving: diacritics removed, safe characters only,
// the date and the extension.
#include "exportfilename.h"

#include <QTest>

using namespace khien;

class TestExportFileName : public QObject
{
    Q_OBJECT

private slots:
    void foldsVietnamese_data();
    void foldsVietnamese();
    void unsafeCharactersBecomeOneDash();
    void longNamesAreCut();
    void proposedNameHasPartsDateAndSuffix();
    void nothingUsableStillGivesAName();
};

void TestExportFileName::foldsVietnamese_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("class") << QStringLiteral("Lớp 10A1") << QStringLiteral("Lop-10A1");
    QTest::newRow("đ and Đ") << QStringLiteral("Đặng Quốc Bảo đã đạt") << QStringLiteral("Dang-Quoc-Bao-da-dat");
    QTest::newRow("every tone") << QStringLiteral("àáảãạ ăằắẳẵặ âầấẩẫậ ưừứửữự ơờớởỡợ")
                                << QStringLiteral("aaaaa-aaaaaa-aaaaaa-uuuuuu-oooooo");
    QTest::newRow("decomposed input") << QStringLiteral("Le\u0302\u0323 Thi\u0323") << QStringLiteral("Le-Thi");
    QTest::newRow("full-width digits") << QStringLiteral("Lớp １０") << QStringLiteral("Lop-10");
    QTest::newRow("score word") << QStringLiteral("điểm") << QStringLiteral("diem");
}

void TestExportFileName::foldsVietnamese()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(fileNamePart(text), expected);
}

void TestExportFileName::unsafeCharactersBecomeOneDash()
{
    QCOMPARE(fileNamePart(QStringLiteral("  ../../etc/passwd  ")), QStringLiteral("etc-passwd"));
    QCOMPARE(fileNamePart(QStringLiteral("A:B*C?\"D<E>F|G\\H")), QStringLiteral("A-B-C-D-E-F-G-H"));
    QCOMPARE(fileNamePart(QStringLiteral("Lớp 10A1 – An toàn 🛡️ thông tin")),
             QStringLiteral("Lop-10A1-An-toan-thong-tin"));
    QCOMPARE(fileNamePart(QStringLiteral("name\u202Egpj.exe")), QStringLiteral("name-gpj-exe"));
    QCOMPARE(fileNamePart(QStringLiteral("中文")), QString());
}

void TestExportFileName::longNamesAreCut()
{
    const QString part = fileNamePart(QStringLiteral("Lớp bồi dưỡng an toàn thông tin cho giáo viên trung học phổ thông"));
    QVERIFY(part.size() <= 40);
    QVERIFY(!part.endsWith(QLatin1Char('-')));
    QVERIFY(part.startsWith(QStringLiteral("Lop-boi-duong-an-toan")));
    QCOMPARE(fileNamePart(QString(200, QLatin1Char('x'))).size(), 40);
}

void TestExportFileName::proposedNameHasPartsDateAndSuffix()
{
    const QDate day(2026, 12, 3);
    QCOMPARE(proposedFileName({QStringLiteral("Lớp 10A1"), QStringLiteral("điểm")}, day, QStringLiteral("csv")),
             QStringLiteral("Lop-10A1-diem-2026-12-03.csv"));
    QCOMPARE(proposedFileName({QStringLiteral("Lê Thị Hoa"), QStringLiteral("chứng nhận")}, day, QStringLiteral("pdf")),
             QStringLiteral("Le-Thi-Hoa-chung-nhan-2026-12-03.pdf"));
    QCOMPARE(proposedFileName({QStringLiteral("kết quả"), QStringLiteral("PC-07")}, day, QStringLiteral("khien-results")),
             QStringLiteral("ket-qua-PC-07-2026-12-03.khien-results"));
}

void TestExportFileName::nothingUsableStillGivesAName()
{
    const QDate day(2026, 12, 3);
    QCOMPARE(proposedFileName({QStringLiteral("🛡️"), QString()}, day, QStringLiteral("json")),
             QStringLiteral("khien-2026-12-03.json"));
    QCOMPARE(proposedFileName({QStringLiteral("中文"), QStringLiteral("xapi")}, day, QStringLiteral("json")),
             QStringLiteral("xapi-2026-12-03.json"));
}

QTEST_APPLESS_MAIN(TestExportFileName)
#include "tst_exportfilename.moc"
