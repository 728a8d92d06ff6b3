// Tests of the PDF class report and certificate: real PDF files whose text, read back with
// poppler's pdftotext, holds the Vietnamese names, module titles and questions exactly, hostile
// values shown literally, tables that flow onto more pages with their header repeated, and a
// failed write that leaves no file.
#include "certificatepdf.h"
#include "classreportpdf.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace khien::report;
using khien::CoreError;
using khien::ErrorCode;

namespace {

// The Vietnamese of the cell details, as the shipped translation has it, without needing the
// built .qm file: long words in narrow columns are what once split "phút" into "ph út".
class CellDetailsInVietnamese : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "khien::report::Report") != 0 && qstrcmp(context, "Report") != 0)
            return {};
        if (qstrcmp(source, "time: %1 min") == 0)
            return QStringLiteral("thời gian: %1 phút");
        if (qstrcmp(source, "attempts: %1") == 0)
            return QStringLiteral("lượt làm: %1");
        if (qstrcmp(source, "lessons: %1/%2") == 0)
            return QStringLiteral("bài học: %1/%2");
        return {};
    }
    bool isEmpty() const override { return false; }
};

const QString hoa = QStringLiteral("Nguyễn Thị Hoà");
const QString bao = QStringLiteral("Đặng Quốc Bảo");
const QString anh = QStringLiteral("Trần Ngọc Ánh");
const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://x\")");
const QString imgTag = QStringLiteral("<img src=http://x>");
const QStringList modules{QStringLiteral("Mật khẩu mạnh"), QStringLiteral("Lừa đảo qua mạng"),
                          QStringLiteral("Sao lưu dữ liệu"), QStringLiteral("Ứng phó sự cố")};
const QString otpQuestion = QStringLiteral("Ai có thể hỏi mã OTP của bạn?");
const QString otpWrong = QStringLiteral("Nhân viên ngân hàng");

ReportCell cell(double grade, bool passed, int attempts, int read)
{
    return {grade, passed, attempts, read, 4, 600000};
}

ClassReport sampleReport(int traineeCount)
{
    ClassReport report;
    report.className = QStringLiteral("Lớp Phường Bến Nghé");
    report.sessionTitle = QStringLiteral("Buổi 2: Lừa đảo");
    report.sessionDate = QDate(2024, 6, 3);
    report.generatedAt = QDateTime(QDate(2024, 6, 3), QTime(16, 30));
    report.moduleTitles = modules;
    const QStringList names{hoa, bao, anh, hyperlink, imgTag};
    for (int i = 0; i < traineeCount; ++i) {
        ReportTraineeRow row;
        row.name = i < names.size() ? names[i] : QStringLiteral("Học viên %1").arg(i + 1);
        row.groupCode = QStringLiteral("NHÓM-%1").arg(i % 3 + 1);
        row.cells = {cell(90, true, 1, 4), cell(45, false, 2, 3), ReportCell(),
                     cell(-1, false, 0, 1)};
        report.trainees.append(row);
    }
    report.items.append({modules[1], otpQuestion, traineeCount, 0.6, otpWrong, 3, 0.42, QString(), {}});
    report.items.append({modules[0], QStringLiteral("Mật khẩu nào mạnh nhất?"), 2, 1.0, QString(),
                         0, std::nullopt, QString(), {}});
    return report;
}

// Runs a poppler tool; empty when it cannot.
QString runTool(const QString &tool, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return {};
    QProcess process;
    process.start(exe, args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text (pages first..last, 0: all), NFC, every run of white space one space.
QString pdfText(const QString &path, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last);
    args << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args)
            .normalized(QString::NormalizationForm_C)
            .replace(QChar::Nbsp, QLatin1Char(' '))
            .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString pdfInfo(const QString &path, const QString &key)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(runTool(QStringLiteral("pdfinfo"), {path})).captured(1).trimmed();
}

bool isA4Landscape(const QString &path)
{
    // "842 x 595 pts (A4)"
    const QRegularExpression size(QStringLiteral("^([0-9.]+) x ([0-9.]+) pts"));
    const QRegularExpressionMatch m = size.match(pdfInfo(path, QStringLiteral("Page size")));
    return m.hasMatch() && qAbs(m.captured(1).toDouble() - 842) < 1
            && qAbs(m.captured(2).toDouble() - 595) < 1;
}

void checkPdfFile(const QString &path)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

} // namespace

// pdftotext and pdfinfo (poppler-utils) read the PDFs back: skipped without them, except on
// CI, where they must be installed.
#define REQUIRE_POPPLER()                                                                     \
    do {                                                                                      \
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()             \
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {         \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                          \
                QFAIL("pdftotext/pdfinfo (poppler-utils) missing on CI");                      \
            QSKIP("pdftotext/pdfinfo (poppler-utils) not installed");                         \
        }                                                                                     \
    } while (false)

class TestReportPdf : public QObject
{
    Q_OBJECT
private slots:
    void classReportShowsDataAsText();
    void longReportFlowsOntoPagesWithHeader();
    void certificate();
    void certificateShowsModuleIcons();
    void emptyInputs();
    void wordsAreNeverSplit();
    void unwritablePathLeavesNoFile();
};

void TestReportPdf::classReportShowsDataAsText()
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Báo cáo lớp.pdf"));
    CoreError error;
    QVERIFY2(writeClassReportPdf(sampleReport(5), path, &error), qPrintable(error.detail));
    QVERIFY(!error.isError());
    checkPdfFile(path);

    const QString text = pdfText(path);
    for (const QString &expected : QStringList{hoa, bao, anh, hyperlink, imgTag, otpQuestion,
                                               QStringLiteral("Lớp Phường Bến Nghé")}
                 + modules)
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    QVERIFY(text.contains(otpWrong + QStringLiteral(" (3)")));
    QVERIFY(text.contains(QStringLiteral("0.42"))); // English: decimal point, 2 decimals
    QVERIFY(text.contains(QStringLiteral("90%")));
    QVERIFY(text.contains(QStringLiteral("–"))); // the empty cells and the missing index
    QVERIFY(text.contains(QStringLiteral("3 Jun 2024"))); // dates as everywhere in the app
    // Four modules: landscape.
    QVERIFY2(isA4Landscape(path), qPrintable(pdfInfo(path, QStringLiteral("Page size"))));
}

void TestReportPdf::longReportFlowsOntoPagesWithHeader()
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lớp-60.pdf"));
    ClassReport report = sampleReport(60);
    report.language = QStringLiteral("vi");
    // Eight narrow module columns: cells of three and more lines, which a page end can cut.
    for (int m = 5; m <= 8; ++m)
        report.moduleTitles << QStringLiteral("Học phần %1").arg(m);
    for (ReportTraineeRow &row : report.trainees)
        row.cells << cell(70, true, 3, 2) << ReportCell() << cell(20, false, 4, 4) << ReportCell();
    CoreError error;
    QVERIFY2(writeClassReportPdf(report, path, &error), qPrintable(error.detail));
    checkPdfFile(path);

    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages > 2, qPrintable(QString::number(pages)));
    const QString all = pdfText(path);
    QVERIFY(all.contains(QStringLiteral("Học viên 60")));
    QVERIFY(all.contains(QStringLiteral("03/06/2024")));
    QVERIFY(all.contains(QStringLiteral("0,42"))); // Vietnamese decimal comma
    // Page 2 continues the trainee table and repeats its header row.
    const QString second = pdfText(path, 2, 2);
    QVERIFY2(second.contains(QStringLiteral("Trainee")) && second.contains(modules[3]),
             qPrintable(second));
    QVERIFY(!second.contains(hoa));
    QVERIFY(second.contains(QStringLiteral("Page 2 of %1").arg(pages)));
    // No row is broken across pages: on every page each trainee's group code comes with both
    // of their detail lines.
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page, page);
        const int names = int(text.count(QStringLiteral("NHÓM-")));
        QCOMPARE(int(text.count(QStringLiteral("attempts: 1 lessons"))), names);
        QCOMPARE(int(text.count(QStringLiteral("attempts: 2 lessons"))), names);
    }
}

// Eleven modules make narrow columns; the Vietnamese details wrap between words, never
// inside one, and numbers and dates are written the Vietnamese way.
void TestReportPdf::wordsAreNeverSplit()
{
    REQUIRE_POPPLER();
    CellDetailsInVietnamese vietnamese;
    QVERIFY(QCoreApplication::installTranslator(&vietnamese));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hep.pdf"));
    ClassReport report = sampleReport(3);
    report.language = QStringLiteral("vi");
    for (int i = report.moduleTitles.size(); i < 11; ++i)
        report.moduleTitles << QStringLiteral("Học phần %1").arg(i + 1);
    for (ReportTraineeRow &row : report.trainees) {
        row.cells.resize(report.moduleTitles.size());
        for (ReportCell &c : row.cells)
            c = {79.79, false, 2, 1, 1, 13 * 60000};
    }
    CoreError error;
    const bool written = writeClassReportPdf(report, path, &error);
    QCoreApplication::removeTranslator(&vietnamese);
    QVERIFY2(written, qPrintable(error.detail));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("thời gian: 13 phút")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("lượt làm: 2")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("79,8%"))); // one decimal, the Vietnamese mark
    QVERIFY(text.contains(QStringLiteral("03/06/2024")));
    QVERIFY(!text.contains(QStringLiteral("ph út")));
}

void TestReportPdf::certificate()
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Chứng nhận - Trần Ngọc Ánh.pdf"));
    Certificate cert;
    cert.traineeName = anh;
    cert.className = QStringLiteral("Lớp Phường Bến Nghé");
    cert.modulesCompleted = modules;
    cert.date = QDate(2024, 6, 3);
    cert.issuer = QStringLiteral("Đoàn Thanh niên phường <b>Bến Nghé</b>");
    cert.language = QStringLiteral("vi");
    CoreError error;
    QVERIFY2(writeCertificatePdf(cert, path, &error), qPrintable(error.detail));
    checkPdfFile(path);

    const QString text = pdfText(path);
    for (const QString &expected : QStringList{anh, cert.className, cert.issuer,
                                               QStringLiteral("03/06/2024")}
                 + modules)
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    QCOMPARE(pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
    QVERIFY(isA4Landscape(path));

    // A long name and many modules still make one page, the name whole.
    cert.traineeName = QStringLiteral("Công Tằng Tôn Nữ Thị Hoàng Ngọc Bích Phương Thảo Uyên");
    for (int i = 0; i < 20; ++i)
        cert.modulesCompleted << QStringLiteral("Học phần bổ sung %1").arg(i + 1);
    QVERIFY2(writeCertificatePdf(cert, path, &error), qPrintable(error.detail));
    QCOMPARE(pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
    QVERIFY(pdfText(path).contains(cert.traineeName));
    QVERIFY(pdfText(path).contains(QStringLiteral("Học phần bổ sung 20")));
}

// The completed modules' icons are drawn in a row (the shipped pack's, in their teal ink);
// without icons the certificate is black and white. Rendered with pdftoppm and looked at.
void TestReportPdf::certificateShowsModuleIcons()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) not installed");
    QTemporaryDir dir;
    Certificate cert;
    cert.traineeName = anh;
    cert.modulesCompleted = {QStringLiteral("Mật khẩu mạnh"), QStringLiteral("Lừa đảo qua mạng")};
    cert.date = QDate(2024, 6, 3);
    cert.language = QStringLiteral("vi");
    auto tealPixels = [&dir](const Certificate &c, const QString &name) {
        const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
        CoreError error;
        if (!writeCertificatePdf(c, pdf, &error))
            return -1;
        runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                                             QStringLiteral("-singlefile"), pdf, dir.filePath(name)});
        const QString shots = qEnvironmentVariable("KHIEN_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QFile::copy(pdf, shots + QLatin1Char('/') + name + QStringLiteral(".pdf"));
        const QImage image(dir.filePath(name + QStringLiteral(".png")));
        if (image.isNull())
            return -1;
        int teal = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor px = image.pixelColor(x, y);
                teal += qAbs(px.red() - 0x0b) < 24 && qAbs(px.green() - 0x5d) < 24 && qAbs(px.blue() - 0x66) < 24;
            }
        return teal;
    };
    QCOMPARE(tealPixels(cert, QStringLiteral("plain")), 0);
    cert.moduleIcons = {QStringLiteral(":/content/khien-basics/icons/passwords.svg"),
                        QStringLiteral(":/content/khien-basics/icons/scams.svg")};
    QVERIFY(tealPixels(cert, QStringLiteral("with-icons")) > 50);
}

void TestReportPdf::emptyInputs()
{
    REQUIRE_POPPLER();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString reportPath = dir.filePath(QStringLiteral("empty.pdf"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pdf"));
    CoreError error;
    QVERIFY2(writeClassReportPdf(ClassReport(), reportPath, &error), qPrintable(error.detail));
    const QString text = pdfText(reportPath);
    QVERIFY2(text.contains(QStringLiteral("No results yet.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("No quiz answers yet.")));

    Certificate cert; // no modules, no date, no issuer
    cert.traineeName = bao;
    QVERIFY2(writeCertificatePdf(cert, certPath, &error), qPrintable(error.detail));
    QVERIFY(pdfText(certPath).contains(bao));
    QCOMPARE(pdfInfo(certPath, QStringLiteral("Pages")), QStringLiteral("1"));
}

void TestReportPdf::unwritablePathLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A regular file where a folder should be: unwritable even for root.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString reportPath = dir.filePath(QStringLiteral("blocker/báo cáo.pdf"));
    const QString certPath = dir.filePath(QStringLiteral("missing/chứng nhận.pdf"));

    CoreError error;
    QVERIFY(!writeClassReportPdf(sampleReport(3), reportPath, &error));
    QCOMPARE(error.code, ErrorCode::FileNotWritten);
    QCOMPARE(error.where, reportPath);
    QVERIFY(!error.detail.isEmpty());
    error = {};
    Certificate cert;
    cert.traineeName = hoa;
    QVERIFY(!writeCertificatePdf(cert, certPath, &error));
    QCOMPARE(error.code, ErrorCode::FileNotWritten);
    QCOMPARE(error.where, certPath);
    QVERIFY(!QFile::exists(reportPath));
    QVERIFY(!QFile::exists(certPath));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("blocker")});
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
